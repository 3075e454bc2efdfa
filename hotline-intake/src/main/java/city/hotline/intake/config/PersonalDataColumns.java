package city.hotline.intake.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import city.hotline.personaldata.ProtectedColumn;
import city.hotline.personaldata.ProtectedColumn.Index;
import city.hotline.personaldata.ProtectedColumns;

/** Intake's personal data, stored encrypted (see docs/personal-data.md). */
@Singleton
class PersonalDataColumns {

    @Produces
    @Singleton
    ProtectedColumns protectedColumns() {
        return ProtectedColumns.of(
                ProtectedColumn.encrypted("call", "id", "text"),
                ProtectedColumn.encrypted("call", "id", "caller_phone"),
                ProtectedColumn.encrypted("call", "id", "caller_name"),
                ProtectedColumn.indexed("resident_phone", "resident_id", "phone", "phone_index", Index.PHONE));
    }
}
