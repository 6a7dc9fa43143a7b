#include "exporterconfig.h"

#include <cmath>

namespace SipScope {

std::chrono::milliseconds ExporterModule::effectiveTimeout(std::optional<double> scrapeTimeoutSeconds) const
{
    std::chrono::milliseconds result = timeout.count() > 0 ? timeout : defaultTimeout;
    if (scrapeTimeoutSeconds && std::isfinite(*scrapeTimeoutSeconds) && *scrapeTimeoutSeconds > 0) {
        auto scrape = std::chrono::milliseconds(std::llround(*scrapeTimeoutSeconds * 1000));
        // Leave the scraper time to receive the answer; a scrape timeout shorter than
        // the offset is used whole.
        if (scrape > scrapeOffset)
            scrape -= scrapeOffset;
        result = timeout.count() > 0 ? std::min(timeout, scrape) : scrape;
    }
    return std::max(result, std::chrono::milliseconds(1));
}

} // namespace SipScope
