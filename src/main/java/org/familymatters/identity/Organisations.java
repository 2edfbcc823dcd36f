package org.familymatters.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The organisations. */
public interface Organisations extends ListCrudRepository<Organisation, UUID> {

	@Query("select * from organisation order by lower(name)")
	List<Organisation> findAllOrdered();

	@Query("select * from organisation where active order by lower(name)")
	List<Organisation> findActiveOrdered();

	@Query("select * from organisation where lower(name) = lower(:name)")
	Optional<Organisation> findByNameIgnoringCase(String name);

}
