package org.familymatters.directory.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The directory's limits ({@code familymatters.directory.*}): how long a public query may
 * run, how much search text is taken, and what the import from an address may fetch.
 */
@ConfigurationProperties("familymatters.directory")
public class DirectoryProperties {

	/**
	 * The longest a public search (the search pages and the Open Referral API) may run in
	 * the database before it is stopped.
	 */
	private Duration publicQueryTimeout = Duration.ofSeconds(2);

	private final Search search = new Search();

	private final Import importing = new Import();

	public Duration getPublicQueryTimeout() {
		return publicQueryTimeout;
	}

	public void setPublicQueryTimeout(Duration publicQueryTimeout) {
		this.publicQueryTimeout = publicQueryTimeout;
	}

	public Search getSearch() {
		return search;
	}

	public Import getImport() {
		return importing;
	}

	/** How much search text is taken, on the page and from the API. */
	public static class Search {

		private int maxCharacters = 200;

		private int maxWords = 15;

		public int getMaxCharacters() {
			return maxCharacters;
		}

		public void setMaxCharacters(int maxCharacters) {
			this.maxCharacters = maxCharacters;
		}

		public int getMaxWords() {
			return maxWords;
		}

		public void setMaxWords(int maxWords) {
			this.maxWords = maxWords;
		}

	}

	/** What the import from another directory's address may fetch. */
	public static class Import {

		/** Whether plain http:// addresses are fetched (https:// only by default). */
		private boolean allowHttp;

		/**
		 * Origins ({@code scheme://host:port}) fetched whatever address they resolve to:
		 * for a directory on the service's own network. None by default.
		 */
		private List<String> trustedOrigins = new ArrayList<>();

		/** The largest answer read from one address. */
		private DataSize maxSize = DataSize.ofMegabytes(20);

		private Duration connectTimeout = Duration.ofSeconds(10);

		/** The longest one answer may take, from asking to its last byte. */
		private Duration readTimeout = Duration.ofSeconds(30);

		public boolean isAllowHttp() {
			return allowHttp;
		}

		public void setAllowHttp(boolean allowHttp) {
			this.allowHttp = allowHttp;
		}

		public List<String> getTrustedOrigins() {
			return trustedOrigins;
		}

		public void setTrustedOrigins(List<String> trustedOrigins) {
			this.trustedOrigins = trustedOrigins;
		}

		public DataSize getMaxSize() {
			return maxSize;
		}

		public void setMaxSize(DataSize maxSize) {
			this.maxSize = maxSize;
		}

		public Duration getConnectTimeout() {
			return connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getReadTimeout() {
			return readTimeout;
		}

		public void setReadTimeout(Duration readTimeout) {
			this.readTimeout = readTimeout;
		}

	}

}
