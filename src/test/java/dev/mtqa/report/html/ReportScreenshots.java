package dev.mtqa.report.html;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Takes the README's screenshots of a report with the same headless Chromium the browser tests
 * use. Not part of the normal test run:
 * {@code ./mtqa check seeds; ./mvnw test -Dtest=ReportScreenshots -Dmtqa.screenshots=docs}
 * (optionally {@code -Dmtqa.report=reports -Dmtqa.page=000_68b0b6fc8582c976.txt.html}).
 */
@EnabledIfSystemProperty(named = "mtqa.screenshots", matches = ".+")
class ReportScreenshots {

    @Test
    void takeScreenshots() throws Exception {
        Path out = Path.of(System.getProperty("mtqa.screenshots"));
        Path report = Path.of(System.getProperty("mtqa.report", "reports"));
        String page = System.getProperty("mtqa.page", "000_68b0b6fc8582c976.txt.html");
        Files.createDirectories(out);
        ChromeDriver driver = HeadlessChromium.start(HeadlessChromium.temporary("mtqa-profile"),
                HeadlessChromium.temporary("mtqa-downloads"));
        try {
            driver.manage().window().setSize(new Dimension(1440, 1000));
            driver.get(report.resolve(page).toUri().toString());
            driver.executeScript("window.mtqa.accept(1, 0); window.mtqa.accept(2, 0); window.mtqa.select(3);"
                    + " window.scrollTo(0, 0);");
            Thread.sleep(300);
            Files.write(out.resolve("report-file.png"), driver.getScreenshotAs(OutputType.BYTES));
            driver.get(report.resolve("index.html").toUri().toString());
            Long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(1440, (int) Math.min(2400, height == null ? 1000 : height)));
            Thread.sleep(300);
            Files.write(out.resolve("report-index.png"), driver.getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.quit();
        }
        assertThat(out.resolve("report-file.png")).exists();
    }
}
