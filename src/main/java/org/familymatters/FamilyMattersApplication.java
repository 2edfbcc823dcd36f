package org.familymatters;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Family Matters: support for the families and children of offenders and prisoners. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FamilyMattersApplication {

	public static void main(String[] args) {
		SpringApplication.run(FamilyMattersApplication.class, args);
	}

}
