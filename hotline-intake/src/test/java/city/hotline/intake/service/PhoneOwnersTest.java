package city.hotline.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import city.hotline.intake.repository.ResidentPhoneRepository.PhoneOwner;

/**
 * One lookup of the caller's phone places the call and names the caller on its ticket; the residents come special
 * needs first, then by resident id (ResidentPhoneRepository.owners).
 */
class PhoneOwnersTest {

    @Test
    void aPhoneOfOneHouseholdPlacesTheCallAtItsBuildingAndNamesItsFirstResident() {
        PhoneOwners household = new PhoneOwners(List.of(new PhoneOwner("R9", "110101001001", "1号院/2号楼"),
                new PhoneOwner("R1", "110101001001", "1号院/2号楼")));

        assertThat(household.home()).contains(new Placement("110101001001", "1号院/2号楼"));
        assertThat(household.residentIn("110101001001")).isEqualTo("R9");
    }

    @Test
    void aPhoneSharedAcrossBuildingsPlacesOnlyTheCommunity() {
        PhoneOwners family = new PhoneOwners(List.of(new PhoneOwner("R1", "110101001001", "1号院/2号楼"),
                new PhoneOwner("R2", "110101001001", "1号院/5号楼")));

        assertThat(family.home()).contains(new Placement("110101001001", null));
    }

    @Test
    void aPhoneSharedAcrossCommunitiesPlacesNothingButNamesTheResidentOfTheCommunityTheCallIsPlacedIn() {
        PhoneOwners shared = new PhoneOwners(List.of(new PhoneOwner("R1", "110101001001", "1号院/2号楼"),
                new PhoneOwner("R2", "110101001002", "3号院/1号楼")));

        assertThat(shared.home()).isEmpty();
        assertThat(shared.residentIn("110101001002")).isEqualTo("R2");
        assertThat(shared.residentIn("110101009999")).isNull();
    }

    @Test
    void anUnknownPhonePlacesNothingAndNamesNobody() {
        assertThat(PhoneOwners.NONE.home()).isEmpty();
        assertThat(PhoneOwners.NONE.residentIn("110101001001")).isNull();
    }
}
