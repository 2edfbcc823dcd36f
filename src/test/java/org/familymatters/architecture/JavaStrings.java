package org.familymatters.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals and text blocks of a Java source file, as written (escapes left
 * alone).
 */
final class JavaStrings {

	private JavaStrings() {
	}

	static List<String> of(String source) {
		var strings = new ArrayList<String>();
		int i = 0;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				i = end(source.indexOf('\n', i), n);
			}
			else if (source.startsWith("/*", i)) {
				i = end(source.indexOf("*/", i + 2), n) + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int close = source.indexOf("\"\"\"", i + 3);
				while (close > 0 && source.charAt(close - 1) == '\\') {
					close = source.indexOf("\"\"\"", close + 1);
				}
				close = end(close, n);
				strings.add(source.substring(i + 3, Math.min(close, n)));
				i = close + 3;
			}
			else if (c == '"') {
				int j = i + 1;
				while (j < n && source.charAt(j) != '"') {
					j += (source.charAt(j) == '\\') ? 2 : 1;
				}
				strings.add(source.substring(i + 1, Math.min(j, n)));
				i = j + 1;
			}
			else if (c == '\'') {
				int j = i + 1;
				while (j < n && source.charAt(j) != '\'') {
					j += (source.charAt(j) == '\\') ? 2 : 1;
				}
				i = j + 1;
			}
			else {
				i++;
			}
		}
		return strings;
	}

	private static int end(int index, int length) {
		return (index < 0) ? length : index;
	}

}
