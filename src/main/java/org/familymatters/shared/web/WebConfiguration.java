package org.familymatters.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves GOV.UK Frontend from its webjar at content-versioned addresses, and tells the
 * layout when a form has errors.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final String govukFrontend = "classpath:/META-INF/resources/webjars/govuk-frontend/" + govukVersion()
			+ "/dist/govuk/";

	/**
	 * Each folder of static files has a handler of its own, and nothing else is a static
	 * file ({@code spring.web.resources.add-mappings=false}): Spring Boot's catch-all
	 * {@code /**} handler made every link on every page ({@code @{/families/…}}) a search
	 * of the classpath for a file of that name, which was most of a page's processor time
	 * (docs/benchmarks.md, "Under load").
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		// The court desk's offline worker keeps one address: its scope is /court-desk/.
		registry.addResourceHandler("/court-desk/*.js").addResourceLocations("classpath:/static/court-desk/");
		// The stylesheet asks for its fonts and images under /assets/.
		// Pages ask for each file by an address that carries a hash of its content
		// (StaticAssetCaching), so a browser keeps it until it changes.
		registry.addResourceHandler("/assets/**")
			.addResourceLocations(govukFrontend + "assets/")
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler("/govuk/**")
			.addResourceLocations(govukFrontend)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView view) {
				if (view != null && view.getModel()
					.values()
					.stream()
					.anyMatch(value -> value instanceof BindingResult result && result.hasErrors())) {
					view.addObject("pageHasErrors", true);
				}
			}
		});
	}

	private static String govukVersion() {
		var properties = new Properties();
		try (var in = new ClassPathResource("META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")
			.getInputStream()) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("GOV.UK Frontend is missing from the classpath", ex);
		}
		return properties.getProperty("version");
	}

}
