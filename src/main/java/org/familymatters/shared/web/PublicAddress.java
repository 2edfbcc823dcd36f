package org.familymatters.shared.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The service's address as people outside reach it, for links in e-mails and calendar
 * feeds ({@code familymatters.public-url}). Checked at start: an absolute http or https
 * address with a host and no query; a wrong one stops the service with a message that
 * says what is wrong. Unset, it is
 * {@code http://localhost:<the port the service listens on>}. When it starts with https,
 * the service answers with HSTS and marks its cookies Secure.
 */
@Component
public class PublicAddress {

	private volatile String address;

	private final String configured;

	public PublicAddress(Environment environment) {
		this.configured = environment.getProperty("familymatters.public-url");
		this.address = StringUtils.hasText(configured) ? check(configured) : null;
	}

	/** Without a configured address, the port the service really listens on. */
	@EventListener
	void started(WebServerInitializedEvent event) {
		if (address == null && !"management".equals(event.getApplicationContext().getServerNamespace())) {
			address = "http://localhost:" + event.getWebServer().getPort();
		}
	}

	/**
	 * The address with no trailing slash, e.g. {@code https://familymatters.example.org}.
	 */
	public String get() {
		var known = address;
		if (known == null) {
			throw new IllegalStateException("The service's address is not known until its web server has started");
		}
		return known;
	}

	/** An absolute link to a path of the service, e.g. {@code /court-desk/calendar/…}. */
	public String link(String path) {
		return get() + (path.startsWith("/") ? path : "/" + path);
	}

	/** Whether people reach the service over HTTPS. */
	public boolean secure() {
		return StringUtils.hasText(configured) && configured.toLowerCase(Locale.ROOT).startsWith("https://");
	}

	/**
	 * The address as configured, checked; what is wrong stops the service at start.
	 * @throws IllegalStateException naming the setting and what is wrong with it
	 */
	static String check(String value) {
		var text = value.strip();
		try {
			var uri = new URI(text);
			var scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!scheme.equals("http") && !scheme.equals("https")) {
				throw wrong(value, "it must start with https:// (or http:// for a test machine)");
			}
			if (uri.getHost() == null) {
				throw wrong(value, "it has no host name");
			}
			if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
				throw wrong(value, "it must be the address alone, with no user, query or fragment");
			}
		}
		catch (URISyntaxException ex) {
			throw wrong(value, "it is not a web address");
		}
		return text.replaceAll("/+$", "");
	}

	private static IllegalStateException wrong(String value, String why) {
		return new IllegalStateException("FAMILYMATTERS_PUBLIC_URL (familymatters.public-url) is \"" + value
				+ "\", but " + why + ", for example https://familymatters.example.org");
	}

}
