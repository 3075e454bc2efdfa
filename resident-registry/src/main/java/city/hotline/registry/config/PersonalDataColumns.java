package city.hotline.registry.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import city.hotline.personaldata.ProtectedColumn;
import city.hotline.personaldata.ProtectedColumn.Index;
import city.hotline.personaldata.ProtectedColumns;

/** The registry's personal data, stored encrypted (see docs/personal-data.md). */
@Singleton
class PersonalDataColumns {

    @Produces
    @Singleton
    ProtectedColumns protectedColumns() {
        return ProtectedColumns.of(
                ProtectedColumn.indexed("resident", "id", "name", "name_index", Index.NAME),
                ProtectedColumn.indexed("resident", "id", "phone", "phone_index", Index.PHONE),
                ProtectedColumn.encrypted("worker", "id", "phone"));
    }
}
