package city.hotline.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrivacyTest {

    @Test
    void aMaskedPhoneKeepsEnoughToRecogniseAndTooLittleToCall() {
        assertThat(Privacy.maskPhone("13812345678")).isEqualTo("138****5678");
        assertThat(Privacy.maskPhone("01064051234")).isEqualTo("010****1234");
        assertThat(Privacy.maskPhone("96777")).isEqualTo("*****");
    }

    @Test
    void aMaskedNameIsTheSurnameAndAPoliteFormOfAddress() {
        assertThat(Privacy.maskName("魏建国", Gender.MALE)).isEqualTo("魏先生");
        assertThat(Privacy.maskName("魏先生", Gender.MALE)).isEqualTo("魏先生");
        assertThat(Privacy.maskName("欧阳娜娜", Gender.FEMALE)).isEqualTo("欧阳女士");
        assertThat(Privacy.maskName("李四", null)).isEqualTo("李*");
    }
}
