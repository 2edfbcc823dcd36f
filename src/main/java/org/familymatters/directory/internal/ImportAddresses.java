package org.familymatters.directory.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which addresses the import may fetch: https (http only if configured), on a host whose
 * every address, once the name is resolved, is a public one — never this machine
 * (loopback), a private or shared network, a link-local address (the cloud metadata
 * address 169.254.169.254 among them), multicast or a reserved range, in IPv4 or IPv6
 * (with the IPv4 addresses IPv6 carries inside it). Origins an administrator trusts (a
 * directory on their own network) are fetched whatever they resolve to. Pure: the
 * resolver is given.
 */
public final class ImportAddresses {

	private final boolean allowHttp;

	private final Set<String> trustedOrigins;

	private final Resolver resolver;

	public ImportAddresses(boolean allowHttp, Collection<String> trustedOrigins, Resolver resolver) {
		this.allowHttp = allowHttp;
		this.trustedOrigins = trustedOrigins.stream()
			.map(URI::create)
			.map(ImportAddresses::origin)
			.collect(Collectors.toUnmodifiableSet());
		this.resolver = resolver;
	}

	/** Why the address may not be fetched; empty when it may. */
	public Optional<String> refusal(URI address) {
		var scheme = (address.getScheme() != null) ? address.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("https") && !scheme.equals("http")) {
			return Optional.of(allowHttp ? "only https:// and http:// addresses are fetched"
					: "only https:// addresses are fetched");
		}
		var host = address.getHost();
		if (host == null || host.isEmpty()) {
			return Optional.of("the address has no host");
		}
		if (trustedOrigins.contains(origin(address))) {
			return Optional.empty();
		}
		if (scheme.equals("http") && !allowHttp) {
			return Optional.of("only https:// addresses are fetched");
		}
		InetAddress[] resolved;
		try {
			resolved = resolver.resolve(unbracketed(host));
		}
		catch (UnknownHostException ex) {
			return Optional.of("the name could not be found");
		}
		if (resolved.length == 0) {
			return Optional.of("the name could not be found");
		}
		for (var one : resolved) {
			if (!isPublic(one)) {
				return Optional.of("the address is not a public one");
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether the address is a plain http one that is not fetched: http is not allowed
	 * and its origin is not trusted.
	 */
	public boolean httpRefused(URI address) {
		return "http".equalsIgnoreCase(address.getScheme()) && !allowHttp && !trustedOrigins.contains(origin(address));
	}

	/** Whether an address is one on the public internet. */
	static boolean isPublic(InetAddress address) {
		if (address instanceof Inet4Address) {
			return isPublicV4(address.getAddress());
		}
		if (address instanceof Inet6Address) {
			return isPublicV6(address.getAddress());
		}
		return false;
	}

	private static boolean isPublicV4(byte[] b) {
		int a0 = b[0] & 0xff;
		int a1 = b[1] & 0xff;
		int a2 = b[2] & 0xff;
		return !(a0 == 0 // this network
				|| a0 == 10 // private
				|| (a0 == 100 && a1 >= 64 && a1 <= 127) // shared (carrier-grade NAT)
				|| a0 == 127 // loopback
				|| (a0 == 169 && a1 == 254) // link-local, the metadata address
				|| (a0 == 172 && a1 >= 16 && a1 <= 31) // private
				|| (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) // protocol assignments,
																	// documentation
				|| (a0 == 192 && a1 == 88 && a2 == 99) // 6to4 relay
				|| (a0 == 192 && a1 == 168) // private
				|| (a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking
				|| (a0 == 198 && a1 == 51 && a2 == 100) // documentation
				|| (a0 == 203 && a1 == 0 && a2 == 113) // documentation
				|| a0 >= 224); // multicast, reserved, broadcast
	}

	private static boolean isPublicV6(byte[] b) {
		if (allZero(b, 0, 10)) {
			// ::/80 holds the unspecified address, loopback, IPv4-compatible and
			// IPv4-mapped addresses: judged by the IPv4 address inside, if any.
			boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
			boolean compatible = b[10] == 0 && b[11] == 0;
			return (mapped || compatible) && !allZero(b, 12, 16) && isPublicV4(slice(b, 12));
		}
		int first = b[0] & 0xff;
		int second = b[1] & 0xff;
		if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
			return isPublicV4(slice(b, 12)); // NAT64 64:ff9b::/96
		}
		if (first == 0x20 && second == 0x02) {
			return isPublicV4(slice(b, 2)); // 6to4 2002::/16
		}
		if (first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0) {
			return false; // Teredo 2001::/32
		}
		if (first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
			return false; // documentation 2001:db8::/32
		}
		return (first & 0xe0) == 0x20; // only global unicast 2000::/3 (no ULA fc00::/7,
										// link-local fe80::/10, multicast ff00::/8)
	}

	private static byte[] slice(byte[] bytes, int from) {
		var four = new byte[4];
		System.arraycopy(bytes, from, four, 0, 4);
		return four;
	}

	private static boolean allZero(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

	private static String unbracketed(String host) {
		return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
	}

	/** scheme://host:port, with the port the scheme implies when none is given. */
	private static String origin(URI address) {
		var scheme = (address.getScheme() != null) ? address.getScheme().toLowerCase(Locale.ROOT) : "";
		int port = address.getPort();
		if (port < 0) {
			port = scheme.equals("https") ? 443 : 80;
		}
		var host = (address.getHost() != null) ? address.getHost().toLowerCase(Locale.ROOT) : "";
		return scheme + "://" + host + ":" + port;
	}

	/**
	 * Resolves a host name to its addresses, as {@link InetAddress#getAllByName} does.
	 */
	@FunctionalInterface
	public interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

}
