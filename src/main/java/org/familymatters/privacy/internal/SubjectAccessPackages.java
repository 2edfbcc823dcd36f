package org.familymatters.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.audit.AuditTrail;
import org.familymatters.shared.privacy.SubjectAccessSection;
import org.familymatters.shared.privacy.SubjectAccessSource;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.web.PdfPages;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's subject access package: every module's {@link SubjectAccessSource}, in their
 * order, asked about the request's person, in one transaction (each source decides and
 * audits its own reads). Produced for an open request and kept as produced
 * ({@code privacy_request_package}), so that its PDF and JSON can be downloaded after the
 * request is answered; the API answers a package made afresh. Producing, each download
 * and each API answer are audited ({@link PrivacyAudit}, basis ROLE, the request's id).
 */
@Service
public class SubjectAccessPackages {

	private final List<SubjectAccessSource> sources;

	private final PrivacyRequests requests;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final PdfPages pdfs;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final Clock clock;

	SubjectAccessPackages(List<SubjectAccessSource> sources, PrivacyRequests requests, JdbcClient jdbc, JsonMapper json,
			PdfPages pdfs, AuditTrail audit, CurrentUser currentUser, Clock clock) {
		this.sources = sources.stream().sorted(Comparator.comparingInt(SubjectAccessSource::order)).toList();
		this.requests = requests;
		this.jdbc = jdbc;
		this.json = json;
		this.pdfs = pdfs;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * Produces the request's package and keeps it, in place of one produced before.
	 * @throws NotOpen when the request is no longer open
	 */
	@Transactional
	public SubjectAccessPackage produce(UUID requestId) {
		var pack = gather(requestId);
		jdbc.sql("""
				insert into privacy_request_package (request_id, produced_at, produced_by, content)
				values (:id, :at, :by, cast(:content as jsonb))
				on conflict (request_id) do update set produced_at = excluded.produced_at,
				    produced_by = excluded.produced_by, content = excluded.content
				""")
			.param("id", requestId)
			.param("at", Timestamp.from(pack.producedAt()))
			.param("by", currentUser.get().id())
			.param("content", PackageJson.write(json, pack))
			.update();
		audit.record(PrivacyRequests.entry(PrivacyAudit.SUBJECT_ACCESS_PACKAGE_PRODUCED, requestId)
			.withDetail(summary(pack)));
		return pack;
	}

	/** The package as last produced for the request, if it was. */
	@Transactional(readOnly = true)
	public Optional<SubjectAccessPackage> produced(UUID requestId) {
		return jdbc.sql("select content::text from privacy_request_package where request_id = :id")
			.param("id", requestId)
			.query(String.class)
			.optional()
			.map(text -> PackageJson.read(json, text));
	}

	/**
	 * The produced package as a PDF, audited as downloaded; empty when none was produced.
	 */
	@Transactional
	public Optional<byte[]> pdf(UUID requestId) {
		return produced(requestId).map(pack -> {
			audit.record(
					PrivacyRequests.entry(PrivacyAudit.SUBJECT_ACCESS_PACKAGE_DOWNLOADED, requestId).withDetail("PDF"));
			return pdfs.render("privacy/package-pdf", Map.of("pack", pack, "request", requests.get(requestId)));
		});
	}

	/**
	 * The produced package as JSON, audited as downloaded; empty when none was produced.
	 */
	@Transactional
	public Optional<byte[]> json(UUID requestId) {
		return jdbc.sql("select content::text from privacy_request_package where request_id = :id")
			.param("id", requestId)
			.query(String.class)
			.optional()
			.map(text -> {
				audit.record(PrivacyRequests.entry(PrivacyAudit.SUBJECT_ACCESS_PACKAGE_DOWNLOADED, requestId)
					.withDetail("JSON"));
				// Re-written so that the download is indented the same whatever the
				// database
				// kept.
				return PackageJson.write(json, PackageJson.read(json, text)).getBytes(StandardCharsets.UTF_8);
			});
	}

	/**
	 * A package made afresh for the API, not kept; audited as read through the API.
	 * @throws NotOpen when the request is no longer open
	 */
	@Transactional
	public SubjectAccessPackage forApi(UUID requestId) {
		var pack = gather(requestId);
		audit.record(PrivacyRequests.entry(PrivacyAudit.SUBJECT_ACCESS_API_READ, requestId).withDetail(summary(pack)));
		return pack;
	}

	/** The package as JSON text. */
	public String asJson(SubjectAccessPackage pack) {
		return PackageJson.write(json, pack);
	}

	private SubjectAccessPackage gather(UUID requestId) {
		var request = requests.get(requestId);
		if (!request.open()) {
			throw new NotOpen(requestId);
		}
		var subject = requests.subject(requestId);
		var sections = sources.stream().flatMap(source -> source.find(subject).stream()).toList();
		return new SubjectAccessPackage(requestId, request.fullName(), request.receivedOn(), request.dueOn(),
				clock.instant(), sections);
	}

	private static String summary(SubjectAccessPackage pack) {
		return pack.sections().stream().map(SubjectAccessSection::title).collect(Collectors.joining("; ")) + " ("
				+ pack.redactions() + " fields redacted)";
	}

	/** A package asked for a request that is no longer open. */
	public static class NotOpen extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		NotOpen(UUID requestId) {
			super("The request " + requestId + " is not open");
		}

	}

}
