#!/usr/bin/env python3
"""Writes N distinct, realistic computer inventories for bench/inventory.sh, each in two formats with
the same facts:

  OUT/ocs/NNNNNN.xml.z    OCS / FusionInventory XML <REQUEST> (QUERY INVENTORY), zlib level 6
  OUT/glpi/NNNNNN.json.z  GLPI Agent JSON {"action":"inventory","deviceid":…,"content":{…}}, zlib level 6
  OUT/manifest.tsv        index, deviceid, GLPI-Agent-ID, hostname, serial, OS, softwares, monitors,
                          uncompressed and compressed sizes of both files

The machines are those of French communes: Windows 10 (Professionnel, Entreprise) and Windows 11
Professionnel desktops and laptops, a few Debian and Ubuntu machines; 150 to 300 programs on a
Windows machine (Office 2016 in MSI form brings its updates, as on real machines), 200 to 300
packages on Linux; monitors with their EDID, BIOS, CPUs, memories, disks, network cards. The shape
follows what Debian's ocsinventory-agent 2.10 prints with --stdout (sections, tags, CHECKSUM) and
the GLPI inventory JSON schema (lower-case keys, integers, dates YYYY-MM-DD). Every machine has its
own DEVICEID, hostname, serial, UUID, MAC addresses and monitor serials.

Deterministic: machine i depends on (seed, i) only, so `--start` writes the same machine i whatever
the count. Uses both cores (--jobs).

Usage: python3 bench/inventory/generate.py --count 2000 --out /tmp/mutualis-inventories [--seed 2012]
"""
import argparse
import base64
import json
import os
import random
import sys
import uuid
import zlib
from concurrent.futures import ProcessPoolExecutor
from xml.sax.saxutils import escape

COMMUNES = [
    ("MORLAIX", "29151"), ("PLOURIN", "29213"), ("STMARTIN", "29254"), ("CARANTEC", "29023"),
    ("TAULE", "29279"), ("PLOUGASNOU", "29188"), ("LANMEUR", "29113"), ("PLEYBER", "29163"),
    ("GUERLESQUIN", "29067"), ("PLOUIGNEAU", "29199"), ("LOCQUIREC", "29133"), ("HENVIC", "29080"),
    ("PLOUEZOCH", "29186"), ("GARLAN", "29059"), ("PLOUGONVEN", "29191"), ("STTHEGONNEC", "29266"),
]
SERVICES = ["ACCUEIL", "URBA", "COMPTA", "RH", "DG", "CCAS", "ETATCIVIL", "TECH", "ECOLE", "MEDIA"]
FIRST = ["marie", "jean", "anne", "pierre", "nathalie", "yann", "soizic", "erwan", "gwenaelle", "loic",
         "isabelle", "herve", "catherine", "ronan", "sophie", "tanguy", "maela", "christophe"]
LAST = ["lebras", "lefloch", "morvan", "guillou", "kerouredan", "lecoz", "tanguy", "quere", "le-gall",
        "salaun", "cloarec", "jezequel", "riou", "le-roux", "goasdoue", "abgrall"]

# (manufacturer, model, chassis, BIOS maker, BIOS version prefix, serial style, monitor-less laptop?)
MODELS = [
    ("Dell Inc.", "OptiPlex 7090", "Desktop", "Dell Inc.", "1.", "dell"),
    ("Dell Inc.", "OptiPlex 3080", "Desktop", "Dell Inc.", "2.", "dell"),
    ("Dell Inc.", "OptiPlex 7010", "Mini Tower", "Dell Inc.", "A", "dell"),
    ("Dell Inc.", "Latitude 5420", "Notebook", "Dell Inc.", "1.", "dell"),
    ("Dell Inc.", "Latitude 5530", "Notebook", "Dell Inc.", "1.", "dell"),
    ("HP", "HP EliteDesk 800 G6 Small Form Factor PC", "Desktop", "HP", "S01 Ver. 02.", "hp"),
    ("HP", "HP ProDesk 400 G7 Microtower PC", "Tower", "HP", "S13 Ver. 02.", "hp"),
    ("HP", "HP ProBook 450 G8 Notebook PC", "Notebook", "HP", "T87 Ver. 01.", "hp"),
    ("LENOVO", "11DT003KFR", "Desktop", "LENOVO", "M2WKT", "lenovo"),
    ("LENOVO", "20W0005RFR", "Notebook", "LENOVO", "N34ET", "lenovo"),
    ("FUJITSU", "ESPRIMO P558", "Desktop", "FUJITSU // American Megatrends Inc.", "V5.0.0.13 R1.", "fujitsu"),
    ("ASUSTeK COMPUTER INC.", "ExpertCenter D500SA", "Desktop", "American Megatrends Inc.", "D500SA.", "asus"),
]
CPUS = [
    ("Intel(R) Core(TM) i5-10500 CPU @ 3.10GHz", "Intel", 3100, 6, 12),
    ("Intel(R) Core(TM) i5-1135G7 @ 2.40GHz", "Intel", 2400, 4, 8),
    ("Intel(R) Core(TM) i7-1165G7 @ 2.80GHz", "Intel", 2800, 4, 8),
    ("Intel(R) Core(TM) i3-10100 CPU @ 3.60GHz", "Intel", 3600, 4, 8),
    ("Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz", "Intel", 3000, 6, 6),
    ("AMD Ryzen 5 PRO 4650G with Radeon Graphics", "AMD", 3700, 6, 12),
    ("Intel(R) Core(TM) i5-12500 @ 3.00GHz", "Intel", 3000, 6, 12),
]
MONITORS = [
    ("Dell Inc.", "DELL P2419H", "DEL", "CN0"), ("Dell Inc.", "DELL P2422H", "DEL", "CN0"),
    ("Hewlett Packard", "HP E24 G4", "HWP", "CN4"), ("Iiyama", "PL2483H", "IVM", "11"),
    ("Lenovo Group Limited", "T24i-20", "LEN", "V9"), ("Philips Consumer Electronics Company", "PHL 243V7",
                                                      "PHL", "UK0"), ("Samsung Electric Company", "S24R350", "SAM", "HT"),
]
WINDOWS = [
    # weight, OSNAME (OCS), full_name (GLPI), version, build, edition key
    (48, "Microsoft Windows 10 Professionnel", "Microsoft Windows 10 Professionnel", "22H2", "10.0.19045"),
    (6, "Microsoft Windows 10 Entreprise", "Microsoft Windows 10 Entreprise", "21H2", "10.0.19044"),
    (30, "Microsoft Windows 11 Professionnel", "Microsoft Windows 11 Professionnel", "23H2", "10.0.22631"),
]
LINUX = [
    (9, "Debian GNU/Linux 12", "Debian GNU/Linux 12 (bookworm)", "Debian", "12", "6.1.0-26-amd64"),
    (7, "Ubuntu 22.04.4 LTS", "Ubuntu 22.04.4 LTS", "Ubuntu", "22.04", "5.15.0-105-generic"),
]

# Windows programs: (name, publisher, version, folder, guid?, bits). "{v}" picks from a list.
WIN_ALWAYS = [
    ("Microsoft Edge", "Microsoft Corporation", ["131.0.2903.70", "130.0.2849.80", "129.0.2792.89"], "C:\\Program Files (x86)\\Microsoft\\Edge\\Application", 32),
    ("Microsoft Edge WebView2 Runtime", "Microsoft Corporation", ["131.0.2903.70", "130.0.2849.80"], "C:\\Program Files (x86)\\Microsoft\\EdgeWebView\\Application", 32),
    ("Microsoft Update Health Tools", "Microsoft Corporation", ["3.74.0.0", "5.72.0.0"], "", 64),
    ("Mise à jour de Windows 10 pour les systèmes x64 (KB5001716)", "Microsoft Corporation", ["8.94.0.0"], "", 64),
    ("Microsoft OneDrive", "Microsoft Corporation", ["24.201.1006.0005", "24.186.0915.0001"], "C:\\Program Files\\Microsoft OneDrive", 64),
    ("Microsoft Teams classic", "Microsoft Corporation", ["1.7.00.13456"], "", 32),
    ("Microsoft GameInput", "Microsoft Corporation", ["10.1.22621.3036"], "", 64),
    ("Intel(R) Management Engine Components", "Intel Corporation", ["2224.3.0.1234", "2130.1.15.1606"], "C:\\Program Files (x86)\\Intel\\Intel(R) Management Engine Components", 64),
    ("Intel(R) Chipset Device Software", "Intel(R) Corporation", ["10.1.18793.8276", "10.1.19222.8341"], "", 32),
    ("Realtek High Definition Audio Driver", "Realtek Semiconductor Corp.", ["6.0.9239.1", "6.0.1.8704"], "", 32),
    ("Intel(R) Graphics Driver", "Intel Corporation", ["31.0.101.2125", "27.20.100.9664"], "", 64),
    ("Mozilla Firefox (x64 fr)", "Mozilla", ["133.0", "132.0.2", "128.5.1"], "C:\\Program Files\\Mozilla Firefox", 64),
    ("Mozilla Maintenance Service", "Mozilla", ["133.0", "132.0.2", "128.5.1"], "", 64),
    ("Google Chrome", "Google LLC", ["131.0.6778.86", "130.0.6723.117"], "C:\\Program Files\\Google\\Chrome\\Application", 64),
    ("Adobe Acrobat Reader (64-bit)", "Adobe", ["24.005.20320", "24.004.20272"], "C:\\Program Files\\Adobe\\Acrobat DC\\", 64),
    ("7-Zip 24.08 (x64)", "Igor Pavlov", ["24.08"], "C:\\Program Files\\7-Zip\\", 64),
    ("OCS Inventory NG Agent 2.10.1.0", "OCS Inventory NG Team", ["2.10.1.0"], "C:\\Program Files\\OCS Inventory Agent", 64),
    ("Microsoft .NET Runtime - 6.0.36 (x64)", "Microsoft Corporation", ["48.144.23186"], "", 64),
    ("Microsoft .NET Runtime - 8.0.11 (x64)", "Microsoft Corporation", ["64.44.23553"], "", 64),
    ("Microsoft Windows Desktop Runtime - 8.0.11 (x64)", "Microsoft Corporation", ["8.0.11.34221"], "", 64),
    ("Microsoft ASP.NET Core 8.0.11 - Shared Framework (x64)", "Microsoft Corporation", ["8.0.11.24526"], "", 64),
]
VCREDIST = [
    ("Microsoft Visual C++ 2005 Redistributable", "8.0.61001"), ("Microsoft Visual C++ 2008 Redistributable - x86 9.0.30729.6161", "9.0.30729.6161"),
    ("Microsoft Visual C++ 2008 Redistributable - x64 9.0.30729.6161", "9.0.30729.6161"), ("Microsoft Visual C++ 2010  x86 Redistributable - 10.0.40219", "10.0.40219"),
    ("Microsoft Visual C++ 2010  x64 Redistributable - 10.0.40219", "10.0.40219"), ("Microsoft Visual C++ 2012 Redistributable (x86) - 11.0.61030", "11.0.61030.0"),
    ("Microsoft Visual C++ 2012 Redistributable (x64) - 11.0.61030", "11.0.61030.0"), ("Microsoft Visual C++ 2013 Redistributable (x86) - 12.0.40664", "12.0.40664.0"),
    ("Microsoft Visual C++ 2013 Redistributable (x64) - 12.0.40664", "12.0.40664.0"), ("Microsoft Visual C++ 2015-2022 Redistributable (x86) - 14.40.33810", "14.40.33810.0"),
    ("Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.40.33810", "14.40.33810.0"), ("Microsoft Visual C++ 2013 x64 Minimum Runtime - 12.0.40664", "12.0.40664"),
    ("Microsoft Visual C++ 2013 x64 Additional Runtime - 12.0.40664", "12.0.40664"), ("Microsoft Visual C++ 2022 X64 Minimum Runtime - 14.40.33810", "14.40.33810"),
    ("Microsoft Visual C++ 2022 X64 Additional Runtime - 14.40.33810", "14.40.33810"), ("Microsoft Visual C++ 2022 X86 Minimum Runtime - 14.40.33810", "14.40.33810"),
    ("Microsoft Visual C++ 2022 X86 Additional Runtime - 14.40.33810", "14.40.33810"),
]
WIN_OPTIONAL = [
    ("VLC media player", "VideoLAN", ["3.0.21", "3.0.20", "3.0.18"], "C:\\Program Files\\VideoLAN\\VLC"),
    ("Notepad++ (64-bit x64)", "Notepad++ Team", ["8.7.1", "8.6.9"], "C:\\Program Files\\Notepad++"),
    ("LibreOffice 24.8.3.2", "The Document Foundation", ["24.8.3.2"], "C:\\Program Files\\LibreOffice\\"),
    ("LibreOffice 7.6.7.2", "The Document Foundation", ["7.6.7.2"], "C:\\Program Files\\LibreOffice\\"),
    ("Java 8 Update 431", "Oracle Corporation", ["8.0.4310.10"], "C:\\Program Files (x86)\\Java\\jre1.8.0_431\\"),
    ("Java 8 Update 421 (64-bit)", "Oracle Corporation", ["8.0.4210.9"], "C:\\Program Files\\Java\\jre-1.8\\"),
    ("PDFCreator", "pdfforge GmbH", ["5.3.2"], "C:\\Program Files\\PDFCreator\\"),
    ("PDF24 Creator", "geek software GmbH", ["11.22.0"], "C:\\Program Files\\PDF24\\"),
    ("TeamViewer", "TeamViewer", ["15.60.3", "15.59.5"], "C:\\Program Files\\TeamViewer"),
    ("AnyDesk", "AnyDesk Software GmbH", ["8.1.0"], "\"C:\\Program Files (x86)\\AnyDesk\""),
    ("Zoom Workplace (64-bit)", "Zoom Video Communications, Inc.", ["6.2.11"], ""),
    ("Microsoft Teams Meeting Add-in for Microsoft Office", "Microsoft", ["1.24.25402"], ""),
    ("Sophos Endpoint Agent", "Sophos Limited", ["2024.2.1.1"], "C:\\Program Files\\Sophos\\"),
    ("ESET Endpoint Antivirus", "ESET, spol. s r.o.", ["11.1.2039.2"], "C:\\Program Files\\ESET\\ESET Security\\"),
    ("Bitdefender Endpoint Security Tools", "Bitdefender", ["7.9.16.458"], ""),
    ("FortiClient VPN", "Fortinet Technologies Inc", ["7.2.5.0972"], "C:\\Program Files\\Fortinet\\FortiClient\\"),
    ("GIMP 2.10.38", "The GIMP Team", ["2.10.38"], "C:\\Program Files\\GIMP 2\\"),
    ("Paint.NET", "dotPDN LLC", ["5.0.13"], ""),
    ("IrfanView 4.67 (64-bit)", "Irfan Skiljan", ["4.67"], "C:\\Program Files\\IrfanView\\"),
    ("Thunderbird (x64 fr)", "Mozilla", ["128.5.1"], "C:\\Program Files\\Mozilla Thunderbird"),
    ("KeePass Password Safe 2.57.1", "Dominik Reichl", ["2.57.1"], "C:\\Program Files\\KeePass Password Safe 2\\"),
    ("Cisco Webex Meetings", "Cisco Webex LLC", ["44.10.0"], ""),
    ("HP Smart Universal Printing", "HP Inc.", ["1.0.0.3"], ""),
    ("Canon Generic Plus UFR II", "Canon Inc.", ["3.10"], ""),
    ("Kyocera Product Library", "KYOCERA Document Solutions Inc.", ["4.5.0.0"], ""),
    ("Lexmark Universal v2", "Lexmark International, Inc.", ["3.0.7.0"], ""),
    ("Dell Command | Update for Windows Universal", "Dell Inc.", ["5.4.0"], ""),
    ("HP Support Assistant", "HP Inc.", ["9.34.18.0"], ""),
    ("Lenovo Vantage Service", "Lenovo Group Ltd.", ["4.2.20.0"], ""),
    ("Magnus e.magnus Gestion Financière", "Berger-Levrault", ["8.70.1"], "C:\\Program Files (x86)\\Berger-Levrault\\"),
    ("Magnus e.magnus Etat Civil", "Berger-Levrault", ["8.70.1"], "C:\\Program Files (x86)\\Berger-Levrault\\"),
    ("JVS-Mairistem Horizon Villages On Line", "JVS-Mairistem", ["2024.3"], "C:\\JVS\\"),
    ("Segilog Berger-Levrault Ciril", "Segilog", ["3.12.4"], ""),
    ("Cosoluce Coloris", "Cosoluce", ["19.2.0"], "C:\\Program Files (x86)\\Cosoluce\\"),
    ("Chorus Pro connecteur", "AIFE", ["2.4"], ""),
    ("DocuWare Desktop Apps", "DocuWare GmbH", ["7.10.8945"], ""),
    ("Citrix Workspace 2409", "Citrix Systems, Inc.", ["24.9.10.28"], ""),
    ("Microsoft SQL Server 2019 LocalDB", "Microsoft Corporation", ["15.0.4382.1"], ""),
    ("Microsoft ODBC Driver 17 for SQL Server", "Microsoft Corporation", ["17.10.6.1"], ""),
    ("Python 3.12.7 (64-bit)", "Python Software Foundation", ["3.12.7150.0"], ""),
    ("Git", "The Git Development Community", ["2.47.0"], "C:\\Program Files\\Git\\"),
    ("WinSCP 6.3.5", "Martin Prikryl", ["6.3.5"], "C:\\Program Files (x86)\\WinSCP\\"),
    ("PuTTY release 0.81 (64-bit)", "Simon Tatham", ["0.81.0.0"], ""),
    ("FileZilla 3.68.1", "Tim Kosse", ["3.68.1"], "C:\\Program Files\\FileZilla FTP Client"),
    ("Audacity 3.6.4", "Audacity Team", ["3.6.4"], "C:\\Program Files\\Audacity\\"),
    ("QGIS 3.34.12 'Prizren'", "QGIS.org", ["3.34.12"], "C:\\Program Files\\QGIS 3.34.12\\"),
    ("Microsoft Silverlight", "Microsoft Corporation", ["5.1.50918.0"], ""),
    ("Adobe Flash Player 32 NPAPI", "Adobe", ["32.0.0.465"], ""),
    ("Skype for Business Basic 2016 - fr-fr", "Microsoft Corporation", ["16.0.4266.1001"], ""),
    ("Greenshot 1.2.10.6", "Greenshot", ["1.2.10.6"], ""),
]
OFFICES = [
    # weight, product, version, MSI (brings its updates into Programs and Features)
    (35, "Microsoft Office Professionnel Plus 2016", "16.0.4266.1001", True),
    (10, "Microsoft Office Standard 2016", "16.0.4266.1001", True),
    (25, "Microsoft 365 Apps for business - fr-fr", "16.0.18129.20158", False),
    (15, "Microsoft Office Professionnel Plus 2019 - fr-fr", "16.0.10416.20047", False),
    (10, "Microsoft Office Famille et Petite Entreprise 2021 - fr-fr", "16.0.14332.20812", False),
    (5, None, None, False),
]
OFFICE_2016_PARTS = ["Microsoft Office 2016", "Microsoft Excel 2016", "Microsoft Outlook 2016", "Microsoft Word 2016",
                     "Microsoft PowerPoint 2016", "Microsoft OneNote 2016", "Microsoft Access 2016", "Microsoft Publisher 2016",
                     "Microsoft Office 2016 Proofing", "Microsoft Office 2016 Shared", "Skype Entreprise 2016", "Microsoft Visio Viewer 2016"]
LINUX_PKGS = ("adduser apt apt-utils base-files base-passwd bash bash-completion bsdutils bzip2 ca-certificates coreutils cpio "
              "cron curl dash dbus debconf debianutils diffutils dmidecode dpkg e2fsprogs evince file findutils firefox-esr fonts-dejavu-core "
              "fonts-liberation2 fontconfig gcc-12-base gdm3 gnome-shell gnome-terminal gnupg grep grub-efi-amd64 gzip hostname "
              "init-system-helpers iproute2 iputils-ping keyboard-configuration less libreoffice-calc libreoffice-writer "
              "libreoffice-impress libreoffice-l10n-fr locales login logrotate lsb-release man-db mawk mount nano nautilus "
              "ncurses-base netbase network-manager openssh-client openssl passwd perl procps python3 python3-apt rsync "
              "sed sensible-utils sudo systemd systemd-sysv sysvinit-utils tar thunderbird tzdata udev usbutils util-linux "
              "vim-tiny wget xdg-utils xorg xserver-xorg zlib1g ocsinventory-agent cups cups-filters printer-driver-gutenprint "
              "hplip vlc gimp inkscape evolution pulseaudio pipewire wireplumber avahi-daemon bluez firmware-linux-free "
              "firmware-misc-nonfree intel-microcode amd64-microcode unattended-upgrades needrestart plymouth").split()
LINUX_LIB_STEMS = ["libc6", "libssl3", "libgtk-3-0", "libglib2.0-0", "libx11-6", "libxml2", "libsqlite3-0", "libcurl4",
                   "libpng16-16", "libjpeg62-turbo", "libfreetype6", "libcairo2", "libpango-1.0-0", "libnss3", "libdbus-1-3",
                   "libsystemd0", "libudev1", "libpam0g", "libkrb5-3", "libgnutls30", "libgcrypt20", "libzstd1", "liblzma5",
                   "libbz2-1.0", "libpcre2-8-0", "libselinux1", "libacl1", "libattr1", "libcap2", "libblkid1", "libmount1",
                   "libuuid1", "libtinfo6", "libncursesw6", "libreadline8", "libstdc++6", "libgcc-s1", "libexpat1", "libffi8",
                   "libgmp10", "libidn2-0", "libunistring2", "libnettle8", "libhogweed6", "libtasn1-6", "libp11-kit0",
                   "libgssapi-krb5-2", "libldap-2.5-0", "libsasl2-2", "libwayland-client0", "libdrm2", "libgbm1", "libegl1",
                   "libgl1", "libvulkan1", "libasound2", "libpulse0", "libsndfile1", "libavcodec59", "libavformat59",
                   "libwebp7", "libtiff6", "liblcms2-2", "libharfbuzz0b", "libfontconfig1", "libxrandr2", "libxi6",
                   "libxext6", "libxrender1", "libxfixes3", "libxcb1", "libxkbcommon0", "libatk1.0-0", "libepoxy0",
                   "libsoup-3.0-0", "libjson-glib-1.0-0", "libsecret-1-0", "libnotify4", "libcups2", "libsane1", "libusb-1.0-0",
                   "libpython3.11", "libperl5.36", "libicu72", "libboost-system1.74.0", "libpoppler126", "libgirepository-1.0-1"]


def product_guid(name):
    """The MSI product code of a program: the same on every machine, none for a third of them."""
    r = random.Random("guid:" + name)
    return "" if r.random() < 0.35 else "{%s}" % str(uuid.UUID(int=r.getrandbits(128))).upper()


def _pools():
    r = random.Random(2012)
    templates = ["Mise à jour de sécurité pour Microsoft Office 2016 (KB%d) Édition 32 bits",
                 "Mise à jour pour Microsoft Office 2016 (KB%d) Édition 32 bits",
                 "Mise à jour de sécurité pour Microsoft Excel 2016 (KB%d) Édition 32 bits",
                 "Mise à jour de sécurité pour Microsoft Word 2016 (KB%d) Édition 32 bits",
                 "Mise à jour de sécurité pour Microsoft Outlook 2016 (KB%d) Édition 32 bits",
                 "Mise à jour de sécurité pour Skype Entreprise 2016 (KB%d) Édition 32 bits"]
    office = [(r.choice(templates) % kb, "Microsoft Corporation", "")
              for kb in sorted(r.sample(range(4_011_000, 5_003_000), 280))]
    windows = []
    for kb in sorted(r.sample(range(5_001_000, 5_050_000), 110)):
        what = r.choice(["Mise à jour de sécurité pour Microsoft Windows (KB%d)",
                         "Mise à jour cumulative pour .NET Framework (KB%d)"])
        windows.append((what % kb, "Microsoft Corporation", ""))
    for k in range(90):
        vendor, component = r.choice([("Intel", "System"), ("Realtek", "Extension"), ("Dell Inc.", "Firmware"),
                                      ("HP", "Bluetooth"), ("Lenovo", "SoftwareComponent"), ("Intel", "Display"),
                                      ("Realtek", "Net"), ("Intel", "Bluetooth")])
        windows.append(("Pilote %s - %s (%d.%d.%d.%d)" % (vendor, component, r.randint(1, 31), r.randint(0, 99),
                                                          r.randint(0, 9999), k), vendor,
                        "%d.%d.%d.%d" % (r.randint(1, 31), r.randint(0, 99), r.randint(0, 9999), k)))
    return office, windows


OFFICE_UPDATES, WINDOWS_UPDATES = _pools()


def pick_weighted(rng, items):
    total = sum(i[0] for i in items)
    r = rng.uniform(0, total)
    for item in items:
        r -= item[0]
        if r <= 0:
            return item
    return items[-1]


def serial_for(rng, style, i):
    tag = base36(i).rjust(4, "0")
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    if style == "dell":
        return "".join(rng.choice(alnum) for _ in range(3)) + tag
    if style == "hp":
        return "CZC" + str(rng.randint(10, 99)) + tag + rng.choice(alnum)
    if style == "lenovo":
        return "PF" + rng.choice(alnum) + tag + rng.choice(alnum)
    if style == "fujitsu":
        return "YM" + rng.choice(alnum) + rng.choice(alnum) + tag + str(rng.randint(0, 9))
    return "M" + str(rng.randint(1, 9)) + "NR" + tag + "".join(rng.choice(alnum) for _ in range(3))


def base36(n):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    s = ""
    while True:
        n, r = divmod(n, 36)
        s = digits[r] + s
        if n == 0:
            return s


def date(rng, y0, y1):
    return "%04d-%02d-%02d" % (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def edid(rng, code, model, serial, week, year):
    """A 128-byte EDID block: header, manufacturer id, product, serial, week/year, descriptors, checksum."""
    b = bytearray(128)
    b[0:8] = b"\x00\xff\xff\xff\xff\xff\xff\x00"
    mid = ((ord(code[0]) - 64) << 10) | ((ord(code[1]) - 64) << 5) | (ord(code[2]) - 64)
    b[8], b[9] = mid >> 8, mid & 0xFF
    b[10:12] = rng.randint(0, 0xFFFF).to_bytes(2, "little")
    b[12:16] = rng.randint(0, 0xFFFFFFFF).to_bytes(4, "little")
    b[16], b[17], b[18], b[19] = week, year - 1990, 1, 4
    for k in range(20, 54):
        b[k] = rng.randint(0, 255)
    name = (model[:13] + "\n").ljust(13)[:13].encode("ascii")
    ser = (serial[:13] + "\n").ljust(13)[:13].encode("ascii")
    b[54:72] = bytes([0, 0, 0, 0xFF, 0]) + ser
    b[72:90] = bytes([0, 0, 0, 0xFC, 0]) + name
    b[90:108] = bytes([0, 0, 0, 0xFD, 0, 0x38, 0x4B, 0x1E, 0x53, 0x11, 0, 0x0A, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20])
    b[127] = (-sum(b[:127])) & 0xFF
    return base64.b64encode(bytes(b)).decode("ascii")


def machine(seed, i):
    """The facts of machine i, independent of the format."""
    rng = random.Random(seed * 1_000_003 + i)
    commune, insee = COMMUNES[i % len(COMMUNES)]
    is_linux = rng.random() < 0.12
    maker, model, chassis, bmaker, bver, sstyle = rng.choice(MODELS)
    laptop = chassis == "Notebook"
    serial = serial_for(rng, sstyle, i)
    service = rng.choice(SERVICES)
    hostname = ("%s-%s-%s" % (commune[:8], service[:4], base36(i).rjust(4, "0")))
    if is_linux:
        hostname = hostname.lower()
    install = date(rng, 2019, 2025)
    t = "%02d-%02d-%02d" % (rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59))
    user = "%s.%s" % (rng.choice(FIRST), rng.choice(LAST))
    cpu = rng.choice(CPUS)
    mem = rng.choice([8192, 8192, 16384, 16384, 32768, 4096])
    net_ip = "10.%d.%d.%d" % (COMMUNES.index((commune, insee)) + 20, rng.randint(0, 3), rng.randint(10, 250))
    mac = "%s:%02x:%02x:%02x" % (rng.choice(["b0:7b:25", "6c:2b:59", "e4:54:e8", "98:fa:9b", "00:e0:4c"]),
                                 (i >> 16) & 0xFF, (i >> 8) & 0xFF, i & 0xFF)
    disk_gb = rng.choice([256, 256, 512, 512, 1024])
    m = {
        "i": i, "commune": commune, "insee": insee, "hostname": hostname,
        "deviceid": "%s-%s-%s" % (hostname, install, t),
        "agentid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "uuid": str(uuid.UUID(int=rng.getrandbits(128))).upper(),
        "maker": maker, "model": model, "chassis": chassis, "laptop": laptop, "serial": serial,
        "bmaker": bmaker, "bversion": bver + str(rng.randint(1, 29)) + (".0" if sstyle != "lenovo" else ""),
        "bdate": date(rng, 2019, 2024), "msn": "/" + serial + "/CNFCW" + str(rng.randint(1000, 9999)) + base36(i) + "/",
        "assettag": "" if rng.random() < 0.7 else "MAIRIE-%05d" % rng.randint(1, 99999),
        "user": user, "install": install, "cpu": cpu, "memory": mem, "swap": mem // 4 if not is_linux else 2047,
        "ip": net_ip, "mask": "255.255.252.0", "gw": net_ip.rsplit(".", 2)[0] + ".0.1", "dns": net_ip.rsplit(".", 2)[0] + ".0.10",
        "mac": mac, "workgroup": "MAIRIE-" + commune if not is_linux else "mairie.local",
        "disk_mb": disk_gb * 1000 * 1000 * 1000 // 1024 // 1024, "disk_model": rng.choice(
            ["SAMSUNG MZVLB512HBJQ-000L7", "KBG40ZNS256G NVMe KIOXIA 256GB", "WDC PC SN730 SDBQNTY-512G-1001",
             "SK hynix BC711 HFM256GD3JX013N", "Micron 2450 NVMe 1024GB"]),
        "disk_serial": "%04X_%04X_%04X_%04X." % tuple(rng.getrandbits(16) for _ in range(4)),
        "free_pct": rng.uniform(0.15, 0.8),
    }
    if is_linux:
        osr = pick_weighted(rng, LINUX)
        m.update(os="linux", osname=osr[1], full_name=osr[2], os_name=osr[3], os_version=osr[4], kernel=osr[5])
    else:
        osr = pick_weighted(rng, WINDOWS)
        m.update(os="windows", osname=osr[1], full_name=osr[2], os_name="Windows", os_version=osr[3], kernel=osr[4],
                 prodid="00330-%05d-%05d-AA%03d" % (rng.randint(0, 99999), rng.randint(0, 99999), rng.randint(0, 999)),
                 prodkey="-".join("".join(rng.choice("BCDFGHJKMPQRTVWXY2346789") for _ in range(5)) for _ in range(5)))
    # Monitors: desktops 1 or 2, laptops the panel (+ one external half the time).
    mons = []
    count = rng.choice([1, 1, 2]) if not laptop else (1 + (rng.random() < 0.5))
    for k in range(count):
        if laptop and k == 0:
            mname, mcode, mser = "LG Display", "LGD", ""
            caption = "LGD06A5"
            manu = "LG Display"
        else:
            manu, caption, mcode, pre = rng.choice(MONITORS)
            mser = pre + base36(i * 7 + k).rjust(6, "0") + str(rng.randint(100, 999))
        week, year = rng.randint(1, 52), rng.randint(2016, 2024)
        mons.append({"manufacturer": manu, "caption": caption, "serial": mser, "description": "%d/%d" % (week, year),
                     "base64": edid(rng, mcode, caption, mser, week, year), "type": "Digital"})
    m["monitors"] = mons
    m["softwares"] = linux_softwares(rng, m) if is_linux else windows_softwares(rng, m)
    return m


def windows_softwares(rng, m):
    target = rng.randint(150, 300)
    soft = []

    def add(name, publisher, version, folder="", bits=64, guid=None, size=None, date_=None):
        soft.append({"name": name, "publisher": publisher, "version": version, "folder": folder, "bits": bits,
                     "guid": guid if guid is not None else product_guid(name),
                     "size": size if size is not None else rng.randint(100, 900_000) * 1024,
                     "date": date_ or date(rng, int(m["install"][:4]), 2025)})
    for name, pub, versions, folder, bits in WIN_ALWAYS:
        add(name, pub, rng.choice(versions), folder, bits)
    for name, ver in VCREDIST:
        if rng.random() < 0.85:
            add(name, "Microsoft Corporation", ver, "", 64 if "x64" in name.lower() else 32)
    office = pick_weighted(rng, OFFICES)
    if office[1]:
        add(office[1], "Microsoft Corporation", office[2], "C:\\Program Files\\Microsoft Office", 32 if office[3] else 64)
        if office[3]:
            for part in OFFICE_2016_PARTS:
                add(part + " - fr-fr", "Microsoft Corporation", office[2], "", 32)
    optional = rng.sample(WIN_OPTIONAL, rng.randint(12, 35))
    for name, pub, versions, folder in optional:
        add(name, pub, rng.choice(versions), folder, rng.choice([32, 64]))
    # Updates and drivers come from pools shared by every machine, as in a real fleet: the same
    # KB numbers recur from one machine to the next, so the servers' software dictionaries fill up
    # during the warm-up and then mostly hit.
    pool = OFFICE_UPDATES if office[3] else WINDOWS_UPDATES
    have = {x["name"] for x in soft}
    for name, publisher, version in sorted(rng.sample(pool, min(len(pool), max(0, target - len(soft))))):
        if name not in have:
            add(name, publisher, version, "", 32 if office[3] else 64, guid="", size=0)
    rng.shuffle(soft)
    return soft


def package_version(name, distro):
    """A package's version: the same on every machine of a distribution."""
    r = random.Random(distro + ":" + name)
    return "%d.%d.%d-%d" % (r.randint(0, 12), r.randint(0, 40), r.randint(0, 20), r.randint(1, 9))


def linux_softwares(rng, m):
    target = rng.randint(200, 300)
    names = list(LINUX_PKGS) + rng.sample(LINUX_LIB_STEMS, len(LINUX_LIB_STEMS))
    soft = []
    for n in names:
        if len(soft) >= target:
            break
        ver = package_version(n, m["os_name"])
        soft.append({"name": n, "publisher": "Debian" if m["os_name"] == "Debian" else "Ubuntu Developers",
                     "version": ver, "folder": "", "bits": 64, "guid": "", "size": rng.randint(10, 90_000) * 1024,
                     "date": date(rng, int(m["install"][:4]), 2025),
                     "comments": n.replace("-", " ") + " (package of the distribution)"})
    k = 0
    while len(soft) < target:
        k += 1
        stem = rng.choice(LINUX_LIB_STEMS)
        n = "%s-%s" % (stem, rng.choice(["common", "data", "bin", "dev", "doc", "tools"]))
        if any(x["name"] == n for x in soft):
            continue
        soft.append({"name": n, "publisher": "Debian", "version": package_version(n, m["os_name"]),
                     "folder": "", "bits": 64, "guid": "", "size": rng.randint(10, 9_000) * 1024,
                     "date": date(rng, int(m["install"][:4]), 2025), "comments": "support files for " + stem})
    return soft


def ocs_xml(m):
    """The inventory as Debian's ocsinventory-agent 2.10 writes it (one element per line, sections in
    alphabetical order, HARDWARE with CHECKSUM), with the Windows fields of the OCS Windows agent."""
    out = ['<?xml version="1.0" encoding="UTF-8" ?>', "<REQUEST>", "  <CONTENT>"]

    def section(tag, fields):
        out.append("    <%s>" % tag)
        for k, v in fields:
            out.append("      <%s>%s</%s>" % (k, escape(str(v)), k))
        out.append("    </%s>" % tag)
    section("ACCESSLOG", [("LOGDATE", m["install"] + " 09:12:44"), ("USERID", m["user"])])
    section("ACCOUNTINFO", [("KEYNAME", "TAG"), ("KEYVALUE", m["insee"])])
    section("BIOS", [("ASSETTAG", m["assettag"]), ("BDATE", m["bdate"][5:7] + "/" + m["bdate"][8:] + "/" + m["bdate"][:4]),
                     ("BMANUFACTURER", m["bmaker"]), ("BVERSION", m["bversion"]), ("MMANUFACTURER", m["maker"]),
                     ("MMODEL", m["model"]), ("MSN", m["msn"]), ("SMANUFACTURER", m["maker"]), ("SMODEL", m["model"]),
                     ("SSN", m["serial"]), ("TYPE", m["chassis"])])
    name, maker, mhz, cores, threads = m["cpu"]
    section("CPUS", [("CORES", cores), ("CPUARCH", "x86_64"), ("CURRENT_SPEED", mhz), ("DATA_WIDTH", 64),
                     ("L2CACHESIZE", cores * 512), ("LOGICAL_CPUS", threads), ("MANUFACTURER", maker),
                     ("NBSOCKET", 1), ("SPEED", mhz), ("THREADS", threads // cores), ("TYPE", name)])
    if m["os"] == "windows":
        total = m["disk_mb"] - 800
        section("DRIVES", [("CREATEDATE", m["install"]), ("FILESYSTEM", "NTFS"), ("FREE", int(total * m["free_pct"])),
                           ("LETTER", "C:/"), ("LABEL", "Windows"), ("TOTAL", total), ("TYPE", "Hard Drive"),
                           ("VOLUMN", "")])
    else:
        total = m["disk_mb"] - 1500
        section("DRIVES", [("FILESYSTEM", "ext4"), ("FREE", int(total * m["free_pct"])), ("TOTAL", total),
                           ("TYPE", "/"), ("VOLUMN", "/dev/nvme0n1p2")])
    hw = [("ARCH", "x86_64" if m["os"] == "linux" else "64-bit"), ("CHECKSUM", 1572863),
          ("DATELASTLOGGEDUSER", m["install"]), ("DEFAULTGATEWAY", m["gw"]), ("DESCRIPTION", "x86_64/" + m["install"]),
          ("DNS", m["dns"]), ("IPADDR", m["ip"]), ("LASTLOGGEDUSER", m["user"]), ("MEMORY", m["memory"]),
          ("NAME", m["hostname"]), ("OSCOMMENTS", m["os_version"] if m["os"] == "windows" else m["full_name"]),
          ("OSNAME", m["osname"]), ("OSVERSION", m["kernel"]), ("PROCESSORN", 1), ("PROCESSORS", mhz), ("PROCESSORT", name),
          ("SWAP", m["swap"]), ("USERID", m["user"]), ("UUID", m["uuid"]), ("VMSYSTEM", "Physical"),
          ("WORKGROUP", m["workgroup"])]
    if m["os"] == "windows":
        hw += [("USERDOMAIN", "MAIRIE"), ("WINCOMPANY", "Mairie de " + m["commune"].title()), ("WINOWNER", "Mairie"),
               ("WINPRODID", m["prodid"]), ("WINPRODKEY", m["prodkey"])]
    section("HARDWARE", sorted(hw))
    for slot in range(2 if m["memory"] >= 8192 else 1):
        section("MEMORIES", [("CAPACITY", m["memory"] // (2 if m["memory"] >= 8192 else 1)), ("CAPTION", "DIMM %d" % slot),
                             ("DESCRIPTION", "SODIMM" if m["laptop"] else "DIMM"), ("NUMSLOTS", slot + 1),
                             ("SERIALNUMBER", "%08X" % (m["i"] * 2 + slot + 0x1A2B0000)), ("SPEED", 3200), ("TYPE", "DDR4")])
    for mon in m["monitors"]:
        section("MONITORS", [("BASE64", mon["base64"]), ("CAPTION", mon["caption"]), ("DESCRIPTION", mon["description"]),
                             ("MANUFACTURER", mon["manufacturer"]), ("SERIAL", mon["serial"]), ("TYPE", mon["type"])])
    section("NETWORKS", [("DESCRIPTION", "Intel(R) Ethernet Connection (11) I219-LM" if m["os"] == "windows" else "enp0s31f6"),
                         ("DRIVER", "e1000e"), ("IPADDRESS", m["ip"]), ("IPDHCP", m["dns"]), ("IPGATEWAY", m["gw"]),
                         ("IPMASK", m["mask"]), ("IPSUBNET", m["ip"].rsplit(".", 2)[0] + ".0.0"), ("MACADDR", m["mac"]),
                         ("MTU", 1500), ("SPEED", "1 Gbps"), ("STATUS", "Up"), ("TYPE", "Ethernet"), ("VIRTUALDEV", 0)])
    if m["laptop"]:
        section("NETWORKS", [("DESCRIPTION", "Intel(R) Wi-Fi 6 AX201 160MHz" if m["os"] == "windows" else "wlp0s20f3"),
                             ("MACADDR", m["mac"][:-2] + "ff"), ("STATUS", "Down"), ("TYPE", "Wifi"), ("VIRTUALDEV", 0)])
    for s in m["softwares"]:
        if m["os"] == "windows":
            section("SOFTWARES", [("ARCH", "x86_64" if s["bits"] == 64 else "i586"), ("BITSWIDTH", s["bits"]),
                                  ("COMMENTS", ""), ("FILENAME", ""), ("FILESIZE", s["size"]), ("FOLDER", s["folder"]),
                                  ("FROM", "registry"), ("GUID", s["guid"]), ("INSTALLDATE", s["date"].replace("-", "/")),
                                  ("LANGUAGE", "Français (France)" if s["guid"] else ""), ("NAME", s["name"]),
                                  ("PUBLISHER", s["publisher"]), ("SOURCE", 1), ("VERSION", s["version"])])
        else:
            section("SOFTWARES", [("ARCHITECTURE", "amd64"), ("COMMENTS", s["comments"]), ("FILESIZE", s["size"]),
                                  ("FROM", "deb"), ("INSTALLDATE", s["date"].replace("-", "/") + " 00:00:00"),
                                  ("NAME", s["name"]), ("PUBLISHER", s["publisher"]), ("VERSION", s["version"])])
    section("STORAGES", [("DESCRIPTION", "NVMe"), ("DISKSIZE", m["disk_mb"]), ("FIRMWARE", "4101"),
                         ("MANUFACTURER", m["disk_model"].split()[0]), ("MODEL", m["disk_model"]), ("NAME", "nvme0n1"
                                                                                                    if m["os"] == "linux" else "\\\\.\\PHYSICALDRIVE0"),
                         ("SERIALNUMBER", m["disk_serial"]), ("TYPE", "disk")])
    section("VIDEOS", [("CHIPSET", "Intel(R) UHD Graphics Family"), ("MEMORY", 1024), ("NAME", "Intel(R) UHD Graphics 630"),
                       ("RESOLUTION", "1920x1080")])
    out.append("    <VERSIONCLIENT>OCS-NG_unified_unix_agent_v2.10.0</VERSIONCLIENT>")
    out += ["  </CONTENT>", "  <DEVICEID>%s</DEVICEID>" % escape(m["deviceid"]), "  <QUERY>INVENTORY</QUERY>", "</REQUEST>", ""]
    return "\n".join(out).encode("utf-8")


def glpi_json(m):
    """The same machine as GLPI Agent 1.11 sends it (native JSON inventory)."""
    name, maker, mhz, cores, threads = m["cpu"]
    win = m["os"] == "windows"
    total = m["disk_mb"] - (800 if win else 1500)
    hardware = {"name": m["hostname"], "uuid": m["uuid"], "memory": m["memory"], "swap": m["swap"],
                "chassis_type": "Notebook" if m["laptop"] else "Desktop", "vmsystem": "Physical",
                "workgroup": m["workgroup"], "lastloggeduser": m["user"], "datelastloggeduser": m["install"],
                "dns": m["dns"], "defaultgateway": m["gw"], "ipaddr": m["ip"]}
    if win:
        hardware.update(winprodid=m["prodid"], winprodkey=m["prodkey"], winowner="Mairie",
                        wincompany="Mairie de " + m["commune"].title(), winlang="1036")
    content = {
        "accesslog": {"logdate": m["install"] + " 09:12:44", "userid": m["user"]},
        "bios": {"assettag": m["assettag"], "bdate": m["bdate"], "bmanufacturer": m["bmaker"], "bversion": m["bversion"],
                 "mmanufacturer": m["maker"], "mmodel": m["model"], "msn": m["msn"], "smanufacturer": m["maker"],
                 "smodel": m["model"], "ssn": m["serial"]},
        "cpus": [{"arch": "x86_64", "core": cores, "corecount": cores, "manufacturer": maker, "name": name,
                  "speed": mhz, "thread": threads // cores}],
        "drives": [{"filesystem": "NTFS", "free": int(total * m["free_pct"]), "letter": "C:", "label": "Windows",
                    "systemdrive": True, "total": total}] if win else
        [{"filesystem": "ext4", "free": int(total * m["free_pct"]), "total": total, "type": "/",
          "volumn": "/dev/nvme0n1p2"}],
        "hardware": hardware,
        "memories": [{"capacity": m["memory"] // (2 if m["memory"] >= 8192 else 1), "caption": "DIMM %d" % slot,
                      "description": "SODIMM" if m["laptop"] else "DIMM", "numslots": slot + 1,
                      "serialnumber": "%08X" % (m["i"] * 2 + slot + 0x1A2B0000), "speed": "3200", "type": "DDR4"}
                     for slot in range(2 if m["memory"] >= 8192 else 1)],
        "monitors": [{"base64": mon["base64"], "caption": mon["caption"], "description": mon["description"],
                      "manufacturer": mon["manufacturer"], "serial": mon["serial"], "name": mon["caption"]}
                     for mon in m["monitors"]],
        "networks": [{"description": "Intel(R) Ethernet Connection (11) I219-LM" if win else "enp0s31f6",
                      "driver": "e1000e", "ipaddress": m["ip"], "ipdhcp": m["dns"], "ipgateway": m["gw"],
                      "ipmask": m["mask"], "ipsubnet": m["ip"].rsplit(".", 2)[0] + ".0.0", "mac": m["mac"],
                      "mtu": 1500, "speed": "1000", "status": "up", "type": "ethernet", "virtualdev": False}]
        + ([{"description": "Intel(R) Wi-Fi 6 AX201 160MHz" if win else "wlp0s20f3", "mac": m["mac"][:-2] + "ff",
             "status": "down", "type": "wifi", "virtualdev": False}] if m["laptop"] else []),
        "operatingsystem": {"arch": "64-bit" if win else "x86_64", "full_name": m["full_name"], "name": m["os_name"],
                            "version": m["os_version"], "kernel_name": "MSWin32" if win else "linux",
                            "kernel_version": m["kernel"], "install_date": m["install"] + " 10:02:11",
                            "fqdn": m["hostname"] + (".mairie.local" if not win else ""),
                            "timezone": {"name": "Paris, Madrid" if win else "Europe/Paris", "offset": "+0100"}},
        "softwares": [],
        "storages": [{"description": "NVMe", "disksize": m["disk_mb"], "firmware": "4101",
                      "manufacturer": m["disk_model"].split()[0], "model": m["disk_model"],
                      "name": "\\\\.\\PHYSICALDRIVE0" if win else "nvme0n1", "serial": m["disk_serial"], "type": "disk"}],
        "videos": [{"chipset": "Intel(R) UHD Graphics Family", "memory": 1024, "name": "Intel(R) UHD Graphics 630",
                    "resolution": "1920x1080"}],
        "versionclient": "GLPI-Agent_v1.11",
    }
    for s in m["softwares"]:
        e = {"name": s["name"], "version": s["version"], "publisher": s["publisher"], "install_date": s["date"],
             "arch": "x86_64" if s["bits"] == 64 else "i586", "from": "registry" if win else "deb",
             "filesize": s["size"]}
        if win:
            e["guid"] = s["guid"]
            e["system_category"] = "application"
            if s["folder"]:
                e["folder"] = s["folder"]
        else:
            e["comments"] = s["comments"]
            e["system_category"] = "misc"
        content["softwares"].append(e)
    doc = {"action": "inventory", "deviceid": m["deviceid"], "itemtype": "Computer", "content": content}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write_one(args):
    seed, i, out = args
    m = machine(seed, i)
    xml = ocs_xml(m)
    js = glpi_json(m)
    zx, zj = zlib.compress(xml, 6), zlib.compress(js, 6)
    with open(os.path.join(out, "ocs", "%06d.xml.z" % i), "wb") as f:
        f.write(zx)
    with open(os.path.join(out, "glpi", "%06d.json.z" % i), "wb") as f:
        f.write(zj)
    return "\t".join(str(x) for x in (i, m["deviceid"], m["agentid"], m["hostname"], m["serial"], m["osname"],
                                       len(m["softwares"]), len(m["monitors"]), len(xml), len(zx), len(js), len(zj)))


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--count", type=int, default=1000)
    p.add_argument("--start", type=int, default=0, help="index of the first machine")
    p.add_argument("--out", default="/tmp/mutualis-inventories")
    p.add_argument("--seed", type=int, default=2012)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    a = p.parse_args()
    for d in ("ocs", "glpi"):
        os.makedirs(os.path.join(a.out, d), exist_ok=True)
    tasks = [(a.seed, i, a.out) for i in range(a.start, a.start + a.count)]
    with ProcessPoolExecutor(max_workers=a.jobs) as ex:
        rows = list(ex.map(write_one, tasks, chunksize=32))
    header = "index\tdeviceid\tagent_id\thostname\tserial\tosname\tsoftwares\tmonitors\txml_bytes\txml_z_bytes\tjson_bytes\tjson_z_bytes"
    manifest = os.path.join(a.out, "manifest.tsv")
    old = {}
    if os.path.exists(manifest):
        with open(manifest, encoding="utf-8") as f:
            for line in f.read().splitlines()[1:]:
                old[int(line.split("\t", 1)[0])] = line
    for r in rows:
        old[int(r.split("\t", 1)[0])] = r
    with open(manifest, "w", encoding="utf-8") as f:
        f.write(header + "\n" + "\n".join(old[k] for k in sorted(old)) + "\n")
    sizes = [[int(x) for x in r.split("\t")[8:12]] for r in rows]
    n = len(sizes)
    if n:
        def avg(k):
            return sum(s[k] for s in sizes) / n / 1024
        print("wrote %d inventories (%d..%d) in %s: XML %.0f KB (%.1f KB zlib), JSON %.0f KB (%.1f KB zlib) on average; "
              "XML %.0f-%.0f KB" % (n, a.start, a.start + n - 1, a.out, avg(0), avg(1), avg(2), avg(3),
                                     min(s[0] for s in sizes) / 1024, max(s[0] for s in sizes) / 1024), file=sys.stderr)


if __name__ == "__main__":
    main()
