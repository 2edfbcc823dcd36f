package org.familymatters.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The localities. */
public interface Localities extends ListCrudRepository<Locality, UUID> {

	@Query("select * from locality order by county, name")
	List<Locality> findAllOrdered();

	@Query("select * from locality where lower(name) = lower(:name)")
	Optional<Locality> findByNameIgnoringCase(String name);

}
