<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Aksara::Calendar</name>
    <message>
        <source>There is no calendar &quot;%1&quot;.</source>
        <translation>Tidak ada kalender &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no calendar %1.</source>
        <translation>Tidak ada kalender %1.</translation>
    </message>
</context>
<context>
    <name>Aksara::Cli</name>
    <message>
        <source>Usage: aksara [--db PATH_OR_URL] [--as STAFF] [--json] [--lang id|en] COMMAND [OPTIONS]</source>
        <translation>Penggunaan: aksara [--db PATH_OR_URL] [--as STAFF] [--json] [--lang id|en] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Aksara integrated library system: set-up, import/export and scripting.</source>
        <translation>Sistem perpustakaan terintegrasi Aksara: penyiapan, impor/ekspor, dan skrip.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opsi global:</translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL (default: $AKSARA_DB)</source>
        <translation>berkas SQLite atau URL postgresql:// (bawaan: $AKSARA_DB)</translation>
    </message>
    <message>
        <source>act as this staff member (password from $AKSARA_PASSWORD or a prompt)</source>
        <translation>bertindak sebagai petugas ini (kata sandi dari $AKSARA_PASSWORD atau diketik saat diminta)</translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation>tampilkan JSON yang dapat dibaca mesin</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>bahasa pesan</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 usage error, 3 refused by a business rule.</source>
        <translation>Kode keluar: 0 berhasil, 1 gagal, 2 kesalahan penggunaan, 3 ditolak oleh aturan bisnis.</translation>
    </message>
    <message>
        <source>Run &quot;aksara COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Jalankan &quot;aksara COMMAND --help&quot; untuk melihat opsi suatu perintah.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 memerlukan nilai.</translation>
    </message>
    <message>
        <source>--lang is id or en.</source>
        <translation>--lang harus id atau en.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see aksara --help).</source>
        <translation>perintah &quot;%1&quot; tidak dikenal (lihat aksara --help).</translation>
    </message>
    <message>
        <source>no database given: use --db PATH_OR_URL or set AKSARA_DB.</source>
        <translation>basis data belum ditentukan: gunakan --db PATH_OR_URL atau atur AKSARA_DB.</translation>
    </message>
    <message>
        <source>This database was upgraded by a newer Aksara; use that version.</source>
        <translation>Basis data ini telah ditingkatkan oleh Aksara versi yang lebih baru; gunakan versi tersebut.</translation>
    </message>
    <message>
        <source>%1 is not an Aksara database (run: aksara init --db %1).</source>
        <translation>%1 bukan basis data Aksara (jalankan: aksara init --db %1).</translation>
    </message>
    <message>
        <source>The database needs upgrading (run: aksara init --db %1).</source>
        <translation>Versi basis data perlu ditingkatkan (jalankan: aksara init --db %1).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Kata sandi untuk %1: </translation>
    </message>
    <message>
        <source>%1 is up to date.</source>
        <translation>%1 sudah mutakhir.</translation>
    </message>
    <message numerus="yes">
        <source>%1: applied %n migration(s):</source>
        <translation>
            <numerusform>%1: %n migrasi diterapkan:</numerusform>
        </translation>
    </message>
    <message>
        <source>--hours needs a positive number.</source>
        <translation>--hours memerlukan bilangan positif.</translation>
    </message>
    <message numerus="yes">
        <source>Service levels over the last %n hour(s)</source>
        <translation>
            <numerusform>Tingkat layanan selama %n jam terakhir</numerusform>
        </translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>LAYANAN</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>DITOLAK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>GAGAL</translation>
    </message>
    <message>
        <source>SUCCESS</source>
        <translation>BERHASIL</translation>
    </message>
    <message>
        <source>IN TIME</source>
        <translation>TEPAT</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>INCIDENTS</source>
        <translation>INSIDEN</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to 100000.</source>
        <translation>--limit memerlukan angka dari 1 sampai 100000.</translation>
    </message>
    <message>
        <source>--outcome is ok, refused or failed.</source>
        <translation>--outcome harus ok, refused, atau failed.</translation>
    </message>
    <message>
        <source>All invariants hold: one open loan per item, every business change has its operation record, the operation log&apos;s hash chain is intact, the SLA counters add up.</source>
        <translation>Semua invarian terpenuhi: satu peminjaman aktif per eksemplar, setiap perubahan data bisnis memiliki catatan operasinya, rantai hash log operasi utuh, penghitung SLA sesuai.</translation>
    </message>
    <message numerus="yes">
        <source>aksara: verify found %n problem(s):</source>
        <translation>
            <numerusform>aksara: verify menemukan %n masalah:</numerusform>
        </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Kata sandi baru untuk %1: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Ulangi kata sandi: </translation>
    </message>
    <message>
        <source>aksara: the passwords differ.</source>
        <translation>aksara: kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>staff add takes one USERNAME.</source>
        <translation>staff add memerlukan satu USERNAME.</translation>
    </message>
    <message>
        <source>--role is admin, librarian, supervisor or kiosk.</source>
        <translation>--role harus admin, librarian, supervisor, atau kiosk.</translation>
    </message>
    <message>
        <source>Created %1 account &quot;%2&quot;.</source>
        <translation>Akun %1 &quot;%2&quot; telah dibuat.</translation>
    </message>
    <message>
        <source>Password (shown once): %1</source>
        <translation>Kata sandi (hanya ditampilkan sekali): %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>staff passwd takes one USERNAME.</source>
        <translation>staff passwd memerlukan satu USERNAME.</translation>
    </message>
    <message>
        <source>Password of &quot;%1&quot; changed.</source>
        <translation>Kata sandi &quot;%1&quot; telah diubah.</translation>
    </message>
    <message>
        <source>this command takes one USERNAME.</source>
        <translation>perintah ini memerlukan satu USERNAME.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; enabled.</source>
        <translation>Akun &quot;%1&quot; telah diaktifkan.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; disabled.</source>
        <translation>Akun &quot;%1&quot; telah dinonaktifkan.</translation>
    </message>
    <message>
        <source>create a database or upgrade it to this version (idempotent)</source>
        <translation>buat basis data atau tingkatkan ke versi ini (idempoten)</translation>
    </message>
    <message>
        <source>services with their SLA targets and live figures</source>
        <translation>layanan beserta target SLA dan angka terkininya</translation>
    </message>
    <message>
        <source>window in hours (default 24)</source>
        <translation>rentang waktu dalam jam (bawaan 24)</translation>
    </message>
    <message>
        <source>recent operation records</source>
        <translation>catatan operasi terbaru</translation>
    </message>
    <message>
        <source>how many (default 20)</source>
        <translation>jumlah yang ditampilkan (bawaan 20)</translation>
    </message>
    <message>
        <source>only this service</source>
        <translation>hanya layanan ini</translation>
    </message>
    <message>
        <source>only ok, refused or failed</source>
        <translation>hanya ok, refused, atau failed</translation>
    </message>
    <message>
        <source>check the database&apos;s invariants and the operation log&apos;s hash chain</source>
        <translation>periksa invarian basis data dan rantai hash log operasi</translation>
    </message>
    <message>
        <source>create a staff account</source>
        <translation>buat akun petugas</translation>
    </message>
    <message>
        <source>admin, librarian, supervisor or kiosk</source>
        <translation>admin, librarian, supervisor, atau kiosk</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>nama tampilan</translation>
    </message>
    <message>
        <source>generate a password and print it once</source>
        <translation>buat kata sandi otomatis dan tampilkan sekali</translation>
    </message>
    <message>
        <source>list staff accounts</source>
        <translation>tampilkan daftar akun petugas</translation>
    </message>
    <message>
        <source>set a staff member&apos;s password (unlocks a locked account)</source>
        <translation>atur kata sandi petugas (membuka akun yang terkunci)</translation>
    </message>
    <message>
        <source>disable a staff account</source>
        <translation>nonaktifkan akun petugas</translation>
    </message>
    <message>
        <source>enable a staff account</source>
        <translation>aktifkan akun petugas</translation>
    </message>
    <message>
        <source>Loading the demo catalogue: %1/%2</source>
        <translation>Memuat katalog demo: %1/%2</translation>
    </message>
    <message>
        <source>Demo library &quot;%1&quot;: %2 branches, %3 patron categories, %4 patrons, %5 records, %6 items.</source>
        <translation>Perpustakaan demo &quot;%1&quot;: %2 cabang, %3 kategori anggota, %4 anggota, %5 judul, %6 eksemplar.</translation>
    </message>
    <message>
        <source>Staff accounts (the passwords are shown only this once):</source>
        <translation>Akun petugas (kata sandi hanya ditampilkan kali ini):</translation>
    </message>
    <message>
        <source>Patrons who can use the kiosk (card and PIN, shown only this once):</source>
        <translation>Anggota yang dapat menggunakan anjungan mandiri (nomor kartu dan PIN, hanya ditampilkan kali ini):</translation>
    </message>
    <message>
        <source>fill an empty database with the demo library (prints the staff passwords once)</source>
        <translation>isi basis data kosong dengan perpustakaan demo (menampilkan kata sandi petugas satu kali)</translation>
    </message>
</context>
<context>
    <name>Aksara::Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>Driver Qt SQL %1 belum terpasang (paket Debian %2).</translation>
    </message>
    <message>
        <source>There is no Aksara database at %1 (create one with: aksara init --db %1).</source>
        <translation>Tidak ada basis data Aksara di %1 (buat dengan: aksara init --db %1).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is not writable.</source>
        <translation>Tidak dapat membuat %1: folder tidak dapat ditulisi.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 adalah folder, bukan berkas basis data.</translation>
    </message>
    <message>
        <source>The database %1 is read-only (Aksara needs to write to the file and its folder to record every operation).</source>
        <translation>Basis data %1 hanya-baca (Aksara perlu menulis ke berkas dan foldernya untuk mencatat setiap operasi).</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Tidak dapat membaca %1.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an Aksara database (create one with: aksara init --db %1).</source>
        <translation>%1 adalah berkas kosong, bukan basis data Aksara (buat dengan: aksara init --db %1).</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database, or its header is damaged.</source>
        <translation>%1 bukan basis data SQLite, atau header-nya rusak.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Tidak dapat membuka basis data %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Aksara database or is damaged (%2).</source>
        <translation>%1 bukan basis data Aksara atau sudah rusak (%2).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Aksara database; Aksara leaves it alone.</source>
        <translation>%1 adalah basis data SQLite milik program lain, bukan basis data Aksara; Aksara tidak akan mengubahnya.</translation>
    </message>
    <message>
        <source>%1 is an empty database, not an Aksara database (create one with: aksara init --db %1).</source>
        <translation>%1 adalah basis data kosong, bukan basis data Aksara (buat dengan: aksara init --db %1).</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2</source>
        <translation>Tidak dapat menggunakan basis data %1: %2</translation>
    </message>
    <message>
        <source>Cannot switch %1 to WAL mode (got %2).</source>
        <translation>Tidak dapat mengalihkan %1 ke mode WAL (hasilnya %2).</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>Tidak dapat mengonfigurasi %1: %2</translation>
    </message>
    <message>
        <source>Cannot configure the PostgreSQL session: %1</source>
        <translation>Tidak dapat mengonfigurasi sesi PostgreSQL: %1</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>Basis data menolak perubahan: %1</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Basis data sedang sibuk: %1</translation>
    </message>
    <message>
        <source>The database %1 cannot be reached: %2</source>
        <translation>Basis data %1 tidak dapat dihubungi: %2</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>Berkas basis data rusak: %1</translation>
    </message>
    <message>
        <source>The database is read-only: %1</source>
        <translation>Basis data hanya-baca: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Kesalahan basis data: %1</translation>
    </message>
</context>
<context>
    <name>Aksara::DatabaseConfig</name>
    <message>
        <source>No database was given (use --db or AKSARA_DB).</source>
        <translation>Basis data belum ditentukan (gunakan --db atau AKSARA_DB).</translation>
    </message>
    <message>
        <source>Unsupported database URL &quot;%1&quot;: use a file path for SQLite or postgresql://user@host:port/dbname for PostgreSQL.</source>
        <translation>URL basis data &quot;%1&quot; tidak didukung: gunakan jalur berkas untuk SQLite atau postgresql://user@host:port/dbname untuk PostgreSQL.</translation>
    </message>
    <message>
        <source>The SQLite file path is empty.</source>
        <translation>Jalur berkas SQLite kosong.</translation>
    </message>
    <message>
        <source>Malformed PostgreSQL URL: %1</source>
        <translation>URL PostgreSQL tidak valid: %1</translation>
    </message>
    <message>
        <source>Malformed PostgreSQL URL: the database name &quot;%1&quot; contains &apos;/&apos;.</source>
        <translation>URL PostgreSQL tidak valid: nama basis data &quot;%1&quot; mengandung &apos;/&apos;.</translation>
    </message>
    <message>
        <source>Malformed PostgreSQL URL: bad port &quot;%1&quot;.</source>
        <translation>URL PostgreSQL tidak valid: port &quot;%1&quot; tidak valid.</translation>
    </message>
    <message>
        <source>Malformed PostgreSQL URL: unknown parameter &quot;%1&quot;.</source>
        <translation>URL PostgreSQL tidak valid: parameter &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database (postgresql://user@host/dbname).</source>
        <translation>URL PostgreSQL tidak menyebutkan nama basis data (postgresql://user@host/dbname).</translation>
    </message>
</context>
<context>
    <name>Aksara::Demo</name>
    <message>
        <source>The demo catalogue is missing from this build.</source>
        <translation>Katalog demo tidak disertakan dalam build ini.</translation>
    </message>
</context>
<context>
    <name>Aksara::Demo::DemoLibrary</name>
    <message>
        <source>This database already holds patrons or records; the demo library only goes into an empty one.</source>
        <translation>Basis data ini sudah berisi anggota atau data katalog; perpustakaan demo hanya dapat dimuat ke basis data yang kosong.</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk</name>
    <message>
        <source>Aksara — front desk</source>
        <translation>Aksara — meja layanan</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk</name>
    <message>
        <source>Aksara — self-service</source>
        <translation>Aksara — layanan mandiri</translation>
    </message>
</context>
<context>
    <name>Aksara::Migrator</name>
    <message>
        <source>This database was upgraded by a newer Aksara (it has migrations %1 that this program does not know); use that version or newer.</source>
        <translation>Basis data ini telah ditingkatkan oleh Aksara versi yang lebih baru (berisi migrasi %1 yang tidak dikenal program ini); gunakan versi tersebut atau yang lebih baru.</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>Tidak dapat membaca migrasi %1.</translation>
    </message>
    <message>
        <source>Migration %1/%2 (%3) failed at statement %4: %5</source>
        <translation>Migrasi %1/%2 (%3) gagal pada pernyataan ke-%4: %5</translation>
    </message>
</context>
<context>
    <name>Aksara::OperationLog</name>
    <message>
        <source>records %1 to %2 of the operation log are missing (deleted)</source>
        <translation>catatan %1 sampai %2 pada log operasi hilang (dihapus)</translation>
    </message>
    <message>
        <source>record %1 (id %2) does not follow the record before it: a record was inserted, removed or changed there</source>
        <translation>catatan %1 (id %2) tidak bersambung dengan catatan sebelumnya: ada catatan yang disisipkan, dihapus, atau diubah di bagian itu</translation>
    </message>
    <message>
        <source>record %1 (id %2) was changed after it was written</source>
        <translation>catatan %1 (id %2) diubah setelah ditulis</translation>
    </message>
</context>
<context>
    <name>Aksara::PasswordHash</name>
    <message>
        <source>libsodium could not start.</source>
        <translation>libsodium gagal dimulai.</translation>
    </message>
    <message>
        <source>Out of memory while hashing a password.</source>
        <translation>Memori tidak cukup saat membuat hash kata sandi.</translation>
    </message>
</context>
<context>
    <name>Aksara::Render</name>
    <message>
        <source>Out of memory for a barcode.</source>
        <translation>Memori tidak cukup untuk membuat kode batang.</translation>
    </message>
    <message>
        <source>Cannot draw &quot;%1&quot; as a barcode: %2</source>
        <translation>Tidak dapat menggambar &quot;%1&quot; sebagai kode batang: %2</translation>
    </message>
</context>
<context>
    <name>Aksara::Render::Canvas</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Cannot create an image of that size.</source>
        <translation>Tidak dapat membuat gambar dengan ukuran tersebut.</translation>
    </message>
    <message>
        <source>The image is not a readable PNG file.</source>
        <translation>Gambar bukan berkas PNG yang dapat dibaca.</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images can be drawn.</source>
        <translation>Hanya gambar PNG dan JPEG yang dapat digambar.</translation>
    </message>
</context>
<context>
    <name>Aksara::Reports</name>
    <message>
        <source>Aksara — service reports</source>
        <translation>Aksara — laporan layanan</translation>
    </message>
</context>
<context>
    <name>Aksara::ServiceCore</name>
    <message>
        <source>There is no service &quot;%1&quot;.</source>
        <translation>Tidak ada layanan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; is closed.</source>
        <translation>Layanan &quot;%1&quot; sedang ditutup.</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; is closed: %2</source>
        <translation>Layanan &quot;%1&quot; sedang ditutup: %2</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>pemeliharaan</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; is in planned maintenance: %2</source>
        <translation>Layanan &quot;%1&quot; sedang dalam pemeliharaan terjadwal: %2</translation>
    </message>
    <message>
        <source>%1 may not do this (%2 needs the right &quot;%3&quot;).</source>
        <translation>%1 tidak berwenang melakukan ini (%2 memerlukan hak akses &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Kesalahan internal: %1</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>Kesalahan internal.</translation>
    </message>
    <message>
        <source>This request was already applied (operation %1).</source>
        <translation>Permintaan ini sudah diproses sebelumnya (operasi %1).</translation>
    </message>
    <message>
        <source>%1: %2 failing with %3</source>
        <translation>%1: %2 gagal dengan %3</translation>
    </message>
    <message>
        <source>Could not open an incident.</source>
        <translation>Tidak dapat membuka insiden.</translation>
    </message>
</context>
<context>
    <name>Aksara::Shell</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 memerlukan nilai.</translation>
    </message>
    <message>
        <source>--lang is id or en.</source>
        <translation>--lang harus id atau en.</translation>
    </message>
    <message>
        <source>This database was upgraded by a newer Aksara; use that version.</source>
        <translation>Basis data ini telah ditingkatkan oleh Aksara versi yang lebih baru; gunakan versi tersebut.</translation>
    </message>
    <message>
        <source>%1 is not an Aksara database (run: aksara init --db %1).</source>
        <translation>%1 bukan basis data Aksara (jalankan: aksara init --db %1).</translation>
    </message>
    <message>
        <source>The database needs upgrading (run: aksara init --db %1).</source>
        <translation>Versi basis data perlu ditingkatkan (jalankan: aksara init --db %1).</translation>
    </message>
</context>
<context>
    <name>Aksara::Shell::DatabaseDialog</name>
    <message>
        <source>A library file on this computer (SQLite)</source>
        <translation>Berkas perpustakaan di komputer ini (SQLite)</translation>
    </message>
    <message>
        <source>A PostgreSQL server shared by the library&apos;s computers</source>
        <translation>Server PostgreSQL yang digunakan bersama oleh komputer-komputer perpustakaan</translation>
    </message>
    <message>
        <source>Library database</source>
        <translation>Basis data perpustakaan</translation>
    </message>
    <message>
        <source>Aksara keeps the library&apos;s members, catalogue, loans and service records in one database. Choose where it is.</source>
        <translation>Aksara menyimpan data anggota, katalog, peminjaman, dan catatan layanan perpustakaan dalam satu basis data. Pilih lokasinya.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>Open the library</source>
        <translation>Buka perpustakaan</translation>
    </message>
    <message>
        <source>Aksara databases (*.sqlite *.db);;All files (*)</source>
        <translation>Basis data Aksara (*.sqlite *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The library database can be reached.</source>
        <translation>Basis data perpustakaan dapat dihubungi.</translation>
    </message>
</context>
<context>
    <name>Aksara::Shell::LoginDialog</name>
    <message>
        <source>Sign in with your staff account.</source>
        <translation>Masuk dengan akun petugas Anda.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
</context>
<context>
    <name>Aksara::Shell::ServiceStatusView</name>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operasi</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <source>Within target time</source>
        <translation>Dalam batas waktu</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Insiden terbuka</translation>
    </message>
    <message>
        <source>open</source>
        <translation>buka</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>pemeliharaan</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>tutup</translation>
    </message>
    <message>
        <source>%1 % within %2 ms</source>
        <translation>%1 % dalam %2 ms</translation>
    </message>
    <message>
        <source>Figures of the last 24 hours, from the service core&apos;s records.</source>
        <translation>Angka 24 jam terakhir, dari catatan inti layanan.</translation>
    </message>
</context>
<context>
    <name>Aksara::Sip2::Codec</name>
    <message>
        <source>message longer than %1 bytes</source>
        <translation>pesan lebih panjang dari %1 byte</translation>
    </message>
    <message>
        <source>checksum %1, expected %2</source>
        <translation>checksum %1, seharusnya %2</translation>
    </message>
    <message>
        <source>bytes that are not valid %1</source>
        <translation>ada byte yang tidak valid sebagai %1</translation>
    </message>
    <message>
        <source>no command identifier</source>
        <translation>tidak ada pengenal perintah</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>perintah %1 tidak dikenal</translation>
    </message>
    <message>
        <source>fixed fields of %1 are too short</source>
        <translation>ruas tetap pada %1 terlalu pendek</translation>
    </message>
    <message>
        <source>bad fixed field &quot;%1&quot; at position %2</source>
        <translation>ruas tetap &quot;%1&quot; tidak valid pada posisi %2</translation>
    </message>
    <message>
        <source>truncated field code at position %1</source>
        <translation>kode ruas terpotong pada posisi %1</translation>
    </message>
    <message>
        <source>bad field code &quot;%1&quot; at position %2</source>
        <translation>kode ruas &quot;%1&quot; tidak valid pada posisi %2</translation>
    </message>
    <message>
        <source>field %1 is longer than %2 characters</source>
        <translation>ruas %1 lebih panjang dari %2 karakter</translation>
    </message>
</context>
<context>
    <name>Aksara::Sip2::Session</name>
    <message>
        <source>The amount paid is not a positive number.</source>
        <translation>Jumlah pembayaran bukan bilangan positif.</translation>
    </message>
</context>
<context>
    <name>Aksara::Sru::Service</name>
    <message>
        <source>Unsupported version %1: this server speaks SRU 1.1, 1.2 and 2.0.</source>
        <translation>Versi %1 tidak didukung: server ini mendukung SRU 1.1, 1.2, dan 2.0.</translation>
    </message>
    <message>
        <source>The operation &quot;%1&quot; is not supported; use explain or searchRetrieve.</source>
        <translation>Operasi &quot;%1&quot; tidak didukung; gunakan explain atau searchRetrieve.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; is not supported.</source>
        <translation>Parameter &quot;%1&quot; tidak didukung.</translation>
    </message>
    <message>
        <source>Sorting is not supported.</source>
        <translation>Pengurutan tidak didukung.</translation>
    </message>
    <message>
        <source>Only CQL queries are supported.</source>
        <translation>Hanya kueri CQL yang didukung.</translation>
    </message>
    <message>
        <source>Records are available as marcxml and dc.</source>
        <translation>Cantuman tersedia dalam format marcxml dan dc.</translation>
    </message>
    <message>
        <source>The result has %1 records.</source>
        <translation>Hasil berisi %1 cantuman.</translation>
    </message>
</context>
<context>
    <name>Aksara::StaffDirectory</name>
    <message>
        <source>A user name is 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Nama pengguna terdiri atas 1 sampai 64 huruf kecil, angka, &apos;.&apos;, &apos;_&apos;, atau &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Kata sandi harus terdiri atas minimal %1 karakter.</translation>
    </message>
    <message>
        <source>There is already a staff account &quot;%1&quot;.</source>
        <translation>Akun petugas &quot;%1&quot; sudah ada.</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>Nama pengguna tidak dikenal atau kata sandi salah.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>Akun &quot;%1&quot; dinonaktifkan.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is locked after %2 wrong passwords; an administrator must set a new password.</source>
        <translation>Akun &quot;%1&quot; terkunci setelah %2 kali salah kata sandi; administrator harus menetapkan kata sandi baru.</translation>
    </message>
    <message>
        <source>There is no staff account &quot;%1&quot;.</source>
        <translation>Tidak ada akun petugas &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Aksara::Verifier</name>
    <message>
        <source>item %1 has %2 open loans at once</source>
        <translation>eksemplar %1 memiliki %2 peminjaman aktif sekaligus</translation>
    </message>
    <message>
        <source>item %1 has status &quot;%2&quot; but %3</source>
        <translation>eksemplar %1 berstatus &quot;%2&quot; tetapi %3</translation>
    </message>
    <message>
        <source>no open loan</source>
        <translation>tidak ada peminjaman aktif</translation>
    </message>
    <message>
        <source>an open loan</source>
        <translation>ada peminjaman aktif</translation>
    </message>
    <message>
        <source>%1 row(s) of %2 have a %3 without an ok operation record (first: operation %4): a business change was made around the service core</source>
        <translation>%1 baris di %2 memiliki %3 tanpa catatan operasi berstatus ok (pertama: operasi %4): ada perubahan data bisnis yang dilakukan tanpa melalui inti layanan</translation>
    </message>
    <message>
        <source>service %1: the SLA counters count %2 operations but the log holds %3 (records were removed from or added to the log)</source>
        <translation>layanan %1: penghitung SLA mencatat %2 operasi, tetapi log berisi %3 (ada catatan yang dihapus dari atau ditambahkan ke log)</translation>
    </message>
</context>
</TS>
