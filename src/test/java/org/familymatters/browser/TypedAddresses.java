package org.familymatters.browser;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URL;
import java.util.Set;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.fail;

/**
 * One browser's guard against typed addresses: a journey reaches each page as a person
 * does, by the links and buttons they see. The first page a browser opens in a test is
 * typed (the start page {@code /}, or the home page {@code /home}); every later
 * {@code get} or {@code navigate().to} fails the test, saying to follow a link or press a
 * button instead. Going back, forward or reloading is what a person does too, and is let
 * through.
 */
final class TypedAddresses {

	/** Where a journey may start: the start page and the home page. */
	static final Set<String> STARTS = Set.of("/", "/home");

	private final String journey;

	/** Whether this browser has opened its first page in this test. */
	private boolean started;

	TypedAddresses(String journey) {
		this.journey = journey;
	}

	/**
	 * The browser with this guard in front of its {@code get} and {@code navigate().to}.
	 */
	WebDriver around(ChromeDriver browser) {
		var interfaces = ClassUtils.getAllInterfacesForClass(ChromeDriver.class);
		return (WebDriver) Proxy.newProxyInstance(getClass().getClassLoader(), interfaces, (proxy, method, args) -> {
			if (method.getDeclaringClass() == Object.class) {
				return switch (method.getName()) {
					case "equals" -> proxy == args[0];
					case "hashCode" -> System.identityHashCode(proxy);
					default -> "Guarded " + browser;
				};
			}
			if (method.getDeclaringClass() == WebDriver.class && method.getName().equals("get")) {
				typed(String.valueOf(args[0]));
			}
			if (method.getDeclaringClass() == WebDriver.class && method.getName().equals("navigate")) {
				return navigation(browser.navigate());
			}
			return invoke(method, browser, args);
		});
	}

	private WebDriver.Navigation navigation(WebDriver.Navigation navigation) {
		return (WebDriver.Navigation) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { WebDriver.Navigation.class }, (proxy, method, args) -> {
					if (method.getName().equals("to") && args != null && args.length == 1
							&& (args[0] instanceof String || args[0] instanceof URL)) {
						typed(String.valueOf(args[0]));
					}
					return invoke(method, navigation, args);
				});
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/** A new test: its first page is typed again. */
	void newTest() {
		started = false;
	}

	/** Whether this browser has opened a page in this test. */
	boolean started() {
		return started;
	}

	/**
	 * A test starts at an address that is not the service's, to show "Page not found":
	 * only as its first page, and only an address the service does not have (the caller
	 * checks the page).
	 */
	void wrongAddress(String path) {
		if (started) {
			refuse(path);
		}
		started = true;
	}

	private void typed(String address) {
		var path = pathOf(address);
		if (!started) {
			started = true;
			if (!STARTS.contains(path)) {
				fail("%s starts at %s: a journey starts where a person starts, at / or /home (journeyFrom, signIn), "
						+ "and reaches every other page by a link or a button", journey, path);
			}
			return;
		}
		if (path.equals("about:blank") || path.startsWith("data:")) {
			return;
		}
		refuse(path);
	}

	/** The path and query of an address of the service; any other address as it is. */
	static String pathOf(String address) {
		if (!address.startsWith("http://localhost:")) {
			return address;
		}
		var uri = URI.create(address);
		var path = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
	}

	private void refuse(String path) {
		fail("%s typed the address %s after its first page: reach the page by a link or a button, as a person does "
				+ "(follow, followIn, followInRow, navigateTo, press)", journey, path);
	}

}
