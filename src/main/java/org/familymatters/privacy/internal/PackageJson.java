package org.familymatters.privacy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familymatters.shared.privacy.SubjectAccessField;
import org.familymatters.shared.privacy.SubjectAccessItem;
import org.familymatters.shared.privacy.SubjectAccessSection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The package as machine-readable JSON, and back: the request, then each section with its
 * items and fields; a redacted field says {@code "redacted": true} and why, and has no
 * value. The same text is kept in {@code privacy_request_package}, downloaded, and
 * answered by the API. See docs/subject-access.md.
 */
final class PackageJson {

	/** The version of this shape, in the JSON. */
	static final int FORMAT = 1;

	private PackageJson() {
	}

	static String write(JsonMapper json, SubjectAccessPackage pack) {
		var root = new LinkedHashMap<String, Object>();
		root.put("format", FORMAT);
		root.put("requestId", pack.requestId().toString());
		root.put("fullName", pack.fullName());
		root.put("receivedOn", pack.receivedOn().toString());
		root.put("dueOn", pack.dueOn().toString());
		root.put("producedAt", pack.producedAt().toString());
		var sections = new ArrayList<Map<String, Object>>();
		for (var section : pack.sections()) {
			var s = new LinkedHashMap<String, Object>();
			s.put("module", section.module());
			s.put("title", section.title());
			var items = new ArrayList<Map<String, Object>>();
			for (var item : section.items()) {
				var i = new LinkedHashMap<String, Object>();
				i.put("recordType", item.recordType());
				i.put("recordId", item.recordId());
				i.put("heading", item.heading());
				var fields = new ArrayList<Map<String, Object>>();
				for (var field : item.fields()) {
					var f = new LinkedHashMap<String, Object>();
					f.put("label", field.label());
					if (field.isRedacted()) {
						f.put("redacted", true);
						f.put("reason", field.redaction());
					}
					else {
						f.put("redacted", false);
						f.put("value", field.value());
					}
					fields.add(f);
				}
				i.put("fields", fields);
				items.add(i);
			}
			s.put("items", items);
			sections.add(s);
		}
		root.put("sections", sections);
		return json.writeValueAsString(root);
	}

	static SubjectAccessPackage read(JsonMapper json, String text) {
		var root = json.readTree(text);
		var sections = new ArrayList<SubjectAccessSection>();
		for (var s : root.get("sections")) {
			var items = new ArrayList<SubjectAccessItem>();
			for (var i : s.get("items")) {
				var fields = new ArrayList<SubjectAccessField>();
				for (var f : i.get("fields")) {
					fields.add(f.get("redacted").asBoolean()
							? new SubjectAccessField(text(f, "label"), null, text(f, "reason"))
							: SubjectAccessField.of(text(f, "label"), text(f, "value")));
				}
				items
					.add(new SubjectAccessItem(text(i, "recordType"), text(i, "recordId"), text(i, "heading"), fields));
			}
			sections.add(new SubjectAccessSection(text(s, "module"), text(s, "title"), items));
		}
		return new SubjectAccessPackage(UUID.fromString(text(root, "requestId")), text(root, "fullName"),
				LocalDate.parse(text(root, "receivedOn")), LocalDate.parse(text(root, "dueOn")),
				Instant.parse(text(root, "producedAt")), List.copyOf(sections));
	}

	private static String text(JsonNode node, String name) {
		var value = node.get(name);
		return (value == null || value.isNull()) ? null : value.asString();
	}

}
