package org.mutualis.census.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.mutualis.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * How a person answers one question of the answer form in the browser: clicks the radio of a
 * choice, types a number or a text, types a date in the date field. Returns the key presses.
 */
final class QuestionTyping {

    private QuestionTyping() {}

    static int answer(Browser browser, WebElement question, String value) {
        String code = question.getAttribute("data-code");
        List<WebElement> radios = question.findElements(By.cssSelector("input[type=radio]"));
        if (!radios.isEmpty()) {
            question.findElement(By.cssSelector("input[type=radio][value='" + value + "']"))
                    .click();
            return 0;
        }
        WebElement input = question.findElement(By.id("a-" + code));
        if ("date".equals(input.getAttribute("type"))) {
            // Focused from its start (a click would land on the middle part of the date)
            String[] p = value.split("-");
            input.sendKeys(p[2] + p[1] + p[0]);
            if (!value.equals(input.getAttribute("value"))) {
                browser.script("arguments[0].value = ''; arguments[0].blur();", input);
                input.sendKeys(p[1] + p[2] + p[0]);
            }
            assertThat(input.getAttribute("value")).as(code).isEqualTo(value);
            return 8;
        }
        input.click();
        input.clear();
        input.sendKeys(value);
        return value.length();
    }
}
