package dev.mtqa.report.html;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;

/**
 * The system's headless Chromium, driven through the system's chromedriver (Debian's
 * {@code chromium} and {@code chromium-driver}). Both paths are given explicitly, so Selenium
 * Manager never looks anything up or downloads a browser or a driver. Without them the calling
 * test is skipped with a message saying how to get them.
 */
final class HeadlessChromium {
    static final Path BROWSER = Path.of(System.getProperty("mtqa.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("mtqa.chromedriver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    static final String MISSING = "mtqa: browser tests skipped: no " + BROWSER + " or " + DRIVER
            + "; install them with 'apt-get install chromium chromium-driver' (.ci/run does), or point"
            + " -Dmtqa.chromium and -Dmtqa.chromedriver at them";

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** Skips the calling test unless Chromium and chromedriver are installed. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(installed(), MISSING);
    }

    /**
     * Starts a browser with a fresh profile; downloads go to {@code downloads}. The caller quits it.
     */
    static ChromeDriver start(Path profile, Path downloads) {
        assumeInstalled();
        // Selenium Manager is only asked when a path is missing; these make sure it stays offline.
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--window-size=1400,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "safebrowsing.enabled", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(profile.toFile(), "chromedriver.log"))
                .build();
        return new ChromeDriver(service, options);
    }

    static Path temporary(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
