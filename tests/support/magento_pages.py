"""Magento's own outage pages, as a shop sends them (errors/default/page.phtml
around 503.phtml or report.phtml; the texts are the same on Magento 1, OpenMage
and Magento 2). See shared/reference/magento-1.md "How outages look".
"""

from __future__ import annotations

REPORT_ID = "1419783420871"


def _page(title: str, content: str) -> bytes:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
        f"<title>{title}</title>\n"
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n"
        "<link rel=\"stylesheet\" href=\"css/styles.css\" type=\"text/css\" />\n"
        "</head>\n<body>\n    <div class=\"wrapper\">\n        <div class=\"page\">\n"
        "            <div class=\"main-container\">\n"
        "                <div class=\"main col1-layout\">\n"
        f"{content}"
        "                </div>\n            </div>\n        </div>\n    </div>\n</body>\n</html>\n"
    ).encode()


# maintenance.flag: 503, "Service Temporarily Unavailable".
MAINTENANCE_PAGE = _page(
    "Error 503: Service Unavailable",
    "<!-- [start] center -->\n    <div id=\"main\" class=\"col-main\">\n"
    "    <!-- [start] content -->\n        <div class=\"page-title\">\n"
    "            <h1>Service Temporarily Unavailable</h1>\n        </div>\n"
    "        <p>The server is temporarily unable to service your request due to maintenance "
    "downtime or capacity problems. Please try again later.</p>\n"
    "    <!-- [end] content -->\n    </div>\n<!-- [end] center -->\n",
)


def error_page(report_id: str | None = REPORT_ID) -> bytes:
    """Database down or a fatal error: 503 and a report in var/report/<id>."""
    record = (
        f"        <p>Error log record number: <a href=\"\">{report_id}</a></p>\n"
        if report_id
        else ""
    )
    return _page(
        "There has been an error processing your request",
        "<div class=\"col-main\">\n    <div class=\"page-title\">\n"
        "        <h1>There has been an error processing your request</h1>\n    </div>\n"
        "        <p><em>Exception printing is disabled by default for security reasons.</em></p>\n"
        f"{record}</div>\n",
    )


# A web server's own 503 (Apache: the backend is gone), neither of Magento's pages.
APACHE_503 = (
    b"<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n"
    b"<title>503 Service Unavailable</title>\n</head><body>\n<h1>Service Unavailable</h1>\n"
    b"<p>The server is temporarily unable to service your\nrequest due to maintenance downtime "
    b"or capacity\nproblems. Please try again later.</p>\n</body></html>\n"
)
