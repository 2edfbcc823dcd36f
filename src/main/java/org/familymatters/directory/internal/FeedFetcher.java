package org.familymatters.directory.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serial;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches what the import reads from another directory's address. Every address is
 * checked by {@link ImportAddresses} before it is asked, redirects are followed here (at
 * most {@value #MAX_REDIRECTS}), each checked again, and an answer is read only up to a
 * size and a time. What goes wrong is reported as "Could not fetch" the address with the
 * reason or the HTTP status only: never what an address answered.
 *
 * <p>
 * The check resolves the host name as the connection does, through the JVM's cache of
 * names (30 seconds by default), so that both see the same addresses.
 */
public class FeedFetcher {

	static final int MAX_REDIRECTS = 5;

	private final ImportAddresses addresses;

	private final long maxBytes;

	private final Duration readTimeout;

	private final HttpClient client;

	public FeedFetcher(ImportAddresses addresses, long maxBytes, Duration connectTimeout, Duration readTimeout) {
		this.addresses = addresses;
		this.maxBytes = maxBytes;
		this.readTimeout = readTimeout;
		this.client = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * The answer to a GET of the address, following redirects.
	 * @throws OpenReferralFeed.Unreadable when the address may not be fetched or could
	 * not be
	 */
	public byte[] get(URI address) {
		var current = address;
		for (int redirects = 0;; redirects++) {
			var refusal = addresses.refusal(current);
			if (refusal.isPresent()) {
				throw couldNotFetch(current, refusal.get());
			}
			var response = send(current);
			int status = response.statusCode();
			if (status >= 300 && status < 400 && status != 304) {
				var location = response.headers().firstValue("Location");
				if (location.isEmpty()) {
					throw couldNotFetch(current, "HTTP " + status);
				}
				if (redirects >= MAX_REDIRECTS) {
					throw couldNotFetch(address, "it redirected more than " + MAX_REDIRECTS + " times");
				}
				current = next(current, location.get());
				continue;
			}
			if (status != 200) {
				throw couldNotFetch(current, "HTTP " + status);
			}
			return response.body();
		}
	}

	private HttpResponse<byte[]> send(URI address) {
		var request = HttpRequest.newBuilder(address)
			.GET()
			.timeout(readTimeout)
			.header("Accept", "application/json")
			.build();
		var answer = client.sendAsync(request,
				info -> (info.statusCode() == 200)
						? new CappedBody(maxBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1))
						: HttpResponse.BodySubscribers.replacing(null));
		try {
			return answer.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			answer.cancel(true);
			throw couldNotFetch(address, "no answer in time");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw couldNotFetch(address, "no answer");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof TooLarge) {
				throw couldNotFetch(address, "the answer is larger than " + size(maxBytes));
			}
			if (ex.getCause() instanceof HttpTimeoutException) {
				throw couldNotFetch(address, "no answer in time");
			}
			throw couldNotFetch(address, "no answer");
		}
	}

	private static URI next(URI from, String location) {
		try {
			return from.resolve(location.strip());
		}
		catch (IllegalArgumentException ex) {
			throw couldNotFetch(from, "it redirected to an address that is not one");
		}
	}

	private static OpenReferralFeed.Unreadable couldNotFetch(URI address, String reason) {
		return new OpenReferralFeed.Unreadable("Could not fetch " + address + ": " + reason);
	}

	/** 20 MB, 1 KB, 500 bytes. */
	static String size(long bytes) {
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return (bytes / (1024 * 1024)) + " MB";
		}
		if (bytes >= 1024 && bytes % 1024 == 0) {
			return (bytes / 1024) + " KB";
		}
		return bytes + " bytes";
	}

	/** Reads an answer's body, failing as soon as it is longer than the limit. */
	private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

		private final CompletableFuture<byte[]> body = new CompletableFuture<>();

		private final ByteArrayOutputStream read = new ByteArrayOutputStream();

		private final long max;

		private final long declared;

		private Flow.Subscription subscription;

		CappedBody(long max, long declared) {
			this.max = max;
			this.declared = declared;
		}

		@Override
		public CompletionStage<byte[]> getBody() {
			return body;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			if (declared > max) {
				subscription.cancel();
				body.completeExceptionally(new TooLarge());
				return;
			}
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(List<ByteBuffer> buffers) {
			if (body.isDone()) {
				return;
			}
			for (var buffer : buffers) {
				if (read.size() + (long) buffer.remaining() > max) {
					subscription.cancel();
					body.completeExceptionally(new TooLarge());
					return;
				}
				var bytes = new byte[buffer.remaining()];
				buffer.get(bytes);
				read.writeBytes(bytes);
			}
		}

		@Override
		public void onError(Throwable throwable) {
			body.completeExceptionally(throwable);
		}

		@Override
		public void onComplete() {
			body.complete(read.toByteArray());
		}

	}

	/** The answer is longer than the limit. */
	private static final class TooLarge extends IOException {

		@Serial
		private static final long serialVersionUID = 1L;

	}

}
