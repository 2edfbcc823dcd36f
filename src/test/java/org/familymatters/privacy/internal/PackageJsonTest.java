package org.familymatters.privacy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familymatters.shared.privacy.SubjectAccessField;
import org.familymatters.shared.privacy.SubjectAccessItem;
import org.familymatters.shared.privacy.SubjectAccessSection;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package's JSON: a redacted field says so, without a value; it reads back the same.
 */
class PackageJsonTest {

	final JsonMapper json = JsonMapper.builder().build();

	final SubjectAccessPackage pack = new SubjectAccessPackage(UUID.fromString("e0000000-0000-4000-8000-000000000001"),
			"Kerry Ashgrove", LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28),
			Instant.parse("2026-02-01T10:15:00Z"),
			List.of(new SubjectAccessSection("family", "Family record FM-000001",
					List.of(new SubjectAccessItem("person", "p1", "You",
							List.of(SubjectAccessField.of("Name", "Kerry Ashgrove"),
									SubjectAccessField.redacted("Partner's name")))))));

	@Test
	void redactedFieldsHaveNoValue() {
		var tree = json.readTree(PackageJson.write(json, pack));

		assertThat(tree.get("format").asInt()).isEqualTo(PackageJson.FORMAT);
		assertThat(tree.get("dueOn").asString()).isEqualTo("2026-02-28");
		var fields = tree.get("sections").get(0).get("items").get(0).get("fields");
		assertThat(fields.get(0).get("redacted").asBoolean()).isFalse();
		assertThat(fields.get(0).get("value").asString()).isEqualTo("Kerry Ashgrove");
		assertThat(fields.get(1).get("redacted").asBoolean()).isTrue();
		assertThat(fields.get(1).has("value")).isFalse();
		assertThat(fields.get(1).get("reason").asString()).isEqualTo(SubjectAccessField.SOMEONE_ELSE);
	}

	@Test
	void readsBackTheSame() {
		assertThat(PackageJson.read(json, PackageJson.write(json, pack))).isEqualTo(pack);
		assertThat(pack.redactions()).isEqualTo(1);
		assertThat(pack.empty()).isFalse();
	}

}
