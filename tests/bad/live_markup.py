#!/usr/bin/env python3
"""Lists live markup in the HTML and SVG files of a built site: <script>,
<iframe>, <object> or <embed> elements, on* event attributes, and URLs with a
javascript:, vbscript: or data: scheme. Escaped text (&lt;script&gt;) is not
markup and is not reported. Exit 1 when anything was found.

usage: live_markup.py SITE_DIR [FORBIDDEN_STRING...]
FORBIDDEN_STRING: more fixed strings that must not appear in those files.
"""
import html.parser
import os
import re
import sys

URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcdoc"}
BAD_SCHEME = re.compile(r"^(javascript|vbscript|data):", re.I)
BAD_TAGS = {"script", "iframe", "object", "embed", "frame", "base"}


class Finder(html.parser.HTMLParser):
    def __init__(self, where, found):
        super().__init__(convert_charrefs=True)
        self.where, self.found = where, found

    def handle_starttag(self, tag, attrs):
        pos = "%s:%d" % (self.where, self.getpos()[0])
        if tag in BAD_TAGS:
            self.found.append("%s: <%s> element" % (pos, tag))
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append("%s: <%s %s=...> event attribute" % (pos, tag, name))
            # Browsers ignore whitespace and control characters in a scheme.
            if name in URL_ATTRS and value and BAD_SCHEME.match(re.sub(r"[\x00-\x20]", "", value)):
                self.found.append("%s: <%s %s=\"%s\">" % (pos, tag, name, value[:40]))

    handle_startendtag = handle_starttag


def main():
    site, forbidden = sys.argv[1], sys.argv[2:]
    found = []
    for root, _, files in os.walk(site):
        for name in sorted(files):
            if not name.endswith((".html", ".htm", ".svg", ".xml", ".xhtml")):
                continue
            path = os.path.join(root, name)
            text = open(path, encoding="utf-8", errors="replace").read()
            rel = os.path.relpath(path, site)
            Finder(rel, found).feed(text)
            found += ["%s: contains %r" % (rel, s) for s in forbidden if s in text]
    for f in found[:20]:
        print(f)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
