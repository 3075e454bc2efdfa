package city.hotline.dispatch.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import city.hotline.personaldata.ProtectedColumn;
import city.hotline.personaldata.ProtectedColumns;

/** Dispatch's copies of personal data, stored encrypted (see docs/personal-data.md). */
@Singleton
class PersonalDataColumns {

    @Produces
    @Singleton
    ProtectedColumns protectedColumns() {
        return ProtectedColumns.of(
                ProtectedColumn.encrypted("worker_view", "id", "name"),
                ProtectedColumn.encrypted("ticket", "id", "assignee_name"),
                ProtectedColumn.encrypted("ticket", "id", "summary"));
    }
}
