package org.familymatters.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The port the integration tests' service sends its e-mail to: a free one, chosen once
 * for the whole run, so that test runs side by side on one machine never fight over a
 * fixed port. A test that reads the e-mail starts GreenMail on it ({@link #extension()})
 * and takes the {@code @ResourceLock} {@value #LOCK}.
 */
public final class TestMailServer {

	/** The lock of the classes that start the mail server. */
	public static final String LOCK = "test mail server";

	/** The port, free when the run began. */
	public static final int PORT = freePort();

	private TestMailServer() {
	}

	/** GreenMail on the port, started before each test and stopped after it. */
	public static GreenMailExtension extension() {
		return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", "smtp"));
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
