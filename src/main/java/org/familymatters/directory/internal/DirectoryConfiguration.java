package org.familymatters.directory.internal;

import java.net.InetAddress;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory's limits, and the fetcher its import from an address uses. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DirectoryProperties.class)
class DirectoryConfiguration {

	@Bean
	ImportAddresses importAddresses(DirectoryProperties properties) {
		var rules = properties.getImport();
		return new ImportAddresses(rules.isAllowHttp(), rules.getTrustedOrigins(), InetAddress::getAllByName);
	}

	@Bean
	FeedFetcher feedFetcher(ImportAddresses addresses, DirectoryProperties properties) {
		var rules = properties.getImport();
		return new FeedFetcher(addresses, rules.getMaxSize().toBytes(), rules.getConnectTimeout(),
				rules.getReadTimeout());
	}

}
