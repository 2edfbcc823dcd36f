-- Releases due (home pages, release planning): the episodes not yet ended, by their expected
-- release, without reading every episode in the country.
create index custody_episode_release_due on custody_episode (expected_release_on) where released_on is null;
