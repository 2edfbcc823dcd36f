package org.familymatters.shared.web;

import java.util.List;

/**
 * One page of results, with what the pagination component needs.
 *
 * @param items the results on this page
 * @param number this page's number, from 1
 * @param size results a page
 * @param total results on every page
 */
public record Page<T>(List<T> items, int number, int size, long total) {

	public int totalPages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return number > 1;
	}

	public boolean hasNext() {
		return number < totalPages();
	}

	/** The position of the first result on this page, from 1 (0 when there are none). */
	public long firstItem() {
		return (total != 0) ? (long) (number - 1) * size + 1 : 0;
	}

	public long lastItem() {
		return Math.min(total, (long) number * size);
	}

}
