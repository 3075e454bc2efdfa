package city.hotline.personaldata;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.StartupEvent;

/**
 * Brings a service's stored personal data under its keys ({@link StoredPersonalData}) before the service
 * takes any request or event, in a service that declares {@link ProtectedColumns}; a wrong or missing key
 * stops the start. A service without personal data needs no keys.
 *
 * <p>A startup step rather than a Flyway Java migration: the keys are runtime configuration (a Secret),
 * which a schema migration should not depend on, and the same step finishes a key rotation at every start,
 * which a migration that runs once could not. It is idempotent: each row is updated only if it still holds
 * the value read (two replicas starting together do no harm), and a converted row is not read again.
 */
@Singleton
class PersonalDataStartup {

    private final Instance<ProtectedColumns> columns;
    private final Instance<PersonalDataKeys> keys;
    private final Instance<DataSource> dataSource;

    PersonalDataStartup(Instance<ProtectedColumns> columns, Instance<PersonalDataKeys> keys,
            Instance<DataSource> dataSource) {
        this.columns = columns;
        this.keys = keys;
        this.dataSource = dataSource;
    }

    /** Before reactive messaging starts its consumers (at LIBRARY_BEFORE) and before the demo data loads. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 10) StartupEvent event)
            throws SQLException {
        if (columns.isResolvable()) {
            new StoredPersonalData(dataSource.get(), keys.get(), columns.get()).protect();
        }
    }
}
