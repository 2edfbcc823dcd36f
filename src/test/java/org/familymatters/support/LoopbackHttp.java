package org.familymatters.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * HTTP/1.1 to the service from a chosen loopback address (127.x.y.z), as if from another
 * client: the limits per address see each address as someone else. One request per
 * connection.
 */
public final class LoopbackHttp {

	private final int port;

	public LoopbackHttp(int port) {
		this.port = port;
	}

	/** A GET from an address, with an optional cookie. */
	public Response get(String from, String path, String accept, String cookie) throws IOException {
		return send(from, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept + "\r\n"
				+ ((cookie != null) ? "Cookie: " + cookie + "\r\n" : "") + "Connection: close\r\n\r\n");
	}

	/** A form POST from an address, with a cookie. */
	public Response post(String from, String path, Map<String, String> form, String cookie) throws IOException {
		var body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		var bytes = body.getBytes(StandardCharsets.UTF_8);
		return send(from,
				"POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
						+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length + "\r\n"
						+ ((cookie != null) ? "Cookie: " + cookie + "\r\n" : "") + "Connection: close\r\n\r\n" + body);
	}

	private Response send(String from, String request) throws IOException {
		try (var socket = new Socket()) {
			socket.bind(new InetSocketAddress(from, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			socket.setSoTimeout(30000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
			return Response.read(socket.getInputStream().readAllBytes());
		}
	}

	/**
	 * An answer.
	 *
	 * @param status the status code
	 * @param headers the headers, names in lower case (the last of each name)
	 * @param body the body as text (chunks joined)
	 */
	public record Response(int status, Map<String, String> headers, String body) {

		static Response read(byte[] bytes) {
			var text = new String(bytes, StandardCharsets.UTF_8);
			int split = text.indexOf("\r\n\r\n");
			var head = text.substring(0, split).split("\r\n");
			var headers = new LinkedHashMap<String, String>();
			for (int i = 1; i < head.length; i++) {
				int colon = head[i].indexOf(':');
				headers.merge(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						head[i].substring(colon + 1).strip(), (a, b) -> a + "\n" + b);
			}
			return new Response(Integer.parseInt(head[0].split(" ")[1]), headers, text.substring(split + 4));
		}

		public String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

		/**
		 * The cookies the answer sets, as a Cookie header sends them back ("a=1; b=2"),
		 * or null: the session's, and the CSRF token's that a form posted after it needs.
		 */
		public String cookies() {
			var cookies = header("set-cookie");
			if (cookies == null) {
				return null;
			}
			return Stream.of(cookies.split("\n")).map(cookie -> cookie.split(";")[0]).collect(Collectors.joining("; "));
		}

	}

}
