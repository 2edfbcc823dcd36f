/**
 * Family Matters: support for the families and children of offenders and prisoners. Each
 * package below is a module (Spring Modulith); see docs/modules.md.
 */
package org.familymatters;
