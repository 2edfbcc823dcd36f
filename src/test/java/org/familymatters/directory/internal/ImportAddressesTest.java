package org.familymatters.directory.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 5: the import from an address fetches only public https addresses, and
 * decides on the addresses a name resolves to, not on the name.
 */
class ImportAddressesTest {

	/** Names as a resolver would answer them, without asking any DNS server. */
	private static final Map<String, List<String>> NAMES = Map.of("directory.example.org", List.of("93.184.215.14"),
			"metadata.google.internal", List.of("169.254.169.254"), "rebinding.example.org",
			List.of("93.184.215.14", "10.0.0.7"), "intranet.example.org", List.of("192.168.1.20"), "v6.example.org",
			List.of("2606:2800:21f:cb07:6820:80da:af6b:8b2c"));

	private final ImportAddresses httpsOnly = new ImportAddresses(false, List.of(), ImportAddressesTest::resolve);

	private final ImportAddresses httpAllowed = new ImportAddresses(true, List.of(), ImportAddressesTest::resolve);

	@Test
	void aPublicHttpsAddressIsFetched() {
		assertThat(httpsOnly.refusal(URI.create("https://directory.example.org/openreferral"))).isEmpty();
		assertThat(httpsOnly.refusal(URI.create("https://v6.example.org/openreferral"))).isEmpty();
		assertThat(httpsOnly.refusal(URI.create("https://93.184.215.14/openreferral"))).isEmpty();
	}

	@Test
	void plainHttpOnlyWhenConfigured() {
		assertThat(httpsOnly.refusal(URI.create("http://directory.example.org/openreferral")))
			.hasValue("only https:// addresses are fetched");
		assertThat(httpAllowed.refusal(URI.create("http://directory.example.org/openreferral"))).isEmpty();
		assertThat(httpAllowed.refusal(URI.create("ftp://directory.example.org/openreferral")))
			.hasValue("only https:// and http:// addresses are fetched");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8080/openreferral", "http://127.1.2.3/", "http://localhost:5432/",
			"http://169.254.169.254/latest/meta-data/", "http://metadata.google.internal/computeMetadata/v1/",
			"http://10.0.0.1/", "http://172.16.4.4/", "http://172.31.255.255/", "http://192.168.0.1/",
			"http://100.64.0.1/", "http://100.100.100.200/", "http://0.0.0.0/", "http://224.0.0.1/",
			"http://255.255.255.255/", "http://[::1]/", "http://[::]/", "http://[fe80::1]/", "http://[fd00:ec2::254]/",
			"http://[fc00::1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:a9fe:a9fe]/", "http://[64:ff9b::a00:1]/",
			"http://[2002:a00:1::]/", "http://intranet.example.org/", "http://rebinding.example.org/",
			"http://2130706433/", "http://0x7f000001/" })
	void internalAddressesAreRefusedAfterResolvingTheName(String address) {
		assertThat(httpAllowed.refusal(URI.create(address))).as(address).isPresent();
	}

	@Test
	void theReasonNamesNoAddressItResolvedTo() {
		assertThat(httpAllowed.refusal(URI.create("http://intranet.example.org/")))
			.hasValue("the address is not a public one");
		assertThat(httpAllowed.refusal(URI.create("http://nowhere.example.org/")))
			.hasValue("the name could not be found");
		assertThat(httpAllowed.refusal(URI.create("http:///no-host"))).hasValue("the address has no host");
	}

	@Test
	void aTrustedOriginIsFetchedWhateverItsAddressButNothingElseOnItsHost() {
		var trusting = new ImportAddresses(false, List.of("http://127.0.0.1:8081"), ImportAddressesTest::resolve);
		assertThat(trusting.refusal(URI.create("http://127.0.0.1:8081/openreferral/services"))).isEmpty();
		assertThat(trusting.refusal(URI.create("http://127.0.0.1:8082/openreferral"))).isPresent();
		assertThat(trusting.refusal(URI.create("https://127.0.0.1:8081/openreferral"))).isPresent();
		assertThat(trusting.refusal(URI.create("http://10.0.0.1:8081/openreferral"))).isPresent();
	}

	private static InetAddress[] resolve(String host) throws UnknownHostException {
		var known = NAMES.get(host);
		if (known != null) {
			var addresses = new InetAddress[known.size()];
			for (int i = 0; i < addresses.length; i++) {
				addresses[i] = InetAddress.getByName(known.get(i));
			}
			return addresses;
		}
		if ("localhost".equals(host)) {
			return new InetAddress[] { InetAddress.getByName("127.0.0.1") };
		}
		if (!host.contains(":") && host.chars().anyMatch(Character::isLetter)) {
			throw new UnknownHostException(host);
		}
		return InetAddress.getAllByName(host);
	}

}
