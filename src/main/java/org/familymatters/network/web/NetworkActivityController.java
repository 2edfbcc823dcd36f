package org.familymatters.network.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.familymatters.network.internal.NetworkActivity;
import org.familymatters.network.internal.NetworkAudit;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The networks' activity for managers: per network and quarter, meetings held, families
 * raised by name and anonymised, actions agreed and done; a count from 1 to 4 is shown as
 * "fewer than 5", on the page as in the CSV.
 */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class NetworkActivityController {

	static final String[] COLUMNS = { "network", "locality", "quarter", "meetings_held", "families_raised_named",
			"families_raised_anonymised", "actions_agreed", "actions_done" };

	private final NetworkActivity activity;

	NetworkActivityController(NetworkActivity activity) {
		this.activity = activity;
	}

	@GetMapping("/networks/activity")
	String activity(Model model) {
		model.addAttribute("rows", activity.rows(NetworkAudit.NETWORK_ACTIVITY_VIEWED));
		model.addAttribute("fewerThan", NetworkActivity.FEWER_THAN);
		return "network/activity";
	}

	@GetMapping("/networks/activity.csv")
	ResponseEntity<byte[]> csv() {
		var rows = activity.rows(NetworkAudit.NETWORK_ACTIVITY_EXPORTED);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("network-activity.csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(csv(rows).getBytes(StandardCharsets.UTF_8));
	}

	/** One row per network and quarter, every count from 1 to 4 as "fewer than 5". */
	static String csv(List<NetworkActivity.Row> rows) {
		var out = new StringWriter();
		try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get())) {
			for (var row : rows) {
				var cells = new ArrayList<String>();
				cells.add(asText(row.network()));
				cells.add(asText(row.locality()));
				cells.add(row.quarter());
				cells.addAll(row.shown().values());
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** Text a spreadsheet will not run as a formula. */
	static String asText(String text) {
		if (text != null && !text.isEmpty() && "=+-@\t\r\n".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
