/**
 * The rules for what people type or send, used by every form, the API and the imports.
 */
package org.familymatters.shared.input;
