package org.familymatters.shared.generate;

import java.util.List;

/**
 * The names generated people are given: common first names with the other spellings
 * families really use, and family names made of a stem alone or with an ending (now and
 * then two stems joined). The family module's part of {@code --generate} and the likely
 * matches benchmark draw from the same lists, so that what the benchmark measures is what
 * the generated data holds.
 */
public final class GeneratedNames {

	/** First names, with the other spellings families really use. */
	public static final List<String> GIVEN = List.of("John", "Jon", "Jonathan", "Catherine", "Kathryn", "Katherine",
			"Sean", "Shaun", "Shawn", "Steven", "Stephen", "Michael", "Micheal", "David", "Dave", "Sarah", "Sara",
			"Zara", "Mohammed", "Muhammad", "Mohamed", "Aisha", "Ayesha", "Emma", "Emily", "Olivia", "Oliver", "Jack",
			"Harry", "George", "Noah", "Leo", "Amelia", "Isla", "Ava", "Mia", "Grace", "Freya", "Lily", "Ella",
			"Sophie", "Sophia", "Chloe", "Jessica", "Lucy", "Daniel", "Thomas", "James", "Joseph", "Samuel", "Ryan",
			"Liam", "Kieran", "Ciaran", "Connor", "Conor", "Bethany", "Megan", "Rebecca", "Rebekah", "Hannah", "Laura",
			"Lauren", "Natalie", "Nathalie", "Paul", "Peter", "Mark", "Marc", "Andrew", "Anthony", "Antony", "Gary",
			"Lee", "Leigh", "Craig", "Dean", "Wayne", "Carl", "Karl", "Claire", "Clare", "Kelly", "Kerry", "Tracy",
			"Tracey", "Michelle", "Nicola", "Nichola", "Joanne", "Joanna", "Louise", "Lewis", "Louis", "Alfie",
			"Archie", "Charlie", "Freddie", "Reggie", "Ruby", "Poppy", "Evie", "Maisie", "Ellie", "Elly", "Tyler",
			"Jayden", "Jaden", "Kai", "Kacper", "Jakub", "Zofia", "Amira", "Yusuf", "Ibrahim", "Fatima", "Precious",
			"Blessing", "Chidi", "Kwame");

	/**
	 * Family names are these stems alone or with an ending, and now and then two of them
	 * joined.
	 */
	public static final List<String> STEMS = List.of("Smith", "Smyth", "Taylor", "Brown", "Jones", "Williams", "Wilson",
			"Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
			"Hall", "Wood", "Jackson", "Clarke", "Clark", "Patel", "Khan", "Lewis", "James", "Phillips", "Philips",
			"Mason", "Mitchell", "Rose", "Davis", "Cox", "Alexander", "Morgan", "Moore", "Martin", "Price", "Hughes",
			"Turner", "Baker", "Harris", "Cooper", "King", "Ali", "Hussain", "Begum", "Kowalski", "Nowak", "Murphy",
			"Kelly", "Byrne", "Okafor", "Mensah", "Singh", "Kaur", "Ahmed", "Shah", "Thwaite", "Reid");

	/** Endings of family names (the first, none, the commonest). */
	public static final List<String> ENDINGS = List.of("", "son", "ton", "ley", "field", "wood", "well", "more", "by",
			"ham", "ford", "worth", "er", "man", "croft", "dale", "bridge", "land", "cott", "stone", "hurst", "ridge",
			"shaw", "wick", "combe");

	private GeneratedNames() {
	}

}
