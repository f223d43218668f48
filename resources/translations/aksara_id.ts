<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>Aksara::App</name>
    <message>
        <source>an SQLite file or a postgresql:// URL (default: $AKSARA_DB, else the last one opened)</source>
        <translation>berkas SQLite atau URL postgresql:// (bawaan: $AKSARA_DB, atau yang terakhir dibuka)</translation>
    </message>
    <message>
        <source>the language of the window for this run</source>
        <translation>bahasa jendela untuk kali ini saja</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>tampilkan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>tampilkan versi lalu keluar</translation>
    </message>
    <message>
        <source>the library, when --db is not given</source>
        <translation>perpustakaan yang dipakai bila --db tidak diberikan</translation>
    </message>
    <message>
        <source>id or en, when --lang is not given</source>
        <translation>id atau en, bila --lang tidak diberikan</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Penggunaan: %1 %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opsi:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Variabel lingkungan:</translation>
    </message>
    <message>
        <source>Aksara front desk: check items out and in, register members and print their cards, renew, holds, fees and catalogue search, as the staff member who signs in.</source>
        <translation>Meja layanan Aksara: peminjaman dan pengembalian, pendaftaran anggota dan pencetakan kartunya, perpanjangan, pemesanan, biaya, dan penelusuran katalog, atas nama petugas yang masuk.</translation>
    </message>
    <message>
        <source>this desk's registered station code, to send heartbeats</source>
        <translation>kode stasiun terdaftar meja ini, untuk mengirim sinyal aktif</translation>
    </message>
    <message>
        <source>the branch where items are scanned (remembered)</source>
        <translation>cabang tempat eksemplar dipindai (diingat)</translation>
    </message>
    <message>
        <source>the station code, when --station is not given</source>
        <translation>kode stasiun, bila --station tidak diberikan</translation>
    </message>
    <message>
        <source>the station's token</source>
        <translation>token stasiun</translation>
    </message>
    <message>
        <source>sign in as this staff member without the dialog</source>
        <translation>masuk sebagai petugas ini tanpa kotak dialog masuk</translation>
    </message>
    <message>
        <source>Aksara self-service kiosk: patrons sign in with their card and PIN to borrow, return and renew, see their own loans, holds and fees, and search the catalogue. It runs full screen with a staff account of role kiosk.</source>
        <translation>Anjungan swalayan Aksara: anggota masuk dengan kartu dan PIN untuk meminjam, mengembalikan, dan memperpanjang, melihat pinjaman, pemesanan, dan biayanya sendiri, serta menelusuri katalog. Anjungan berjalan layar penuh dengan akun petugas berperan kiosk.</translation>
    </message>
    <message>
        <source>this kiosk's registered station code, to send heartbeats</source>
        <translation>kode stasiun terdaftar anjungan ini, untuk mengirim sinyal aktif</translation>
    </message>
    <message>
        <source>the branch where returned items are received</source>
        <translation>cabang yang menerima eksemplar yang dikembalikan</translation>
    </message>
    <message>
        <source>the offline queue file, kept while the library cannot be reached</source>
        <translation>berkas antrean saat sistem terputus, dipakai selama perpustakaan tidak dapat dihubungi</translation>
    </message>
    <message>
        <source>seconds without a touch before "are you still there?" (default 60)</source>
        <translation>detik tanpa sentuhan sebelum "Anda masih di sini?" (bawaan 60)</translation>
    </message>
    <message>
        <source>the receipt printer (remembered; default: the default printer)</source>
        <translation>printer struk (diingat; bawaan: printer bawaan sistem)</translation>
    </message>
    <message>
        <source>a window instead of full screen</source>
        <translation>jendela biasa, bukan layar penuh</translation>
    </message>
    <message>
        <source>the kiosk account, for an unattended start</source>
        <translation>akun anjungan, untuk menjalankan tanpa petugas</translation>
    </message>
    <message>
        <source>Aksara supervisor reports: live status of every service and station, incidents and their clocks, service levels, the monthly report for auditors (PDF and CSV).</source>
        <translation>Laporan supervisor Aksara: status terkini setiap layanan dan stasiun, insiden beserta tenggat waktunya, tingkat layanan, dan laporan bulanan untuk auditor (PDF dan CSV).</translation>
    </message>
    <message>
        <source>a registered station code, to send heartbeats as that station</source>
        <translation>kode stasiun terdaftar, untuk mengirim sinyal aktif sebagai stasiun itu</translation>
    </message>
    <message>
        <source>aksara-server's address (http or https): the kiosk uses its kiosk API and holds no database password (remembered)</source>
        <translation>alamat aksara-server (http atau https): anjungan memakai API anjungannya dan tidak menyimpan kata sandi basis data (diingat)</translation>
    </message>
    <message>
        <source>the file with the station's token, readable by the kiosk's user only (default: station-token in its settings folder)</source>
        <translation>berkas berisi token stasiun, hanya dapat dibaca oleh pengguna anjungan (bawaan: station-token di folder pengaturannya)</translation>
    </message>
    <message>
        <source>certificates to trust for an https server (default: the system's)</source>
        <translation>sertifikat yang dipercaya untuk server https (bawaan: milik sistem)</translation>
    </message>
    <message>
        <source>the station's token (with --server: written once to the token file)</source>
        <translation>token stasiun (dengan --server: ditulis sekali ke berkas token)</translation>
    </message>
</context>
<context>
    <name>Aksara::Calendar</name>
    <message>
        <source>There is no calendar "%1".</source>
        <translation>Tidak ada kalender "%1".</translation>
    </message>
    <message>
        <source>There is no calendar %1.</source>
        <translation>Tidak ada kalender %1.</translation>
    </message>
</context>
<context>
    <name>Aksara::Catalogue</name>
    <message>
        <source>The CQL context set "%1" is not supported (cql, dc, bath).</source>
        <translation>Set konteks CQL "%1" tidak didukung (cql, dc, bath).</translation>
    </message>
    <message>
        <source>The CQL index "%1" is not supported.</source>
        <translation>Indeks CQL "%1" tidak didukung.</translation>
    </message>
    <message>
        <source>"%1" is not a year.</source>
        <translation>"%1" bukan tahun.</translation>
    </message>
    <message>
        <source>"within" needs two years: "1980 1990".</source>
        <translation>"within" memerlukan dua tahun: "1980 1990".</translation>
    </message>
    <message>
        <source>The relation "%1" is not supported for dates.</source>
        <translation>Relasi "%1" tidak didukung untuk tanggal.</translation>
    </message>
    <message>
        <source>The relation "%1" is not supported here (=, ==, adj, all, any).</source>
        <translation>Relasi "%1" tidak didukung di sini (=, ==, adj, all, any).</translation>
    </message>
    <message>
        <source>Truncation with * is only supported at the end of a word.</source>
        <translation>Pemotongan dengan * hanya didukung di akhir kata.</translation>
    </message>
    <message>
        <source>Truncation with * is only supported at the end of the term.</source>
        <translation>Pemotongan dengan * hanya didukung di akhir istilah.</translation>
    </message>
    <message>
        <source>The masking character ? is not supported.</source>
        <translation>Karakter penyamaran ? tidak didukung.</translation>
    </message>
    <message>
        <source>Anchoring (^) is not supported.</source>
        <translation>Penjangkaran (^) tidak didukung.</translation>
    </message>
    <message>
        <source>The search term is empty.</source>
        <translation>Istilah pencarian kosong.</translation>
    </message>
    <message>
        <source>A truncated word needs at least two letters.</source>
        <translation>Kata yang dipotong memerlukan sedikitnya dua huruf.</translation>
    </message>
    <message>
        <source>The CQL query is empty.</source>
        <translation>Kueri CQL kosong.</translation>
    </message>
    <message>
        <source>Relation modifiers are not supported ("%1").</source>
        <translation>Pengubah relasi tidak didukung ("%1").</translation>
    </message>
    <message>
        <source>Boolean modifiers are not supported.</source>
        <translation>Pengubah boolean tidak didukung.</translation>
    </message>
    <message>
        <source>Proximity (prox) is not supported.</source>
        <translation>Kedekatan (prox) tidak didukung.</translation>
    </message>
    <message>
        <source>The boolean operator "%1" is not supported.</source>
        <translation>Operator boolean "%1" tidak didukung.</translation>
    </message>
    <message>
        <source>Sorting (sortBy) is not supported: results come in relevance order.</source>
        <translation>Pengurutan (sortBy) tidak didukung: hasil ditampilkan menurut relevansi.</translation>
    </message>
    <message>
        <source>The CQL query could not be understood.</source>
        <translation>Kueri CQL tidak dapat dipahami.</translation>
    </message>
    <message>
        <source>NOT cannot stand beside OR.</source>
        <translation>NOT tidak dapat berdampingan dengan OR.</translation>
    </message>
    <message>
        <source>A quoted term is not closed: %1</source>
        <translation>Istilah yang diapit tanda kutip tidak ditutup: %1</translation>
    </message>
    <message>
        <source>The CQL query has a syntax error: %1</source>
        <translation>Kueri CQL mengandung kesalahan sintaksis: %1</translation>
    </message>
    <message>
        <source>the record is shorter than its 24-byte leader (%1 bytes)</source>
        <translation>cantuman lebih pendek daripada leader-nya yang 24 byte (%1 byte)</translation>
    </message>
    <message>
        <source>the record length in the leader is not a number ("%1")</source>
        <translation>panjang cantuman pada leader bukan angka ("%1")</translation>
    </message>
    <message>
        <source>the leader says the record has %1 bytes but it has %2</source>
        <translation>leader menyatakan cantuman berukuran %1 byte, tetapi ukurannya %2</translation>
    </message>
    <message>
        <source>the record does not end with a record terminator (0x1D)</source>
        <translation>cantuman tidak diakhiri dengan penanda akhir cantuman (0x1D)</translation>
    </message>
    <message>
        <source>the base address of data (Leader/12-16) is not a number ("%1")</source>
        <translation>alamat awal data (Leader/12-16) bukan angka ("%1")</translation>
    </message>
    <message>
        <source>the base address of data %1 lies outside the record (%2 bytes)</source>
        <translation>alamat awal data %1 berada di luar cantuman (%2 byte)</translation>
    </message>
    <message>
        <source>the directory does not end with a field terminator at the base address %1</source>
        <translation>direktori tidak diakhiri dengan penanda akhir ruas pada alamat awal %1</translation>
    </message>
    <message>
        <source>the directory is %1 bytes long, not a multiple of its %2-byte entries</source>
        <translation>panjang direktori %1 byte, bukan kelipatan dari entrinya yang masing-masing %2 byte</translation>
    </message>
    <message>
        <source>directory entry %1 has an invalid tag "%2"</source>
        <translation>entri direktori %1 memiliki tag tidak valid "%2"</translation>
    </message>
    <message>
        <source>directory entry %1 (tag %2) has a length or start that is not a number ("%3")</source>
        <translation>entri direktori %1 (tag %2) memiliki panjang atau posisi awal yang bukan angka ("%3")</translation>
    </message>
    <message>
        <source>field %1 (directory entry %2) claims bytes %3-%4, beyond the %5 bytes of data</source>
        <translation>ruas %1 (entri direktori %2) menempati byte %3-%4, melampaui %5 byte data</translation>
    </message>
    <message>
        <source>field %1 (directory entry %2, byte %3) does not end with a field terminator (0x1E)</source>
        <translation>ruas %1 (entri direktori %2, byte %3) tidak diakhiri dengan penanda akhir ruas (0x1E)</translation>
    </message>
    <message>
        <source>field %1 holds MARC-8 that cannot be converted</source>
        <translation>ruas %1 berisi MARC-8 yang tidak dapat dikonversi</translation>
    </message>
    <message>
        <source>field %1 holds invalid UTF-8 at byte %2</source>
        <translation>ruas %1 berisi UTF-8 tidak valid pada byte %2</translation>
    </message>
    <message>
        <source>data field %1 is shorter than its two indicators</source>
        <translation>ruas data %1 lebih pendek daripada kedua indikatornya</translation>
    </message>
    <message>
        <source>data field %1 does not start with a subfield delimiter after its indicators</source>
        <translation>ruas data %1 tidak diawali dengan pembatas subruas setelah indikatornya</translation>
    </message>
    <message>
        <source>field %1 $%2 holds MARC-8 that cannot be converted</source>
        <translation>ruas %1 $%2 berisi MARC-8 yang tidak dapat dikonversi</translation>
    </message>
    <message>
        <source>field %1 $%2 holds invalid UTF-8 at byte %3</source>
        <translation>ruas %1 $%2 berisi UTF-8 tidak valid pada byte %3</translation>
    </message>
    <message>
        <source>field %1 is %2 bytes long; ISO 2709 allows 9,999 (export as MARCXML instead)</source>
        <translation>panjang ruas %1 adalah %2 byte; ISO 2709 hanya mengizinkan 9,999 (ekspor sebagai MARCXML saja)</translation>
    </message>
    <message>
        <source>the record is %1 bytes long; ISO 2709 allows 99,999 (export as MARCXML instead)</source>
        <translation>panjang cantuman %1 byte; ISO 2709 hanya mengizinkan 99,999 (ekspor sebagai MARCXML saja)</translation>
    </message>
    <message>
        <source>there is no MARCXML record</source>
        <translation>tidak ada cantuman MARCXML</translation>
    </message>
    <message>
        <source>a phrase opened with " at position %1 is not closed</source>
        <translation>frasa yang dibuka dengan " pada posisi %1 tidak ditutup</translation>
    </message>
    <message>
        <source>a query cannot only exclude: add a word to look for</source>
        <translation>kueri tidak boleh hanya berisi pengecualian: tambahkan kata yang dicari</translation>
    </message>
    <message>
        <source>NOT cannot stand alone beside OR: write "a NOT b"</source>
        <translation>NOT tidak dapat berdiri sendiri di samping OR: tulis "a NOT b"</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>Kueri kosong.</translation>
    </message>
    <message>
        <source>The query has no words to look for.</source>
        <translation>Kueri tidak berisi kata yang dicari.</translation>
    </message>
    <message>
        <source>the record has no title (245 or another title field)</source>
        <translation>cantuman tidak memiliki judul (245 atau ruas judul lain)</translation>
    </message>
    <message>
        <source>The SRU server's answer cannot be read: %1</source>
        <translation>Jawaban server SRU tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>record length</source>
        <translation>panjang cantuman</translation>
    </message>
    <message>
        <source>record status</source>
        <translation>status cantuman</translation>
    </message>
    <message>
        <source>type of record</source>
        <translation>jenis cantuman</translation>
    </message>
    <message>
        <source>bibliographic level</source>
        <translation>tingkat bibliografis</translation>
    </message>
    <message>
        <source>type of control</source>
        <translation>jenis kendali</translation>
    </message>
    <message>
        <source>character coding scheme</source>
        <translation>skema pengodean karakter</translation>
    </message>
    <message>
        <source>indicator count</source>
        <translation>jumlah indikator</translation>
    </message>
    <message>
        <source>subfield code count</source>
        <translation>panjang kode subruas</translation>
    </message>
    <message>
        <source>base address of data</source>
        <translation>alamat awal data</translation>
    </message>
    <message>
        <source>encoding level</source>
        <translation>tingkat pengodean</translation>
    </message>
    <message>
        <source>descriptive cataloguing form</source>
        <translation>bentuk katalogisasi deskriptif</translation>
    </message>
    <message>
        <source>multipart resource record level</source>
        <translation>tingkat cantuman sumber berjilid</translation>
    </message>
    <message>
        <source>length of the length-of-field portion</source>
        <translation>panjang bagian panjang-ruas</translation>
    </message>
    <message>
        <source>length of the starting-character-position portion</source>
        <translation>panjang bagian posisi-karakter-awal</translation>
    </message>
    <message>
        <source>length of the implementation-defined portion</source>
        <translation>panjang bagian yang ditentukan implementasi</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>tidak didefinisikan</translation>
    </message>
    <message>
        <source>Leader/%1</source>
        <translation>Leader/%1</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Field %1 #%2</source>
        <translation>Ruas %1 #%2</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Ruas %1</translation>
    </message>
    <message>
        <source>indicator %1</source>
        <translation>indikator %1</translation>
    </message>
    <message>
        <source>the leader has %1 characters; it must have 24.</source>
        <translation>leader terdiri atas %1 karakter; seharusnya 24.</translation>
    </message>
    <message>
        <source>%1 is "%2": Aksara keeps records in Unicode (UTF-8), so it must be a.</source>
        <translation>%1 berisi "%2": Aksara menyimpan cantuman dalam Unicode (UTF-8), jadi harus a.</translation>
    </message>
    <message>
        <source>%1 is "%2"; it must be one of: %3.</source>
        <translation>%1 berisi "%2"; seharusnya salah satu dari: %3.</translation>
    </message>
    <message>
        <source>%1 is "%2"; it must be digits (or blanks: Aksara computes it).</source>
        <translation>%1 berisi "%2"; seharusnya angka (atau kosong: Aksara menghitungnya sendiri).</translation>
    </message>
    <message>
        <source>"%1" is not a tag: a tag is three digits (245), or three letters of one case for a local field.</source>
        <translation>"%1" bukan tag: tag terdiri atas tiga angka (245), atau tiga huruf yang sama besar-kecilnya untuk ruas lokal.</translation>
    </message>
    <message>
        <source>000 is not a field (the leader is edited on its own).</source>
        <translation>000 bukan ruas (leader disunting tersendiri).</translation>
    </message>
    <message>
        <source>field %1 may appear only once.</source>
        <translation>ruas %1 hanya boleh ada satu kali.</translation>
    </message>
    <message>
        <source>%1 is a control field (001–009): it holds its data as it is, without indicators or subfields.</source>
        <translation>%1 adalah ruas kendali (001–009): isinya data apa adanya, tanpa indikator maupun subruas.</translation>
    </message>
    <message>
        <source>the field is empty.</source>
        <translation>ruas ini kosong.</translation>
    </message>
    <message>
        <source>holds a control character (U+%1), which a MARC record cannot carry.</source>
        <translation>berisi karakter kendali (U+%1) yang tidak dapat dimuat cantuman MARC.</translation>
    </message>
    <message>
        <source>008 must be 40 characters long; it has %1.</source>
        <translation>008 harus sepanjang 40 karakter; isinya %1.</translation>
    </message>
    <message>
        <source>%1 is a data field: it needs two indicators and subfields ($a …).</source>
        <translation>%1 adalah ruas data: ruas ini memerlukan dua indikator dan subruas ($a …).</translation>
    </message>
    <message>
        <source>"%1" is not an indicator: an indicator is a digit, a lowercase letter or blank.</source>
        <translation>"%1" bukan indikator: indikator berupa angka, huruf kecil, atau kosong.</translation>
    </message>
    <message>
        <source>the field has no subfields.</source>
        <translation>ruas ini tidak memiliki subruas.</translation>
    </message>
    <message>
        <source>"%1" is not a subfield code: a code is a lowercase letter or a digit.</source>
        <translation>"%1" bukan kode subruas: kode berupa huruf kecil atau angka.</translation>
    </message>
    <message>
        <source>the subfield is empty.</source>
        <translation>subruas ini kosong.</translation>
    </message>
    <message>
        <source>the title statement has no title ($a).</source>
        <translation>pernyataan judul tidak memiliki judul ($a).</translation>
    </message>
    <message>
        <source>the record has no title statement; every record needs one, with the title in $a.</source>
        <translation>cantuman tidak memiliki pernyataan judul; setiap cantuman memerlukannya, dengan judul di $a.</translation>
    </message>
    <message>
        <source>A record needs a title.</source>
        <translation>Cantuman memerlukan judul.</translation>
    </message>
    <message>
        <source>"%1" is not an ISBN: %2.</source>
        <translation>"%1" bukan ISBN: %2.</translation>
    </message>
    <message>
        <source>%1 is not a year of publication (from 1000 to %2).</source>
        <translation>%1 bukan tahun terbit (dari 1000 sampai %2).</translation>
    </message>
    <message>
        <source>"%1" is not a MARC language code (three lowercase letters: ind, eng, jav …).</source>
        <translation>"%1" bukan kode bahasa MARC (tiga huruf kecil: ind, eng, jav …).</translation>
    </message>
    <message>
        <source>"%1" is not a record type (%2).</source>
        <translation>"%1" bukan jenis cantuman (%2).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>the line does not start with a tag (three digits or letters, then a space).</source>
        <translation>baris ini tidak diawali tag (tiga angka atau huruf, lalu spasi).</translation>
    </message>
    <message>
        <source>field %1 has a "$" without a subfield code after it.</source>
        <translation>ruas %1 memiliki "$" tanpa kode subruas sesudahnya.</translation>
    </message>
    <message>
        <source>field %1: write a space after each subfield code ("$a Judul", not "$aJudul").</source>
        <translation>ruas %1: tulis spasi sesudah setiap kode subruas ("$a Judul", bukan "$aJudul").</translation>
    </message>
    <message>
        <source>field %1 has no subfields: write its text after $a (for example "%1 00 $a …").</source>
        <translation>ruas %1 tidak memiliki subruas: tulis isinya sesudah $a (misalnya "%1 00 $a …").</translation>
    </message>
    <message>
        <source>field %1 has "%2" before its first subfield: write exactly two indicators (a blank as # or a space).</source>
        <translation>ruas %1 berisi "%2" sebelum subruas pertamanya: tulis tepat dua indikator (kosong ditulis # atau spasi).</translation>
    </message>
    <message>
        <source>field %1 has the indicator "%2": an indicator is a digit, a lowercase letter or blank.</source>
        <translation>ruas %1 memiliki indikator "%2": indikator berupa angka, huruf kecil, atau kosong.</translation>
    </message>
    <message>
        <source>field %1 has the subfield code "%2": a code is a lowercase letter or a digit.</source>
        <translation>ruas %1 memiliki kode subruas "%2": kode berupa huruf kecil atau angka.</translation>
    </message>
    <message>
        <source>There is no record in the text.</source>
        <translation>Tidak ada cantuman dalam teks ini.</translation>
    </message>
    <message>
        <source>The text holds %1 records (a blank line ends a record); give one.</source>
        <translation>Teks ini berisi %1 cantuman (baris kosong mengakhiri cantuman); berikan satu saja.</translation>
    </message>
    <message>
        <source>the first line must be the leader, 24 characters such as "00000nam a2200000 i 4500".</source>
        <translation>baris pertama harus berupa leader, 24 karakter seperti "00000nam a2200000 i 4500".</translation>
    </message>
    <message>
        <source>There is no record in the file.</source>
        <translation>Tidak ada cantuman dalam berkas ini.</translation>
    </message>
    <message>
        <source>The file holds more than one record; give one.</source>
        <translation>Berkas ini berisi lebih dari satu cantuman; berikan satu saja.</translation>
    </message>
    <message>
        <source>The text is not UTF-8 (byte %1).</source>
        <translation>Teks ini bukan UTF-8 (byte %1).</translation>
    </message>
    <message>
        <source>The CQL query is %1 characters long; at most %2 are allowed.</source>
        <translation>Kueri CQL ini panjangnya %1 karakter; paling banyak %2 karakter.</translation>
    </message>
    <message>
        <source>The CQL query nests brackets more than %1 deep.</source>
        <translation>Kueri CQL ini menumpuk tanda kurung lebih dari %1 tingkat.</translation>
    </message>
    <message>
        <source>The query nests brackets or NOTs more than %1 deep.</source>
        <translation>Kueri ini menumpuk tanda kurung atau NOT lebih dari %1 tingkat.</translation>
    </message>
    <message>
        <source>The query has %1 search terms; at most %2 are allowed.</source>
        <translation>Kueri ini berisi %1 kata pencarian; paling banyak %2.</translation>
    </message>
    <message>
        <source>The query is %1 characters long; at most %2 are allowed.</source>
        <translation>Kueri ini panjangnya %1 karakter; paling banyak %2 karakter.</translation>
    </message>
<message>
        <source>an authority record</source>
        <translation>rekaman otoritas</translation>
    </message>
    <message>
        <source>a classification record</source>
        <translation>rekaman klasifikasi</translation>
    </message>
    <message>
        <source>a community information record</source>
        <translation>rekaman informasi komunitas</translation>
    </message>
    <message>
        <source>a holdings record</source>
        <translation>rekaman kepemilikan (holdings)</translation>
    </message>
    <message>
        <source>the record is %1 (Leader/06 "%2"), not a bibliographic record; the catalogue holds bibliographic records only</source>
        <translation>rekaman ini adalah %1 (Leader/06 "%2"), bukan rekaman bibliografis; katalog hanya menyimpan rekaman bibliografis</translation>
    </message>
</context>
<context>
    <name>Aksara::Catalogue::Catalogue</name>
    <message>
        <source>Record %1 already has the ISBN %2 (add a copy to it, or create the record anyway).</source>
        <translation>Cantuman %1 sudah memiliki ISBN %2 (tambahkan eksemplar ke cantuman tersebut, atau tetap buat cantuman baru).</translation>
    </message>
    <message>
        <source>Record %1 already has the control number %2.</source>
        <translation>Cantuman %1 sudah memiliki nomor kendali %2.</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>Tidak ada cantuman %1.</translation>
    </message>
    <message>
        <source>Record %1 still has %2 copies: withdraw and remove them first.</source>
        <translation>Cantuman %1 masih memiliki %2 eksemplar: tarik dan hapus eksemplar tersebut terlebih dahulu.</translation>
    </message>
    <message>
        <source>Record %1 has holds.</source>
        <translation>Cantuman %1 memiliki pemesanan.</translation>
    </message>
    <message>
        <source>The stored MARC record %1 cannot be read: %2</source>
        <translation>Cantuman MARC %1 yang tersimpan tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Tidak dapat menulis hasil ekspor: %1</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>cantuman %1: %2</translation>
    </message>
    <message>
        <source>"%1" is not a record type (%2).</source>
        <translation>"%1" bukan jenis cantuman (%2).</translation>
    </message>
    <message>
        <source>The year range ends before it starts.</source>
        <translation>Rentang tahun berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>Ask for 1 to 1,000 results from an offset of 0 to 100,000.</source>
        <translation>Minta 1 sampai 1,000 hasil dari offset 0 sampai 100,000.</translation>
    </message>
    <message>
        <source>There is no branch "%1".</source>
        <translation>Tidak ada cabang "%1".</translation>
    </message>
</context>
<context>
    <name>Aksara::Catalogue::Importer</name>
    <message>
        <source>The import stopped after %1 imported records: %2</source>
        <translation>Impor berhenti setelah %1 cantuman diimpor: %2</translation>
    </message>
    <message>
        <source>There is no branch "%1" (--branch).</source>
        <translation>Tidak ada cabang "%1" (--branch).</translation>
    </message>
    <message>
        <source>the copy with barcode %1 is already in the catalogue</source>
        <translation>eksemplar dengan kode batang %1 sudah ada di katalog</translation>
    </message>
    <message>
        <source>the copy %1 names no branch (import with --branch CODE, or --no-items)</source>
        <translation>eksemplar %1 tidak menyebutkan cabang (impor dengan --branch CODE, atau --no-items)</translation>
    </message>
    <message>
        <source>the copy %1 belongs to branch "%2", which is not in this catalogue (import with --branch CODE, or --no-items)</source>
        <translation>eksemplar %1 milik cabang "%2", yang tidak ada di katalog ini (impor dengan --branch CODE, atau --no-items)</translation>
    </message>
<message>
        <source>the copy %1 names no branch; it was not created (import with --branch CODE)</source>
        <translation>eksemplar %1 tidak menyebut cabang; eksemplar ini tidak dibuat (impor dengan --branch KODE)</translation>
    </message>
    <message>
        <source>the copy %1 belongs to branch "%2", which is not in this catalogue; it was not created (import with --branch CODE)</source>
        <translation>eksemplar %1 milik cabang "%2", yang tidak ada di katalog ini; eksemplar ini tidak dibuat (impor dengan --branch KODE)</translation>
    </message>
</context>
<context>
    <name>Aksara::Catalogue::Isbn</name>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>no ISBN given</source>
        <translation>ISBN belum diisi</translation>
    </message>
    <message>
        <source>an ISBN has only digits (and X as the last character of an ISBN-10); an ISBN-13 starts with 978 or 979</source>
        <translation>ISBN hanya terdiri atas angka (dan X sebagai karakter terakhir ISBN-10); ISBN-13 diawali dengan 978 atau 979</translation>
    </message>
    <message>
        <source>an ISBN has 10 or 13 digits</source>
        <translation>ISBN terdiri atas 10 atau 13 digit</translation>
    </message>
    <message>
        <source>the check digit is wrong</source>
        <translation>digit pemeriksanya salah</translation>
    </message>
</context>
<context>
    <name>Aksara::Catalogue::Iso2709Reader</name>
    <message>
        <source>the input ends inside a record leader (%1 bytes left)</source>
        <translation>masukan berakhir di tengah leader cantuman (tersisa %1 byte)</translation>
    </message>
    <message>
        <source>the record length in the leader is not a number ("%1")</source>
        <translation>panjang cantuman pada leader bukan angka ("%1")</translation>
    </message>
    <message>
        <source>the record length %1 is too small</source>
        <translation>panjang cantuman %1 terlalu kecil</translation>
    </message>
    <message>
        <source>the input ends inside the record: the leader says %1 bytes, only %2 remain</source>
        <translation>masukan berakhir di tengah cantuman: leader menyatakan %1 byte, hanya tersisa %2</translation>
    </message>
    <message>
        <source>the leader says %1 bytes but the record terminator comes after %2</source>
        <translation>leader menyatakan %1 byte, tetapi penanda akhir cantuman muncul setelah %2</translation>
    </message>
    <message>
        <source>the leader says %1 bytes but there is no record terminator</source>
        <translation>leader menyatakan %1 byte, tetapi tidak ada penanda akhir cantuman</translation>
    </message>
</context>
<context>
    <name>Aksara::Catalogue::MarcReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
</context>
<context>
    <name>Aksara::Catalogue::MarcXmlReader</name>
    <message>
        <source>the leader "%1" is not 24 characters</source>
        <translation>leader "%1" tidak terdiri atas 24 karakter</translation>
    </message>
    <message>
        <source>a control field has the tag "%1"</source>
        <translation>sebuah ruas kontrol memiliki tag "%1"</translation>
    </message>
    <message>
        <source>a data field has the tag "%1"</source>
        <translation>sebuah ruas data memiliki tag "%1"</translation>
    </message>
    <message>
        <source>data field %1 has invalid indicators "%2" "%3"</source>
        <translation>ruas data %1 memiliki indikator tidak valid "%2" "%3"</translation>
    </message>
    <message>
        <source>a subfield stands outside a data field</source>
        <translation>sebuah subruas berada di luar ruas data</translation>
    </message>
    <message>
        <source>data field %1 has a subfield with the code "%2"</source>
        <translation>ruas data %1 memiliki subruas dengan kode "%2"</translation>
    </message>
    <message>
        <source>the record has no leader</source>
        <translation>cantuman tidak memiliki leader</translation>
    </message>
    <message>
        <source>the XML is not well-formed at line %1, column %2: %3</source>
        <translation>XML tidak tersusun dengan benar (not well-formed) pada baris %1, kolom %2: %3</translation>
    </message>
</context>
<context>
    <name>Aksara::Catalogue::Parser</name>
    <message>
        <source>unexpected "%1" at position %2</source>
        <translation>"%1" tidak terduga pada posisi %2</translation>
    </message>
    <message>
        <source>end of query</source>
        <translation>akhir kueri</translation>
    </message>
    <message>
        <source>%1 at position %2 has nothing on either side</source>
        <translation>%1 pada posisi %2 tidak memiliki apa pun di kedua sisinya</translation>
    </message>
    <message>
        <source>a search term is missing at position %1</source>
        <translation>istilah pencarian tidak ada pada posisi %1</translation>
    </message>
    <message>
        <source>a search term is missing after %1 at position %2</source>
        <translation>istilah pencarian tidak ada setelah %1 pada posisi %2</translation>
    </message>
    <message>
        <source>a search term is missing after NOT at position %1</source>
        <translation>istilah pencarian tidak ada setelah NOT pada posisi %1</translation>
    </message>
    <message>
        <source>the bracket opened at position %1 is not closed</source>
        <translation>kurung yang dibuka pada posisi %1 tidak ditutup</translation>
    </message>
    <message>
        <source>"%1:" at position %2 needs a search term</source>
        <translation>"%1:" pada posisi %2 memerlukan istilah pencarian</translation>
    </message>
    <message>
        <source>"%1" is not a year or a range of years (1980, 1975-1990)</source>
        <translation>"%1" bukan tahun atau rentang tahun (1980, 1975-1990)</translation>
    </message>
    <message>
        <source>a truncated word needs at least two letters before the * ("%1")</source>
        <translation>kata yang dipotong memerlukan sedikitnya dua huruf sebelum * ("%1")</translation>
    </message>
    <message>
        <source>The query nests brackets or NOTs more than %1 deep (at position %2).</source>
        <translation>Kueri ini menumpuk tanda kurung atau NOT lebih dari %1 tingkat (pada posisi %2).</translation>
    </message>
</context>
<context>
    <name>Aksara::Catalogue::SruClient</name>
    <message>
        <source>numberOfRecords is not a number</source>
        <translation>numberOfRecords bukan angka</translation>
    </message>
    <message>
        <source>not well-formed XML at line %1: %2</source>
        <translation>XML tidak tersusun dengan benar (not well-formed) pada baris %1: %2</translation>
    </message>
    <message>
        <source>it is not a searchRetrieveResponse</source>
        <translation>jawaban ini bukan searchRetrieveResponse</translation>
    </message>
    <message>
        <source>The SRU server refused the search: %1%2 (%3)</source>
        <translation>Server SRU menolak pencarian: %1%2 (%3)</translation>
    </message>
    <message>
        <source>a record is not MARCXML: %1</source>
        <translation>sebuah cantuman bukan MARCXML: %1</translation>
    </message>
    <message>
        <source>The SRU server did not answer in time.</source>
        <translation>Server SRU tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <source>A search is already running.</source>
        <translation>Pencarian lain sedang berjalan.</translation>
    </message>
    <message>
        <source>"%1" is not an http(s) address of an SRU server.</source>
        <translation>"%1" bukan alamat http(s) server SRU.</translation>
    </message>
    <message>
        <source>Cannot reach the SRU server: %1</source>
        <translation>Tidak dapat menghubungi server SRU: %1</translation>
    </message>
    <message>
        <source>The SRU server answered HTTP %1.</source>
        <translation>Server SRU menjawab dengan HTTP %1.</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>Pencarian dibatalkan.</translation>
    </message>
</context>
<context>
    <name>Aksara::Catalogue::SruTargets</name>
    <message>
        <source>A target needs a name of 1 to 80 characters.</source>
        <translation>Sasaran memerlukan nama sepanjang 1 sampai 80 karakter.</translation>
    </message>
    <message>
        <source>"%1" is not the http(s) address of an SRU server (such as http://lx2.loc.gov:210/LCDB).</source>
        <translation>"%1" bukan alamat http(s) server SRU (seperti http://lx2.loc.gov:210/LCDB).</translation>
    </message>
    <message>
        <source>The SRU version is 1.1, 1.2 or 2.0, not "%1".</source>
        <translation>Versi SRU adalah 1.1, 1.2, atau 2.0, bukan "%1".</translation>
    </message>
    <message>
        <source>The record schema is a name such as marcxml, without spaces, not "%1".</source>
        <translation>Skema cantuman berupa nama seperti marcxml, tanpa spasi, bukan "%1".</translation>
    </message>
    <message>
        <source>"%1" is not a CQL index name (such as dc.title).</source>
        <translation>"%1" bukan nama indeks CQL (seperti dc.title).</translation>
    </message>
    <message>
        <source>The position is a number from 0 to 9999.</source>
        <translation>Urutan berupa angka dari 0 sampai 9999.</translation>
    </message>
    <message>
        <source>There is no SRU target "%1".</source>
        <translation>Tidak ada sasaran SRU "%1".</translation>
    </message>
    <message>
        <source>There is already a target named "%1".</source>
        <translation>Sudah ada sasaran bernama "%1".</translation>
    </message>
    <message>
        <source>SRU target %1 added</source>
        <translation>Sasaran SRU %1 ditambahkan</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>SRU target %1 changed</source>
        <translation>Sasaran SRU %1 diubah</translation>
    </message>
    <message>
        <source>SRU target %1 removed</source>
        <translation>Sasaran SRU %1 dihapus</translation>
    </message>
</context>
<context>
    <name>Aksara::Checkpoints</name>
    <message>
        <source>not a checkpoint (head_id, head_seq, head_hash, signed_at_ms and signature are required)</source>
        <translation>bukan checkpoint (head_id, head_seq, head_hash, signed_at_ms, dan signature wajib ada)</translation>
    </message>
    <message>
        <source>The operation log is empty: there is nothing to sign.</source>
        <translation>Log operasi kosong: tidak ada yang bisa ditandatangani.</translation>
    </message>
    <message>
        <source>the checkpoint of operation %1 (signed %2) does not carry a valid signature of the given public key: it was forged or altered</source>
        <translation>checkpoint operasi %1 (ditandatangani %2) tidak membawa tanda tangan yang sah dari kunci publik yang diberikan: checkpoint itu dipalsukan atau diubah</translation>
    </message>
    <message>
        <source>operation %1, signed in a checkpoint at position %2, is no longer in the log</source>
        <translation>operasi %1, yang ditandatangani dalam checkpoint pada posisi %2, sudah tidak ada di log</translation>
    </message>
    <message>
        <source>operation %1 no longer has the hash signed in the checkpoint of %2 (%3…, now %4…): the log was rewritten and its chain recomputed after record %5</source>
        <translation>hash operasi %1 tidak lagi sama dengan yang ditandatangani dalam checkpoint %2 (%3…, sekarang %4…): log telah ditulis ulang dan rantainya dihitung ulang setelah catatan %5</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, baris %2: %3</translation>
    </message>
    <message>
        <source>%1 holds no checkpoint.</source>
        <translation>%1 tidak berisi checkpoint.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>The witness %1 is not an http or https URL.</source>
        <translation>Saksi %1 bukan URL http atau https.</translation>
    </message>
    <message>
        <source>The witness %1 did not take the checkpoint (%2).</source>
        <translation>Saksi %1 tidak menerima checkpoint (%2).</translation>
    </message>
</context>
<context>
    <name>Aksara::Circulation</name>
    <message>
        <source>There is no calendar "%1".</source>
        <translation>Tidak ada kalender "%1".</translation>
    </message>
    <message>
        <source>"%1" is not an amount: give a positive whole number of rupiah.</source>
        <translation>"%1" bukan jumlah uang yang valid: masukkan bilangan bulat positif dalam rupiah.</translation>
    </message>
    <message>
        <source>There is no receipt %1.</source>
        <translation>Tidak ada tanda terima %1.</translation>
    </message>
    <message>
        <source>Lost item found</source>
        <translation>Eksemplar hilang telah ditemukan</translation>
    </message>
    <message>
        <source>Put %1 on the hold shelf for %2 (%3) until %4.</source>
        <translation>Letakkan %1 di rak pemesanan untuk %2 (%3) sampai %4.</translation>
    </message>
    <message>
        <source>Send %1 to %2 for the hold of %3 (%4).</source>
        <translation>Kirim %1 ke %2 untuk pemesanan atas nama %3 (%4).</translation>
    </message>
    <message>
        <source>%1 belongs to %2: send it home.</source>
        <translation>%1 milik %2: kirim kembali ke cabang asalnya.</translation>
    </message>
    <message>
        <source>%1 is waiting on the hold shelf for another patron.</source>
        <translation>%1 sedang menunggu di rak pemesanan untuk anggota lain.</translation>
    </message>
    <message>
        <source>%1 is on its way to fill another patron's hold.</source>
        <translation>%1 sedang dalam perjalanan untuk memenuhi pemesanan anggota lain.</translation>
    </message>
    <message>
        <source>Another patron has a hold on this very copy (%1).</source>
        <translation>Anggota lain telah memesan eksemplar ini (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n other patron(s) are waiting for "%1".</source>
        <translation>
            <numerusform>%n anggota lain sedang menunggu "%1".</numerusform>
        </translation>
    </message>
    <message>
        <source>The database did not return the new row's id.</source>
        <translation>Basis data tidak mengembalikan id baris baru.</translation>
    </message>
    <message>
        <source>There is no patron with the card number %1.</source>
        <translation>Tidak ada anggota dengan nomor kartu %1.</translation>
    </message>
    <message>
        <source>No item barcode was given.</source>
        <translation>Kode batang eksemplar belum diisi.</translation>
    </message>
    <message>
        <source>There is no item with the barcode %1.</source>
        <translation>Tidak ada eksemplar dengan kode batang %1.</translation>
    </message>
    <message>
        <source>The card %1 was replaced on %2 and no longer works; use the patron's new card.</source>
        <translation>Kartu %1 telah diganti pada %2 dan tidak berlaku lagi; gunakan kartu baru anggota tersebut.</translation>
    </message>
    <message>
        <source>Patron %1 disappeared.</source>
        <translation>Data anggota %1 tidak ditemukan lagi.</translation>
    </message>
    <message>
        <source>Item %1 disappeared.</source>
        <translation>Data eksemplar %1 tidak ditemukan lagi.</translation>
    </message>
    <message>
        <source>There is no branch "%1".</source>
        <translation>Tidak ada cabang "%1".</translation>
    </message>
    <message>
        <source>Branch %1 disappeared.</source>
        <translation>Data cabang %1 tidak ditemukan lagi.</translation>
    </message>
    <message>
        <source>There is no patron category "%1".</source>
        <translation>Tidak ada kategori anggota "%1".</translation>
    </message>
    <message>
        <source>Patron category %1 disappeared.</source>
        <translation>Data kategori anggota %1 tidak ditemukan lagi.</translation>
    </message>
    <message>
        <source>At self-service you can only use your own account.</source>
        <translation>Di layanan mandiri, Anda hanya dapat menggunakan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>Loan %1 disappeared.</source>
        <translation>Data peminjaman %1 tidak ditemukan lagi.</translation>
    </message>
    <message>
        <source>There is no fee %1.</source>
        <translation>Tidak ada biaya %1.</translation>
    </message>
    <message>
        <source>There is no hold %1.</source>
        <translation>Tidak ada pemesanan %1.</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>%1 sedang diblokir.</translation>
    </message>
    <message>
        <source>%1 is blocked: %2</source>
        <translation>%1 sedang diblokir: %2</translation>
    </message>
    <message>
        <source>%1 has left the library.</source>
        <translation>%1 sudah tidak menjadi anggota perpustakaan.</translation>
    </message>
    <message>
        <source>%1 is already on loan to this patron (due %2); renew it instead.</source>
        <translation>%1 sudah dipinjam oleh anggota ini (jatuh tempo %2); lakukan perpanjangan saja.</translation>
    </message>
    <message>
        <source>%1 is on loan to another patron (due %2); check it in first.</source>
        <translation>%1 sedang dipinjam oleh anggota lain (jatuh tempo %2); proses pengembaliannya terlebih dahulu.</translation>
    </message>
    <message>
        <source>%1 has been withdrawn from the collection.</source>
        <translation>%1 telah dikeluarkan dari koleksi.</translation>
    </message>
    <message>
        <source>%1 is recorded as %2.</source>
        <translation>%1 tercatat %2.</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>hilang</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <source>%1 is for use in the library only (item type %2).</source>
        <translation>%1 hanya untuk dibaca di tempat (jenis koleksi %2).</translation>
    </message>
    <message>
        <source>%1 is in transit between branches.</source>
        <translation>%1 sedang dalam perjalanan antarcabang.</translation>
    </message>
    <message>
        <source>The card %1 expired on %2.</source>
        <translation>Masa berlaku kartu %1 telah habis pada %2.</translation>
    </message>
    <message>
        <source>%1 owes Rp %2, more than the limit of Rp %3 for the category %4.</source>
        <translation>%1 memiliki tunggakan Rp %2, melebihi batas Rp %3 untuk kategori %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n overdue item(s).</source>
        <translation>
            <numerusform>%1 memiliki %n eksemplar yang terlambat dikembalikan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2 loans of type %3; the limit is %4.</source>
        <translation>%1 sedang meminjam %2 eksemplar jenis koleksi %3; batasnya %4.</translation>
    </message>
    <message>
        <source>%1 has %2 loans; the limit is %3.</source>
        <translation>%1 sedang meminjam %2 eksemplar; batasnya %3.</translation>
    </message>
    <message>
        <source>%1 may not override circulation rules (the right circulation.override is needed).</source>
        <translation>%1 tidak berwenang mengesampingkan aturan sirkulasi (diperlukan hak akses circulation.override).</translation>
    </message>
    <message numerus="yes">
        <source>%1 overdue day(s) for %2 "%3" (%4)</source>
        <translation>
            <numerusform>Terlambat %1 hari untuk %2 "%3" (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>The patron's name cannot be empty.</source>
        <translation>Nama anggota tidak boleh kosong.</translation>
    </message>
    <message>
        <source>The patron's name is longer than 200 characters.</source>
        <translation>Nama anggota lebih dari 200 karakter.</translation>
    </message>
    <message>
        <source>The birth date %1 is not plausible.</source>
        <translation>Tanggal lahir %1 tidak masuk akal.</translation>
    </message>
    <message>
        <source>The NIK %1 is already registered (card %2).</source>
        <translation>NIK %1 sudah terdaftar (kartu %2).</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>"%1" bukan alamat surel.</translation>
    </message>
    <message>
        <source>"%1" is not a telephone number.</source>
        <translation>"%1" bukan nomor telepon.</translation>
    </message>
    <message>
        <source>The photo must be a PNG or JPEG image.</source>
        <translation>Foto harus berupa gambar PNG atau JPEG.</translation>
    </message>
    <message>
        <source>The photo is larger than 2 MiB.</source>
        <translation>Ukuran foto lebih dari 2 MiB.</translation>
    </message>
    <message>
        <source>The language is id (Indonesian) or en (English), not "%1".</source>
        <translation>Bahasa harus id (Indonesia) atau en (Inggris), bukan "%1".</translation>
    </message>
    <message>
        <source>The card number %1 has already been given out.</source>
        <translation>Nomor kartu %1 sudah pernah diberikan.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Sebutkan alasannya.</translation>
    </message>
    <message>
        <source>The card prefix "%1" (setting card.prefix) must be 1 to 6 capital letters.</source>
        <translation>Awalan kartu "%1" (pengaturan card.prefix) harus terdiri atas 1 sampai 6 huruf kapital.</translation>
    </message>
    <message>
        <source>No free card number was found.</source>
        <translation>Tidak ada nomor kartu yang masih tersedia.</translation>
    </message>
    <message>
        <source>The library has no open branch yet; create one before registering patrons (aksara branch add, or the desk's administration).</source>
        <translation>Perpustakaan belum memiliki cabang yang buka; buat cabang terlebih dahulu sebelum mendaftarkan anggota (aksara branch add, atau halaman Administrasi di meja layanan).</translation>
    </message>
    <message>
        <source>The library has no patron category yet; create one before registering patrons (aksara category add, or the desk's administration).</source>
        <translation>Perpustakaan belum memiliki kategori anggota; buat kategori terlebih dahulu sebelum mendaftarkan anggota (aksara category add, atau halaman Administrasi di meja layanan).</translation>
    </message>
    <message>
        <source>A PIN is %1 digits.</source>
        <translation>PIN terdiri atas %1 digit.</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>PIN terdiri atas %1 sampai %2 digit.</translation>
    </message>
    <message>
        <source>The branch %1 is closed; register the patron at an open branch.</source>
        <translation>Cabang %1 sudah ditutup; daftarkan anggota di cabang yang masih buka.</translation>
    </message>
    <message>
        <source>The patron category %1 no longer takes new members.</source>
        <translation>Kategori anggota %1 tidak lagi menerima anggota baru.</translation>
    </message>
    <message>
        <source>A patron of the category %1 (%2) is registered with their NIK.</source>
        <translation>Anggota kategori %1 (%2) wajib didaftarkan dengan NIK.</translation>
    </message>
    <message>
        <source>The category %1 is for some ages only: give the patron's birth date.</source>
        <translation>Kategori %1 hanya untuk usia tertentu: isikan tanggal lahir anggota.</translation>
    </message>
    <message>
        <source>%1 years or older</source>
        <translation>berusia %1 tahun ke atas</translation>
    </message>
    <message>
        <source>up to %1 years old</source>
        <translation>berusia paling tinggi %1 tahun</translation>
    </message>
    <message>
        <source>%1 to %2 years old</source>
        <translation>berusia %1 sampai %2 tahun</translation>
    </message>
    <message>
        <source>The category %1 is for patrons %2; this patron is %3.</source>
        <translation>Kategori %1 diperuntukkan bagi anggota %2; anggota ini berusia %3 tahun.</translation>
    </message>
    <message>
        <source>"%1" cannot be a card number: an old member number is 1 to 32 letters, digits, dots, slashes or underscores.</source>
        <translation>"%1" tidak dapat menjadi nomor kartu: nomor anggota lama terdiri atas 1 sampai 32 huruf, angka, titik, garis miring, atau garis bawah.</translation>
    </message>
</context>
<context>
    <name>Aksara::Circulation::Calendars</name>
    <message>
        <source>A calendar code is 1 to 32 lower-case letters, digits, - or _, not "%1".</source>
        <translation>Kode kalender terdiri atas 1 sampai 32 huruf kecil, angka, - atau _, bukan "%1".</translation>
    </message>
    <message>
        <source>"%1" is not a time zone (e.g. Asia/Jakarta).</source>
        <translation>"%1" bukan zona waktu (mis. Asia/Jakarta).</translation>
    </message>
    <message>
        <source>There is already a calendar "%1".</source>
        <translation>Kalender "%1" sudah ada.</translation>
    </message>
    <message>
        <source>New calendar %1</source>
        <translation>Kalender baru %1</translation>
    </message>
    <message>
        <source>A weekday is 1 (Monday) to 7 (Sunday), not %1.</source>
        <translation>Hari dinyatakan dengan angka 1 (Senin) sampai 7 (Minggu), bukan %1.</translation>
    </message>
    <message>
        <source>%1–%2 is not an opening interval (HH:MM–HH:MM, opening before closing).</source>
        <translation>%1–%2 bukan rentang jam buka yang valid (HH:MM–HH:MM, jam buka sebelum jam tutup).</translation>
    </message>
    <message>
        <source>The opening intervals overlap.</source>
        <translation>Rentang jam buka saling tumpang tindih.</translation>
    </message>
    <message>
        <source>Opening hours of %1 on weekday %2</source>
        <translation>Jam layanan %1 pada hari ke-%2</translation>
    </message>
    <message>
        <source>Give the holiday's date as YYYY-MM-DD.</source>
        <translation>Tuliskan tanggal hari libur dengan format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 already has the holiday "%2" on %3.</source>
        <translation>%1 sudah memiliki hari libur "%2" pada %3.</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>Holiday %1 on %2 added to %3</source>
        <translation>Hari libur %1 pada %2 ditambahkan ke %3</translation>
    </message>
    <message>
        <source>%1 has no holiday on %2.</source>
        <translation>%1 tidak memiliki hari libur pada %2.</translation>
    </message>
    <message>
        <source>Holiday %1 on %2 removed from %3</source>
        <translation>Hari libur %1 pada %2 dihapus dari %3</translation>
    </message>
    <message>
        <source>Branch %1 follows calendar %2</source>
        <translation>Cabang %1 mengikuti kalender %2</translation>
    </message>
</context>
<context>
    <name>Aksara::Circulation::CardNumber</name>
    <message>
        <source>No card number was given.</source>
        <translation>Nomor kartu belum diisi.</translation>
    </message>
    <message>
        <source>"%1" is not a card number: a card number is a few letters followed by digits.</source>
        <translation>"%1" bukan nomor kartu: nomor kartu terdiri atas beberapa huruf yang diikuti angka.</translation>
    </message>
    <message>
        <source>The card number %1 has a wrong check digit: it was mistyped or misread. Scan or type it again.</source>
        <translation>Digit pemeriksa nomor kartu %1 salah: nomor salah ketik atau salah terbaca. Pindai atau ketik ulang.</translation>
    </message>
</context>
<context>
    <name>Aksara::Circulation::CardPrinter</name>
    <message>
        <source>Say where to write the PDF.</source>
        <translation>Tentukan lokasi penyimpanan berkas PDF.</translation>
    </message>
    <message>
        <source>Every active patron's card has been printed.</source>
        <translation>Kartu semua anggota aktif sudah dicetak.</translation>
    </message>
    <message>
        <source>Say which cards to print.</source>
        <translation>Tentukan kartu yang akan dicetak.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
</context>
<context>
    <name>Aksara::Circulation::Fees</name>
    <message>
        <source>A waiver needs a reason.</source>
        <translation>Pembebasan biaya memerlukan alasan.</translation>
    </message>
    <message>
        <source>Fee %1 is not a fee of %2.</source>
        <translation>Biaya %1 bukan milik %2.</translation>
    </message>
    <message>
        <source>Fee %1 is already settled.</source>
        <translation>Biaya %1 sudah lunas.</translation>
    </message>
    <message>
        <source>%1 owes nothing.</source>
        <translation>%1 tidak memiliki tunggakan.</translation>
    </message>
    <message>
        <source>Rp %1 is more than the Rp %2 owed.</source>
        <translation>Rp %1 melebihi tunggakan sebesar Rp %2.</translation>
    </message>
    <message>
        <source>The balance of fee %1 changed during the payment; try again.</source>
        <translation>Sisa tagihan biaya %1 berubah selama pembayaran; coba lagi.</translation>
    </message>
    <message>
        <source>Say what the fee is for.</source>
        <translation>Sebutkan keperluan biaya ini.</translation>
    </message>
</context>
<context>
    <name>Aksara::Circulation::Holds</name>
    <message>
        <source>There is no catalogue record %1.</source>
        <translation>Tidak ada cantuman katalog %1.</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>%1 sedang diblokir.</translation>
    </message>
    <message>
        <source>%1 is blocked: %2</source>
        <translation>%1 sedang diblokir: %2</translation>
    </message>
    <message>
        <source>%1 has left the library.</source>
        <translation>%1 sudah tidak menjadi anggota perpustakaan.</translation>
    </message>
    <message>
        <source>The card %1 expired on %2.</source>
        <translation>Masa berlaku kartu %1 telah habis pada %2.</translation>
    </message>
    <message>
        <source>The "not needed after" date %1 has passed.</source>
        <translation>Tanggal "tidak diperlukan setelah" %1 sudah lewat.</translation>
    </message>
    <message>
        <source>%1 owes Rp %2, more than the limit of Rp %3.</source>
        <translation>%1 memiliki tunggakan Rp %2, melebihi batas Rp %3.</translation>
    </message>
    <message>
        <source>%1 has been withdrawn from the collection.</source>
        <translation>%1 telah dikeluarkan dari koleksi.</translation>
    </message>
    <message>
        <source>This title has no copy that can be lent.</source>
        <translation>Judul ini tidak memiliki eksemplar yang dapat dipinjamkan.</translation>
    </message>
    <message>
        <source>The loan rules do not allow holds on this for the category %1.</source>
        <translation>Aturan peminjaman tidak mengizinkan pemesanan koleksi ini untuk kategori %1.</translation>
    </message>
    <message>
        <source>%1 has %2 holds; the limit is %3.</source>
        <translation>%1 memiliki %2 pemesanan; batasnya %3.</translation>
    </message>
    <message>
        <source>%1 already has a hold on this title.</source>
        <translation>%1 sudah memesan judul ini.</translation>
    </message>
    <message>
        <source>%1 already has this title on loan.</source>
        <translation>%1 sedang meminjam judul ini.</translation>
    </message>
    <message>
        <source>Hold %1 is already %2.</source>
        <translation>Pemesanan %1 sudah berstatus %2.</translation>
    </message>
</context>
<context>
    <name>Aksara::Circulation::LoanRules</name>
    <message>
        <source>There is no item type "%1".</source>
        <translation>Tidak ada jenis koleksi "%1".</translation>
    </message>
    <message>
        <source>Say which rules to set, e.g. loan_period=14 (an empty value unsets a rule).</source>
        <translation>Sebutkan aturan yang akan ditetapkan, mis. loan_period=14 (nilai kosong menghapus aturan).</translation>
    </message>
    <message>
        <source>There is no rule "%1"; the rules are: %2.</source>
        <translation>Tidak ada aturan "%1"; aturan yang tersedia: %2.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2, not "%3".</source>
        <translation>%1 harus berupa bilangan bulat paling sedikit %2, bukan "%3".</translation>
    </message>
    <message>
        <source>%1 is yes or no, not "%2".</source>
        <translation>%1 harus ya atau tidak, bukan "%2".</translation>
    </message>
    <message>
        <source>%1 is one of %2, not "%3".</source>
        <translation>%1 harus salah satu dari %2, bukan "%3".</translation>
    </message>
    <message>
        <source>Loan rules for %1</source>
        <translation>Aturan peminjaman untuk %1</translation>
    </message>
</context>
<context>
    <name>Aksara::Circulation::Loans</name>
    <message>
        <source>%1 has just been lent at another station.</source>
        <translation>%1 baru saja dipinjamkan di perangkat lain.</translation>
    </message>
    <message>
        <source>%1 has been withdrawn from the collection; set it aside.</source>
        <translation>%1 telah dikeluarkan dari koleksi; pisahkan eksemplar ini.</translation>
    </message>
    <message>
        <source>returned late</source>
        <translation>pengembalian terlambat</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: %n day(s), fee Rp %1 charged to %2.</source>
        <translation>
            <numerusform>Terlambat: %n hari, denda Rp %1 dibebankan kepada %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already waiting on the hold shelf.</source>
        <translation>%1 sudah menunggu di rak pemesanan.</translation>
    </message>
    <message>
        <source>%1 is in transit to %2; send it on.</source>
        <translation>%1 sedang dalam perjalanan ke %2; teruskan pengirimannya.</translation>
    </message>
    <message>
        <source>Received from transit.</source>
        <translation>Diterima dari pengiriman antarcabang.</translation>
    </message>
    <message>
        <source>%1 was recorded as %2 and is back.</source>
        <translation>%1 sebelumnya tercatat %2 dan kini sudah kembali.</translation>
    </message>
    <message>
        <source>The unpaid lost-item fee (Rp %1) was written off.</source>
        <translation>Biaya eksemplar hilang yang belum dibayar (Rp %1) telah dihapuskan.</translation>
    </message>
    <message>
        <source>%1 is not on loan.</source>
        <translation>%1 tidak sedang dipinjam.</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>%1 sedang diblokir.</translation>
    </message>
    <message>
        <source>%1 is blocked: %2</source>
        <translation>%1 sedang diblokir: %2</translation>
    </message>
    <message>
        <source>%1 has left the library.</source>
        <translation>%1 sudah tidak menjadi anggota perpustakaan.</translation>
    </message>
    <message>
        <source>%1 has been renewed %2 time(s); the limit is %3.</source>
        <translation>%1 sudah diperpanjang %2 kali; batasnya %3.</translation>
    </message>
    <message>
        <source>The card %1 expired on %2.</source>
        <translation>Masa berlaku kartu %1 telah habis pada %2.</translation>
    </message>
    <message>
        <source>renewed late</source>
        <translation>perpanjangan terlambat</translation>
    </message>
    <message>
        <source>%1 is not on loan; only a lent item can be declared lost by its borrower.</source>
        <translation>%1 tidak sedang dipinjam; hanya eksemplar yang sedang dipinjam yang dapat dinyatakan hilang oleh peminjamnya.</translation>
    </message>
    <message>
        <source>%1 has no price and the library sets no lost-item fee (circulation.lost_item_fee).</source>
        <translation>%1 tidak memiliki harga dan perpustakaan belum menetapkan biaya eksemplar hilang (circulation.lost_item_fee).</translation>
    </message>
    <message>
        <source>Lost item %1 "%2"</source>
        <translation>Eksemplar hilang %1 "%2"</translation>
    </message>
</context>
<context>
    <name>Aksara::Circulation::Nik</name>
    <message>
        <source>The NIK %1 is not valid: %2</source>
        <translation>NIK %1 tidak valid: %2</translation>
    </message>
    <message>
        <source>a NIK has 16 digits, this one has %1 characters.</source>
        <translation>NIK terdiri atas 16 digit, sedangkan yang ini %1 karakter.</translation>
    </message>
    <message>
        <source>a NIK has digits only.</source>
        <translation>NIK hanya terdiri atas angka.</translation>
    </message>
    <message>
        <source>%1 is not a province code.</source>
        <translation>%1 bukan kode provinsi.</translation>
    </message>
    <message>
        <source>the regency/city code cannot be 00.</source>
        <translation>kode kabupaten/kota tidak boleh 00.</translation>
    </message>
    <message>
        <source>the district code cannot be 00.</source>
        <translation>kode kecamatan tidak boleh 00.</translation>
    </message>
    <message>
        <source>the month of birth (digits 9–10) is %1.</source>
        <translation>bulan lahir (digit ke-9–10) bernilai %1.</translation>
    </message>
    <message>
        <source>the day of birth (digits 7–8, plus 40 for women) is %1.</source>
        <translation>tanggal lahir (digit ke-7–8, ditambah 40 untuk perempuan) bernilai %1.</translation>
    </message>
    <message>
        <source>the serial number (last 4 digits) cannot be 0000.</source>
        <translation>nomor urut (4 digit terakhir) tidak boleh 0000.</translation>
    </message>
    <message>
        <source>The NIK %1 says the date of birth is %2-%3-%4, but the birth date given is %5.</source>
        <translation>Menurut NIK %1, tanggal lahirnya %2-%3-%4, tetapi tanggal lahir yang diisikan %5.</translation>
    </message>
</context>
<context>
    <name>Aksara::Circulation::Patrons</name>
    <message>
        <source>The patron's name is required.</source>
        <translation>Nama anggota wajib diisi.</translation>
    </message>
    <message>
        <source>A card number cannot be edited; replace the card instead.</source>
        <translation>Nomor kartu tidak dapat diubah; lakukan penggantian kartu.</translation>
    </message>
    <message>
        <source>The status is active or left (blocking has its own command), not "%1".</source>
        <translation>Status harus active atau left (pemblokiran memiliki perintah tersendiri), bukan "%1".</translation>
    </message>
    <message>
        <source>The patron is blocked; unblock them first.</source>
        <translation>Anggota sedang diblokir; buka blokirnya terlebih dahulu.</translation>
    </message>
    <message>
        <source>Nothing to change was given.</source>
        <translation>Tidak ada data yang akan diubah.</translation>
    </message>
    <message>
        <source>%1 has left the library; set them active again before renewing.</source>
        <translation>%1 sudah tidak menjadi anggota perpustakaan; aktifkan kembali sebelum memperpanjang keanggotaan.</translation>
    </message>
    <message>
        <source>%1 is already blocked: %2</source>
        <translation>%1 sudah diblokir: %2</translation>
    </message>
    <message>
        <source>%1 is not blocked.</source>
        <translation>%1 tidak sedang diblokir.</translation>
    </message>
    <message>
        <source>Replacement of card %1</source>
        <translation>Penggantian kartu %1</translation>
    </message>
    <message>
        <source>This card is locked after %1 wrong PINs; ask at the desk for a new PIN.</source>
        <translation>Kartu ini terkunci setelah %1 kali salah PIN; mintalah PIN baru di meja layanan.</translation>
    </message>
    <message>
        <source>This card has no PIN yet; ask at the desk to set one.</source>
        <translation>Kartu ini belum memiliki PIN; mintalah pembuatan PIN di meja layanan.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN salah.</translation>
    </message>
    <message>
        <source>Say what to look for: a name, card or NIK.</source>
        <translation>Sebutkan yang dicari: nama, nomor kartu, atau NIK.</translation>
    </message>
    <message>
        <source>Enrolment fee (%1)</source>
        <translation>Biaya pendaftaran (%1)</translation>
    </message>
    <message>
        <source>The branch %1 is closed; choose an open branch.</source>
        <translation>Cabang %1 sudah ditutup; pilih cabang yang masih buka.</translation>
    </message>
</context>
<context>
    <name>Aksara::Circulation::Receipt</name>
    <message>
        <source>Waiver %1</source>
        <translation>Pembebasan biaya %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Tanda terima %1</translation>
    </message>
    <message>
        <source>Patron: %1 (%2)</source>
        <translation>Anggota: %1 (%2)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Tanggal: %1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Jumlah: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Received by: %1</source>
        <translation>Diterima oleh: %1</translation>
    </message>
    <message>
        <source>Balance now: %1</source>
        <translation>Sisa tagihan: %1</translation>
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
        <source>Run "aksara COMMAND --help" for a command's options.</source>
        <translation>Jalankan "aksara COMMAND --help" untuk melihat opsi suatu perintah.</translation>
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
        <source>unknown command "%1" (see aksara --help).</source>
        <translation>perintah "%1" tidak dikenal (lihat aksara --help).</translation>
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
        <source>All invariants hold: one open loan per item, every business change has its operation record, the operation log's hash chain is intact, the SLA counters add up.</source>
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
        <source>Created %1 account "%2".</source>
        <translation>Akun %1 "%2" telah dibuat.</translation>
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
        <source>Password of "%1" changed.</source>
        <translation>Kata sandi "%1" telah diubah.</translation>
    </message>
    <message>
        <source>this command takes one USERNAME.</source>
        <translation>perintah ini memerlukan satu USERNAME.</translation>
    </message>
    <message>
        <source>Account "%1" enabled.</source>
        <translation>Akun "%1" telah diaktifkan.</translation>
    </message>
    <message>
        <source>Account "%1" disabled.</source>
        <translation>Akun "%1" telah dinonaktifkan.</translation>
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
        <source>check the database's invariants and the operation log's hash chain</source>
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
        <source>set a staff member's password (unlocks a locked account)</source>
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
        <source>Demo library "%1": %2 branches, %3 patron categories, %4 patrons, %5 records, %6 items.</source>
        <translation>Perpustakaan demo "%1": %2 cabang, %3 kategori anggota, %4 anggota, %5 judul, %6 eksemplar.</translation>
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
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not "%2".</source>
        <translation>--%1 memerlukan tanggal berformat YYYY-MM-DD, bukan "%2".</translation>
    </message>
    <message>
        <source>cannot read the photo %1.</source>
        <translation>tidak dapat membaca foto %1.</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nama lengkap</translation>
    </message>
    <message>
        <source>national identity number (16 digits; empty to clear)</source>
        <translation>Nomor Induk Kependudukan (16 digit; kosongkan untuk menghapus)</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>alamat surel</translation>
    </message>
    <message>
        <source>photo, PNG or JPEG (empty to remove)</source>
        <translation>foto, PNG atau JPEG (kosongkan untuk menghapus)</translation>
    </message>
    <message>
        <source>home branch code (default: the library's default)</source>
        <translation>kode cabang asal (bawaan: cabang bawaan perpustakaan)</translation>
    </message>
    <message>
        <source>patron category code (default: the library's default)</source>
        <translation>kode kategori anggota (bawaan: kategori bawaan perpustakaan)</translation>
    </message>
    <message>
        <source>expiry date (default: from the category's membership period)</source>
        <translation>tanggal habis berlaku (bawaan: dihitung dari masa keanggotaan kategori)</translation>
    </message>
    <message>
        <source>id or en</source>
        <translation>id atau en</translation>
    </message>
    <message>
        <source>active or left</source>
        <translation>active atau left</translation>
    </message>
    <message>
        <source>a pre-printed card number (default: the next number)</source>
        <translation>nomor kartu yang sudah tercetak (bawaan: nomor berikutnya)</translation>
    </message>
    <message>
        <source>Category: %1 (%2)   Branch: %3</source>
        <translation>Kategori: %1 (%2)   Cabang: %3</translation>
    </message>
    <message>
        <source>Status: %1%2   Registered: %3   Expires: %4</source>
        <translation>Status: %1%2   Terdaftar: %3   Berlaku sampai: %4</translation>
    </message>
    <message>
        <source>NIK: %1   Born: %2</source>
        <translation>NIK: %1   Tanggal lahir: %2</translation>
    </message>
    <message>
        <source>this command takes one %1.</source>
        <translation>perintah ini memerlukan satu %1.</translation>
    </message>
    <message>
        <source>patron add needs --name.</source>
        <translation>patron add memerlukan --name.</translation>
    </message>
    <message>
        <source>Registered %1 with card %2.</source>
        <translation>%1 terdaftar dengan kartu %2.</translation>
    </message>
    <message>
        <source>CARD</source>
        <translation>CARD</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Loans: %1 (%2 overdue)   Holds: %3   Owes: %4 (limit %5)</source>
        <translation>Peminjaman: %1 (%2 terlambat)   Pemesanan: %3   Tunggakan: %4 (batas %5)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>jatuh tempo %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>pemesanan %1</translation>
    </message>
    <message>
        <source>fee %1</source>
        <translation>biaya %1</translation>
    </message>
    <message>
        <source>Previous cards: %1</source>
        <translation>Kartu sebelumnya: %1</translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation>Diblokir.</translation>
    </message>
    <message>
        <source>Unblocked.</source>
        <translation>Blokir dibuka.</translation>
    </message>
    <message>
        <source>Membership renewed until %1.</source>
        <translation>Keanggotaan diperpanjang sampai %1.</translation>
    </message>
    <message>
        <source>New card %1 for %2; the card %3 no longer works.</source>
        <translation>Kartu baru %1 untuk %2; kartu %3 tidak berlaku lagi.</translation>
    </message>
    <message>
        <source>Replacement fee charged: %1.</source>
        <translation>Biaya penggantian dibebankan: %1.</translation>
    </message>
    <message>
        <source>New PIN for %1: </source>
        <translation>PIN baru untuk %1: </translation>
    </message>
    <message>
        <source>PIN set.</source>
        <translation>PIN telah ditetapkan.</translation>
    </message>
    <message>
        <source>card print takes --patron CARD... or --batch.</source>
        <translation>card print memerlukan --patron CARD... atau --batch.</translation>
    </message>
    <message>
        <source>card print needs --out FILE.pdf.</source>
        <translation>card print memerlukan --out FILE.pdf.</translation>
    </message>
    <message>
        <source>cannot read the logo %1.</source>
        <translation>tidak dapat membaca logo %1.</translation>
    </message>
    <message>
        <source>The PDF is at %1, but there is no "lp" command to print it (install cups-client).</source>
        <translation>PDF tersimpan di %1, tetapi perintah "lp" untuk mencetaknya tidak tersedia (pasang cups-client).</translation>
    </message>
    <message>
        <source>The printer refused the job: %1</source>
        <translation>Printer menolak pekerjaan cetak: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) on %1 page(s): %2</source>
        <translation>
            <numerusform>%n kartu pada %1 halaman: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>this command needs --%1.</source>
        <translation>perintah ini memerlukan --%1.</translation>
    </message>
    <message>
        <source>%1 "%2" lent to %3 (%4), due %5.</source>
        <translation>%1 "%2" dipinjamkan kepada %3 (%4), jatuh tempo %5.</translation>
    </message>
    <message>
        <source>Overridden by %1 (%2): %3</source>
        <translation>Dikesampingkan oleh %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 "%2" returned by %3 (%4).</source>
        <translation>%1 "%2" dikembalikan oleh %3 (%4).</translation>
    </message>
    <message>
        <source>%1 "%2" checked in (it was not on loan).</source>
        <translation>%1 "%2" diproses sebagai pengembalian (eksemplar ini tidak sedang dipinjam).</translation>
    </message>
    <message>
        <source>Item status: %1</source>
        <translation>Status eksemplar: %1</translation>
    </message>
    <message>
        <source>renewed, due %1</source>
        <translation>diperpanjang, jatuh tempo %1</translation>
    </message>
    <message>
        <source>not renewed: %1</source>
        <translation>tidak diperpanjang: %1</translation>
    </message>
    <message>
        <source>renew needs --item BARCODE, or --patron CARD --all.</source>
        <translation>renew memerlukan --item BARCODE, atau --patron CARD --all.</translation>
    </message>
    <message>
        <source>%1 renewed (%2 time(s)), now due %3.</source>
        <translation>%1 diperpanjang (%2 kali), kini jatuh tempo %3.</translation>
    </message>
    <message>
        <source>Overdue fee charged: %1.</source>
        <translation>Denda keterlambatan dibebankan: %1.</translation>
    </message>
    <message>
        <source>%1 is lost; %2 charged.</source>
        <translation>%1 dinyatakan hilang; %2 dibebankan.</translation>
    </message>
    <message>
        <source>--record needs a record number.</source>
        <translation>--record memerlukan nomor cantuman.</translation>
    </message>
    <message>
        <source>hold place needs --item BARCODE or --record ID.</source>
        <translation>hold place memerlukan --item BARCODE atau --record ID.</translation>
    </message>
    <message>
        <source>--not-after needs a date as YYYY-MM-DD.</source>
        <translation>--not-after memerlukan tanggal berformat YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Hold %1 placed for %2 on "%3", number %4 in the queue, pickup at %5.</source>
        <translation>Pemesanan %1 atas "%3" untuk %2 telah dibuat, urutan ke-%4 dalam antrean, diambil di %5.</translation>
    </message>
    <message>
        <source>HOLD-ID</source>
        <translation>HOLD-ID</translation>
    </message>
    <message>
        <source>a hold is given by its number.</source>
        <translation>pemesanan ditentukan dengan nomornya.</translation>
    </message>
    <message>
        <source>Hold %1 cancelled.</source>
        <translation>Pemesanan %1 dibatalkan.</translation>
    </message>
    <message>
        <source>hold list needs --patron CARD, --record ID, --item BARCODE or --shelf [BRANCH].</source>
        <translation>hold list memerlukan --patron CARD, --record ID, --item BARCODE, atau --shelf [BRANCH].</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) expired.</source>
        <translation>
            <numerusform>%n pemesanan kedaluwarsa.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) owes %3 (limit %4).</source>
        <translation>%1 (%2) memiliki tunggakan %3 (batas %4).</translation>
    </message>
    <message>
        <source>--fee needs a fee number.</source>
        <translation>--fee memerlukan nomor biaya.</translation>
    </message>
    <message>
        <source>Fee %1 of %2 charged.</source>
        <translation>Biaya %1 sebesar %2 dibebankan.</translation>
    </message>
    <message>
        <source>RECEIPT-NUMBER</source>
        <translation>RECEIPT-NUMBER</translation>
    </message>
    <message>
        <source>rules are given as NAME=VALUE (an empty VALUE unsets), not "%1".</source>
        <translation>aturan ditulis sebagai NAME=VALUE (VALUE kosong menghapus aturan), bukan "%1".</translation>
    </message>
    <message>
        <source>Rules for %1 saved.</source>
        <translation>Aturan untuk %1 disimpan.</translation>
    </message>
    <message>
        <source>The rule row is empty now and was removed.</source>
        <translation>Baris aturan kini kosong dan telah dihapus.</translation>
    </message>
    <message>
        <source>%1 (%2, category %3) and %4 "%5" (type %6, branch %7)</source>
        <translation>%1 (%2, kategori %3) dan %4 "%5" (jenis %6, cabang %7)</translation>
    </message>
    <message>
        <source>Rules, each resolved on its own (branch/category/item type; * = all):</source>
        <translation>Aturan, masing-masing ditentukan tersendiri (cabang/kategori/jenis koleksi; * = semua):</translation>
    </message>
    <message>
        <source>from rule %1 (%2)</source>
        <translation>dari aturan %1 (%2)</translation>
    </message>
    <message>
        <source>built-in default</source>
        <translation>bawaan sistem</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Pemeriksaan:</translation>
    </message>
    <message>
        <source>(limit %1)</source>
        <translation>(batas %1)</translation>
    </message>
    <message>
        <source>A checkout would be allowed, due %1.</source>
        <translation>Peminjaman akan diizinkan, jatuh tempo %1.</translation>
    </message>
    <message>
        <source>A checkout would be refused:</source>
        <translation>Peminjaman akan ditolak:</translation>
    </message>
    <message>
        <source>A checkout needs confirmation by a staff member with the override right:</source>
        <translation>Peminjaman memerlukan konfirmasi dari petugas yang berhak mengesampingkan aturan:</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>tutup</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>setiap tahun</translation>
    </message>
    <message>
        <source>Branches: %1</source>
        <translation>Cabang: %1</translation>
    </message>
    <message>
        <source>--day needs a weekday number, 1 (Monday) to 7 (Sunday).</source>
        <translation>--day memerlukan nomor hari, 1 (Senin) sampai 7 (Minggu).</translation>
    </message>
    <message>
        <source>calendar hours needs --open HH:MM-HH:MM[,HH:MM-HH:MM] or --closed.</source>
        <translation>calendar hours memerlukan --open HH:MM-HH:MM[,HH:MM-HH:MM] atau --closed.</translation>
    </message>
    <message>
        <source>opening hours are written HH:MM-HH:MM, not "%1".</source>
        <translation>jam layanan ditulis HH:MM-HH:MM, bukan "%1".</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD.</source>
        <translation>--date memerlukan tanggal berformat YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>why</source>
        <translation>alasan</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>nomor kartu</translation>
    </message>
    <message>
        <source>item barcode</source>
        <translation>kode batang eksemplar</translation>
    </message>
    <message>
        <source>register a patron (prints the new card number)</source>
        <translation>daftarkan anggota (menampilkan nomor kartu baru)</translation>
    </message>
    <message>
        <source>a patron with loans, holds and fees</source>
        <translation>data anggota beserta peminjaman, pemesanan, dan biayanya</translation>
    </message>
    <message>
        <source>find patrons by name, card or NIK</source>
        <translation>cari anggota berdasarkan nama, nomor kartu, atau NIK</translation>
    </message>
    <message>
        <source>change a patron's details</source>
        <translation>ubah data anggota</translation>
    </message>
    <message>
        <source>block a patron (--reason)</source>
        <translation>blokir anggota (--reason)</translation>
    </message>
    <message>
        <source>unblock a patron</source>
        <translation>buka blokir anggota</translation>
    </message>
    <message>
        <source>renew a patron's membership</source>
        <translation>perpanjang keanggotaan anggota</translation>
    </message>
    <message>
        <source>give a patron a new card number; the old card stops working</source>
        <translation>berikan nomor kartu baru kepada anggota; kartu lama tidak berlaku lagi</translation>
    </message>
    <message>
        <source>lost, damaged, ...</source>
        <translation>hilang, rusak, ...</translation>
    </message>
    <message>
        <source>do not charge the replacement fee</source>
        <translation>jangan bebankan biaya penggantian</translation>
    </message>
    <message>
        <source>set a patron's kiosk PIN ($AKSARA_PIN or a prompt)</source>
        <translation>atur PIN anjungan mandiri milik anggota ($AKSARA_PIN atau diketik saat diminta)</translation>
    </message>
    <message>
        <source>membership cards as an A4 PDF (ten a page, crop marks)</source>
        <translation>kartu anggota dalam PDF A4 (sepuluh per halaman, dengan tanda potong)</translation>
    </message>
    <message>
        <source>card number (repeatable, or comma-separated)</source>
        <translation>nomor kartu (dapat diulang, atau dipisahkan dengan koma)</translation>
    </message>
    <message>
        <source>every active patron whose card was not printed yet</source>
        <translation>semua anggota aktif yang kartunya belum dicetak</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>berkas PDF yang akan ditulis</translation>
    </message>
    <message>
        <source>QR codes instead of Code 128</source>
        <translation>kode QR sebagai pengganti Code 128</translation>
    </message>
    <message>
        <source>fronts only</source>
        <translation>hanya sisi depan</translation>
    </message>
    <message>
        <source>library logo, PNG or JPEG (default: setting card.logo)</source>
        <translation>logo perpustakaan, PNG atau JPEG (bawaan: pengaturan card.logo)</translation>
    </message>
    <message>
        <source>also send the PDF to this CUPS printer</source>
        <translation>kirim juga PDF ke printer CUPS ini</translation>
    </message>
    <message>
        <source>lend an item to a patron</source>
        <translation>pinjamkan eksemplar kepada anggota</translation>
    </message>
    <message>
        <source>go ahead despite overridable reasons, recorded with this reason</source>
        <translation>tetap lanjutkan meskipun ada alasan penolakan yang dapat dikesampingkan; dicatat dengan alasan ini</translation>
    </message>
    <message>
        <source>return an item (fees, holds, transit)</source>
        <translation>kembalikan eksemplar (biaya, pemesanan, pengiriman antarcabang)</translation>
    </message>
    <message>
        <source>branch where it is returned (default: the item's own)</source>
        <translation>cabang tempat eksemplar dikembalikan (bawaan: cabang eksemplar itu sendiri)</translation>
    </message>
    <message>
        <source>renew a loan, or all loans of a patron</source>
        <translation>perpanjang satu peminjaman, atau semua peminjaman seorang anggota</translation>
    </message>
    <message>
        <source>every loan of --patron</source>
        <translation>semua peminjaman anggota --patron</translation>
    </message>
    <message>
        <source>renew despite overridable reasons</source>
        <translation>perpanjang meskipun ada alasan penolakan yang dapat dikesampingkan</translation>
    </message>
    <message>
        <source>declare a lent item lost (charges the lost-item fee)</source>
        <translation>nyatakan eksemplar yang sedang dipinjam hilang (membebankan biaya eksemplar hilang)</translation>
    </message>
    <message>
        <source>place a hold on a title or a copy</source>
        <translation>buat pemesanan atas judul atau eksemplar</translation>
    </message>
    <message>
        <source>catalogue record number (a title)</source>
        <translation>nomor cantuman katalog (satu judul)</translation>
    </message>
    <message>
        <source>with --item: any copy of its title</source>
        <translation>dengan --item: eksemplar mana pun dari judul tersebut</translation>
    </message>
    <message>
        <source>pickup branch (default: the patron's home branch)</source>
        <translation>cabang pengambilan (bawaan: cabang asal anggota)</translation>
    </message>
    <message>
        <source>not needed after this date</source>
        <translation>tidak diperlukan lagi setelah tanggal ini</translation>
    </message>
    <message>
        <source>cancel a hold</source>
        <translation>batalkan pemesanan</translation>
    </message>
    <message>
        <source>holds of a patron, the queue of a title, or the hold shelf</source>
        <translation>pemesanan seorang anggota, antrean suatu judul, atau rak pemesanan</translation>
    </message>
    <message>
        <source>catalogue record number</source>
        <translation>nomor cantuman katalog</translation>
    </message>
    <message>
        <source>ready holds on the hold shelf (of BRANCH)</source>
        <translation>pemesanan yang siap diambil di rak pemesanan (cabang BRANCH)</translation>
    </message>
    <message>
        <source>expire uncollected and outdated holds</source>
        <translation>akhiri pemesanan yang tidak diambil atau sudah lewat batas waktunya</translation>
    </message>
    <message>
        <source>a patron's fees and balance</source>
        <translation>biaya dan sisa tagihan anggota</translation>
    </message>
    <message>
        <source>paid fees too</source>
        <translation>termasuk biaya yang sudah dibayar</translation>
    </message>
    <message>
        <source>charge a manual fee</source>
        <translation>bebankan biaya secara manual</translation>
    </message>
    <message>
        <source>rupiah</source>
        <translation>rupiah</translation>
    </message>
    <message>
        <source>what for</source>
        <translation>untuk keperluan apa</translation>
    </message>
    <message>
        <source>rupiah (partial payments allowed)</source>
        <translation>rupiah (boleh dibayar sebagian)</translation>
    </message>
    <message>
        <source>only this fee (default: oldest first)</source>
        <translation>hanya biaya ini (bawaan: yang terlama lebih dahulu)</translation>
    </message>
    <message>
        <source>cash, transfer, qris, ... (default cash)</source>
        <translation>cash, transfer, qris, ... (bawaan cash)</translation>
    </message>
    <message>
        <source>a note on the receipt</source>
        <translation>catatan pada tanda terima</translation>
    </message>
    <message>
        <source>take a payment (prints the receipt)</source>
        <translation>terima pembayaran (menampilkan tanda terima)</translation>
    </message>
    <message>
        <source>waive fees (needs the right fees.waive)</source>
        <translation>bebaskan biaya (memerlukan hak akses fees.waive)</translation>
    </message>
    <message>
        <source>only this fee</source>
        <translation>hanya biaya ini</translation>
    </message>
    <message>
        <source>why (required)</source>
        <translation>alasan (wajib)</translation>
    </message>
    <message>
        <source>show a payment or waiver receipt</source>
        <translation>tampilkan tanda terima pembayaran atau pembebasan biaya</translation>
    </message>
    <message>
        <source>loan rule rows</source>
        <translation>baris aturan peminjaman</translation>
    </message>
    <message>
        <source>set loan rules for a branch/category/item type (NAME=VALUE; empty unsets)</source>
        <translation>atur aturan peminjaman untuk cabang/kategori/jenis koleksi (NAME=VALUE; nilai kosong menghapus aturan)</translation>
    </message>
    <message>
        <source>branch code (default: all)</source>
        <translation>kode cabang (bawaan: semua)</translation>
    </message>
    <message>
        <source>patron category code (default: all)</source>
        <translation>kode kategori anggota (bawaan: semua)</translation>
    </message>
    <message>
        <source>item type code (default: all)</source>
        <translation>kode jenis koleksi (bawaan: semua)</translation>
    </message>
    <message>
        <source>which rule row gives each value for a patron and an item, and why a checkout would be refused</source>
        <translation>baris aturan yang menentukan setiap nilai untuk seorang anggota dan suatu eksemplar, serta alasan peminjaman akan ditolak</translation>
    </message>
    <message>
        <source>opening hours and holidays (default: the library calendar)</source>
        <translation>jam layanan dan hari libur (bawaan: kalender perpustakaan)</translation>
    </message>
    <message>
        <source>the calendar this branch uses</source>
        <translation>kalender yang digunakan cabang ini</translation>
    </message>
    <message>
        <source>every calendar</source>
        <translation>semua kalender</translation>
    </message>
    <message>
        <source>set a weekday's opening hours, or close it</source>
        <translation>atur jam layanan suatu hari, atau tutup hari tersebut</translation>
    </message>
    <message>
        <source>1 (Monday) to 7 (Sunday)</source>
        <translation>1 (Senin) sampai 7 (Minggu)</translation>
    </message>
    <message>
        <source>opening intervals</source>
        <translation>rentang jam buka</translation>
    </message>
    <message>
        <source>closed that weekday</source>
        <translation>tutup pada hari tersebut</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>every year on that day</source>
        <translation>setiap tahun pada tanggal tersebut</translation>
    </message>
    <message>
        <source>the holiday's name</source>
        <translation>nama hari libur</translation>
    </message>
    <message>
        <source>add a holiday (closed day)</source>
        <translation>tambahkan hari libur (hari tutup)</translation>
    </message>
    <message>
        <source>remove a holiday</source>
        <translation>hapus hari libur</translation>
    </message>
    <message>
        <source>a new calendar (e.g. for a branch)</source>
        <translation>kalender baru (mis. untuk suatu cabang)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>time zone (default: the library's)</source>
        <translation>zona waktu (bawaan: zona waktu perpustakaan)</translation>
    </message>
    <message>
        <source>copy hours and holidays from this calendar</source>
        <translation>salin jam layanan dan hari libur dari kalender ini</translation>
    </message>
    <message>
        <source>make a branch follow a calendar</source>
        <translation>tetapkan kalender yang diikuti suatu cabang</translation>
    </message>
    <message>
        <source>branch code</source>
        <translation>kode cabang</translation>
    </message>
    <message>
        <source>Loading the demo library: %1/%2</source>
        <translation>Memuat perpustakaan demo: %1/%2</translation>
    </message>
    <message>
        <source>%1 days of library life: %2 checkouts, %3 returns, %4 holds; %5 items are on loan now.</source>
        <translation>%1 hari kegiatan perpustakaan: %2 peminjaman, %3 pengembalian, %4 pemesanan; %5 eksemplar sedang dipinjam saat ini.</translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation> (jatuh tempo %1)</translation>
    </message>
    <message>
        <source>catalogue import takes one FILE.</source>
        <translation>catalogue import memerlukan satu FILE.</translation>
    </message>
    <message>
        <source>--format is iso2709 or marcxml.</source>
        <translation>--format harus iso2709 atau marcxml.</translation>
    </message>
    <message>
        <source>--encoding is utf-8 or marc-8.</source>
        <translation>--encoding harus utf-8 atau marc-8.</translation>
    </message>
    <message>
        <source>--duplicates is skip, replace or allow.</source>
        <translation>--duplicates harus skip, replace, atau allow.</translation>
    </message>
    <message>
        <source>--batch needs a number from 1 to 100000.</source>
        <translation>--batch memerlukan angka dari 1 sampai 100000.</translation>
    </message>
    <message>
        <source>%1 read, %2 imported, %3 rejected, %4 records/s</source>
        <translation>%1 dibaca, %2 diimpor, %3 ditolak, %4 cantuman/detik</translation>
    </message>
    <message>
        <source>Read %1 records: %2 imported, %3 replaced, %4 duplicates skipped, %5 rejected; %6 copies created (%7 batches, %8 s).</source>
        <translation>%1 cantuman dibaca: %2 diimpor, %3 diganti, %4 duplikat dilewati, %5 ditolak; %6 eksemplar dibuat (%7 batch, %8 detik).</translation>
    </message>
    <message>
        <source>The search index was compacted after the import.</source>
        <translation>Indeks pencarian telah dipadatkan setelah impor.</translation>
    </message>
    <message>
        <source>The import was cancelled; every batch written is complete.</source>
        <translation>Impor dibatalkan; setiap batch yang sudah ditulis telah lengkap.</translation>
    </message>
    <message>
        <source>The import stopped at the first bad record (--stop-on-error); the records before it are imported.</source>
        <translation>Impor berhenti pada cantuman bermasalah pertama (--stop-on-error); cantuman sebelumnya sudah diimpor.</translation>
    </message>
    <message>
        <source>  record %1 (byte %2): %3 [%4]</source>
        <translation>  cantuman %1 (byte %2): %3 [%4]</translation>
    </message>
    <message>
        <source>  ... and %1 more</source>
        <translation>  ... dan %1 lainnya</translation>
    </message>
    <message>
        <source>  record %1: duplicate of %2 by %3 (%4): %5</source>
        <translation>  cantuman %1: duplikat dari %2 berdasarkan %3 (%4): %5</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>cantuman %1</translation>
    </message>
    <message>
        <source>an earlier record of this file</source>
        <translation>cantuman sebelumnya dalam berkas ini</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>control number</source>
        <translation>nomor kendali</translation>
    </message>
    <message>
        <source>  ... and %1 more duplicates (see --json)</source>
        <translation>  ... dan %1 duplikat lainnya (lihat --json)</translation>
    </message>
    <message>
        <source>--bib needs a record number.</source>
        <translation>--bib memerlukan nomor cantuman.</translation>
    </message>
    <message>
        <source>--json needs --out FILE (the records go to standard output otherwise).</source>
        <translation>--json memerlukan --out FILE (jika tidak, cantuman dikirim ke keluaran standar).</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Tidak dapat menulis ke keluaran standar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s).</source>
        <translation>
            <numerusform>%n cantuman diekspor.</numerusform>
        </translation>
    </message>
    <message>
        <source>--year needs a year.</source>
        <translation>--year memerlukan tahun.</translation>
    </message>
    <message>
        <source>--type is one of: %1.</source>
        <translation>--type harus salah satu dari: %1.</translation>
    </message>
    <message>
        <source>Created record %1: %2</source>
        <translation>Cantuman %1 dibuat: %2</translation>
    </message>
    <message>
        <source>catalogue show takes one record number.</source>
        <translation>catalogue show memerlukan satu nomor cantuman.</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Cantuman %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Tanggung jawab</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Pengarang</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Nama lain</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Penerbit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>Nomor panggil</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Seri</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>The search index is compacted.</source>
        <translation>Indeks pencarian telah dipadatkan.</translation>
    </message>
    <message>
        <source>Indexed %1 records (%2 given a MARC record built from their fields).</source>
        <translation>%1 cantuman diindeks (%2 di antaranya dibuatkan cantuman MARC dari ruas-ruasnya).</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search memerlukan QUERY.</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to 1000.</source>
        <translation>--limit memerlukan angka dari 1 sampai 1000.</translation>
    </message>
    <message>
        <source>--offset needs a number from 0 to 100000.</source>
        <translation>--offset memerlukan angka dari 0 sampai 100000.</translation>
    </message>
    <message>
        <source>--year-from and --year-to need a year.</source>
        <translation>--year-from dan --year-to memerlukan tahun.</translation>
    </message>
    <message>
        <source>SRU diagnostic %1</source>
        <translation>Diagnostik SRU %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n cantuman ditemukan</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1-%2 shown</source>
        <translation>, %1-%2 ditampilkan</translation>
    </message>
    <message>
        <source> (ranked among the best candidates only)</source>
        <translation> (diperingkat hanya di antara kandidat terbaik)</translation>
    </message>
    <message>
        <source>  (record %1)</source>
        <translation>  (cantuman %1)</translation>
    </message>
    <message>
        <source>Branch:      %1 (%2)</source>
        <translation>Cabang:        %1 (%2)</translation>
    </message>
    <message>
        <source>Location:    %1</source>
        <translation>Lokasi:        %1</translation>
    </message>
    <message>
        <source>Call number: %1</source>
        <translation>Nomor panggil: %1</translation>
    </message>
    <message>
        <source>Type:        %1</source>
        <translation>Jenis:         %1</translation>
    </message>
    <message>
        <source>Status:      %1</source>
        <translation>Status:        %1</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, jatuh tempo %1</translation>
    </message>
    <message>
        <source>Price:       Rp %L1</source>
        <translation>Harga:         Rp %L1</translation>
    </message>
    <message>
        <source>Acquired:    %1</source>
        <translation>Diperoleh:     %1</translation>
    </message>
    <message>
        <source>item add takes one BARCODE.</source>
        <translation>item add memerlukan satu BARCODE.</translation>
    </message>
    <message>
        <source>item add needs --bib RECORD.</source>
        <translation>item add memerlukan --bib RECORD.</translation>
    </message>
    <message>
        <source>--price is a whole number of rupiah.</source>
        <translation>--price harus bilangan bulat dalam rupiah.</translation>
    </message>
    <message>
        <source>item edit takes one BARCODE.</source>
        <translation>item edit memerlukan satu BARCODE.</translation>
    </message>
    <message>
        <source>item edit needs something to change (--branch, --location, --call-number, --type, --status, --price, --acquired).</source>
        <translation>item edit memerlukan sesuatu yang akan diubah (--branch, --location, --call-number, --type, --status, --price, --acquired).</translation>
    </message>
    <message>
        <source>item show takes one BARCODE.</source>
        <translation>item show memerlukan satu BARCODE.</translation>
    </message>
    <message>
        <source>--offset needs a number.</source>
        <translation>--offset memerlukan angka.</translation>
    </message>
    <message>
        <source>lookup needs --bib RECORD or --item BARCODE.</source>
        <translation>lookup memerlukan --bib RECORD atau --item BARCODE.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n copies available</source>
        <translation>
            <numerusform>%1 dari %n eksemplar tersedia</numerusform>
        </translation>
    </message>
    <message>
        <source>shelf needs --near CALLNUMBER.</source>
        <translation>shelf memerlukan --near CALLNUMBER.</translation>
    </message>
    <message>
        <source>--before and --after need a number up to 100.</source>
        <translation>--before dan --after memerlukan angka paling besar 100.</translation>
    </message>
    <message>
        <source>--- %1 ---</source>
        <translation>--- %1 ---</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to 100.</source>
        <translation>--limit memerlukan angka dari 1 sampai 100.</translation>
    </message>
    <message>
        <source>%1 records at %2</source>
        <translation>%1 cantuman di %2</translation>
    </message>
    <message>
        <source>--pick needs the number of a record in the result (1-100).</source>
        <translation>--pick memerlukan nomor urut cantuman dalam hasil (1-100).</translation>
    </message>
    <message>
        <source>The server returned no record %1 for this query.</source>
        <translation>Server tidak mengembalikan cantuman %1 untuk kueri ini.</translation>
    </message>
    <message>
        <source>Imported record %1: %2</source>
        <translation>Cantuman %1 diimpor: %2</translation>
    </message>
    <message>
        <source>import MARC records (ISO 2709 or MARCXML, UTF-8 or MARC-8) in batches, with a report</source>
        <translation>impor cantuman MARC (ISO 2709 atau MARCXML, UTF-8 atau MARC-8) per batch, disertai laporan</translation>
    </message>
    <message>
        <source>iso2709 or marcxml (default: from the file)</source>
        <translation>iso2709 atau marcxml (bawaan: dari berkasnya)</translation>
    </message>
    <message>
        <source>utf-8 or marc-8 (default: Leader/09)</source>
        <translation>utf-8 atau marc-8 (bawaan: Leader/09)</translation>
    </message>
    <message>
        <source>stop at the first bad record</source>
        <translation>berhenti pada cantuman bermasalah pertama</translation>
    </message>
    <message>
        <source>skip (default), replace or allow</source>
        <translation>skip (bawaan), replace, atau allow</translation>
    </message>
    <message>
        <source>records per transaction (default 5000)</source>
        <translation>cantuman per transaksi (bawaan 5000)</translation>
    </message>
    <message>
        <source>branch for copies (852/952) whose branch is unknown</source>
        <translation>cabang untuk eksemplar (852/952) yang cabangnya tidak diketahui</translation>
    </message>
    <message>
        <source>do not create copies from 852/952 fields</source>
        <translation>jangan buat eksemplar dari ruas 852/952</translation>
    </message>
    <message>
        <source>export records as ISO 2709 or MARCXML (all, a search, or chosen records)</source>
        <translation>ekspor cantuman sebagai ISO 2709 atau MARCXML (semua, hasil pencarian, atau cantuman pilihan)</translation>
    </message>
    <message>
        <source>iso2709 (default) or marcxml</source>
        <translation>iso2709 (bawaan) atau marcxml</translation>
    </message>
    <message>
        <source>file to write (default: standard output)</source>
        <translation>berkas yang akan ditulis (bawaan: keluaran standar)</translation>
    </message>
    <message>
        <source>only the records this search finds</source>
        <translation>hanya cantuman yang ditemukan oleh pencarian ini</translation>
    </message>
    <message>
        <source>only this record (repeatable)</source>
        <translation>hanya cantuman ini (dapat diulang)</translation>
    </message>
    <message>
        <source>create a record from simple fields</source>
        <translation>buat cantuman dari ruas sederhana</translation>
    </message>
    <message>
        <source>create it even if the ISBN is already in the catalogue</source>
        <translation>tetap buat meskipun ISBN-nya sudah ada di katalog</translation>
    </message>
    <message>
        <source>show a record: its fields and the MARC record</source>
        <translation>tampilkan cantuman: ruas-ruasnya dan cantuman MARC-nya</translation>
    </message>
    <message>
        <source>print the MARCXML record</source>
        <translation>tampilkan cantuman MARCXML</translation>
    </message>
    <message>
        <source>index records that are not in the search index (all of them with --all)</source>
        <translation>indeks cantuman yang belum ada di indeks pencarian (semuanya dengan --all)</translation>
    </message>
    <message>
        <source>rebuild the whole index</source>
        <translation>bangun ulang seluruh indeks</translation>
    </message>
    <message>
        <source>compact the search index (done by itself after imports of 50,000 records or more)</source>
        <translation>padatkan indeks pencarian (dilakukan otomatis setelah impor 50,000 cantuman atau lebih)</translation>
    </message>
    <message>
        <source>search the catalogue (words, "phrases", pre*, title: author: subject: isbn: year:, AND OR NOT)</source>
        <translation>cari di katalog (kata, "frasa", awalan*, title: author: subject: isbn: year:, AND OR NOT)</translation>
    </message>
    <message>
        <source>the query is CQL (as SRU uses it)</source>
        <translation>kuerinya berupa CQL (seperti yang digunakan SRU)</translation>
    </message>
    <message>
        <source>how many results (default 10)</source>
        <translation>jumlah hasil (bawaan 10)</translation>
    </message>
    <message>
        <source>skip the first N results</source>
        <translation>lewati N hasil pertama</translation>
    </message>
    <message>
        <source>only this record type (repeatable)</source>
        <translation>hanya jenis cantuman ini (dapat diulang)</translation>
    </message>
    <message>
        <source>only this language (repeatable)</source>
        <translation>hanya bahasa ini (dapat diulang)</translation>
    </message>
    <message>
        <source>published in or after</source>
        <translation>terbit pada tahun tersebut atau sesudahnya</translation>
    </message>
    <message>
        <source>published in or before</source>
        <translation>terbit pada tahun tersebut atau sebelumnya</translation>
    </message>
    <message>
        <source>with a copy in this branch (repeatable)</source>
        <translation>memiliki eksemplar di cabang ini (dapat diulang)</translation>
    </message>
    <message>
        <source>with a copy on the shelf</source>
        <translation>memiliki eksemplar yang ada di rak</translation>
    </message>
    <message>
        <source>count record types, languages, decades, branches, availability</source>
        <translation>hitung jenis cantuman, bahasa, dekade, cabang, ketersediaan</translation>
    </message>
    <message>
        <source>add a copy of a record</source>
        <translation>tambahkan eksemplar dari suatu cantuman</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>cantumannya</translation>
    </message>
    <message>
        <source>branch code (needed when there are several)</source>
        <translation>kode cabang (diperlukan jika ada beberapa cabang)</translation>
    </message>
    <message>
        <source>shelving location</source>
        <translation>lokasi penempatan</translation>
    </message>
    <message>
        <source>call number (default: the record's)</source>
        <translation>nomor panggil (bawaan: nomor panggil cantuman)</translation>
    </message>
    <message>
        <source>item type (book, reference, periodical, av)</source>
        <translation>jenis koleksi (book, reference, periodical, av)</translation>
    </message>
    <message>
        <source>available (default), in_transit, lost, missing, withdrawn</source>
        <translation>available (bawaan), in_transit, lost, missing, withdrawn</translation>
    </message>
    <message>
        <source>price in rupiah</source>
        <translation>harga dalam rupiah</translation>
    </message>
    <message>
        <source>acquisition date YYYY-MM-DD</source>
        <translation>tanggal perolehan YYYY-MM-DD</translation>
    </message>
    <message>
        <source>change a copy's branch, location, call number, type, status, price or date</source>
        <translation>ubah cabang, lokasi, nomor panggil, jenis, status, harga, atau tanggal suatu eksemplar</translation>
    </message>
    <message>
        <source>call number</source>
        <translation>nomor panggil</translation>
    </message>
    <message>
        <source>item type</source>
        <translation>jenis koleksi</translation>
    </message>
    <message>
        <source>available, in_transit, lost, missing, withdrawn</source>
        <translation>available, in_transit, lost, missing, withdrawn</translation>
    </message>
    <message>
        <source>show a copy and its record</source>
        <translation>tampilkan eksemplar beserta cantumannya</translation>
    </message>
    <message>
        <source>list copies</source>
        <translation>tampilkan daftar eksemplar</translation>
    </message>
    <message>
        <source>only this status</source>
        <translation>hanya status ini</translation>
    </message>
    <message>
        <source>only this branch</source>
        <translation>hanya cabang ini</translation>
    </message>
    <message>
        <source>only copies of this record</source>
        <translation>hanya eksemplar dari cantuman ini</translation>
    </message>
    <message>
        <source>how many (default 100)</source>
        <translation>jumlah yang ditampilkan (bawaan 100)</translation>
    </message>
    <message>
        <source>skip the first N</source>
        <translation>lewati N pertama</translation>
    </message>
    <message>
        <source>where the copies of a record are, or a copy and its title</source>
        <translation>lokasi eksemplar suatu cantuman, atau suatu eksemplar beserta judulnya</translation>
    </message>
    <message>
        <source>every copy of this record</source>
        <translation>semua eksemplar cantuman ini</translation>
    </message>
    <message>
        <source>this copy</source>
        <translation>eksemplar ini</translation>
    </message>
    <message>
        <source>what stands on the shelf around a call number</source>
        <translation>apa saja yang ada di rak di sekitar suatu nomor panggil</translation>
    </message>
    <message>
        <source>the call number</source>
        <translation>nomor panggilnya</translation>
    </message>
    <message>
        <source>copies before it (default 5)</source>
        <translation>eksemplar sebelumnya (bawaan 5)</translation>
    </message>
    <message>
        <source>copies from it on (default 5)</source>
        <translation>eksemplar mulai dari nomor panggil tersebut (bawaan 5)</translation>
    </message>
    <message>
        <source>how many records (default 10)</source>
        <translation>jumlah cantuman (bawaan 10)</translation>
    </message>
    <message>
        <source>import one record found on another library's SRU server</source>
        <translation>impor satu cantuman yang ditemukan di server SRU perpustakaan lain</translation>
    </message>
    <message>
        <source>which record of the result (default 1)</source>
        <translation>cantuman mana dari hasil pencarian (bawaan 1)</translation>
    </message>
    <message>
        <source>import it even if the catalogue has it</source>
        <translation>tetap impor meskipun sudah ada di katalog</translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation>Tidak ada insiden.</translation>
    </message>
    <message>
        <source>incident open needs --title.</source>
        <translation>incident open memerlukan --title.</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>insiden</translation>
    </message>
    <message>
        <source>Incident %1: %2</source>
        <translation>Insiden %1: %2</translation>
    </message>
    <message>
        <source>  kind %1, %2, priority %3 (impact %4, urgency %5)%6%7%8</source>
        <translation>  jenis %1, %2, prioritas %3 (dampak %4, urgensi %5)%6%7%8</translation>
    </message>
    <message>
        <source>, major</source>
        <translation>, mayor</translation>
    </message>
    <message>
        <source>, security</source>
        <translation>, keamanan</translation>
    </message>
    <message>
        <source>, outage</source>
        <translation>, gangguan</translation>
    </message>
    <message>
        <source>  service %1, station %2, source %3%4, occurrences %5</source>
        <translation>  layanan %1, stasiun %2, sumber %3%4, kejadian %5</translation>
    </message>
    <message>
        <source>  opened %1, owned %2, resolved %3, closed %4; assignee %5</source>
        <translation>  dibuka %1, ditangani %2, diselesaikan %3, ditutup %4; penanggung jawab %5</translation>
    </message>
    <message>
        <source>time to own</source>
        <translation>waktu hingga ditangani</translation>
    </message>
    <message>
        <source>time to resolve</source>
        <translation>waktu hingga diselesaikan</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 (%4)%5</source>
        <translation>  %1: %2 dari %3 (%4)%5</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>terlampaui</translation>
    </message>
    <message>
        <source>met</source>
        <translation>terpenuhi</translation>
    </message>
    <message>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <source>  resolution: %1</source>
        <translation>  penyelesaian: %1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Riwayat:</translation>
    </message>
    <message numerus="yes">
        <source>Evidence: %n operation record(s)</source>
        <translation>
            <numerusform>Bukti: %n catatan operasi</numerusform>
        </translation>
    </message>
    <message>
        <source>incident resolve needs --resolution (what fixed it).</source>
        <translation>incident resolve memerlukan --resolution (apa yang memperbaikinya).</translation>
    </message>
    <message>
        <source>incident reopen needs --reason.</source>
        <translation>incident reopen memerlukan --reason.</translation>
    </message>
    <message>
        <source>opened incident %1: %2</source>
        <translation>insiden %1 dibuka: %2</translation>
    </message>
    <message>
        <source>incident %1 again: %2</source>
        <translation>insiden %1 terpicu lagi: %2</translation>
    </message>
    <message>
        <source>incident %1: time to %2 %3 (reached %4)</source>
        <translation>insiden %1: waktu %2 %3 (tercapai %4)</translation>
    </message>
    <message>
        <source>incident %1 resolved automatically (healthy again); a person confirms its closure</source>
        <translation>insiden %1 diselesaikan secara otomatis (kembali normal); penutupannya dikonfirmasi oleh petugas</translation>
    </message>
    <message>
        <source>Nothing to do: no rule fires, no clock escalates, no incident to resolve.</source>
        <translation>Tidak ada yang perlu dilakukan: tidak ada aturan yang terpicu, tidak ada eskalasi, tidak ada insiden yang perlu diselesaikan.</translation>
    </message>
    <message>
        <source>--set is IMPACTxURGENCY=PRIORITY, such as 2x1=2.</source>
        <translation>--set berformat IMPACTxURGENCY=PRIORITY, misalnya 2x1=2.</translation>
    </message>
    <message>
        <source>priority by impact (rows) x urgency (columns), 1 = high</source>
        <translation>prioritas menurut dampak (baris) x urgensi (kolom), 1 = tinggi</translation>
    </message>
    <message>
        <source>changing a target needs --kind and --priority.</source>
        <translation>mengubah target memerlukan --kind dan --priority.</translation>
    </message>
    <message>
        <source>kind      priority  own (service hours)  resolve (service hours)  attainment</source>
        <translation>jenis     prioritas ditangani (jam buka) diselesaikan (jam buka)  capaian</translation>
    </message>
    <message>
        <source>on </source>
        <translation>aktif   </translation>
    </message>
    <message>
        <source>off</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>Problem %1 [%2]: %3</source>
        <translation>Masalah %1 [%2]: %3</translation>
    </message>
    <message>
        <source>  root cause: %1</source>
        <translation>  akar penyebab: %1</translation>
    </message>
    <message>
        <source>  workaround: %1</source>
        <translation>  solusi sementara: %1</translation>
    </message>
    <message>
        <source>  incidents: %1; fix: %2; recurrences after the fix: %3</source>
        <translation>  insiden: %1; perbaikan: %2; kejadian berulang setelah perbaikan: %3</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>perubahan %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>belum diperiksa</translation>
    </message>
    <message>
        <source> — workaround: %1</source>
        <translation> — solusi sementara: %1</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Tidak ada masalah.</translation>
    </message>
    <message>
        <source>problem open needs --title.</source>
        <translation>problem open memerlukan --title.</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>masalah</translation>
    </message>
    <message>
        <source>problem link needs --incidents ID,ID,...</source>
        <translation>problem link memerlukan --incidents ID,ID,...</translation>
    </message>
    <message>
        <source>%1 incidents with the same %2 "%3" (%4 occurrences): %5</source>
        <translation>%1 insiden dengan %2 yang sama "%3" (%4 kejadian): %5</translation>
    </message>
    <message>
        <source>No trend: no %1 incidents share an error code, service or station.</source>
        <translation>Tidak ada tren: tidak ada %1 insiden yang memiliki kode kesalahan, layanan, atau stasiun yang sama.</translation>
    </message>
    <message>
        <source>No recurrence since %1.</source>
        <translation>Tidak terulang sejak %1.</translation>
    </message>
    <message>
        <source>The fault recurred since %1: incidents %2.</source>
        <translation>Gangguan terulang sejak %1: insiden %2.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Tidak ada perubahan.</translation>
    </message>
    <message>
        <source>change request needs --title.</source>
        <translation>change request memerlukan --title.</translation>
    </message>
    <message>
        <source>change</source>
        <translation>perubahan</translation>
    </message>
    <message>
        <source>change reject needs --note (why).</source>
        <translation>change reject memerlukan --note (alasannya).</translation>
    </message>
    <message>
        <source>change schedule needs --start and --end.</source>
        <translation>change schedule memerlukan --start dan --end.</translation>
    </message>
    <message>
        <source>change finish needs --outcome success, failed or rolled_back.</source>
        <translation>change finish memerlukan --outcome success, failed, atau rolled_back.</translation>
    </message>
    <message>
        <source>No stations registered.</source>
        <translation>Belum ada stasiun yang terdaftar.</translation>
    </message>
    <message>
        <source>station code</source>
        <translation>kode stasiun</translation>
    </message>
    <message>
        <source>station register needs --kind desk, kiosk, reports, server or selfcheck.</source>
        <translation>station register memerlukan --kind desk, kiosk, reports, server, atau selfcheck.</translation>
    </message>
    <message>
        <source>Registered station %1 (%2).</source>
        <translation>Stasiun %1 (%2) telah didaftarkan.</translation>
    </message>
    <message>
        <source>Heartbeat token (shown once; only its hash is stored): %1</source>
        <translation>Token sinyal aktif (hanya ditampilkan sekali; yang disimpan hanya hash-nya): %1</translation>
    </message>
    <message>
        <source>Heartbeat of %1 at %2.</source>
        <translation>Sinyal aktif dari %1 pada %2.</translation>
    </message>
    <message>
        <source>It ends an outage from %1 to %2.</source>
        <translation>Sinyal ini mengakhiri gangguan dari %1 sampai %2.</translation>
    </message>
    <message>
        <source>Station %1 retired.</source>
        <translation>Stasiun %1 telah dipensiunkan.</translation>
    </message>
    <message>
        <source>New heartbeat token for %1 (shown once): %2</source>
        <translation>Token sinyal aktif baru untuk %1 (hanya ditampilkan sekali): %2</translation>
    </message>
    <message>
        <source>service code</source>
        <translation>kode layanan</translation>
    </message>
    <message numerus="yes">
        <source>Recorded as %n standard change(s).</source>
        <translation>
            <numerusform>Dicatat sebagai %n perubahan standar.</numerusform>
        </translation>
    </message>
    <message>
        <source>availability needs --month YYYY-MM.</source>
        <translation>availability memerlukan --month YYYY-MM.</translation>
    </message>
    <message>
        <source>Availability %1, in service hours, as of %2%3</source>
        <translation>Ketersediaan %1, dalam jam layanan, per %2%3</translation>
    </message>
    <message>
        <source> (frozen)</source>
        <translation> (dibekukan)</translation>
    </message>
    <message>
        <source>SERVICE/STATION</source>
        <translation>LAYANAN/STASIUN</translation>
    </message>
    <message>
        <source>AGREED</source>
        <translation>DISEPAKATI</translation>
    </message>
    <message>
        <source>PLANNED</source>
        <translation>TERENCANA</translation>
    </message>
    <message>
        <source>UNPLANNED</source>
        <translation>TAK RENCANA</translation>
    </message>
    <message>
        <source>AVAIL.</source>
        <translation>TERSEDIA</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>PENGGUNA</translation>
    </message>
    <message>
        <source>OUTAGES</source>
        <translation>GANGGUAN</translation>
    </message>
    <message>
        <source>MTRS</source>
        <translation>MTRS</translation>
    </message>
    <message>
        <source>report monthly needs --month YYYY-MM.</source>
        <translation>report monthly memerlukan --month YYYY-MM.</translation>
    </message>
    <message>
        <source>report monthly needs --out FILE.pdf, --csv DIR or --json.</source>
        <translation>report monthly memerlukan --out FILE.pdf, --csv DIR, atau --json.</translation>
    </message>
    <message>
        <source>--out names a .pdf file.</source>
        <translation>--out harus berupa berkas .pdf.</translation>
    </message>
    <message>
        <source>Monthly report %1 (%2): %3 operations, %4 of %5 services met their targets, %6 target(s) missed.</source>
        <translation>Laporan bulanan %1 (%2): %3 operasi, %4 dari %5 layanan memenuhi targetnya, %6 target tidak terpenuhi.</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>dibekukan</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>sementara</translation>
    </message>
    <message>
        <source>report close needs --month YYYY-MM.</source>
        <translation>report close memerlukan --month YYYY-MM.</translation>
    </message>
    <message numerus="yes">
        <source>Month %1 closed; its report is frozen (SHA-256 %2). %n nonconformity(ies) opened.</source>
        <translation>
            <numerusform>Bulan %1 ditutup; laporannya dibekukan (SHA-256 %2). %n ketidaksesuaian dibuka.</numerusform>
        </translation>
    </message>
    <message>
        <source>cause: %1; action: %2</source>
        <translation>penyebab: %1; tindakan: %2</translation>
    </message>
    <message>
        <source>No nonconformities.</source>
        <translation>Tidak ada ketidaksesuaian.</translation>
    </message>
    <message>
        <source>nonconformity</source>
        <translation>ketidaksesuaian</translation>
    </message>
    <message>
        <source>Nonconformity %1 is %2.</source>
        <translation>Ketidaksesuaian %1 berstatus %2.</translation>
    </message>
    <message>
        <source>open incidents and service requests (--all for every one)</source>
        <translation>insiden dan permintaan layanan yang masih terbuka (--all untuk semuanya)</translation>
    </message>
    <message>
        <source>report an incident (or with --request, a service request)</source>
        <translation>laporkan insiden (atau, dengan --request, permintaan layanan)</translation>
    </message>
    <message>
        <source>an incident with its clocks, history and evidence</source>
        <translation>insiden beserta pewaktu, riwayat, dan buktinya</translation>
    </message>
    <message>
        <source>change an incident's status, owner, priority or flags</source>
        <translation>ubah status, pemilik, prioritas, atau penanda suatu insiden</translation>
    </message>
    <message>
        <source>resolve an incident</source>
        <translation>selesaikan insiden</translation>
    </message>
    <message>
        <source>confirm the closure of a resolved incident</source>
        <translation>konfirmasi penutupan insiden yang sudah diselesaikan</translation>
    </message>
    <message>
        <source>reopen a resolved incident</source>
        <translation>buka kembali insiden yang sudah diselesaikan</translation>
    </message>
    <message>
        <source>run the automatic incident rules, escalations and auto-resolution now</source>
        <translation>jalankan sekarang aturan insiden otomatis, eskalasi, dan penyelesaian otomatis</translation>
    </message>
    <message>
        <source>the impact x urgency priority matrix</source>
        <translation>matriks prioritas dampak x urgensi</translation>
    </message>
    <message>
        <source>time-to-own and time-to-resolve targets per priority</source>
        <translation>target waktu hingga ditangani dan waktu hingga diselesaikan per prioritas</translation>
    </message>
    <message>
        <source>the automatic incident rules and their settings</source>
        <translation>aturan insiden otomatis beserta pengaturannya</translation>
    </message>
    <message>
        <source>open problems (--all for every one)</source>
        <translation>masalah yang masih terbuka (--all untuk semuanya)</translation>
    </message>
    <message>
        <source>open a problem, linking recurring incidents</source>
        <translation>buka masalah, dengan menautkan insiden yang berulang</translation>
    </message>
    <message>
        <source>a problem</source>
        <translation>sebuah masalah</translation>
    </message>
    <message>
        <source>record root cause, workaround, fix, or move a problem on</source>
        <translation>catat akar penyebab, solusi sementara, perbaikan, atau lanjutkan tahap masalah</translation>
    </message>
    <message>
        <source>link incidents to a problem</source>
        <translation>tautkan insiden ke suatu masalah</translation>
    </message>
    <message>
        <source>incidents that recur with the same error code, service or station</source>
        <translation>insiden yang berulang dengan kode kesalahan, layanan, atau stasiun yang sama</translation>
    </message>
    <message>
        <source>the known-error list (root cause and workaround)</source>
        <translation>daftar kesalahan yang diketahui (akar penyebab dan solusi sementara)</translation>
    </message>
    <message>
        <source>check whether a problem's fault recurred after its fix</source>
        <translation>periksa apakah gangguan suatu masalah terulang setelah diperbaiki</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>perubahan</translation>
    </message>
    <message>
        <source>request a change</source>
        <translation>ajukan perubahan</translation>
    </message>
    <message>
        <source>a change and its history</source>
        <translation>perubahan beserta riwayatnya</translation>
    </message>
    <message>
        <source>approve a change</source>
        <translation>setujui perubahan</translation>
    </message>
    <message>
        <source>reject a change</source>
        <translation>tolak perubahan</translation>
    </message>
    <message>
        <source>plan a change's window and the maintenance it causes</source>
        <translation>rencanakan jadwal perubahan dan pemeliharaan yang ditimbulkannya</translation>
    </message>
    <message>
        <source>the change's work begins</source>
        <translation>pekerjaan perubahan dimulai</translation>
    </message>
    <message>
        <source>the change's work ends, with its outcome</source>
        <translation>pekerjaan perubahan selesai, beserta hasilnya</translation>
    </message>
    <message>
        <source>stations and their state from heartbeats</source>
        <translation>stasiun dan statusnya berdasarkan sinyal aktif</translation>
    </message>
    <message>
        <source>register a station; prints its heartbeat token once</source>
        <translation>daftarkan stasiun; token sinyal aktifnya ditampilkan sekali</translation>
    </message>
    <message>
        <source>send a heartbeat for a station</source>
        <translation>kirim sinyal aktif untuk suatu stasiun</translation>
    </message>
    <message>
        <source>retire a station</source>
        <translation>pensiunkan stasiun</translation>
    </message>
    <message>
        <source>issue a new heartbeat token for a station</source>
        <translation>terbitkan token sinyal aktif baru untuk suatu stasiun</translation>
    </message>
    <message>
        <source>the service catalogue with its targets</source>
        <translation>katalog layanan beserta targetnya</translation>
    </message>
    <message>
        <source>one service of the catalogue</source>
        <translation>satu layanan dari katalog</translation>
    </message>
    <message>
        <source>edit a service of the catalogue (recorded as standard changes)</source>
        <translation>ubah layanan dalam katalog (dicatat sebagai perubahan standar)</translation>
    </message>
    <message>
        <source>availability per service and station for a month</source>
        <translation>ketersediaan per layanan dan stasiun untuk satu bulan</translation>
    </message>
    <message>
        <source>the monthly service report as PDF and/or CSV</source>
        <translation>laporan layanan bulanan sebagai PDF dan/atau CSV</translation>
    </message>
    <message>
        <source>close a month: freeze its report and open its nonconformities</source>
        <translation>tutup bulan: bekukan laporannya dan buka ketidaksesuaiannya</translation>
    </message>
    <message>
        <source>nonconformities (missed targets)</source>
        <translation>ketidaksesuaian (target yang tidak terpenuhi)</translation>
    </message>
    <message>
        <source>record cause and corrective action of a nonconformity</source>
        <translation>catat penyebab dan tindakan korektif suatu ketidaksesuaian</translation>
    </message>
    <message>
        <source>sip2 account add takes one LOGIN.</source>
        <translation>sip2 account add memerlukan satu LOGIN.</translation>
    </message>
    <message>
        <source>--institution is required (the AO field the machine sends).</source>
        <translation>--institution wajib diisi (ruas AO yang dikirim mesin).</translation>
    </message>
    <message>
        <source>Password for SIP2 account %1: </source>
        <translation>Kata sandi untuk akun SIP2 %1: </translation>
    </message>
    <message>
        <source>SIP2 account "%1" created for institution %2.</source>
        <translation>Akun SIP2 "%1" dibuat untuk institusi %2.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>this command takes one LOGIN.</source>
        <translation>perintah ini memerlukan satu LOGIN.</translation>
    </message>
    <message>
        <source>SIP2 account "%1" enabled.</source>
        <translation>Akun SIP2 "%1" telah diaktifkan.</translation>
    </message>
    <message>
        <source>SIP2 account "%1" disabled.</source>
        <translation>Akun SIP2 "%1" telah dinonaktifkan.</translation>
    </message>
    <message>
        <source>create a SIP2 account for a self-check machine (password from AKSARA_NEW_PASSWORD or a prompt)</source>
        <translation>buat akun SIP2 untuk mesin swalayan (kata sandi dari AKSARA_NEW_PASSWORD atau dari prompt)</translation>
    </message>
    <message>
        <source>institution id (AO)</source>
        <translation>id institusi (AO)</translation>
    </message>
    <message>
        <source>branch code where the machine stands</source>
        <translation>kode cabang tempat mesin berada</translation>
    </message>
    <message>
        <source>list SIP2 accounts</source>
        <translation>tampilkan daftar akun SIP2</translation>
    </message>
    <message>
        <source>enable a SIP2 account</source>
        <translation>aktifkan akun SIP2</translation>
    </message>
    <message>
        <source>disable a SIP2 account</source>
        <translation>nonaktifkan akun SIP2</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>terkunci</translation>
    </message>
    <message>
        <source>staff role takes a USERNAME and a ROLE.</source>
        <translation>staff role memerlukan USERNAME dan ROLE.</translation>
    </message>
    <message>
        <source>The role is admin, librarian, supervisor or kiosk.</source>
        <translation>Peran harus admin, librarian, supervisor, atau kiosk.</translation>
    </message>
    <message>
        <source>"%1" is now %2.</source>
        <translation>"%1" sekarang berperan %2.</translation>
    </message>
    <message>
        <source>staff branch takes a USERNAME and a branch CODE, or --none.</source>
        <translation>staff branch memerlukan USERNAME dan KODE cabang, atau --none.</translation>
    </message>
    <message>
        <source>"%1" has no branch of their own now.</source>
        <translation>"%1" sekarang tidak terikat pada cabang mana pun.</translation>
    </message>
    <message>
        <source>"%1" now works at branch %2.</source>
        <translation>"%1" sekarang bertugas di cabang %2.</translation>
    </message>
    <message>
        <source>staff unlock takes one USERNAME.</source>
        <translation>staff unlock memerlukan satu USERNAME.</translation>
    </message>
    <message>
        <source>Account "%1" unlocked; its password is unchanged.</source>
        <translation>Kunci akun "%1" telah dibuka; kata sandinya tidak berubah.</translation>
    </message>
    <message>
        <source>the branch where they work</source>
        <translation>cabang tempat petugas bertugas</translation>
    </message>
    <message>
        <source>change a staff member's role (the last administrator keeps theirs)</source>
        <translation>ubah peran petugas (administrator terakhir tetap administrator)</translation>
    </message>
    <message>
        <source>set the branch where a staff member works</source>
        <translation>atur cabang tempat petugas bertugas</translation>
    </message>
    <message>
        <source>no branch of their own</source>
        <translation>tidak terikat pada cabang</translation>
    </message>
    <message>
        <source>unlock an account locked after too many wrong passwords</source>
        <translation>buka kunci akun yang terkunci karena terlalu sering salah kata sandi</translation>
    </message>
    <message>
        <source>%1 takes BARCODE... or --added-today.</source>
        <translation>%1 menerima KODE_BATANG... atau --added-today.</translation>
    </message>
    <message>
        <source>--branch goes with --added-today.</source>
        <translation>--branch hanya dipakai bersama --added-today.</translation>
    </message>
    <message>
        <source>--skip takes a number of labels.</source>
        <translation>--skip diisi jumlah label.</translation>
    </message>
    <message>
        <source>%1 needs --out FILE.pdf.</source>
        <translation>%1 memerlukan --out BERKAS.pdf.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) on %1 page(s) (%2): %3</source>
        <translation>
            <numerusform>%n label pada %1 halaman (%2): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>every copy added today (the library's day), in shelf order</source>
        <translation>semua eksemplar yang ditambahkan hari ini (menurut hari perpustakaan), urut rak</translation>
    </message>
    <message>
        <source>with --added-today: only this branch's copies</source>
        <translation>bersama --added-today: hanya eksemplar cabang ini</translation>
    </message>
    <message>
        <source>a4-3x8 (default), a4-4x10 or roll-50x25 (see: aksara labels sheets)</source>
        <translation>a4-3x8 (bawaan), a4-4x10, atau roll-50x25 (lihat: aksara labels sheets)</translation>
    </message>
    <message>
        <source>labels already used on the first sheet (default 0)</source>
        <translation>jumlah label yang sudah terpakai pada lembar pertama (bawaan 0)</translation>
    </message>
    <message>
        <source>spine labels (the call number in lines) as a PDF on a label sheet or roll</source>
        <translation>label punggung buku (nomor panggil per baris) sebagai PDF pada lembar atau rol label</translation>
    </message>
    <message>
        <source>item barcode labels (Code 128, title, library name) as a PDF on a label sheet or roll</source>
        <translation>label kode batang eksemplar (Code 128, judul, nama perpustakaan) sebagai PDF pada lembar atau rol label</translation>
    </message>
    <message>
        <source>the label sheets and rolls labels print on, with their geometry</source>
        <translation>lembar dan rol label yang dapat dicetak, beserta ukurannya</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>The record was not stored; %1 problems:</source>
        <translation>Cantuman tidak disimpan; ada %1 masalah:</translation>
    </message>
    <message>
        <source>catalogue add takes either --marc FILE or the simple fields (--%1), not both.</source>
        <translation>catalogue add menerima --marc FILE atau ruas-ruas sederhana (--%1), tidak keduanya.</translation>
    </message>
    <message>
        <source>catalogue edit takes one record number.</source>
        <translation>catalogue edit memerlukan satu nomor cantuman.</translation>
    </message>
    <message>
        <source>catalogue edit needs --marc FILE (the whole record; "catalogue show ID --lines" prints it).</source>
        <translation>catalogue edit memerlukan --marc FILE (seluruh cantuman; "catalogue show ID --lines" mencetaknya).</translation>
    </message>
    <message>
        <source>Updated record %1: %2</source>
        <translation>Cantuman %1 diperbarui: %2</translation>
    </message>
    <message>
        <source>catalogue add needs --title (or --marc FILE).</source>
        <translation>catalogue add memerlukan --title (atau --marc FILE).</translation>
    </message>
    <message>
        <source>sru search takes a TARGET (its name) or a URL, and a CQL QUERY.</source>
        <translation>sru search memerlukan SASARAN (namanya) atau URL, dan QUERY CQL.</translation>
    </message>
    <message>
        <source>sru import takes a TARGET (its name) or a URL, and a CQL QUERY.</source>
        <translation>sru import memerlukan SASARAN (namanya) atau URL, dan QUERY CQL.</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (nonaktif)</translation>
    </message>
    <message>
        <source>sru target add takes one NAME (in quotes when it has spaces).</source>
        <translation>sru target add memerlukan satu NAMA (dalam tanda kutip bila mengandung spasi).</translation>
    </message>
    <message>
        <source>--position is a number from 0 to 9999; --enable and --disable do not go together.</source>
        <translation>--position berupa angka dari 0 sampai 9999; --enable dan --disable tidak dapat dipakai bersamaan.</translation>
    </message>
    <message>
        <source>sru target add needs --url URL.</source>
        <translation>sru target add memerlukan --url URL.</translation>
    </message>
    <message>
        <source>sru target edit takes one NAME.</source>
        <translation>sru target edit memerlukan satu NAMA.</translation>
    </message>
    <message>
        <source>sru target edit needs something to change (--name, --url, --sru-version, --schema, --title-index, --author-index, --isbn-index, --enable, --disable, --position).</source>
        <translation>sru target edit memerlukan sesuatu untuk diubah (--name, --url, --sru-version, --schema, --title-index, --author-index, --isbn-index, --enable, --disable, --position).</translation>
    </message>
    <message>
        <source>sru target remove takes one NAME.</source>
        <translation>sru target remove memerlukan satu NAMA.</translation>
    </message>
    <message>
        <source>Removed the SRU target %1.</source>
        <translation>Sasaran SRU %1 dihapus.</translation>
    </message>
    <message>
        <source>the server's base URL (http:// or https://)</source>
        <translation>URL dasar server (http:// atau https://)</translation>
    </message>
    <message>
        <source>SRU version: 1.1, 1.2 (default) or 2.0</source>
        <translation>versi SRU: 1.1, 1.2 (bawaan), atau 2.0</translation>
    </message>
    <message>
        <source>record schema (default marcxml)</source>
        <translation>skema cantuman (bawaan marcxml)</translation>
    </message>
    <message>
        <source>CQL index for a title search (default dc.title)</source>
        <translation>indeks CQL untuk penelusuran judul (bawaan dc.title)</translation>
    </message>
    <message>
        <source>CQL index for an author search (default dc.creator)</source>
        <translation>indeks CQL untuk penelusuran pengarang (bawaan dc.creator)</translation>
    </message>
    <message>
        <source>CQL index for an ISBN search (default bath.isbn)</source>
        <translation>indeks CQL untuk penelusuran ISBN (bawaan bath.isbn)</translation>
    </message>
    <message>
        <source>offer it at the desk</source>
        <translation>tawarkan di meja layanan</translation>
    </message>
    <message>
        <source>keep it, but do not offer it at the desk</source>
        <translation>simpan, tetapi jangan tawarkan di meja layanan</translation>
    </message>
    <message>
        <source>its place in the desk's list</source>
        <translation>urutannya dalam daftar di meja layanan</translation>
    </message>
    <message>
        <source>the whole record from a file instead: MARCXML, ISO 2709 or the line format of yaz-marcdump (checked: a bad tag, indicator or subfield is refused with its line)</source>
        <translation>seluruh cantuman dari berkas sebagai gantinya: MARCXML, ISO 2709, atau format baris yaz-marcdump (diperiksa: tag, indikator, atau subruas yang salah ditolak beserta barisnya)</translation>
    </message>
    <message>
        <source>replace a record with an edited one (checked as catalogue add --marc checks it)</source>
        <translation>ganti cantuman dengan hasil suntingan (diperiksa seperti pada catalogue add --marc)</translation>
    </message>
    <message>
        <source>the record: MARCXML, ISO 2709 or the line format</source>
        <translation>cantumannya: MARCXML, ISO 2709, atau format baris</translation>
    </message>
    <message>
        <source>print only the MARC record in the line format (for catalogue edit)</source>
        <translation>cetak hanya cantuman MARC dalam format baris (untuk catalogue edit)</translation>
    </message>
    <message>
        <source>the SRU targets cataloguers copy records from</source>
        <translation>sasaran SRU tempat pustakawan katalog menyalin cantuman</translation>
    </message>
    <message>
        <source>only the enabled ones</source>
        <translation>hanya yang aktif</translation>
    </message>
    <message>
        <source>add an SRU target (administrators; a standard change)</source>
        <translation>tambahkan sasaran SRU (administrator; perubahan standar)</translation>
    </message>
    <message>
        <source>change an SRU target (administrators; a standard change)</source>
        <translation>ubah sasaran SRU (administrator; perubahan standar)</translation>
    </message>
    <message>
        <source>a new name</source>
        <translation>nama baru</translation>
    </message>
    <message>
        <source>remove an SRU target (administrators; a standard change)</source>
        <translation>hapus sasaran SRU (administrator; perubahan standar)</translation>
    </message>
    <message>
        <source>search another library's SRU server, a configured target or a URL (copy cataloguing)</source>
        <translation>cari di server SRU perpustakaan lain, sasaran yang sudah diatur atau URL (katalogisasi salin)</translation>
    </message>
    <message>
        <source>SRU version 1.1, 1.2 (default) or 2.0</source>
        <translation>SRU versi 1.1, 1.2 (bawaan), atau 2.0</translation>
    </message>
    <message>
        <source>could not give %1 to the owner of its directory: %2</source>
        <translation>tidak dapat menyerahkan %1 kepada pemilik direktorinya: %2</translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL (default: $AKSARA_DB, else the installed server's)</source>
        <translation>berkas SQLite atau URL postgresql:// (bawaan: $AKSARA_DB, atau milik server yang terpasang)</translation>
    </message>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation>--%1 memerlukan bilangan bulat.</translation>
    </message>
    <message>
        <source>--%1 is yes or no.</source>
        <translation>--%1 harus yes atau no.</translation>
    </message>
    <message>
        <source>Name:      %1</source>
        <translation>Nama:       %1</translation>
    </message>
    <message>
        <source>Address:   %1</source>
        <translation>Alamat:     %1</translation>
    </message>
    <message>
        <source>Phone:     %1</source>
        <translation>Telepon:    %1</translation>
    </message>
    <message>
        <source>E-mail:    %1</source>
        <translation>Surel:      %1</translation>
    </message>
    <message>
        <source>Website:   %1</source>
        <translation>Situs web:  %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zona waktu: %1</translation>
    </message>
    <message>
        <source>Language:  %1</source>
        <translation>Bahasa:     %1</translation>
    </message>
    <message>
        <source>Logo:      %1</source>
        <translation>Logo:       %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1, %2 byte</translation>
    </message>
    <message>
        <source>library logo takes one FILE (PNG or JPEG), or --remove.</source>
        <translation>library logo memerlukan satu FILE (PNG atau JPEG), atau --remove.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Tidak dapat membaca %1.</translation>
    </message>
    <message>
        <source>The logo is larger than 1 MiB.</source>
        <translation>Ukuran logo melebihi 1 MiB.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 kosong.</translation>
    </message>
    <message>
        <source>The library's logo was removed.</source>
        <translation>Logo perpustakaan telah dihapus.</translation>
    </message>
    <message>
        <source>The library's logo was set.</source>
        <translation>Logo perpustakaan telah dipasang.</translation>
    </message>
    <message>
        <source>the branch's name</source>
        <translation>nama cabang</translation>
    </message>
    <message>
        <source>its address</source>
        <translation>alamatnya</translation>
    </message>
    <message>
        <source>its telephone</source>
        <translation>nomor teleponnya</translation>
    </message>
    <message>
        <source>its e-mail</source>
        <translation>alamat surelnya</translation>
    </message>
    <message>
        <source>the calendar of its opening hours (empty: the library's)</source>
        <translation>kalender jam layanannya (kosong: kalender perpustakaan)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>buka</translation>
    </message>
    <message>
        <source>%1 members, %2 copies</source>
        <translation>%1 anggota, %2 eksemplar</translation>
    </message>
    <message>
        <source>branch add takes one CODE.</source>
        <translation>branch add memerlukan satu CODE.</translation>
    </message>
    <message>
        <source>Branch %1 (%2) added.</source>
        <translation>Cabang %1 (%2) telah ditambahkan.</translation>
    </message>
    <message>
        <source>branch edit takes one CODE.</source>
        <translation>branch edit memerlukan satu CODE.</translation>
    </message>
    <message>
        <source>Branch %1 changed.</source>
        <translation>Cabang %1 telah diubah.</translation>
    </message>
    <message>
        <source>branch close takes one CODE.</source>
        <translation>branch close memerlukan satu CODE.</translation>
    </message>
    <message>
        <source>Branch %1 closed; its members, copies and history are kept.</source>
        <translation>Cabang %1 telah ditutup; anggota, eksemplar, dan riwayatnya tetap tersimpan.</translation>
    </message>
    <message>
        <source>branch reopen takes one CODE.</source>
        <translation>branch reopen memerlukan satu CODE.</translation>
    </message>
    <message>
        <source>Branch %1 is open again.</source>
        <translation>Cabang %1 telah dibuka kembali.</translation>
    </message>
    <message>
        <source>the category's name</source>
        <translation>nama kategori</translation>
    </message>
    <message>
        <source>membership period in months</source>
        <translation>masa keanggotaan dalam bulan</translation>
    </message>
    <message>
        <source>fee charged when a member joins, in rupiah</source>
        <translation>biaya yang dibebankan saat anggota mendaftar, dalam rupiah</translation>
    </message>
    <message>
        <source>rupiah a member may owe and still borrow</source>
        <translation>tunggakan terbesar (dalam rupiah) yang masih membolehkan anggota meminjam</translation>
    </message>
    <message>
        <source>lowest age (empty: none)</source>
        <translation>usia minimum (kosong: tanpa batas)</translation>
    </message>
    <message>
        <source>highest age (empty: none)</source>
        <translation>usia maksimum (kosong: tanpa batas)</translation>
    </message>
    <message>
        <source>whether members register with their NIK: yes or no</source>
        <translation>apakah anggota wajib mendaftar dengan NIK: yes atau no</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>semua usia</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 tahun</translation>
    </message>
    <message>
        <source>%1+ years</source>
        <translation>%1+ tahun</translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation>maks. %1 tahun</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 bulan</translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation>NIK %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>wajib</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opsional</translation>
    </message>
    <message>
        <source>fee Rp %1, limit Rp %2</source>
        <translation>biaya Rp %1, batas Rp %2</translation>
    </message>
    <message>
        <source>category add takes one CODE.</source>
        <translation>category add memerlukan satu CODE.</translation>
    </message>
    <message>
        <source>category edit takes one CODE.</source>
        <translation>category edit memerlukan satu CODE.</translation>
    </message>
    <message>
        <source>Patron category %1 (%2) added.</source>
        <translation>Kategori anggota %1 (%2) telah ditambahkan.</translation>
    </message>
    <message>
        <source>Patron category %1 (%2) changed.</source>
        <translation>Kategori anggota %1 (%2) telah diubah.</translation>
    </message>
    <message>
        <source>this command takes one CODE.</source>
        <translation>perintah ini memerlukan satu CODE.</translation>
    </message>
    <message>
        <source>Patron category %1 takes new members again.</source>
        <translation>Kategori anggota %1 kembali menerima anggota baru.</translation>
    </message>
    <message>
        <source>Patron category %1 retired: its members keep it, new members cannot join it.</source>
        <translation>Kategori anggota %1 dinonaktifkan: anggotanya tetap dalam kategori ini, tetapi anggota baru tidak dapat masuk ke kategori ini.</translation>
    </message>
    <message>
        <source>the item type's name</source>
        <translation>nama jenis koleksi</translation>
    </message>
    <message>
        <source>whether copies of this type are lent: yes or no</source>
        <translation>apakah eksemplar jenis ini dipinjamkan: yes atau no</translation>
    </message>
    <message>
        <source>default replacement price of a new copy, in rupiah</source>
        <translation>harga penggantian bawaan untuk eksemplar baru, dalam rupiah</translation>
    </message>
    <message>
        <source>lent</source>
        <translation>dipinjamkan</translation>
    </message>
    <message>
        <source>not lent</source>
        <translation>tidak dipinjamkan</translation>
    </message>
    <message>
        <source>Rp %1</source>
        <translation>Rp %1</translation>
    </message>
    <message>
        <source>item-type add takes one CODE.</source>
        <translation>item-type add memerlukan satu CODE.</translation>
    </message>
    <message>
        <source>item-type edit takes one CODE.</source>
        <translation>item-type edit memerlukan satu CODE.</translation>
    </message>
    <message>
        <source>Item type %1 (%2) added.</source>
        <translation>Jenis koleksi %1 (%2) telah ditambahkan.</translation>
    </message>
    <message>
        <source>Item type %1 (%2) changed.</source>
        <translation>Jenis koleksi %1 (%2) telah diubah.</translation>
    </message>
    <message>
        <source>Item type %1 is offered for new copies again.</source>
        <translation>Jenis koleksi %1 kembali dapat dipakai untuk eksemplar baru.</translation>
    </message>
    <message>
        <source>Item type %1 retired: its copies keep it, new copies cannot have it.</source>
        <translation>Jenis koleksi %1 dinonaktifkan: eksemplarnya tetap berjenis ini, tetapi eksemplar baru tidak dapat memakainya.</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1 eksemplar</translation>
    </message>
    <message>
        <source>location add takes a BRANCH and a CODE.</source>
        <translation>location add memerlukan BRANCH dan CODE.</translation>
    </message>
    <message>
        <source>location edit takes a BRANCH and a CODE.</source>
        <translation>location edit memerlukan BRANCH dan CODE.</translation>
    </message>
    <message>
        <source>location edit needs --name.</source>
        <translation>location edit memerlukan --name.</translation>
    </message>
    <message>
        <source>Location %1 (%2) added to branch %3.</source>
        <translation>Lokasi %1 (%2) telah ditambahkan ke cabang %3.</translation>
    </message>
    <message>
        <source>Location %1 (%2) of branch %3 changed.</source>
        <translation>Lokasi %1 (%2) di cabang %3 telah diubah.</translation>
    </message>
    <message>
        <source>this command takes a BRANCH and a CODE.</source>
        <translation>perintah ini memerlukan BRANCH dan CODE.</translation>
    </message>
    <message>
        <source>Location %1 of branch %2 is in use again.</source>
        <translation>Lokasi %1 di cabang %2 kembali aktif.</translation>
    </message>
    <message>
        <source>Location %1 of branch %2 retired: copies there keep it, no copy can be put there.</source>
        <translation>Lokasi %1 di cabang %2 dinonaktifkan: eksemplar yang ada di sana tetap tercatat di lokasi ini, tetapi tidak ada lagi eksemplar yang dapat ditempatkan di sana.</translation>
    </message>
    <message>
        <source>There is no setting "%1".</source>
        <translation>Tidak ada pengaturan "%1".</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (bawaan)</translation>
    </message>
    <message>
        <source>settings set takes a KEY and a VALUE (aksara settings list shows them).</source>
        <translation>settings set memerlukan KEY dan VALUE (aksara settings list menampilkan semuanya).</translation>
    </message>
    <message>
        <source>%1 (%2) is now %3.</source>
        <translation>%1 (%2) sekarang %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Please answer yes or no.</source>
        <translation>Harap jawab ya atau tidak.</translation>
    </message>
    <message>
        <source>Setting up the library. Press Enter to keep what is in brackets.</source>
        <translation>Menyiapkan perpustakaan. Tekan Enter untuk memakai isian di dalam kurung siku.</translation>
    </message>
    <message>
        <source>Language of the library's notices and receipts (id or en)</source>
        <translation>Bahasa pemberitahuan dan tanda terima perpustakaan (id atau en)</translation>
    </message>
    <message>
        <source>The library's name</source>
        <translation>Nama perpustakaan</translation>
    </message>
    <message>
        <source>Its address</source>
        <translation>Alamat perpustakaan</translation>
    </message>
    <message>
        <source>Its telephone</source>
        <translation>Telepon perpustakaan</translation>
    </message>
    <message>
        <source>Its e-mail</source>
        <translation>Surel perpustakaan</translation>
    </message>
    <message>
        <source>The first branch (the main library).</source>
        <translation>Cabang pertama (perpustakaan pusat).</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>Kode cabang</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Nama cabang</translation>
    </message>
    <message>
        <source>Branch address</source>
        <translation>Alamat cabang</translation>
    </message>
    <message>
        <source>Patron categories offered:</source>
        <translation>Kategori anggota yang diusulkan:</translation>
    </message>
    <message>
        <source>Use these categories</source>
        <translation>Gunakan kategori-kategori ini</translation>
    </message>
    <message>
        <source>Type each category as CODE, name, months, NIK required (yes/no); an empty line ends.</source>
        <translation>Ketik setiap kategori dengan format CODE, nama, masa keanggotaan dalam bulan, wajib NIK (ya/tidak); baris kosong untuk selesai.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Item types offered:</source>
        <translation>Jenis koleksi yang diusulkan:</translation>
    </message>
    <message>
        <source>Use these item types</source>
        <translation>Gunakan jenis-jenis koleksi ini</translation>
    </message>
    <message>
        <source>The first administrator (a staff account with every right).</source>
        <translation>Administrator pertama (akun petugas dengan semua hak akses).</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Langkah berikutnya:</translation>
    </message>
    <message>
        <source>Add the staff: aksara --db %1 staff add USER --role librarian</source>
        <translation>Tambahkan petugas: aksara --db %1 staff add USER --role librarian</translation>
    </message>
    <message>
        <source>Check the opening hours and holidays: aksara --db %1 calendar show library</source>
        <translation>Periksa jam layanan dan hari libur: aksara --db %1 calendar show library</translation>
    </message>
    <message>
        <source>Check the loan rules: aksara --db %1 rules list</source>
        <translation>Periksa aturan peminjaman: aksara --db %1 rules list</translation>
    </message>
    <message>
        <source>Bring in the catalogue: aksara --db %1 catalogue import FILE.mrc (or catalogue at the desk)</source>
        <translation>Masukkan data katalog: aksara --db %1 catalogue import FILE.mrc (atau lakukan katalogisasi di meja layanan)</translation>
    </message>
    <message>
        <source>Register each desk and kiosk: aksara --db %1 station register CODE --kind desk</source>
        <translation>Daftarkan setiap meja layanan dan anjungan: aksara --db %1 station register CODE --kind desk</translation>
    </message>
    <message>
        <source>Start the server (SIP2, SRU, monitoring): systemctl enable --now aksara-server</source>
        <translation>Jalankan server (SIP2, SRU, pemantauan): systemctl enable --now aksara-server</translation>
    </message>
    <message>
        <source>Open the desk: aksara-desk --db %1</source>
        <translation>Buka aplikasi meja layanan: aksara-desk --db %1</translation>
    </message>
    <message>
        <source>setup takes no arguments (--from FILE for a set-up file).</source>
        <translation>setup tidak memerlukan argumen (gunakan --from FILE untuk berkas penyiapan).</translation>
    </message>
    <message>
        <source>setup asks its questions on a terminal; without one, give --from FILE (see docs/setup.md).</source>
        <translation>setup mengajukan pertanyaannya di terminal; tanpa terminal, berikan --from FILE (lihat docs/setup.md).</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Ketik ulang kata sandi yang sama: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>The library is already set up as the plan says; nothing was changed.</source>
        <translation>Perpustakaan sudah disiapkan sesuai rencana; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The library is set up (%1 changes, each recorded as a change).</source>
        <translation>Perpustakaan telah disiapkan (%1 hal diubah, masing-masing dicatat sebagai perubahan).</translation>
    </message>
    <message>
        <source>set up a new library: its name, first branch, categories, item types and administrator</source>
        <translation>siapkan perpustakaan baru: nama, cabang pertama, kategori anggota, jenis koleksi, dan administratornya</translation>
    </message>
    <message>
        <source>take the answers from a set-up file (docs/setup.md)</source>
        <translation>ambil jawaban dari berkas penyiapan (docs/setup.md)</translation>
    </message>
    <message>
        <source>the library's name, address, contacts, time zone, language and logo</source>
        <translation>nama, alamat, kontak, zona waktu, bahasa, dan logo perpustakaan</translation>
    </message>
    <message>
        <source>change the library's name, address, contacts, time zone or language</source>
        <translation>ubah nama, alamat, kontak, zona waktu, atau bahasa perpustakaan</translation>
    </message>
    <message>
        <source>the library's name</source>
        <translation>nama perpustakaan</translation>
    </message>
    <message>
        <source>its website</source>
        <translation>situs webnya</translation>
    </message>
    <message>
        <source>its time zone (Asia/Jakarta, Asia/Makassar, Asia/Jayapura)</source>
        <translation>zona waktunya (Asia/Jakarta, Asia/Makassar, Asia/Jayapura)</translation>
    </message>
    <message>
        <source>language of notices for patrons: id or en</source>
        <translation>bahasa pemberitahuan untuk anggota: id atau en</translation>
    </message>
    <message>
        <source>set the library's logo (PNG or JPEG), or --remove it</source>
        <translation>pasang logo perpustakaan (PNG atau JPEG), atau hapus dengan --remove</translation>
    </message>
    <message>
        <source>remove the logo</source>
        <translation>hapus logo</translation>
    </message>
    <message>
        <source>the library's branches, open and closed</source>
        <translation>cabang-cabang perpustakaan, yang buka maupun yang sudah ditutup</translation>
    </message>
    <message>
        <source>add a branch</source>
        <translation>tambahkan cabang</translation>
    </message>
    <message>
        <source>change a branch's name, address, contacts or calendar</source>
        <translation>ubah nama, alamat, kontak, atau kalender suatu cabang</translation>
    </message>
    <message>
        <source>close a branch (its history is kept)</source>
        <translation>tutup cabang (riwayatnya tetap tersimpan)</translation>
    </message>
    <message>
        <source>why it closes</source>
        <translation>alasan penutupan</translation>
    </message>
    <message>
        <source>open a closed branch again</source>
        <translation>buka kembali cabang yang sudah ditutup</translation>
    </message>
    <message>
        <source>patron categories</source>
        <translation>kategori anggota</translation>
    </message>
    <message>
        <source>add a patron category</source>
        <translation>tambahkan kategori anggota</translation>
    </message>
    <message>
        <source>change a patron category</source>
        <translation>ubah kategori anggota</translation>
    </message>
    <message>
        <source>stop a patron category taking new members</source>
        <translation>nonaktifkan kategori anggota (tidak lagi menerima anggota baru)</translation>
    </message>
    <message>
        <source>let a retired patron category take members again</source>
        <translation>aktifkan kembali kategori anggota yang nonaktif agar dapat menerima anggota lagi</translation>
    </message>
    <message>
        <source>item types</source>
        <translation>jenis koleksi</translation>
    </message>
    <message>
        <source>add an item type</source>
        <translation>tambahkan jenis koleksi</translation>
    </message>
    <message>
        <source>change an item type</source>
        <translation>ubah jenis koleksi</translation>
    </message>
    <message>
        <source>stop offering an item type for new copies</source>
        <translation>nonaktifkan jenis koleksi (tidak lagi dipakai untuk eksemplar baru)</translation>
    </message>
    <message>
        <source>offer a retired item type again</source>
        <translation>aktifkan kembali jenis koleksi yang nonaktif</translation>
    </message>
    <message>
        <source>shelving locations of every branch, or of one</source>
        <translation>lokasi penempatan di semua cabang, atau di satu cabang</translation>
    </message>
    <message>
        <source>add a shelving location to a branch</source>
        <translation>tambahkan lokasi penempatan ke suatu cabang</translation>
    </message>
    <message>
        <source>its name (default: the code)</source>
        <translation>namanya (bawaan: kodenya)</translation>
    </message>
    <message>
        <source>rename a shelving location</source>
        <translation>ganti nama lokasi penempatan</translation>
    </message>
    <message>
        <source>its new name</source>
        <translation>nama barunya</translation>
    </message>
    <message>
        <source>stop putting copies in a shelving location</source>
        <translation>nonaktifkan lokasi penempatan (tidak ada lagi eksemplar yang ditempatkan di sana)</translation>
    </message>
    <message>
        <source>use a retired shelving location again</source>
        <translation>aktifkan kembali lokasi penempatan yang nonaktif</translation>
    </message>
    <message>
        <source>library-wide settings with their values (or one KEY's value)</source>
        <translation>pengaturan tingkat perpustakaan beserta nilainya (atau nilai satu KEY)</translation>
    </message>
    <message>
        <source>change a library-wide setting</source>
        <translation>ubah pengaturan tingkat perpustakaan</translation>
    </message>
    <message>
        <source>--app-role is for PostgreSQL; an SQLite library is protected by its file's permissions.</source>
        <translation>--app-role hanya untuk PostgreSQL; perpustakaan SQLite dilindungi oleh izin berkasnya.</translation>
    </message>
    <message>
        <source>%1 was readable by others (mode %2); it is now %3.</source>
        <translation>%1 tadinya dapat dibaca pengguna lain (mode %2); sekarang %3.</translation>
    </message>
    <message>
        <source>aksara: %1 is readable by others (mode %2) and belongs to another account: run aksara init as its owner, or chmod %3 it.</source>
        <translation>aksara: %1 dapat dibaca pengguna lain (mode %2) dan milik akun lain: jalankan aksara init sebagai pemiliknya, atau chmod %3 berkas itu.</translation>
    </message>
    <message>
        <source>The application role %1 may read and write the business tables and only add to the operation log.</source>
        <translation>Peran aplikasi %1 boleh membaca dan mengubah tabel data bisnis, dan hanya boleh menambah ke log operasi.</translation>
    </message>
    <message>
        <source>grants needs --app-role NAME.</source>
        <translation>grants memerlukan --app-role NAMA.</translation>
    </message>
    <message>
        <source>grants is for PostgreSQL; an SQLite library is protected by its file's permissions.</source>
        <translation>grants hanya untuk PostgreSQL; perpustakaan SQLite dilindungi oleh izin berkasnya.</translation>
    </message>
    <message>
        <source>PostgreSQL: also give this role the application's grants (run init as the owner)</source>
        <translation>PostgreSQL: berikan juga hak akses aplikasi kepada peran ini (jalankan init sebagai pemilik)</translation>
    </message>
    <message>
        <source>PostgreSQL: print (or --apply as the owner) the grants of the application role</source>
        <translation>PostgreSQL: tampilkan hak akses peran aplikasi (atau terapkan dengan --apply sebagai pemilik)</translation>
    </message>
    <message>
        <source>the role the programs connect as</source>
        <translation>peran yang dipakai program untuk terhubung</translation>
    </message>
    <message>
        <source>apply them now, as the owner</source>
        <translation>terapkan sekarang, sebagai pemilik</translation>
    </message>
    <message>
        <source>institution (AO):</source>
        <translation>institusi (AO):</translation>
    </message>
    <message>
        <source>branch:</source>
        <translation>cabang:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>mana saja</translation>
    </message>
    <message>
        <source>patrons must give their PIN:</source>
        <translation>anggota wajib memasukkan PIN:</translation>
    </message>
    <message>
        <source>patron data without a PIN:</source>
        <translation>data anggota tanpa PIN:</translation>
    </message>
    <message>
        <source>lends only its branch's items:</source>
        <translation>hanya meminjamkan koleksi cabangnya:</translation>
    </message>
    <message>
        <source>may block cards (01):</source>
        <translation>boleh memblokir kartu (01):</translation>
    </message>
    <message>
        <source>may take payments (37):</source>
        <translation>boleh menerima pembayaran (37):</translation>
    </message>
    <message>
        <source>sip2 account edit takes one LOGIN.</source>
        <translation>sip2 account edit memerlukan satu LOGIN.</translation>
    </message>
    <message>
        <source>There is no SIP2 account "%1".</source>
        <translation>Tidak ada akun SIP2 "%1".</translation>
    </message>
    <message>
        <source>give either --branch or --any-branch.</source>
        <translation>berikan --branch atau --any-branch, jangan keduanya.</translation>
    </message>
    <message>
        <source>give either --%1 or --%2.</source>
        <translation>berikan --%1 atau --%2, jangan keduanya.</translation>
    </message>
    <message>
        <source>SIP2 account "%1" changed.</source>
        <translation>Akun SIP2 "%1" diubah.</translation>
    </message>
    <message>
        <source>every patron message needs the patron's valid PIN (AD)</source>
        <translation>setiap pesan tentang anggota memerlukan PIN anggota yang benar (AD)</translation>
    </message>
    <message>
        <source>patron status/information (23/63) show the card's own data without a PIN</source>
        <translation>status/informasi anggota (23/63) menampilkan data pemilik kartu tanpa PIN</translation>
    </message>
    <message>
        <source>lend and renew only items of the account's branch</source>
        <translation>hanya meminjamkan dan memperpanjang koleksi cabang akun ini</translation>
    </message>
    <message>
        <source>the machine may block cards (01)</source>
        <translation>mesin boleh memblokir kartu (01)</translation>
    </message>
    <message>
        <source>the machine may record payments (37)</source>
        <translation>mesin boleh mencatat pembayaran (37)</translation>
    </message>
    <message>
        <source>turn --%1 off</source>
        <translation>matikan --%1</translation>
    </message>
    <message>
        <source>change a SIP2 account's institution, branch, PIN rule and rights</source>
        <translation>ubah institusi, cabang, aturan PIN, dan hak akun SIP2</translation>
    </message>
    <message>
        <source>the machine stands at no particular branch</source>
        <translation>mesin tidak terikat pada cabang tertentu</translation>
    </message>
    <message>
        <source>Signing key %1; its public key (give it to verify --public-key): %2</source>
        <translation>Kunci penanda tangan %1; kunci publiknya (berikan ke verify --public-key): %2</translation>
    </message>
    <message>
        <source>--checkpoints and --public-key go together.</source>
        <translation>--checkpoints dan --public-key harus diberikan bersama.</translation>
    </message>
    <message numerus="yes">
        <source>The trail holds: %n business row(s) match the digests in their operations' records, and the log's append-only triggers are in place.</source>
        <translation>
            <numerusform>Jejak utuh: %n baris bisnis cocok dengan digest dalam catatan operasinya, dan trigger tambah-saja log terpasang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s) match the chain.</source>
        <translation>
            <numerusform>%n checkpoint bertanda tangan cocok dengan rantai.</numerusform>
        </translation>
    </message>
    <message>
        <source>No checkpoints were given: a chain recomputed from its start would not show here (use --checkpoints FILE --public-key KEY).</source>
        <translation>Tidak ada checkpoint yang diberikan: rantai yang dihitung ulang dari awal tidak akan terlihat di sini (gunakan --checkpoints FILE --public-key KEY).</translation>
    </message>
    <message>
        <source>checkpoint keygen needs --out FILE (the secret key; FILE.pub gets the public key).</source>
        <translation>checkpoint keygen memerlukan --out FILE (kunci rahasia; FILE.pub berisi kunci publik).</translation>
    </message>
    <message>
        <source>Secret key written to %1 (mode 0600; keep it outside the database and its backups).</source>
        <translation>Kunci rahasia ditulis ke %1 (mode 0600; simpan di luar basis data dan cadangannya).</translation>
    </message>
    <message>
        <source>Public key (also in %1): %2</source>
        <translation>Kunci publik (juga di %1): %2</translation>
    </message>
    <message>
        <source>Signed the head of the log: operation %1 (record %2), hash %3…</source>
        <translation>Ujung log sudah ditandatangani: operasi %1 (catatan %2), hash %3…</translation>
    </message>
    <message>
        <source>The witness took it.</source>
        <translation>Saksi sudah menerimanya.</translation>
    </message>
    <message>
        <source>checkpoint export needs --out FILE or --witness URL.</source>
        <translation>checkpoint export memerlukan --out FILE atau --witness URL.</translation>
    </message>
    <message>
        <source>--from is a date YYYY-MM-DD.</source>
        <translation>--from berupa tanggal YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--to is a date YYYY-MM-DD.</source>
        <translation>--to berupa tanggal YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n checkpoint(s).</source>
        <translation>
            <numerusform>%n checkpoint diekspor.</numerusform>
        </translation>
    </message>
    <message>
        <source>also make the key that signs the log's checkpoints in FILE (kept if it exists)</source>
        <translation>buat juga kunci penanda tangan checkpoint log di FILE (dipertahankan bila sudah ada)</translation>
    </message>
    <message>
        <source>signed checkpoints kept outside the database (JSON lines, from checkpoint export)</source>
        <translation>checkpoint bertanda tangan yang disimpan di luar basis data (baris JSON, dari checkpoint export)</translation>
    </message>
    <message>
        <source>the public key that signed them (its .pub file or hex)</source>
        <translation>kunci publik yang menandatanganinya (berkas .pub atau heksadesimal)</translation>
    </message>
    <message>
        <source>make the Ed25519 key pair that signs the log's checkpoints</source>
        <translation>buat pasangan kunci Ed25519 penanda tangan checkpoint log</translation>
    </message>
    <message>
        <source>the secret key file (made 0600; FILE.pub gets the public key)</source>
        <translation>berkas kunci rahasia (dibuat 0600; FILE.pub berisi kunci publik)</translation>
    </message>
    <message>
        <source>sign the head of the operation log and keep the checkpoint</source>
        <translation>tandatangani ujung log operasi dan simpan checkpoint-nya</translation>
    </message>
    <message>
        <source>the secret key file (default /etc/aksara/signing.key)</source>
        <translation>berkas kunci rahasia (bawaan /etc/aksara/signing.key)</translation>
    </message>
    <message>
        <source>also POST the checkpoint to this outside witness</source>
        <translation>kirim juga (POST) checkpoint ke saksi luar ini</translation>
    </message>
    <message>
        <source>write the kept checkpoints as JSON lines (and/or send them to a witness)</source>
        <translation>tulis checkpoint yang tersimpan sebagai baris JSON (dan/atau kirim ke saksi)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>berkas yang ditulis</translation>
    </message>
    <message>
        <source>signed on or after this day</source>
        <translation>ditandatangani pada atau setelah hari ini</translation>
    </message>
    <message>
        <source>signed on or before this day</source>
        <translation>ditandatangani pada atau sebelum hari ini</translation>
    </message>
    <message>
        <source>POST each checkpoint to this outside witness</source>
        <translation>kirim (POST) setiap checkpoint ke saksi luar ini</translation>
    </message>
    <message>
        <source>migrate %1 takes one FILE.</source>
        <translation>migrate %1 memerlukan satu FILE.</translation>
    </message>
    <message>
        <source>Give --preset slims|inlislite|koha, or --map FILE.</source>
        <translation>Berikan --preset slims|inlislite|koha, atau --map FILE.</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 dari %2 baris</translation>
    </message>
    <message>
        <source>Dry run (nothing kept): %1 rows read: %2 would be imported, %3 already imported, %4 rejected.</source>
        <translation>Uji coba (tidak ada yang disimpan): %1 baris dibaca: %2 akan diimpor, %3 sudah pernah diimpor, %4 ditolak.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 imported, %3 already imported (skipped), %4 rejected.</source>
        <translation>%1 baris dibaca: %2 diimpor, %3 sudah pernah diimpor (dilewati), %4 ditolak.</translation>
    </message>
    <message>
        <source>%1 returned loans were not imported.</source>
        <translation>%1 peminjaman yang sudah dikembalikan tidak diimpor.</translation>
    </message>
    <message>
        <source>%1 fees with nothing left to pay were not imported.</source>
        <translation>%1 denda yang sudah lunas tidak diimpor.</translation>
    </message>
    <message>
        <source>  line %1%2: %3 [%4]</source>
        <translation>  baris %1%2: %3 [%4]</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, kolom %1</translation>
    </message>
    <message>
        <source>the old system's export: slims, inlislite or koha</source>
        <translation>ekspor dari sistem lama: slims, inlislite, atau koha</translation>
    </message>
    <message>
        <source>a mapping file: columns, date formats, categories, branches (docs/migration.md)</source>
        <translation>berkas pemetaan: kolom, format tanggal, kategori, cabang (docs/migration.md)</translation>
    </message>
    <message>
        <source>check and report every row, keep nothing</source>
        <translation>periksa dan laporkan setiap baris, tanpa menyimpan apa pun</translation>
    </message>
    <message>
        <source>write the rejected rows (line, column, reason) to this CSV file</source>
        <translation>tulis baris yang ditolak (baris, kolom, alasan) ke berkas CSV ini</translation>
    </message>
    <message>
        <source>patrons: a folder of photos named by the old member number</source>
        <translation>anggota: folder foto yang dinamai dengan nomor anggota lama</translation>
    </message>
    <message>
        <source>patrons: keep a NIK that fails the checks as unverified</source>
        <translation>anggota: simpan NIK yang tidak lolos pemeriksaan sebagai belum terverifikasi</translation>
    </message>
    <message>
        <source>rows per operation (default 500)</source>
        <translation>baris per operasi (bawaan 500)</translation>
    </message>
    <message>
        <source>import patrons from an old system (their old numbers stay their cards)</source>
        <translation>impor anggota dari sistem lama (nomor lama tetap menjadi kartu mereka)</translation>
    </message>
    <message>
        <source>import copies from an old system (after the catalogue)</source>
        <translation>impor eksemplar dari sistem lama (setelah katalog)</translation>
    </message>
    <message>
        <source>import open loans with their due dates from an old system</source>
        <translation>impor peminjaman yang masih berjalan beserta tanggal jatuh temponya dari sistem lama</translation>
    </message>
    <message>
        <source>import outstanding fees from an old system</source>
        <translation>impor denda yang belum dibayar dari sistem lama</translation>
    </message>
<message>
        <source>backup takes no FILE: use --out FILE or --dir DIR.</source>
        <translation>backup tidak menerima FILE: gunakan --out FILE atau --dir FOLDER.</translation>
    </message>
    <message>
        <source>backup needs --out FILE or --dir DIR (one of them).</source>
        <translation>backup memerlukan --out FILE atau --dir FOLDER (salah satunya).</translation>
    </message>
    <message>
        <source>--keep takes a number of backups (1 or more) and goes with --dir.</source>
        <translation>--keep menerima jumlah cadangan (1 atau lebih) dan dipakai bersama --dir.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 MB, %3 s), checked: integrity_check and verify pass.</source>
        <translation>Cadangan ditulis ke %1 (%2 MB, %3 dtk) dan sudah diperiksa: integrity_check dan verify lolos.</translation>
    </message>
    <message>
        <source>(PostgreSQL: pg_dump custom format, read back with pg_restore --list.)</source>
        <translation>(PostgreSQL: pg_dump format custom, dibaca ulang dengan pg_restore --list.)</translation>
    </message>
    <message>
        <source>Removed the older backup %1 (--keep).</source>
        <translation>Cadangan lama %1 dihapus (--keep).</translation>
    </message>
    <message>
        <source>--max-age takes a number of hours.</source>
        <translation>--max-age menerima jumlah jam.</translation>
    </message>
    <message>
        <source>The last good backup (%1) was made %2; within the allowed %3 hours.</source>
        <translation>Cadangan baik terakhir (%1) dibuat %2; masih dalam batas %3 jam.</translation>
    </message>
    <message>
        <source>backup test takes one FILE.</source>
        <translation>backup test menerima satu FILE.</translation>
    </message>
    <message>
        <source>%1 restores into a scratch copy that passes verify (%2 business rows checked, %3 s).</source>
        <translation>%1 berhasil dipulihkan ke salinan uji yang lolos verify (%2 baris bisnis diperiksa, %3 dtk).</translation>
    </message>
    <message>
        <source>restore takes one FILE (the backup); the database to restore into is --db.</source>
        <translation>restore menerima satu FILE (cadangannya); basis data tujuan pemulihan adalah --db.</translation>
    </message>
    <message>
        <source>restore needs the database to restore into: --db PATH_OR_URL.</source>
        <translation>restore memerlukan basis data tujuan pemulihan: --db PATH_ATAU_URL.</translation>
    </message>
    <message>
        <source>Restored %1 into %2; verify passes (%3 business rows checked, %4 s).</source>
        <translation>%1 dipulihkan ke %2; verify lolos (%3 baris bisnis diperiksa, %4 dtk).</translation>
    </message>
    <message>
        <source>back up the library while desks keep working (SQLite online backup, PostgreSQL pg_dump), checked before it gets its name</source>
        <translation>mencadangkan perpustakaan selagi meja layanan tetap bekerja (backup daring SQLite, pg_dump PostgreSQL), diperiksa sebelum diberi nama</translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation>berkas cadangan yang ditulis</translation>
    </message>
    <message>
        <source>write aksara-YYYYMMDD-HHMMSSZ.sqlite (or .pgdump) into this folder</source>
        <translation>tulis aksara-YYYYMMDD-HHMMSSZ.sqlite (atau .pgdump) ke folder ini</translation>
    </message>
    <message>
        <source>with --dir: keep the newest N backups, remove older ones</source>
        <translation>dengan --dir: simpan N cadangan terbaru, hapus yang lebih lama</translation>
    </message>
    <message>
        <source>notice a missed backup: fails (and opens an incident) when the last good backup is too old</source>
        <translation>mendeteksi cadangan yang terlewat: gagal (dan membuka insiden) bila cadangan baik terakhir terlalu lama</translation>
    </message>
    <message>
        <source>hours a backup may be old (default 30: nightly plus 6 hours)</source>
        <translation>umur cadangan maksimum dalam jam (bawaan 30: harian malam ditambah 6 jam)</translation>
    </message>
    <message>
        <source>restore a backup into a scratch copy and verify it (the restore test of the monthly report)</source>
        <translation>memulihkan cadangan ke salinan uji lalu memverifikasinya (uji pemulihan untuk laporan bulanan)</translation>
    </message>
    <message>
        <source>restore a backup into the database given by --db (refuses one that holds data without --force), then run verify</source>
        <translation>memulihkan cadangan ke basis data yang disebut --db (menolak basis data yang sudah berisi tanpa --force), lalu menjalankan verify</translation>
    </message>
    <message>
        <source>replace the database that --db names if it holds data</source>
        <translation>ganti basis data yang disebut --db meskipun sudah berisi</translation>
    </message>
    <message>
        <source>%1 copies were not created (their records are imported; --strict rejects such records):</source>
        <translation>%1 eksemplar tidak dibuat (rekamannya tetap diimpor; --strict menolak rekaman seperti itu):</translation>
    </message>
    <message>
        <source>  record %1, copy %2: %3 [%4]</source>
        <translation>  rekaman %1, eksemplar %2: %3 [%4]</translation>
    </message>
    <message>
        <source>reject a record whose copy names an unknown branch (default: import it, list the copy as not created)</source>
        <translation>tolak rekaman yang eksemplarnya menyebut cabang tak dikenal (bawaan: rekaman diimpor, eksemplarnya dicatat tidak dibuat)</translation>
    </message>
<message>
        <source>patron consent takes one CARD.</source>
        <translation>patron consent memerlukan satu CARD (nomor kartu).</translation>
    </message>
    <message>
        <source>Consent of %1 recorded.</source>
        <translation>Persetujuan %1 telah dicatat.</translation>
    </message>
    <message>
        <source>patron export takes one CARD.</source>
        <translation>patron export memerlukan satu CARD (nomor kartu).</translation>
    </message>
    <message>
        <source>The data of %1 written to %2.</source>
        <translation>Data %1 telah ditulis ke %2.</translation>
    </message>
    <message>
        <source>patron erase takes one CARD.</source>
        <translation>patron erase memerlukan satu CARD (nomor kartu).</translation>
    </message>
    <message>
        <source>Patron erased: %1 card(s) anonymised, %2 loan(s) kept for statistics without the patron.</source>
        <translation>Data anggota telah dihapus: %1 kartu dianonimkan, %2 pinjaman tetap disimpan untuk statistik tanpa identitas anggota.</translation>
    </message>
    <message>
        <source>The database files were rewritten without the erased data.</source>
        <translation>Berkas basis data telah ditulis ulang tanpa data yang dihapus.</translation>
    </message>
    <message>
        <source>Run aksara patron scrub to remove the old bytes from the database files.</source>
        <translation>Jalankan aksara patron scrub untuk membersihkan sisa data lama dari berkas basis data.</translation>
    </message>
    <message>
        <source>--from and --to need dates as YYYY-MM-DD, the end not before the start.</source>
        <translation>--from dan --to memerlukan tanggal berformat YYYY-MM-DD, dan tanggal akhir tidak boleh sebelum tanggal awal.</translation>
    </message>
    <message>
        <source>Breach notification under UU PDP (3 x 24 hours): who accessed which patron records.</source>
        <translation>Pemberitahuan kegagalan pelindungan data menurut UU PDP (3 x 24 jam): siapa mengakses data anggota yang mana.</translation>
    </message>
    <message>
        <source>Purpose: breach notification under UU PDP (3 x 24 hours): who accessed which patron records.</source>
        <translation>Tujuan: pemberitahuan kegagalan pelindungan data menurut UU PDP (3 x 24 jam): siapa mengakses data anggota yang mana.</translation>
    </message>
    <message>
        <source>%1 record(s).</source>
        <translation>%1 catatan.</translation>
    </message>
    <message>
        <source>record a patron's consent: purpose, privacy notice version, date, guardian of a minor</source>
        <translation>catat persetujuan anggota: tujuan, versi pemberitahuan privasi, tanggal, dan wali bagi anak di bawah umur</translation>
    </message>
    <message>
        <source>what the data is used for (e.g. membership,notices)</source>
        <translation>untuk apa data digunakan (mis. membership,notices)</translation>
    </message>
    <message>
        <source>the version of the privacy notice shown</source>
        <translation>versi pemberitahuan privasi yang diperlihatkan</translation>
    </message>
    <message>
        <source>the day consent was given (default today)</source>
        <translation>tanggal persetujuan diberikan (bawaan: hari ini)</translation>
    </message>
    <message>
        <source>the parent or guardian who consented for a minor</source>
        <translation>orang tua atau wali yang memberikan persetujuan bagi anak di bawah umur</translation>
    </message>
    <message>
        <source>a patron's own data and loan history as JSON (a request for access)</source>
        <translation>data anggota beserta riwayat pinjamannya dalam JSON (permintaan akses)</translation>
    </message>
    <message>
        <source>write to FILE (mode 0600) instead of printing</source>
        <translation>tulis ke FILE (mode 0600), bukan ditampilkan</translation>
    </message>
    <message>
        <source>erase a patron with no open loans, debts or holds (statistics are kept without them)</source>
        <translation>hapus data anggota yang tidak memiliki pinjaman, utang, atau pemesanan aktif (statistik tetap disimpan tanpa identitasnya)</translation>
    </message>
    <message>
        <source>do not rewrite the database files afterwards</source>
        <translation>jangan tulis ulang berkas basis data sesudahnya</translation>
    </message>
    <message>
        <source>rewrite the database files so that erased data leaves no bytes behind</source>
        <translation>tulis ulang berkas basis data agar data yang dihapus tidak meninggalkan sisa</translation>
    </message>
    <message>
        <source>who accessed which patron records in a period, from the operation log (breach report)</source>
        <translation>siapa mengakses data anggota yang mana dalam suatu periode, dari log operasi (laporan kegagalan pelindungan data)</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>hari pertama</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>hari terakhir</translation>
    </message>
    <message>
        <source>privacy retention set takes one patron CATEGORY code.</source>
        <translation>privacy retention set memerlukan satu kode CATEGORY (kategori anggota).</translation>
    </message>
    <message>
        <source>--loan-history-months and --inactive-years need whole numbers (0: no rule).</source>
        <translation>--loan-history-months dan --inactive-years memerlukan bilangan bulat (0: tanpa aturan).</translation>
    </message>
    <message>
        <source>Retention of category %1: loan history %2 month(s), review after %3 year(s) without a loan (0: no rule).</source>
        <translation>Masa simpan kategori %1: riwayat pinjaman %2 bulan, ditinjau setelah %3 tahun tanpa pinjaman (0: tanpa aturan).</translation>
    </message>
    <message>
        <source>Retention: %1 loan(s) anonymised, %2 patron(s) flagged for review.</source>
        <translation>Masa simpan: %1 pinjaman dianonimkan, %2 anggota ditandai untuk ditinjau.</translation>
    </message>
    <message>
        <source>a patron category's retention: months of loan history to keep, years without a loan before a review</source>
        <translation>masa simpan data kategori anggota: berapa bulan riwayat pinjaman disimpan, berapa tahun tanpa pinjaman sebelum ditinjau</translation>
    </message>
    <message>
        <source>anonymise loans returned longer ago (0: keep)</source>
        <translation>anonimkan pinjaman yang dikembalikan lebih lama dari ini (0: simpan)</translation>
    </message>
    <message>
        <source>flag patrons without a loan for this long (0: never)</source>
        <translation>tandai anggota yang tidak meminjam selama ini (0: tidak pernah)</translation>
    </message>
    <message>
        <source>apply the retention rules now: anonymise old loan history, flag inactive patrons</source>
        <translation>terapkan aturan masa simpan sekarang: anonimkan riwayat pinjaman lama, tandai anggota yang tidak aktif</translation>
    </message>
<message>
        <source>%1 new notices: %2 overdue, %3 hold ready, %4 hold expiring, %5 membership expiring.</source>
        <translation>%1 pemberitahuan baru: %2 keterlambatan, %3 pesanan siap diambil, %4 pesanan segera berakhir, %5 keanggotaan segera berakhir.</translation>
    </message>
    <message>
        <source>--limit takes a whole number.</source>
        <translation>--limit berisi bilangan bulat.</translation>
    </message>
    <message>
        <source>There is no patron with the card number %1.</source>
        <translation>Tidak ada anggota dengan nomor kartu %1.</translation>
    </message>
    <message>
        <source>No notices.</source>
        <translation>Tidak ada pemberitahuan.</translation>
    </message>
    <message>
        <source>attempts %1</source>
        <translation>percobaan %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>terkirim %1</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>berikutnya %1</translation>
    </message>
    <message>
        <source>--max takes a whole number from 1.</source>
        <translation>--max berisi bilangan bulat mulai dari 1.</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed (retried later; see aksara notices list --state failed), %3 unconfirmed.</source>
        <translation>%1 terkirim, %2 gagal (dicoba lagi nanti; lihat aksara notices list --state failed), %3 belum terkonfirmasi.</translation>
    </message>
    <message>
        <source>notices retry takes one notice ID.</source>
        <translation>notices retry memerlukan satu ID pemberitahuan.</translation>
    </message>
    <message>
        <source>A notice ID is a whole number, not "%1".</source>
        <translation>ID pemberitahuan berupa bilangan bulat, bukan "%1".</translation>
    </message>
    <message>
        <source>Notice %1 is queued again; aksara-server (or aksara notices send) sends it.</source>
        <translation>Pemberitahuan %1 masuk antrean lagi; aksara-server (atau aksara notices send) akan mengirimkannya.</translation>
    </message>
    <message>
        <source>queue the notices due now (overdue, hold ready, hold expiring, membership expiring)</source>
        <translation>masukkan ke antrean pemberitahuan yang jatuh waktunya sekarang (keterlambatan, pesanan siap diambil, pesanan segera berakhir, keanggotaan segera berakhir)</translation>
    </message>
    <message>
        <source>notices to patrons and their delivery state, newest first</source>
        <translation>pemberitahuan kepada anggota beserta status pengirimannya, yang terbaru lebih dulu</translation>
    </message>
    <message>
        <source>only queued, sending, sent, failed or unconfirmed</source>
        <translation>hanya queued, sending, sent, failed atau unconfirmed</translation>
    </message>
    <message>
        <source>only this patron's</source>
        <translation>hanya milik anggota ini</translation>
    </message>
    <message>
        <source>how many (default 50)</source>
        <translation>jumlah yang ditampilkan (bawaan 50)</translation>
    </message>
    <message>
        <source>queue the notices due now and send them once (exit 1 if any attempt failed)</source>
        <translation>masukkan pemberitahuan yang jatuh waktunya ke antrean dan kirim sekali (keluar dengan kode 1 bila ada percobaan yang gagal)</translation>
    </message>
    <message>
        <source>at most this many attempts (default 500)</source>
        <translation>paling banyak sekian percobaan (bawaan 500)</translation>
    </message>
    <message>
        <source>only send what is already queued</source>
        <translation>hanya kirim yang sudah ada di antrean</translation>
    </message>
    <message>
        <source>queue a failed or unconfirmed notice again</source>
        <translation>masukkan lagi ke antrean pemberitahuan yang gagal atau belum terkonfirmasi</translation>
    </message>
</context>
<context>
    <name>Aksara::Cli::Args</name>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>--%1 memerlukan bilangan bulat dari %2 sampai %3.</translation>
    </message>
    <message>
        <source>--%1 needs a percentage from 0 to 100, such as 99.5.</source>
        <translation>--%1 memerlukan persentase dari 0 sampai 100, misalnya 99.5.</translation>
    </message>
    <message>
        <source>--%1 needs a duration such as 90s, 30m, 8h or 1h30m.</source>
        <translation>--%1 memerlukan durasi, misalnya 90s, 30m, 8h, atau 1h30m.</translation>
    </message>
    <message>
        <source>--%1 needs a time such as "2026-03-02 14:00" (library time) or 2026-03-02T07:00:00Z.</source>
        <translation>--%1 memerlukan waktu, misalnya "2026-03-02 14:00" (waktu perpustakaan) atau 2026-03-02T07:00:00Z.</translation>
    </message>
    <message>
        <source>--%1 is yes or no.</source>
        <translation>--%1 harus yes atau no.</translation>
    </message>
    <message>
        <source>--%1 is a comma-separated list of ids.</source>
        <translation>--%1 harus berupa daftar id yang dipisahkan koma.</translation>
    </message>
    <message>
        <source>this command takes one %1 id.</source>
        <translation>perintah ini memerlukan satu id %1.</translation>
    </message>
    <message>
        <source>this command takes one %1.</source>
        <translation>perintah ini memerlukan satu %1.</translation>
    </message>
</context>
<context>
    <name>Aksara::Cli::Env</name>
    <message>
        <source>no database given: use --db PATH_OR_URL or set AKSARA_DB.</source>
        <translation>basis data belum ditentukan: gunakan --db PATH_OR_URL atau atur AKSARA_DB.</translation>
    </message>
    <message>
        <source>This database was upgraded by a newer Aksara; use that version.</source>
        <translation>Basis data ini telah ditingkatkan oleh Aksara versi yang lebih baru; gunakan versi tersebut.</translation>
    </message>
    <message>
        <source>This database was made by an Aksara older than 0.1.0; upgrade it with Aksara 0.1.0 first.</source>
        <translation>Basis data ini dibuat oleh Aksara versi sebelum 0.1.0; tingkatkan terlebih dahulu dengan Aksara 0.1.0.</translation>
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
</context>
<context>
    <name>Aksara::Collection</name>
    <message>
        <source>"%1" is not an item status (%2).</source>
        <translation>"%1" bukan status eksemplar (%2).</translation>
    </message>
    <message>
        <source>An item becomes "%1" through circulation (a checkout or a trapped hold), not by editing it.</source>
        <translation>Eksemplar menjadi berstatus "%1" melalui sirkulasi (peminjaman atau pemesanan yang sudah mendapatkan eksemplar), bukan dengan menyuntingnya.</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD).</source>
        <translation>"%1" bukan tanggal (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>There is no branch yet: create one before adding items.</source>
        <translation>Belum ada cabang: buat cabang terlebih dahulu sebelum menambahkan eksemplar.</translation>
    </message>
    <message>
        <source>Say which branch the item belongs to.</source>
        <translation>Sebutkan cabang pemilik eksemplar ini.</translation>
    </message>
    <message>
        <source>There is no branch "%1".</source>
        <translation>Tidak ada cabang "%1".</translation>
    </message>
    <message>
        <source>There is no item type "%1".</source>
        <translation>Tidak ada jenis koleksi "%1".</translation>
    </message>
    <message>
        <source>The branch %1 is closed: it takes no new copies.</source>
        <translation>Cabang %1 sudah ditutup: cabang ini tidak menerima eksemplar baru.</translation>
    </message>
    <message>
        <source>The item type %1 is no longer used for new copies.</source>
        <translation>Jenis koleksi %1 tidak lagi dipakai untuk eksemplar baru.</translation>
    </message>
    <message>
        <source>The branch has no shelving location "%1"; choose one of its locations or add it first.</source>
        <translation>Cabang ini tidak memiliki lokasi penempatan "%1"; pilih salah satu lokasinya atau tambahkan lokasi tersebut terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>Aksara::Collection::Collection</name>
    <message>
        <source>A barcode is needed.</source>
        <translation>Kode batang wajib diisi.</translation>
    </message>
    <message>
        <source>A barcode has at most 64 characters.</source>
        <translation>Kode batang paling banyak 64 karakter.</translation>
    </message>
    <message>
        <source>The barcode "%1" contains a space or a control character.</source>
        <translation>Kode batang "%1" mengandung spasi atau karakter kontrol.</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>Tidak ada cantuman %1.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Harga tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The barcode %1 is already on a copy of record %2.</source>
        <translation>Kode batang %1 sudah digunakan oleh eksemplar dari cantuman %2.</translation>
    </message>
    <message>
        <source>The item was not stored.</source>
        <translation>Eksemplar tidak tersimpan.</translation>
    </message>
    <message>
        <source>No copy has the barcode %1.</source>
        <translation>Tidak ada eksemplar dengan kode batang %1.</translation>
    </message>
    <message>
        <source>Nothing to change on %1.</source>
        <translation>Tidak ada yang diubah pada %1.</translation>
    </message>
    <message>
        <source>%1 is on loan: check it in before changing its status.</source>
        <translation>%1 sedang dipinjam: proses pengembaliannya sebelum mengubah statusnya.</translation>
    </message>
    <message>
        <source>%1 is waiting on the hold shelf: cancel or fulfil the hold first.</source>
        <translation>%1 sedang menunggu di rak pemesanan: batalkan atau penuhi pemesanannya terlebih dahulu.</translation>
    </message>
    <message>
        <source>"%1" is not an item status (%2).</source>
        <translation>"%1" bukan status eksemplar (%2).</translation>
    </message>
    <message>
        <source>Give a call number to browse around.</source>
        <translation>Berikan nomor panggil sebagai titik awal penelusuran rak.</translation>
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
        <source>Database error: %1</source>
        <translation>Kesalahan basis data: %1</translation>
    </message>
    <message>
        <source>The disk holding the library is full: nothing was changed. Free some space on it (or ask the administrator to); Aksara carries on by itself once there is room. (%1)</source>
        <translation>Disk tempat data perpustakaan penuh: tidak ada yang diubah. Kosongkan sebagian ruang di disk itu (atau minta administrator melakukannya); Aksara akan berjalan lagi dengan sendirinya begitu ada ruang. (%1)</translation>
    </message>
    <message>
        <source>The database can only be read, not written: nothing was changed. (%1)</source>
        <translation>Basis data hanya bisa dibaca, tidak bisa ditulisi: tidak ada yang diubah. (%1)</translation>
    </message>
    <message>
        <source>The disk holding the library could not be read or written (an input/output error): nothing was changed. (%1)</source>
        <translation>Disk tempat data perpustakaan tidak bisa dibaca atau ditulisi (galat masukan/keluaran): tidak ada yang diubah. (%1)</translation>
    </message>
    <message>
        <source>The database ran out of memory: nothing was changed. (%1)</source>
        <translation>Basis data kehabisan memori: tidak ada yang diubah. (%1)</translation>
    </message>
    <message>
        <source>The search or value cannot be used: it is not valid or too complex (%1). Simplify it and try again.</source>
        <translation>Pencarian atau nilai ini tidak dapat dipakai: tidak valid atau terlalu rumit (%1). Sederhanakan lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>Aksara::DatabaseConfig</name>
    <message>
        <source>No database was given (use --db or AKSARA_DB).</source>
        <translation>Basis data belum ditentukan (gunakan --db atau AKSARA_DB).</translation>
    </message>
    <message>
        <source>Unsupported database URL "%1": use a file path for SQLite or postgresql://user@host:port/dbname for PostgreSQL.</source>
        <translation>URL basis data "%1" tidak didukung: gunakan jalur berkas untuk SQLite atau postgresql://user@host:port/dbname untuk PostgreSQL.</translation>
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
        <source>Malformed PostgreSQL URL: the database name "%1" contains '/'.</source>
        <translation>URL PostgreSQL tidak valid: nama basis data "%1" mengandung '/'.</translation>
    </message>
    <message>
        <source>Malformed PostgreSQL URL: bad port "%1".</source>
        <translation>URL PostgreSQL tidak valid: port "%1" tidak valid.</translation>
    </message>
    <message>
        <source>Malformed PostgreSQL URL: unknown parameter "%1".</source>
        <translation>URL PostgreSQL tidak valid: parameter "%1" tidak dikenal.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database (postgresql://user@host/dbname).</source>
        <translation>URL PostgreSQL tidak menyebutkan nama basis data (postgresql://user@host/dbname).</translation>
    </message>
</context>
<context>
    <name>Aksara::DatabaseRoles</name>
    <message>
        <source>Database roles and grants exist on PostgreSQL only; an SQLite library is protected by its file's permissions.</source>
        <translation>Peran dan hak akses basis data hanya ada di PostgreSQL; perpustakaan SQLite dilindungi oleh izin berkasnya.</translation>
    </message>
    <message>
        <source>"%1" is not a plain role name: use lower-case letters, digits and _ (at most 63), starting with a letter, e.g. aksara_app.</source>
        <translation>"%1" bukan nama peran yang sederhana: gunakan huruf kecil, angka, dan _ (paling banyak 63), diawali huruf, misalnya aksara_app.</translation>
    </message>
    <message>
        <source>Role names starting with pg_ belong to PostgreSQL.</source>
        <translation>Nama peran yang diawali pg_ milik PostgreSQL.</translation>
    </message>
    <message>
        <source>This database has no table %1: run aksara init first.</source>
        <translation>Basis data ini tidak memiliki tabel %1: jalankan aksara init terlebih dahulu.</translation>
    </message>
    <message>
        <source>Only the owner of the tables (%1) gives the application role its grants; connect as the owner to run this.</source>
        <translation>Hanya pemilik tabel (%1) yang memberikan hak akses kepada peran aplikasi; sambungkan sebagai pemilik untuk menjalankan ini.</translation>
    </message>
    <message>
        <source>There is no PostgreSQL role %1; create it first (CREATE ROLE %1 LOGIN PASSWORD '…'), as a superuser or a role with CREATEROLE.</source>
        <translation>Tidak ada peran PostgreSQL %1; buat dahulu (CREATE ROLE %1 LOGIN PASSWORD '…') sebagai superuser atau peran dengan CREATEROLE.</translation>
    </message>
    <message>
        <source>%1 owns the tables (or runs this command): the application role must be another role, which owns nothing.</source>
        <translation>%1 memiliki tabel-tabel ini (atau menjalankan perintah ini): peran aplikasi harus peran lain yang tidak memiliki apa pun.</translation>
    </message>
    <message>
        <source>%1 is a superuser: it can do anything, grants or not. Make the application role an ordinary role (NOSUPERUSER).</source>
        <translation>%1 adalah superuser: ia dapat melakukan apa saja, dengan atau tanpa hak akses. Jadikan peran aplikasi peran biasa (NOSUPERUSER).</translation>
    </message>
    <message>
        <source>%1 is a member of the owner %2 and so has its rights (ALTER TABLE, DROP TRIGGER): revoke that membership (REVOKE %2 FROM %1).</source>
        <translation>%1 adalah anggota pemilik %2 sehingga memiliki haknya (ALTER TABLE, DROP TRIGGER): cabut keanggotaan itu (REVOKE %2 FROM %1).</translation>
    </message>
    <message>
        <source>member of the owner</source>
        <translation>anggota pemilik</translation>
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
    <message>
        <source>The demo library's logo is missing from this build.</source>
        <translation>Logo perpustakaan demo tidak disertakan dalam build ini.</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::AddSip2Dialog</name>
    <message>
        <source>New SIP2 account</source>
        <translation>Akun SIP2 baru</translation>
    </message>
    <message>
        <source>e.g. selfcheck-1 (the machine's CN)</source>
        <translation>mis. selfcheck-1 (CN pada mesin)</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>the institution id the machine sends (AO)</source>
        <translation>ID institusi yang dikirim mesin (AO)</translation>
    </message>
    <message>
        <source>&amp;Institution (AO)</source>
        <translation>&amp;Institusi (AO)</translation>
    </message>
    <message>
        <source>Any branch</source>
        <translation>Cabang mana saja</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Cabang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Buat akun</translation>
    </message>
    <message>
        <source>Give the institution id the machine sends (AO).</source>
        <translation>Isi ID institusi yang dikirim mesin (AO).</translation>
    </message>
    <message>
        <source>The account was not created</source>
        <translation>Akun tidak dibuat</translation>
    </message>
    <message>
        <source>Patrons must give their &amp;PIN for everything</source>
        <translation>Anggota wajib memasukkan &amp;PIN untuk semua transaksi</translation>
    </message>
    <message>
        <source>Show a card's own patron data &amp;without its PIN</source>
        <translation>Tampilkan data pemilik kartu &amp;tanpa PIN</translation>
    </message>
    <message>
        <source>May take pa&amp;yments (SIP2 37)</source>
        <translation>Boleh menerima pemba&amp;yaran (SIP2 37)</translation>
    </message>
    <message>
        <source>SIP2 account %1</source>
        <translation>Akun SIP2 %1</translation>
    </message>
    <message>
        <source>The machine refuses patrons who give no PIN; without it a card alone is enough to borrow.</source>
        <translation>Mesin menolak anggota yang tidak memasukkan PIN; tanpa pilihan ini kartu saja sudah cukup untuk meminjam.</translation>
    </message>
    <message>
        <source>Only for a machine staff watch over: it is told the name, contacts, loans and fees of the card it reads, without the patron's PIN.</source>
        <translation>Hanya untuk mesin yang diawasi petugas: mesin diberi tahu nama, kontak, pinjaman, dan denda pemilik kartu yang dibacanya tanpa PIN anggota.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>The account was not changed</source>
        <translation>Akun tidak diubah</translation>
    </message>
    <message>
        <source>Lend and renew only this branch's ite&amp;ms</source>
        <translation>Hanya pinjamkan dan perpanjang koleksi cabang i&amp;ni</translation>
    </message>
    <message>
        <source>May bl&amp;ock cards (SIP2 01)</source>
        <translation>Boleh me&amp;mblokir kartu (SIP2 01)</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::AddStaffDialog</name>
    <message>
        <source>New staff account</source>
        <translation>Akun petugas baru</translation>
    </message>
    <message>
        <source>e.g. siti.rahma — lower-case letters, digits, . _ -</source>
        <translation>mis. siti.rahma — huruf kecil, angka, . _ -</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>as shown on slips and in the records</source>
        <translation>seperti tercantum pada slip dan catatan</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Na&amp;ma</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>No branch of their own</source>
        <translation>Tidak terikat pada cabang</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Cabang</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Buat akun</translation>
    </message>
    <message>
        <source>The account was not created</source>
        <translation>Akun tidak dibuat</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::AdminLookups</name>
    <message>
        <source>There is no branch "%1".</source>
        <translation>Tidak ada cabang "%1".</translation>
    </message>
    <message>
        <source>There is no patron category "%1".</source>
        <translation>Tidak ada kategori anggota "%1".</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::AdminPage</name>
    <message>
        <source>Staff accounts</source>
        <translation>Akun petugas</translation>
    </message>
    <message>
        <source>Loan rules</source>
        <translation>Aturan peminjaman</translation>
    </message>
    <message>
        <source>Calendars and holidays</source>
        <translation>Kalender dan hari libur</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>SIP2 accounts</source>
        <translation>Akun SIP2</translation>
    </message>
    <message>
        <source>The library</source>
        <translation>Perpustakaan</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>Patron categories</source>
        <translation>Kategori anggota</translation>
    </message>
    <message>
        <source>Item types</source>
        <translation>Jenis koleksi</translation>
    </message>
    <message>
        <source>Shelving locations</source>
        <translation>Lokasi penempatan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Import from the old system</source>
        <translation>Impor dari sistem lama</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::BranchFields</name>
    <message>
        <source>e.g. PUSAT (capital letters and digits)</source>
        <translation>mis. PUSAT (huruf kapital dan angka)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>The opening hours and holidays that due dates and overdue fees count with.</source>
        <translation>Jam buka dan hari libur yang dipakai untuk menghitung tanggal kembali dan denda keterlambatan.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>The library's calendar</source>
        <translation>Kalender perpustakaan</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::BranchesAdminPage</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Eksemplar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Close branch…</source>
        <translation>&amp;Tutup cabang…</translation>
    </message>
    <message>
        <source>Re&amp;open branch</source>
        <translation>Buka &amp;kembali cabang</translation>
    </message>
    <message>
        <source>&amp;New branch</source>
        <translation>Cabang &amp;baru</translation>
    </message>
    <message>
        <source>The branches could not be read</source>
        <translation>Daftar cabang tidak dapat dibaca</translation>
    </message>
    <message>
        <source>the library's</source>
        <translation>milik perpustakaan</translation>
    </message>
    <message>
        <source>closed since %1</source>
        <translation>tutup sejak %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>buka</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>Cabang %1</translation>
    </message>
    <message>
        <source>Closed since %1: %2</source>
        <translation>Tutup sejak %1: %2</translation>
    </message>
    <message>
        <source>New branch</source>
        <translation>Cabang baru</translation>
    </message>
    <message>
        <source>&amp;Add branch</source>
        <translation>T&amp;ambah cabang</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The branch was not added</source>
        <translation>Cabang tidak ditambahkan</translation>
    </message>
    <message>
        <source>The branch was not saved</source>
        <translation>Cabang tidak disimpan</translation>
    </message>
    <message>
        <source>Branch %1 added.</source>
        <translation>Cabang %1 ditambahkan.</translation>
    </message>
    <message>
        <source>Branch %1 saved.</source>
        <translation>Cabang %1 disimpan.</translation>
    </message>
    <message>
        <source>Branch %1 is closed; its history is kept.</source>
        <translation>Cabang %1 ditutup; riwayatnya tetap disimpan.</translation>
    </message>
    <message>
        <source>The branch was not reopened</source>
        <translation>Cabang tidak dibuka kembali</translation>
    </message>
    <message>
        <source>Branch %1 is open again.</source>
        <translation>Cabang %1 sudah buka kembali.</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Cabang</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::CalendarsAdmin</name>
    <message>
        <source>"%1" is not an opening interval; write them as 08:00–12:00, 13:00–16:00 (empty: closed).</source>
        <translation>"%1" bukan rentang jam buka; tuliskan seperti 08:00–12:00, 13:00–16:00 (kosong: tutup).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Berulang</translation>
    </message>
    <message>
        <source>Every &amp;year</source>
        <translation>Setiap &amp;tahun</translation>
    </message>
    <message>
        <source>Remo&amp;ve the holiday…</source>
        <translation>&amp;Hapus hari libur…</translation>
    </message>
    <message>
        <source>&amp;New calendar…</source>
        <translation>&amp;Kalender baru…</translation>
    </message>
    <message>
        <source>A branch follows this calendar</source>
        <translation>Cabang yang memakai kalender ini</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>T&amp;etapkan</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Jam layanan</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>tutup</translation>
    </message>
    <message>
        <source>&amp;Save the hours</source>
        <translation>&amp;Simpan jam layanan</translation>
    </message>
    <message>
        <source>e.g. 08:00–12:00, 13:00–16:00; empty: closed all day</source>
        <translation>mis. 08:00–12:00, 13:00–16:00; kosong: tutup sepanjang hari</translation>
    </message>
    <message>
        <source>Holidays (the library is closed)</source>
        <translation>Hari libur (perpustakaan tutup)</translation>
    </message>
    <message>
        <source>e.g. Hari Kemerdekaan</source>
        <translation>mis. Hari Kemerdekaan</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>T&amp;ambah</translation>
    </message>
    <message>
        <source>The calendars could not be read</source>
        <translation>Kalender tidak dapat dibaca</translation>
    </message>
    <message>
        <source>no branch</source>
        <translation>tanpa cabang</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No branch follows it yet.</source>
        <translation>Belum ada cabang yang memakainya.</translation>
    </message>
    <message>
        <source>Followed by: %1.</source>
        <translation>Dipakai oleh: %1.</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>setiap tahun</translation>
    </message>
    <message>
        <source>once, %1</source>
        <translation>sekali, %1</translation>
    </message>
    <message>
        <source>The hours were not saved</source>
        <translation>Jam layanan tidak disimpan</translation>
    </message>
    <message>
        <source>Opening hours of %1 saved: %2</source>
        <translation>Jam layanan %1 disimpan: %2</translation>
    </message>
    <message>
        <source>Nothing to save: the hours are as they were.</source>
        <translation>Tidak ada yang perlu disimpan: jam layanan tidak berubah.</translation>
    </message>
    <message>
        <source>The holiday was not added</source>
        <translation>Hari libur tidak ditambahkan</translation>
    </message>
    <message>
        <source>%1 is closed on %2 (%3).</source>
        <translation>%1 tutup pada %2 (%3).</translation>
    </message>
    <message>
        <source>Remove a holiday</source>
        <translation>Hapus hari libur</translation>
    </message>
    <message>
        <source>Remove "%1" (%2) from %3? The library then counts that day as an open day for due dates and fees.</source>
        <translation>Hapus "%1" (%2) dari %3? Hari itu lalu dihitung sebagai hari buka untuk tanggal jatuh tempo dan denda.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>The holiday was not removed</source>
        <translation>Hari libur tidak dihapus</translation>
    </message>
    <message>
        <source>"%1" is no longer a holiday of %2.</source>
        <translation>"%1" bukan lagi hari libur %2.</translation>
    </message>
    <message>
        <source>Calendar %1 created</source>
        <translation>Kalender %1 dibuat</translation>
    </message>
    <message>
        <source>Assign it to a branch to make the branch follow it.</source>
        <translation>Tetapkan kalender ini ke sebuah cabang agar cabang itu memakainya.</translation>
    </message>
    <message>
        <source>The branch was not assigned</source>
        <translation>Cabang tidak ditetapkan</translation>
    </message>
    <message>
        <source>%1 follows the calendar %2 from now on.</source>
        <translation>Mulai sekarang %1 memakai kalender %2.</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::CardDialog</name>
    <message>
        <source>Membership card — %1</source>
        <translation>Kartu anggota — %1</translation>
    </message>
    <message>
        <source>Front of the card. The back carries the conditions of use in Indonesian and English.</source>
        <translation>Bagian depan kartu. Bagian belakang memuat ketentuan penggunaan dalam bahasa Indonesia dan bahasa Inggris.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Telah dikirim ke printer.</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::CataloguePage</name>
    <message>
        <source>Book</source>
        <translation>Buku</translation>
    </message>
    <message>
        <source>E-book</source>
        <translation>Buku elektronik</translation>
    </message>
    <message>
        <source>Magazine</source>
        <translation>Majalah</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <source>Sheet music</source>
        <translation>Partitur musik</translation>
    </message>
    <message>
        <source>Audiobook</source>
        <translation>Buku audio</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Perangkat lunak</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Benda</translation>
    </message>
    <message>
        <source>Manuscript</source>
        <translation>Naskah</translation>
    </message>
    <message>
        <source>Mixed materials</source>
        <translation>Bahan campuran</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inggris</translation>
    </message>
    <message>
        <source>Javanese</source>
        <translation>Jawa</translation>
    </message>
    <message>
        <source>Sundanese</source>
        <translation>Sunda</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Melayu</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arab</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Belanda</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Jepang</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Tionghoa</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>tidak disebutkan</translation>
    </message>
    <message>
        <source>on the shelf</source>
        <translation>di rak</translation>
    </message>
    <message>
        <source>on loan</source>
        <translation>dipinjam</translation>
    </message>
    <message>
        <source>on the hold shelf</source>
        <translation>di rak pemesanan</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>dalam perjalanan</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>hilang</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ditarik dari koleksi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Pengarang</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>Nomor panggil</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Eksemplar</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Sebelumnya</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Berikutnya ›</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Kode batang</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Rak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Title, author, subject, ISBN… — e.g. pramoedya, "bumi manusia", author:hamka year:1960-1980</source>
        <translation>Judul, pengarang, subjek, ISBN… — mis. pramoedya, "bumi manusia", author:hamka year:1960-1980</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Import MARC…</source>
        <translation>Impor MARC…</translation>
    </message>
    <message>
        <source>Choose a title to see where every copy is.</source>
        <translation>Pilih judul untuk melihat lokasi setiap eksemplarnya.</translation>
    </message>
    <message>
        <source>Place a hold for %1</source>
        <translation>Buat pemesanan untuk %1</translation>
    </message>
    <message>
        <source>The search did not run</source>
        <translation>Pencarian tidak dapat dijalankan</translation>
    </message>
    <message>
        <source>no copies</source>
        <translation>tidak ada eksemplar</translation>
    </message>
    <message>
        <source>%1 of %2 on the shelf</source>
        <translation>%1 dari %2 ada di rak</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Tidak ada hasil.</translation>
    </message>
    <message>
        <source>%1–%2 of %3%4</source>
        <translation>%1–%2 dari %3%4</translation>
    </message>
    <message>
        <source> (about)</source>
        <translation> (perkiraan)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Ketersediaan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Tahun terbit</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1-an</translation>
    </message>
    <message>
        <source>On the shelf now</source>
        <translation>Ada di rak sekarang</translation>
    </message>
    <message>
        <source>All copies out</source>
        <translation>Tidak ada eksemplar di rak</translation>
    </message>
    <message>
        <source>%1 of %2 copies on the shelf</source>
        <translation>%1 dari %2 eksemplar ada di rak</translation>
    </message>
    <message>
        <source>Hold placed for %1: %2</source>
        <translation>Pemesanan dibuat untuk %1: %2</translation>
    </message>
    <message>
        <source>Place in the queue: %1</source>
        <translation>Urutan dalam antrean: %1</translation>
    </message>
    <message>
        <source>Minangkabau</source>
        <translation>Minangkabau</translation>
    </message>
    <message>
        <source>Balinese</source>
        <translation>Bali</translation>
    </message>
    <message>
        <source>Buginese</source>
        <translation>Bugis</translation>
    </message>
    <message>
        <source>Madurese</source>
        <translation>Madura</translation>
    </message>
    <message>
        <source>Acehnese</source>
        <translation>Aceh</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Korea</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Jerman</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Prancis</translation>
    </message>
    <message>
        <source>Edit MARC…</source>
        <translation>Sunting MARC…</translation>
    </message>
    <message>
        <source>Add copy…</source>
        <translation>Tambah eksemplar…</translation>
    </message>
    <message>
        <source>Edit copy…</source>
        <translation>Sunting eksemplar…</translation>
    </message>
    <message>
        <source>Withdraw copy…</source>
        <translation>Tarik eksemplar…</translation>
    </message>
    <message>
        <source>New record…</source>
        <translation>Cantuman baru…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>New in MARC…</source>
        <translation>Baru dalam MARC…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Copy cataloguing (SRU)…</source>
        <translation>Katalogisasi salin (SRU)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Enter or a double click on a copy</source>
        <translation>Enter atau klik ganda pada eksemplar</translation>
    </message>
    <message>
        <source>Record %1 created: %2</source>
        <translation>Cantuman %1 dibuat: %2</translation>
    </message>
    <message>
        <source>Record %1 saved: %2</source>
        <translation>Cantuman %1 disimpan: %2</translation>
    </message>
    <message>
        <source>Record %1 imported: %2</source>
        <translation>Cantuman %1 diimpor: %2</translation>
    </message>
    <message>
        <source>Copy %1 added to “%2”</source>
        <translation>Eksemplar %1 ditambahkan ke “%2”</translation>
    </message>
    <message>
        <source>Copy %1 saved</source>
        <translation>Eksemplar %1 disimpan</translation>
    </message>
    <message>
        <source>Withdraw a copy</source>
        <translation>Tarik eksemplar dari koleksi</translation>
    </message>
    <message>
        <source>Withdraw copy %1 of “%2”? It leaves the shelf and the catalogue's counts; its history stays.</source>
        <translation>Tarik eksemplar %1 dari “%2”? Eksemplar keluar dari rak dan dari hitungan katalog; riwayatnya tetap tersimpan.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tarik</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Jangan</translation>
    </message>
    <message>
        <source>Copy %1 was not withdrawn</source>
        <translation>Eksemplar %1 tidak ditarik</translation>
    </message>
    <message>
        <source>Copy %1 withdrawn</source>
        <translation>Eksemplar %1 ditarik dari koleksi</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>Label…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::CategoriesAdminPage</name>
    <message>
        <source>any</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>%1 and over</source>
        <translation>%1 ke atas</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>sampai %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Debt limit</source>
        <translation>Batas tunggakan</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Usia</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Hentikan…</translation>
    </message>
    <message>
        <source>&amp;Use again</source>
        <translation>&amp;Pakai lagi</translation>
    </message>
    <message>
        <source>&amp;New category</source>
        <translation>Kategori &amp;baru</translation>
    </message>
    <message>
        <source>The patron categories could not be read</source>
        <translation>Daftar kategori anggota tidak dapat dibaca</translation>
    </message>
    <message>
        <source>required</source>
        <translation>wajib</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>tidak wajib</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>dipakai</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>dihentikan</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Kategori %1</translation>
    </message>
    <message>
        <source>Category %1 (retired)</source>
        <translation>Kategori %1 (dihentikan)</translation>
    </message>
    <message>
        <source>New patron category</source>
        <translation>Kategori anggota baru</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>T&amp;ambah kategori</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The category was not added</source>
        <translation>Kategori tidak ditambahkan</translation>
    </message>
    <message>
        <source>The category was not saved</source>
        <translation>Kategori tidak disimpan</translation>
    </message>
    <message>
        <source>Category %1 added.</source>
        <translation>Kategori %1 ditambahkan.</translation>
    </message>
    <message>
        <source>Category %1 saved.</source>
        <translation>Kategori %1 disimpan.</translation>
    </message>
    <message>
        <source>The category was not put back in use</source>
        <translation>Kategori tidak dipakai kembali</translation>
    </message>
    <message>
        <source>The category was not retired</source>
        <translation>Kategori tidak dihentikan</translation>
    </message>
    <message>
        <source>Category %1 is in use again.</source>
        <translation>Kategori %1 dipakai lagi.</translation>
    </message>
    <message>
        <source>Category %1 is retired; its members keep it.</source>
        <translation>Kategori %1 dihentikan; anggotanya tetap memakainya.</translation>
    </message>
    <message>
        <source>Retire category %1</source>
        <translation>Hentikan kategori %1</translation>
    </message>
    <message>
        <source>New members can no longer be given the category %1 (%2). The members who have it now keep it (%3).</source>
        <translation>Anggota baru tidak dapat lagi diberi kategori %1 (%2). Anggota yang sudah memakainya tetap memakainya (%3).</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Patron categories</source>
        <translation>Kategori anggota</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::CategoryFields</name>
    <message>
        <source>any age</source>
        <translation>semua usia</translation>
    </message>
    <message>
        <source>Members must give their NIK</source>
        <translation>Anggota wajib memberikan NIK</translation>
    </message>
    <message>
        <source>e.g. UMUM</source>
        <translation>mis. UMUM</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Masa keanggotaan</translation>
    </message>
    <message>
        <source>Charged when a member joins.</source>
        <translation>Ditagihkan saat anggota mendaftar.</translation>
    </message>
    <message>
        <source>Enrolment fee</source>
        <translation>Biaya pendaftaran</translation>
    </message>
    <message>
        <source>What a member may owe and still borrow.</source>
        <translation>Tunggakan yang masih boleh dimiliki anggota agar tetap bisa meminjam.</translation>
    </message>
    <message>
        <source>Debt limit</source>
        <translation>Batas tunggakan</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>From the age of</source>
        <translation>Dari usia</translation>
    </message>
    <message>
        <source>Up to the age of</source>
        <translation>Sampai usia</translation>
    </message>
    <message>
        <source>School libraries register pupils without one.</source>
        <translation>Perpustakaan sekolah mendaftarkan siswa tanpa NIK.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::CirculationPage</name>
    <message>
        <source>Check out  F2</source>
        <translation>Peminjaman  F2</translation>
    </message>
    <message>
        <source>Check in  F3</source>
        <translation>Pengembalian  F3</translation>
    </message>
    <message>
        <source>Why it may go ahead (recorded with your name)</source>
        <translation>Alasan transaksi boleh dilanjutkan (dicatat atas nama Anda)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Kode batang</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Was lent to</source>
        <translation>Dipinjam oleh</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Denda keterlambatan</translation>
    </message>
    <message>
        <source>Where it goes now</source>
        <translation>Tujuan berikutnya</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Cetak slip</translation>
    </message>
    <message>
        <source>Ctrl+P: the slip of the last item returned</source>
        <translation>Ctrl+P: slip eksemplar terakhir yang dikembalikan</translation>
    </message>
    <message>
        <source>F5: renew the selected loan</source>
        <translation>F5: perpanjang pinjaman yang dipilih</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>F8 goes to the reason; Enter confirms</source>
        <translation>F8 menuju kolom alasan; Enter untuk mengonfirmasi</translation>
    </message>
    <message>
        <source>Scan the item being returned</source>
        <translation>Pindai eksemplar yang dikembalikan</translation>
    </message>
    <message>
        <source>Check-in: scan each returned item. Items for a hold or another branch are called out. F2 goes back to lending.</source>
        <translation>Pengembalian: pindai setiap eksemplar yang dikembalikan. Eksemplar untuk pemesanan atau cabang lain akan diberi tanda. F2 kembali ke peminjaman.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) returned at this desk since it opened.</source>
        <translation>
            <numerusform>%n eksemplar dikembalikan di meja ini sejak dibuka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan an item to lend to %1, or another card</source>
        <translation>Pindai eksemplar yang akan dipinjamkan kepada %1, atau pindai kartu lain</translation>
    </message>
    <message>
        <source>Enter lends · F5 renew · F6 hold · F9 pay · Ctrl+P slip · F3 returns · Esc ends this patron</source>
        <translation>Enter meminjamkan · F5 perpanjang · F6 pemesanan · F9 bayar · Ctrl+P slip · F3 pengembalian · Esc akhiri layanan anggota ini</translation>
    </message>
    <message>
        <source>Scan a membership card or an item</source>
        <translation>Pindai kartu anggota atau eksemplar</translation>
    </message>
    <message>
        <source>Check-out: scan the member's card, then each item. F3 switches to returns.</source>
        <translation>Peminjaman: pindai kartu anggota, lalu setiap eksemplar. F3 beralih ke pengembalian.</translation>
    </message>
    <message>
        <source>Scan a membership card to start.
F4 finds a member by name; Ctrl+N registers a new member.</source>
        <translation>Pindai kartu anggota untuk memulai.
F4 mencari anggota berdasarkan nama; Ctrl+N mendaftarkan anggota baru.</translation>
    </message>
    <message>
        <source>No member is open</source>
        <translation>Belum ada anggota yang dibuka</translation>
    </message>
    <message>
        <source>Scan the member's card first, then the items.</source>
        <translation>Pindai kartu anggota terlebih dahulu, lalu eksemplarnya.</translation>
    </message>
    <message>
        <source>To return %1, press F3 and scan it again.</source>
        <translation>Untuk mengembalikan %1, tekan F3 lalu pindai lagi.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n item(s) on loan</source>
        <translation>
            <numerusform>%1 — %n eksemplar dipinjam</numerusform>
        </translation>
    </message>
    <message>
        <source>Not lent: %1</source>
        <translation>Tidak dipinjamkan: %1</translation>
    </message>
    <message>
        <source>Allowed by %1: %2</source>
        <translation>Diizinkan oleh %1: %2</translation>
    </message>
    <message>
        <source>This fills the member's hold.</source>
        <translation>Eksemplar ini memenuhi pemesanan anggota tersebut.</translation>
    </message>
    <message>
        <source>Lent: %1 — due %2</source>
        <translation>Dipinjamkan: %1 — jatuh tempo %2</translation>
    </message>
    <message>
        <source>Not returned: %1</source>
        <translation>Tidak dikembalikan: %1</translation>
    </message>
    <message>
        <source>Hold shelf: %1</source>
        <translation>Rak pemesanan: %1</translation>
    </message>
    <message>
        <source>HOLD — put %1 on the hold shelf for %2</source>
        <translation>PEMESANAN — letakkan %1 di rak pemesanan untuk %2</translation>
    </message>
    <message>
        <source>Card %1 · pick up at %2 · collect by %3</source>
        <translation>Kartu %1 · diambil di %2 · ambil paling lambat %3</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>Kirim ke %1</translation>
    </message>
    <message>
        <source>TRANSIT — send %1 to %2</source>
        <translation>ANTARCABANG — kirim %1 ke %2</translation>
    </message>
    <message>
        <source>For the hold of %1 (%2)</source>
        <translation>Untuk pemesanan %1 (%2)</translation>
    </message>
    <message>
        <source>Back to the shelf</source>
        <translation>Kembalikan ke rak</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>Dikembalikan: %1</translation>
    </message>
    <message>
        <source>%1 was not on loan</source>
        <translation>%1 tidak sedang dipinjam</translation>
    </message>
    <message>
        <source>Returned late: %1 charged to %2</source>
        <translation>Terlambat dikembalikan: denda %1 dibebankan kepada %2</translation>
    </message>
    <message>
        <source>You may allow this. Give the reason and press Enter (F8 goes to the reason box).</source>
        <translation>Anda dapat mengizinkan ini. Tuliskan alasannya lalu tekan Enter (F8 menuju kotak alasan).</translation>
    </message>
    <message>
        <source>Lend anyway</source>
        <translation>Tetap pinjamkan</translation>
    </message>
    <message>
        <source>Renew anyway</source>
        <translation>Tetap perpanjang</translation>
    </message>
    <message>
        <source>A supervisor can allow this with an override.</source>
        <translation>Supervisor dapat mengizinkan ini dengan pengecualian.</translation>
    </message>
    <message>
        <source>The system did not work</source>
        <translation>Sistem gagal memproses</translation>
    </message>
    <message>
        <source>Nothing was changed. Try again; if it keeps happening, report a problem (F12).</source>
        <translation>Tidak ada yang diubah. Coba lagi; jika terus terjadi, laporkan masalah (F12).</translation>
    </message>
    <message>
        <source>A reason is needed: it is recorded with your name.</source>
        <translation>Alasan wajib diisi: alasan dicatat atas nama Anda.</translation>
    </message>
    <message>
        <source>Done. Ready for the next member.</source>
        <translation>Selesai. Siap untuk anggota berikutnya.</translation>
    </message>
    <message>
        <source>Choose the loan to renew in the list, or use Renew all.</source>
        <translation>Pilih pinjaman yang akan diperpanjang dari daftar, atau gunakan Perpanjang semua.</translation>
    </message>
    <message>
        <source>Not renewed: %1</source>
        <translation>Tidak diperpanjang: %1</translation>
    </message>
    <message>
        <source>Late fee so far: %1</source>
        <translation>Denda keterlambatan sejauh ini: %1</translation>
    </message>
    <message>
        <source>Allowed by %1</source>
        <translation>Diizinkan oleh %1</translation>
    </message>
    <message>
        <source>Renewed: %1 — now due %2</source>
        <translation>Diperpanjang: %1 — kini jatuh tempo %2</translation>
    </message>
    <message>
        <source>Nothing renewed</source>
        <translation>Tidak ada yang diperpanjang</translation>
    </message>
    <message>
        <source>%1: now due %2</source>
        <translation>%1: kini jatuh tempo %2</translation>
    </message>
    <message>
        <source>%1: not renewed — %2</source>
        <translation>%1: tidak diperpanjang — %2</translation>
    </message>
    <message>
        <source>%1 of %2 loan(s) renewed</source>
        <translation>%1 dari %2 pinjaman diperpanjang</translation>
    </message>
    <message>
        <source>Return slip</source>
        <translation>Slip pengembalian</translation>
    </message>
    <message>
        <source>Loan slip</source>
        <translation>Slip peminjaman</translation>
    </message>
    <message>
        <source>Waived %1</source>
        <translation>Dibebaskan %1</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Diterima %1</translation>
    </message>
    <message>
        <source>Receipt No. %1 · still owed %2</source>
        <translation>Tanda terima No. %1 · sisa tagihan %2</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <source>Still owed %1</source>
        <translation>Sisa tagihan %1</translation>
    </message>
    <message>
        <source>Hold placed: %1</source>
        <translation>Pemesanan dibuat: %1</translation>
    </message>
    <message>
        <source>Place in the queue: %1</source>
        <translation>Urutan dalam antrean: %1</translation>
    </message>
    <message>
        <source>Pick up at %1</source>
        <translation>Diambil di %1</translation>
    </message>
    <message>
        <source>Choose the hold to cancel in the list.</source>
        <translation>Pilih pemesanan yang akan dibatalkan dari daftar.</translation>
    </message>
    <message>
        <source>The hold was not cancelled</source>
        <translation>Pemesanan tidak dibatalkan</translation>
    </message>
    <message>
        <source>Hold cancelled: %1</source>
        <translation>Pemesanan dibatalkan: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>%1 may borrow again.</source>
        <translation>%1 dapat meminjam lagi.</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Blokir %1</translation>
    </message>
    <message>
        <source>Why is this member blocked? The reason is shown at every desk.</source>
        <translation>Mengapa anggota ini diblokir? Alasannya ditampilkan di setiap meja layanan.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blokir</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>%1 sedang diblokir.</translation>
    </message>
    <message>
        <source>Membership extended: valid until %1</source>
        <translation>Keanggotaan diperpanjang: berlaku sampai %1</translation>
    </message>
<message>
        <source>Choose the notice to send again in the list.</source>
        <translation>Pilih pemberitahuan yang akan dikirim ulang dari daftar.</translation>
    </message>
    <message>
        <source>The notice was not queued again</source>
        <translation>Pemberitahuan tidak dimasukkan lagi ke antrean</translation>
    </message>
    <message>
        <source>The notice is queued again; the server sends it at its next run.</source>
        <translation>Pemberitahuan masuk antrean lagi; server akan mengirimkannya pada putaran berikutnya.</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::CloseBranchDialog</name>
    <message>
        <source>Close branch %1</source>
        <translation>Tutup cabang %1</translation>
    </message>
    <message>
        <source>Close the branch %1 (%2)?</source>
        <translation>Tutup cabang %1 (%2)?</translation>
    </message>
    <message>
        <source>%1 (%2) will take no new members, copies or holds. Its members, copies and history are kept, and it can be reopened later.</source>
        <translation>%1 (%2) tidak akan menerima anggota, eksemplar, atau pemesanan baru. Anggota, eksemplar, dan riwayatnya tetap disimpan, dan cabang ini dapat dibuka kembali nanti.</translation>
    </message>
    <message>
        <source>Members whose home branch it is: %1. Copies that belong to it: %2.</source>
        <translation>Anggota yang terdaftar di cabang ini: %1. Eksemplar milik cabang ini: %2.</translation>
    </message>
    <message>
        <source>e.g. the building is being renovated</source>
        <translation>mis. gedung sedang direnovasi</translation>
    </message>
    <message>
        <source>Why does it close?</source>
        <translation>Mengapa ditutup?</translation>
    </message>
    <message>
        <source>&amp;Close the branch</source>
        <translation>&amp;Tutup cabang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The branch was not closed</source>
        <translation>Cabang tidak ditutup</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::CopyCataloguing</name>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Sebelumnya</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Berikutnya ›</translation>
    </message>
    <message>
        <source>Add a copy after importing</source>
        <translation>Tambah eksemplar sesudah mengimpor</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Tetap impor</translation>
    </message>
    <message>
        <source>Copy cataloguing — records from another library</source>
        <translation>Katalogisasi salin — cantuman dari perpustakaan lain</translation>
    </message>
    <message>
        <source>Words of the title</source>
        <translation>Kata dalam judul</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nama keluarga</translation>
    </message>
    <message>
        <source>ISBN (scan the barcode)</source>
        <translation>ISBN (pindai kode batangnya)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Pengarang</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Choose a record to see it in MARC.</source>
        <translation>Pilih cantuman untuk melihatnya dalam MARC.</translation>
    </message>
    <message>
        <source>Open ours</source>
        <translation>Buka milik kita</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Perpustakaan</translation>
    </message>
    <message>
        <source>The list of libraries cannot be read</source>
        <translation>Daftar perpustakaan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>No library to search is configured</source>
        <translation>Belum ada perpustakaan yang diatur untuk ditelusuri</translation>
    </message>
    <message>
        <source>An administrator adds them: aksara sru target add NAME --url URL</source>
        <translation>Administrator menambahkannya: aksara sru target add NAMA --url URL</translation>
    </message>
    <message>
        <source>Type a title, an author or an ISBN to search for.</source>
        <translation>Ketik judul, pengarang, atau ISBN yang dicari.</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>Menelusuri %1…</translation>
    </message>
    <message>
        <source>%1 did not answer the search</source>
        <translation>%1 tidak menjawab penelusuran</translation>
    </message>
    <message>
        <source>Nothing found at %1.</source>
        <translation>Tidak ada yang ditemukan di %1.</translation>
    </message>
    <message>
        <source>%1–%2 of %3 at %4</source>
        <translation>%1–%2 dari %3 di %4</translation>
    </message>
    <message>
        <source>Our catalogue already has this ISBN: “%1” (record %2). Open it to add a copy, or import this record anyway (another edition, for example).</source>
        <translation>Katalog kita sudah memiliki ISBN ini: “%1” (cantuman %2). Buka untuk menambah eksemplar, atau tetap impor cantuman ini (misalnya edisi lain).</translation>
    </message>
    <message>
        <source>The record was not imported</source>
        <translation>Cantuman tidak diimpor</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::CopyDialog</name>
    <message>
        <source>Add a copy</source>
        <translation>Tambah eksemplar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Eksemplar %1</translation>
    </message>
    <message>
        <source>Scan the copy's barcode</source>
        <translation>Pindai kode batang eksemplar</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Kode batang</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>Shelving location, e.g. Fiksi Indonesia</source>
        <translation>Lokasi penempatan, mis. Fiksi Indonesia</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>The record's call number</source>
        <translation>Nomor panggil cantuman</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>Nomor panggil</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Jenis koleksi</translation>
    </message>
    <message>
        <source>Rupiah, e.g. 85.000</source>
        <translation>Rupiah, mis. 85.000</translation>
    </message>
    <message>
        <source>Price (Rp)</source>
        <translation>Harga (Rp)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>Tanggal perolehan</translation>
    </message>
    <message>
        <source>Circulation manages this status: the copy is returned or the hold collected first.</source>
        <translation>Status ini diatur oleh sirkulasi: eksemplar harus dikembalikan atau pesanan diambil terlebih dahulu.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add another copy after this one</source>
        <translation>Tambah eksemplar lain sesudah ini</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Add copy</source>
        <translation>Tambah eksemplar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>The barcode %1 is already on a copy of “%2” (record %3).</source>
        <translation>Kode batang %1 sudah dipakai eksemplar “%2” (cantuman %3).</translation>
    </message>
    <message>
        <source>Write the price in rupiah, e.g. 85000 or 85.000.</source>
        <translation>Tulis harga dalam rupiah, mis. 85000 atau 85.000.</translation>
    </message>
    <message>
        <source>The copy was not added</source>
        <translation>Eksemplar tidak ditambahkan</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Gagal disimpan</translation>
    </message>
    <message>
        <source>Added %1. Scan the next copy.</source>
        <translation>%1 ditambahkan. Pindai eksemplar berikutnya.</translation>
    </message>
    <message>
        <source>(no location)</source>
        <translation>(tanpa lokasi)</translation>
    </message>
    <message>
        <source>Empty: %1, this item type's price</source>
        <translation>Kosong: %1, harga jenis koleksi ini</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::DeskWindow</name>
    <message>
        <source>Aksara — front desk</source>
        <translation>Aksara — meja layanan</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Perpustakaan</translation>
    </message>
    <message>
        <source>Aksara — front desk — %1</source>
        <translation>Aksara — meja layanan — %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Report a problem  F12</source>
        <translation>Laporkan masalah  F12</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Sirkulasi</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Pemesanan</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Meja layanan</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>Cari anggota</translation>
    </message>
    <message>
        <source>Register a new member…</source>
        <translation>Daftarkan anggota baru…</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Telusuri katalog</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation>Laporkan masalah…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <source>Registered: %1, card %2</source>
        <translation>Terdaftar: %1, kartu %2</translation>
    </message>
    <message>
        <source>Problem reported: incident No. %1</source>
        <translation>Masalah dilaporkan: insiden No. %1</translation>
    </message>
    <message>
        <source>The service desk has it. You can go on working; the status strip shows the services' health.</source>
        <translation>Laporan sudah diterima tim dukungan TI. Anda dapat melanjutkan pekerjaan; bilah status menampilkan kondisi layanan.</translation>
    </message>
    <message>
        <source>Enter — scan: a card opens the member, an item is lent (or returned in check-in mode)</source>
        <translation>Enter — pindai: kartu membuka data anggota, eksemplar dipinjamkan (atau dikembalikan dalam mode pengembalian)</translation>
    </message>
    <message>
        <source>F2 — check out (lend)      F3 — check in (returns)</source>
        <translation>F2 — peminjaman (meminjamkan)      F3 — pengembalian</translation>
    </message>
    <message>
        <source>Esc — end the member (or cancel an override)</source>
        <translation>Esc — akhiri layanan anggota (atau batalkan pengecualian)</translation>
    </message>
    <message>
        <source>F5 — renew the selected loan      Shift+F5 — renew all</source>
        <translation>F5 — perpanjang pinjaman yang dipilih      Shift+F5 — perpanjang semua</translation>
    </message>
    <message>
        <source>F6 — place a hold      F8 — override reason      F9 — take a payment</source>
        <translation>F6 — buat pemesanan      F8 — alasan pengecualian      F9 — terima pembayaran</translation>
    </message>
    <message>
        <source>Ctrl+P — print the slip      Ctrl+Shift+E — edit the member      Ctrl+Shift+K — membership card</source>
        <translation>Ctrl+P — cetak slip      Ctrl+Shift+E — ubah data anggota      Ctrl+Shift+K — kartu anggota</translation>
    </message>
    <message>
        <source>F4 — find a member      F7 — search the catalogue      Ctrl+N — register a member</source>
        <translation>F4 — cari anggota      F7 — telusuri katalog      Ctrl+N — daftarkan anggota</translation>
    </message>
    <message>
        <source>F12 — report a problem</source>
        <translation>F12 — laporkan masalah</translation>
    </message>
    <message>
        <source>Sign out (change staff)…</source>
        <translation>Keluar (ganti petugas)…</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administrasi</translation>
    </message>
    <message>
        <source>Ctrl+6 — administration</source>
        <translation>Ctrl+6 — administrasi</translation>
    </message>
    <message>
        <source>&amp;Cataloguing</source>
        <translation>&amp;Katalogisasi</translation>
    </message>
    <message>
        <source>New record…</source>
        <translation>Cantuman baru…</translation>
    </message>
    <message>
        <source>New record in MARC…</source>
        <translation>Cantuman baru dalam MARC…</translation>
    </message>
    <message>
        <source>Copy cataloguing (SRU)…</source>
        <translation>Katalogisasi salin (SRU)…</translation>
    </message>
    <message>
        <source>Edit MARC of the title shown…</source>
        <translation>Sunting MARC judul yang tampil…</translation>
    </message>
    <message>
        <source>Add a copy…</source>
        <translation>Tambah eksemplar…</translation>
    </message>
    <message>
        <source>Edit the copy…</source>
        <translation>Sunting eksemplar…</translation>
    </message>
    <message>
        <source>Withdraw the copy…</source>
        <translation>Tarik eksemplar…</translation>
    </message>
    <message>
        <source>Import MARC…</source>
        <translation>Impor MARC…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R — new record      Ctrl+Shift+N — new record in MARC      Ctrl+Shift+S — copy cataloguing</source>
        <translation>Ctrl+Shift+R — cantuman baru      Ctrl+Shift+N — cantuman baru dalam MARC      Ctrl+Shift+S — katalogisasi salin</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>Label…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M — edit the MARC of the title shown      Ctrl+Shift+A — add a copy      Ctrl+Shift+L — labels</source>
        <translation>Ctrl+Shift+M — sunting MARC judul yang tampil      Ctrl+Shift+A — tambah eksemplar      Ctrl+Shift+L — label</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::HoldDialog</name>
    <message>
        <source>Any copy of this title (the first one returned)</source>
        <translation>Eksemplar mana saja dari judul ini (yang pertama dikembalikan)</translation>
    </message>
    <message>
        <source>Place a hold</source>
        <translation>Buat pemesanan</translation>
    </message>
    <message>
        <source>Scan or type the item's barcode</source>
        <translation>Pindai atau ketik kode batang eksemplar</translation>
    </message>
    <message>
        <source>The member's home branch</source>
        <translation>Cabang asal anggota</translation>
    </message>
    <message>
        <source>dd-mm-yyyy (optional)</source>
        <translation>dd-mm-yyyy (opsional)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eksemplar</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Pick up at</source>
        <translation>Diambil di</translation>
    </message>
    <message>
        <source>Not needed after</source>
        <translation>Tidak diperlukan setelah</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Place hold</source>
        <translation>Buat pemesanan</translation>
    </message>
    <message>
        <source>Type the date as day-month-year, e.g. 31-12-2026.</source>
        <translation>Ketik tanggal dengan format hari-bulan-tahun, mis. 31-12-2026.</translation>
    </message>
    <message>
        <source>The hold was not placed</source>
        <translation>Pemesanan tidak dibuat</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::HoldsPage</name>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>on the hold shelf</source>
        <translation>di rak pemesanan</translation>
    </message>
    <message>
        <source>on its way</source>
        <translation>dalam perjalanan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eksemplar</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Pick up at</source>
        <translation>Diambil di</translation>
    </message>
    <message>
        <source>Ready since</source>
        <translation>Siap sejak</translation>
    </message>
    <message>
        <source>Collect by</source>
        <translation>Ambil paling lambat</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Not needed after</source>
        <translation>Tidak diperlukan setelah</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Semua cabang</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Cancel the selected hold</source>
        <translation>Batalkan pemesanan yang dipilih</translation>
    </message>
    <message>
        <source>Hold shelf</source>
        <translation>Rak pemesanan</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>Scan an item to see who is waiting for its title</source>
        <translation>Pindai eksemplar untuk melihat siapa yang menunggu judulnya</translation>
    </message>
    <message>
        <source>Queue of a title</source>
        <translation>Antrean judul</translation>
    </message>
    <message>
        <source>Nobody is waiting for the title of %1.</source>
        <translation>Tidak ada yang menunggu judul eksemplar %1.</translation>
    </message>
    <message>
        <source>Choose a hold on the shelf first.</source>
        <translation>Pilih pemesanan di rak terlebih dahulu.</translation>
    </message>
    <message>
        <source>Hold cancelled: %1 for %2</source>
        <translation>Pemesanan dibatalkan: %1 untuk %2</translation>
    </message>
    <message>
        <source>Its item now goes to the next member waiting, or back to its shelf.</source>
        <translation>Eksemplarnya kini diberikan kepada anggota berikutnya yang menunggu, atau dikembalikan ke raknya.</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::ImportDialog</name>
    <message>
        <source>Import MARC records</source>
        <translation>Impor cantuman MARC</translation>
    </message>
    <message>
        <source>A MARC file: ISO 2709 (.mrc) or MARCXML (.xml)</source>
        <translation>Berkas MARC: ISO 2709 (.mrc) atau MARCXML (.xml)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Skip records already in the catalogue</source>
        <translation>Lewati cantuman yang sudah ada di katalog</translation>
    </message>
    <message>
        <source>Replace them with the imported record</source>
        <translation>Ganti dengan cantuman yang diimpor</translation>
    </message>
    <message>
        <source>Add them anyway</source>
        <translation>Tetap tambahkan</translation>
    </message>
    <message>
        <source>Records that could not be imported are listed here, with the reason.</source>
        <translation>Cantuman yang tidak dapat diimpor dicantumkan di sini beserta alasannya.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Choose a MARC file</source>
        <translation>Pilih berkas MARC</translation>
    </message>
    <message>
        <source>MARC records (*.mrc *.marc *.iso *.xml);;All files (*)</source>
        <translation>Cantuman MARC (*.mrc *.marc *.iso *.xml);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Choose a MARC file first.</source>
        <translation>Pilih berkas MARC terlebih dahulu.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>Stopping after the batch being written…</source>
        <translation>Berhenti setelah batch yang sedang ditulis selesai…</translation>
    </message>
    <message>
        <source>%1 read · %2 imported · %3 rejected</source>
        <translation>%1 dibaca · %2 diimpor · %3 ditolak</translation>
    </message>
    <message>
        <source>%1 read · %2 imported · %3 replaced · %4 duplicates skipped · %5 rejected · %6 copies</source>
        <translation>%1 dibaca · %2 diimpor · %3 diganti · %4 duplikat dilewati · %5 ditolak · %6 eksemplar</translation>
    </message>
    <message>
        <source>Stopped. What was imported before stays.</source>
        <translation>Dihentikan. Cantuman yang sudah diimpor tetap tersimpan.</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>Cantuman %1: %2</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::ItemTypeFields</name>
    <message>
        <source>Copies of this type are lent</source>
        <translation>Eksemplar jenis ini dipinjamkan</translation>
    </message>
    <message>
        <source>e.g. book (small letters)</source>
        <translation>mis. book (huruf kecil)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Lending</source>
        <translation>Peminjaman</translation>
    </message>
    <message>
        <source>The replacement price a new copy gets when it is added without one.</source>
        <translation>Harga penggantian yang diberikan kepada eksemplar baru yang ditambahkan tanpa harga.</translation>
    </message>
    <message>
        <source>Default price</source>
        <translation>Harga bawaan</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::ItemTypesAdminPage</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>Dipinjamkan</translation>
    </message>
    <message>
        <source>Default price</source>
        <translation>Harga bawaan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Eksemplar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Hentikan…</translation>
    </message>
    <message>
        <source>&amp;Use again</source>
        <translation>&amp;Pakai lagi</translation>
    </message>
    <message>
        <source>&amp;New item type</source>
        <translation>Jenis koleksi &amp;baru</translation>
    </message>
    <message>
        <source>The item types could not be read</source>
        <translation>Daftar jenis koleksi tidak dapat dibaca</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no (library use only)</source>
        <translation>tidak (baca di tempat)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>dipakai</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>dihentikan</translation>
    </message>
    <message>
        <source>Item type %1</source>
        <translation>Jenis koleksi %1</translation>
    </message>
    <message>
        <source>Item type %1 (retired)</source>
        <translation>Jenis koleksi %1 (dihentikan)</translation>
    </message>
    <message>
        <source>&amp;Add item type</source>
        <translation>T&amp;ambah jenis koleksi</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The item type was not added</source>
        <translation>Jenis koleksi tidak ditambahkan</translation>
    </message>
    <message>
        <source>The item type was not saved</source>
        <translation>Jenis koleksi tidak disimpan</translation>
    </message>
    <message>
        <source>Item type %1 added.</source>
        <translation>Jenis koleksi %1 ditambahkan.</translation>
    </message>
    <message>
        <source>Item type %1 saved.</source>
        <translation>Jenis koleksi %1 disimpan.</translation>
    </message>
    <message>
        <source>The item type was not put back in use</source>
        <translation>Jenis koleksi tidak dipakai kembali</translation>
    </message>
    <message>
        <source>The item type was not retired</source>
        <translation>Jenis koleksi tidak dihentikan</translation>
    </message>
    <message>
        <source>Item type %1 is in use again.</source>
        <translation>Jenis koleksi %1 dipakai lagi.</translation>
    </message>
    <message>
        <source>Item type %1 is retired; its copies keep it.</source>
        <translation>Jenis koleksi %1 dihentikan; eksemplarnya tetap memakainya.</translation>
    </message>
    <message>
        <source>Retire item type %1</source>
        <translation>Hentikan jenis koleksi %1</translation>
    </message>
    <message>
        <source>New copies can no longer be given the item type %1 (%2). The copies that have it now keep it (%3).</source>
        <translation>Eksemplar baru tidak dapat lagi diberi jenis koleksi %1 (%2). Eksemplar yang sudah memakainya tetap memakainya (%3).</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Item types</source>
        <translation>Jenis koleksi</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::LabelsDialog</name>
    <message>
        <source>These copies (one barcode a line; scan more in)</source>
        <translation>Eksemplar ini (satu kode batang per baris; pindai untuk menambah)</translation>
    </message>
    <message>
        <source>Every copy added today</source>
        <translation>Semua eksemplar yang ditambahkan hari ini</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Buka PDF</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Cetak label</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Semua cabang</translation>
    </message>
    <message>
        <source>Spine labels (call number)</source>
        <translation>Label punggung (nomor panggil)</translation>
    </message>
    <message>
        <source>Barcode labels (Code 128, title, library)</source>
        <translation>Label kode batang (Code 128, judul, perpustakaan)</translation>
    </message>
    <message>
        <source> used</source>
        <translation> terpakai</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Eksemplar</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>Already used</source>
        <translation>Sudah terpakai</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <source>First label</source>
        <translation>Label pertama</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <source>Save the labels as</source>
        <translation>Simpan label sebagai</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The copies added today, in shelf order.</source>
        <translation>Eksemplar yang ditambahkan hari ini, menurut urutan rak.</translation>
    </message>
    <message>
        <source>No labels were printed</source>
        <translation>Tidak ada label yang dicetak</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) on %1 saved</source>
        <translation>
            <numerusform>%n label pada %1 disimpan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::LibraryAdminPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Who the library is, as membership cards, slips, kiosk receipts and reports show it.</source>
        <translation>Identitas perpustakaan, seperti yang tercetak pada kartu anggota, slip, struk anjungan mandiri, dan laporan.</translation>
    </message>
    <message>
        <source>The library's details could not be read</source>
        <translation>Data perpustakaan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The library's details are saved.</source>
        <translation>Data perpustakaan disimpan.</translation>
    </message>
    <message>
        <source>Only part was saved</source>
        <translation>Hanya sebagian yang disimpan</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <source>The library</source>
        <translation>Perpustakaan</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::LibraryFields</name>
    <message>
        <source>e.g. Perpustakaan Kota Sukamaju</source>
        <translation>mis. Perpustakaan Kota Sukamaju</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>e.g. 0561 123456</source>
        <translation>mis. 0561 123456</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Asia/Jakarta — WIB (Sumatra, Java, West and Central Kalimantan)</source>
        <translation>Asia/Jakarta — WIB (Sumatra, Jawa, Kalimantan Barat dan Tengah)</translation>
    </message>
    <message>
        <source>Asia/Makassar — WITA (Bali, Nusa Tenggara, Sulawesi, South, East and North Kalimantan)</source>
        <translation>Asia/Makassar — WITA (Bali, Nusa Tenggara, Sulawesi, Kalimantan Selatan, Timur, dan Utara)</translation>
    </message>
    <message>
        <source>Asia/Jayapura — WIT (Maluku, Papua)</source>
        <translation>Asia/Jayapura — WIT (Maluku, Papua)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Language of notices</source>
        <translation>Bahasa pemberitahuan</translation>
    </message>
    <message>
        <source>&amp;Choose logo…</source>
        <translation>&amp;Pilih logo…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>&amp;Hapus logo</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MiB; printed on cards, slips and reports.</source>
        <translation>PNG atau JPEG, paling besar 1 MiB; dicetak pada kartu, slip, dan laporan.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Tanpa logo</translation>
    </message>
    <message>
        <source>%1 is not a picture that can be read.</source>
        <translation>%1 bukan gambar yang dapat dibaca.</translation>
    </message>
    <message>
        <source>Choose the library's logo</source>
        <translation>Pilih logo perpustakaan</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::LocationsAdminPage</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Eksemplar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Hentikan…</translation>
    </message>
    <message>
        <source>&amp;Use again</source>
        <translation>&amp;Pakai lagi</translation>
    </message>
    <message>
        <source>&amp;New location</source>
        <translation>Lokasi &amp;baru</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>e.g. REF, as written on copies</source>
        <translation>mis. REF, seperti tertulis pada eksemplar</translation>
    </message>
    <message>
        <source>e.g. Reference room</source>
        <translation>mis. Ruang Referensi</translation>
    </message>
    <message>
        <source>The branches could not be read</source>
        <translation>Daftar cabang tidak dapat dibaca</translation>
    </message>
    <message>
        <source>%1 (%2, closed)</source>
        <translation>%1 (%2, tutup)</translation>
    </message>
    <message>
        <source>The shelving locations could not be read</source>
        <translation>Daftar lokasi penempatan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>dipakai</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>dihentikan</translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation>Lokasi %1</translation>
    </message>
    <message>
        <source>Location %1 (retired)</source>
        <translation>Lokasi %1 (dihentikan)</translation>
    </message>
    <message>
        <source>New shelving location</source>
        <translation>Lokasi penempatan baru</translation>
    </message>
    <message>
        <source>&amp;Add location</source>
        <translation>T&amp;ambah lokasi</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The location was not added</source>
        <translation>Lokasi tidak ditambahkan</translation>
    </message>
    <message>
        <source>The location was not saved</source>
        <translation>Lokasi tidak disimpan</translation>
    </message>
    <message>
        <source>Location %1 added.</source>
        <translation>Lokasi %1 ditambahkan.</translation>
    </message>
    <message>
        <source>Location %1 saved.</source>
        <translation>Lokasi %1 disimpan.</translation>
    </message>
    <message>
        <source>The location was not put back in use</source>
        <translation>Lokasi tidak dipakai kembali</translation>
    </message>
    <message>
        <source>The location was not retired</source>
        <translation>Lokasi tidak dihentikan</translation>
    </message>
    <message>
        <source>Location %1 is in use again.</source>
        <translation>Lokasi %1 dipakai lagi.</translation>
    </message>
    <message>
        <source>Location %1 is retired; its copies keep it.</source>
        <translation>Lokasi %1 dihentikan; eksemplarnya tetap di sana.</translation>
    </message>
    <message>
        <source>Retire location %1</source>
        <translation>Hentikan lokasi %1</translation>
    </message>
    <message>
        <source>New copies can no longer be shelved at %1 (%2). The copies there now keep it (%3).</source>
        <translation>Eksemplar baru tidak dapat lagi ditempatkan di %1 (%2). Eksemplar yang sudah ada di sana tetap di sana (%3).</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Shelving locations</source>
        <translation>Lokasi penempatan</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::MarcEditor</name>
    <message>
        <source>New record — MARC</source>
        <translation>Cantuman baru — MARC</translation>
    </message>
    <message>
        <source>Record %1 — MARC</source>
        <translation>Cantuman %1 — MARC</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Ind 1</source>
        <translation>Ind 1</translation>
    </message>
    <message>
        <source>Ind 2</source>
        <translation>Ind 2</translation>
    </message>
    <message>
        <source>Data and subfields ($a …)</source>
        <translation>Data dan subruas ($a …)</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>Ruas baru</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Atas</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Bawah</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Tetap simpan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Insert: new field · Ctrl+Delete: remove · Alt+↑/↓: move · F2: edit a cell · F8: next problem · Ctrl+S: save · a blank indicator is # or empty</source>
        <translation>Insert: ruas baru · Ctrl+Delete: hapus · Alt+↑/↓: pindah · F2: sunting sel · F8: masalah berikutnya · Ctrl+S: simpan · indikator kosong ditulis # atau dibiarkan kosong</translation>
    </message>
    <message>
        <source>The record cannot be opened</source>
        <translation>Cantuman tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Record %1 — MARC — %2</source>
        <translation>Cantuman %1 — MARC — %2</translation>
    </message>
    <message>
        <source>"%1" is not an indicator: an indicator is one character (a digit, a lowercase letter, or # for blank).</source>
        <translation>"%1" bukan indikator: indikator adalah satu karakter (angka, huruf kecil, atau # untuk kosong).</translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation>Posisi %1</translation>
    </message>
    <message>
        <source>Positions %1–%2</source>
        <translation>Posisi %1–%2</translation>
    </message>
    <message>
        <source>Aksara fills it in when the record is saved.</source>
        <translation>Aksara mengisinya saat cantuman disimpan.</translation>
    </message>
    <message>
        <source>Not saved: some rows are not MARC fields yet</source>
        <translation>Gagal disimpan: beberapa baris belum berupa ruas MARC</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) in the record</source>
        <translation>
            <numerusform>Gagal disimpan: ada %n masalah dalam cantuman</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Gagal disimpan</translation>
    </message>
    <message>
        <source>record length</source>
        <translation>panjang cantuman</translation>
    </message>
    <message>
        <source>record status</source>
        <translation>status cantuman</translation>
    </message>
    <message>
        <source>encoding level raised</source>
        <translation>tingkat pengodean dinaikkan</translation>
    </message>
    <message>
        <source>corrected or revised</source>
        <translation>dikoreksi atau direvisi</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>raised from prepublication</source>
        <translation>dinaikkan dari prapublikasi</translation>
    </message>
    <message>
        <source>type of record</source>
        <translation>jenis cantuman</translation>
    </message>
    <message>
        <source>language material</source>
        <translation>bahan tekstual</translation>
    </message>
    <message>
        <source>notated music</source>
        <translation>musik tercetak</translation>
    </message>
    <message>
        <source>manuscript music</source>
        <translation>naskah musik</translation>
    </message>
    <message>
        <source>cartographic material</source>
        <translation>bahan kartografis</translation>
    </message>
    <message>
        <source>manuscript map</source>
        <translation>naskah peta</translation>
    </message>
    <message>
        <source>projected medium (film, video)</source>
        <translation>media proyeksi (film, video)</translation>
    </message>
    <message>
        <source>nonmusical sound recording</source>
        <translation>rekaman suara nonmusik</translation>
    </message>
    <message>
        <source>musical sound recording</source>
        <translation>rekaman musik</translation>
    </message>
    <message>
        <source>two-dimensional graphic</source>
        <translation>grafis dua dimensi</translation>
    </message>
    <message>
        <source>computer file</source>
        <translation>berkas komputer</translation>
    </message>
    <message>
        <source>kit</source>
        <translation>kit</translation>
    </message>
    <message>
        <source>mixed materials</source>
        <translation>bahan campuran</translation>
    </message>
    <message>
        <source>three-dimensional object</source>
        <translation>benda tiga dimensi</translation>
    </message>
    <message>
        <source>manuscript language material</source>
        <translation>naskah tekstual</translation>
    </message>
    <message>
        <source>bibliographic level</source>
        <translation>tingkat bibliografis</translation>
    </message>
    <message>
        <source>monographic component part</source>
        <translation>bagian dari monografi</translation>
    </message>
    <message>
        <source>serial component part</source>
        <translation>bagian dari terbitan berseri</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>koleksi</translation>
    </message>
    <message>
        <source>subunit</source>
        <translation>subunit</translation>
    </message>
    <message>
        <source>integrating resource</source>
        <translation>sumber terintegrasi</translation>
    </message>
    <message>
        <source>monograph</source>
        <translation>monografi</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>terbitan berseri</translation>
    </message>
    <message>
        <source>type of control</source>
        <translation>jenis kendali</translation>
    </message>
    <message>
        <source>no specified type</source>
        <translation>tidak ditentukan</translation>
    </message>
    <message>
        <source>archival</source>
        <translation>arsip</translation>
    </message>
    <message>
        <source>character coding</source>
        <translation>pengodean karakter</translation>
    </message>
    <message>
        <source>Unicode (Aksara always)</source>
        <translation>Unicode (Aksara selalu)</translation>
    </message>
    <message>
        <source>indicator count</source>
        <translation>jumlah indikator</translation>
    </message>
    <message>
        <source>two indicators</source>
        <translation>dua indikator</translation>
    </message>
    <message>
        <source>subfield code length</source>
        <translation>panjang kode subruas</translation>
    </message>
    <message>
        <source>a delimiter and a code</source>
        <translation>pembatas dan kode</translation>
    </message>
    <message>
        <source>base address of data</source>
        <translation>alamat awal data</translation>
    </message>
    <message>
        <source>encoding level</source>
        <translation>tingkat pengodean</translation>
    </message>
    <message>
        <source>full level</source>
        <translation>tingkat lengkap</translation>
    </message>
    <message>
        <source>full level, material not examined</source>
        <translation>tingkat lengkap, bahan tidak diperiksa</translation>
    </message>
    <message>
        <source>less than full, not examined</source>
        <translation>kurang dari lengkap, tidak diperiksa</translation>
    </message>
    <message>
        <source>abbreviated level</source>
        <translation>tingkat ringkas</translation>
    </message>
    <message>
        <source>core level</source>
        <translation>tingkat inti</translation>
    </message>
    <message>
        <source>partial (preliminary) level</source>
        <translation>tingkat sebagian (awal)</translation>
    </message>
    <message>
        <source>minimal level</source>
        <translation>tingkat minimal</translation>
    </message>
    <message>
        <source>prepublication level</source>
        <translation>tingkat prapublikasi</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>tidak berlaku</translation>
    </message>
    <message>
        <source>descriptive cataloguing form</source>
        <translation>bentuk katalogisasi deskriptif</translation>
    </message>
    <message>
        <source>non-ISBD</source>
        <translation>bukan ISBD</translation>
    </message>
    <message>
        <source>AACR 2</source>
        <translation>AACR 2</translation>
    </message>
    <message>
        <source>ISBD punctuation omitted</source>
        <translation>tanda baca ISBD dihilangkan</translation>
    </message>
    <message>
        <source>ISBD punctuation included</source>
        <translation>dengan tanda baca ISBD</translation>
    </message>
    <message>
        <source>non-ISBD punctuation omitted</source>
        <translation>tanda baca non-ISBD dihilangkan</translation>
    </message>
    <message>
        <source>multipart resource level</source>
        <translation>tingkat sumber berjilid</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>tidak ditentukan</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>part with independent title</source>
        <translation>bagian dengan judul mandiri</translation>
    </message>
    <message>
        <source>part with dependent title</source>
        <translation>bagian dengan judul terikat</translation>
    </message>
    <message>
        <source>entry map (4500)</source>
        <translation>peta entri (4500)</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::MigrateAdmin</name>
    <message>
        <source>Old number</source>
        <translation>Nomor lama</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nama depan</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Ponsel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barkode</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cantuman</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>Nomor panggil</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Jenis koleksi</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Diperoleh</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Eksemplar</translation>
    </message>
    <message>
        <source>Patron</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>Dipinjam</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Keep a NIK that fails the check as unverified (else the row is rejected)</source>
        <translation>Simpan NIK yang tidak lolos pemeriksaan sebagai belum terverifikasi (jika tidak, barisnya ditolak)</translation>
    </message>
    <message>
        <source>Patrons</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Eksemplar</translation>
    </message>
    <message>
        <source>Open loans</source>
        <translation>Peminjaman yang masih berjalan</translation>
    </message>
    <message>
        <source>Outstanding fees</source>
        <translation>Biaya yang belum dibayar</translation>
    </message>
    <message>
        <source>Custom (a mapping file)</source>
        <translation>Lainnya (berkas pemetaan)</translation>
    </message>
    <message>
        <source>The old system's export (CSV)</source>
        <translation>Berkas ekspor sistem lama (CSV)</translation>
    </message>
    <message>
        <source>Optional: categories, branches and columns (.ini)</source>
        <translation>Opsional: kategori, cabang, dan kolom (.ini)</translation>
    </message>
    <message>
        <source>Optional: photos named by the old member number</source>
        <translation>Opsional: foto yang dinamai dengan nomor anggota lama</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Choose the export</source>
        <translation>Pilih berkas ekspor</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Berkas CSV (*.csv *.txt *.tsv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>Berkas pemetaan</translation>
    </message>
    <message>
        <source>Choose the mapping file</source>
        <translation>Pilih berkas pemetaan</translation>
    </message>
    <message>
        <source>Mapping files (*.ini *.txt);;All files (*)</source>
        <translation>Berkas pemetaan (*.ini *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Choose the photo folder</source>
        <translation>Pilih folder foto</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Uji coba</translation>
    </message>
    <message>
        <source>Checks every row as the import would, then keeps nothing</source>
        <translation>Memeriksa setiap baris seperti saat impor, lalu tidak menyimpan apa pun</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Stops after the batch being written; what was imported stays</source>
        <translation>Berhenti setelah kelompok yang sedang ditulis; yang sudah diimpor tetap tersimpan</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Simpan sebagai CSV…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Nilai lama</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Menjadi</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris ke</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Baris pertama</translation>
    </message>
    <message>
        <source>Categories and branches</source>
        <translation>Kategori dan cabang</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Baris yang ditolak</translation>
    </message>
    <message>
        <source>Only an administrator can import from the old system.</source>
        <translation>Hanya administrator yang dapat mengimpor dari sistem lama.</translation>
    </message>
    <message>
        <source>Choose the old system's export first.</source>
        <translation>Pilih dahulu berkas ekspor sistem lama.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be read.</source>
        <translation>Berkas pemetaan %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The mapping file is refused</source>
        <translation>Berkas pemetaan ditolak</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>Berkas tidak dapat diimpor</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>(no column: every row)</source>
        <translation>(tidak ada kolomnya: semua baris)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>the library's default branch</source>
        <translation>cabang utama perpustakaan</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <source>Unknown: these rows will be rejected; map it in the mapping file</source>
        <translation>Tidak dikenal: baris-baris ini akan ditolak; petakan di berkas pemetaan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The file has %1 rows, read by the preset's column order (it has no header row).</source>
        <translation>Berkas berisi %1 baris, dibaca menurut urutan kolom prasetel (berkas tidak memiliki baris judul kolom).</translation>
    </message>
    <message>
        <source>The file has %1 rows.</source>
        <translation>Berkas berisi %1 baris.</translation>
    </message>
    <message>
        <source>Values not known to Aksara: %1. Their rows will be rejected unless the mapping file maps them.</source>
        <translation>Nilai yang tidak dikenal Aksara: %1. Barisnya akan ditolak kecuali berkas pemetaan memetakannya.</translation>
    </message>
    <message>
        <source>Every category and branch is known. Try a dry run next.</source>
        <translation>Semua kategori dan cabang dikenal. Lanjutkan dengan uji coba.</translation>
    </message>
    <message>
        <source>Dry run of %1…</source>
        <translation>Uji coba %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message>
        <source>Stopping after the batch being written…</source>
        <translation>Berhenti setelah kelompok yang sedang ditulis…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 dari %2 baris</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>Impor terhenti</translation>
    </message>
    <message>
        <source>%1 rows · %2 imported · %3 already imported · %4 rejected</source>
        <translation>%1 baris · %2 diimpor · %3 sudah pernah diimpor · %4 ditolak</translation>
    </message>
    <message>
        <source> · %1 returned loans not imported</source>
        <translation> · %1 peminjaman yang sudah dikembalikan tidak diimpor</translation>
    </message>
    <message>
        <source> · %1 settled fees not imported</source>
        <translation> · %1 biaya yang sudah lunas tidak diimpor</translation>
    </message>
    <message>
        <source>Stopped. What was imported before stays; importing again goes on from there.</source>
        <translation>Dihentikan. Yang sudah diimpor tetap tersimpan; impor berikutnya melanjutkan dari situ.</translation>
    </message>
    <message>
        <source>Dry run: nothing was kept.</source>
        <translation>Uji coba: tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Semua baris dapat diimpor.</translation>
    </message>
    <message>
        <source>Rows that would be rejected: %1 (see the list).</source>
        <translation>Baris yang akan ditolak: %1 (lihat daftarnya).</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Impor selesai.</translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>Semua baris telah diimpor.</translation>
    </message>
    <message>
        <source>Rows rejected: %1. Correct them and import the file again (what is in is skipped).</source>
        <translation>Baris yang ditolak: %1. Perbaiki lalu impor berkas itu lagi (yang sudah masuk akan dilewati).</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>Baris yang ditolak (%1)</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>The rejected rows are saved in %1.</source>
        <translation>Baris yang ditolak disimpan di %1.</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Simpan baris yang ditolak</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows · %2 would be imported · %3 already imported · %4 would be rejected</source>
        <translation>%1 baris · %2 akan diimpor · %3 sudah pernah diimpor · %4 akan ditolak</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::NewCalendarDialog</name>
    <message>
        <source>New calendar</source>
        <translation>Kalender baru</translation>
    </message>
    <message>
        <source>e.g. taman — lower-case letters, digits, - or _</source>
        <translation>mis. taman — huruf kecil, angka, - atau _</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>e.g. Taman Baca opening hours</source>
        <translation>mis. Jam layanan Taman Baca</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>the library's (%1)</source>
        <translation>milik perpustakaan (%1)</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona waktu</translation>
    </message>
    <message>
        <source>Nothing: closed every day until hours are set</source>
        <translation>Kosong: tutup setiap hari sampai jam layanan diatur</translation>
    </message>
    <message>
        <source>Hours and holidays of %1 (%2)</source>
        <translation>Jam layanan dan hari libur %1 (%2)</translation>
    </message>
    <message>
        <source>Start &amp;from</source>
        <translation>&amp;Mulai dari</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Create the calendar</source>
        <translation>Buat kalender</translation>
    </message>
    <message>
        <source>The calendar was not created</source>
        <translation>Kalender tidak dibuat</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::NewPasswordFields</name>
    <message>
        <source>&amp;Type a password</source>
        <translation>&amp;Ketik kata sandi</translation>
    </message>
    <message>
        <source>&amp;Generate one (shown once)</source>
        <translation>&amp;Buat otomatis (ditampilkan sekali)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>minimal 8 karakter</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Kedua kata sandi berbeda; ketik kata sandi yang sama dua kali.</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::PatronForm</name>
    <message>
        <source>Register a new member</source>
        <translation>Daftarkan anggota baru</translation>
    </message>
    <message>
        <source>Member details — %1</source>
        <translation>Data anggota — %1</translation>
    </message>
    <message>
        <source>Leave empty for a new number, or scan a pre-printed card</source>
        <translation>Kosongkan untuk nomor baru, atau pindai kartu yang sudah dicetak sebelumnya</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Nomor kartu</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>16 digits, from the KTP or KK</source>
        <translation>16 digit, dari KTP atau KK</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>tidak diisi</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>e.g. 0812 3456 7890</source>
        <translation>mis. 0812 3456 7890</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Home branch</source>
        <translation>Cabang asal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Active member</source>
        <translation>Anggota aktif</translation>
    </message>
    <message>
        <source>Has left the library</source>
        <translation>Sudah tidak menjadi anggota</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Keanggotaan</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Pilih foto…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Daftarkan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Show the membership card after registering</source>
        <translation>Tampilkan kartu anggota setelah pendaftaran</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Tidak ada foto</translation>
    </message>
    <message>
        <source>This file is not a picture that can be read.</source>
        <translation>Berkas ini bukan gambar yang dapat dibaca.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Pilih foto</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Does not agree with the NIK above.</source>
        <translation>Tidak sesuai dengan NIK di atas.</translation>
    </message>
    <message>
        <source>The member was not registered</source>
        <translation>Anggota gagal didaftarkan</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Gagal disimpan</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::PatronPanel</name>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Home branch</source>
        <translation>Cabang asal</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Ubah data</translation>
    </message>
    <message>
        <source>Membership card</source>
        <translation>Kartu anggota</translation>
    </message>
    <message>
        <source>Extend membership</source>
        <translation>Perpanjang keanggotaan</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Blokir…</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Kode batang</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Borrowed</source>
        <translation>Dipinjam</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Diperpanjang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Eksemplar</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>Pick up at</source>
        <translation>Diambil di</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Collect by</source>
        <translation>Ambil paling lambat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Sisa tagihan</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Perpanjang</translation>
    </message>
    <message>
        <source>Renew all</source>
        <translation>Perpanjang semua</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Cetak slip</translation>
    </message>
    <message>
        <source>Place hold…</source>
        <translation>Buat pemesanan…</translation>
    </message>
    <message>
        <source>Cancel hold</source>
        <translation>Batalkan pemesanan</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>Terima pembayaran…</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>Bebaskan…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Tidak ada foto</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>kedaluwarsa %1</translation>
    </message>
    <message>
        <source>nothing owed</source>
        <translation>tidak ada tagihan</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>DIBLOKIR</translation>
    </message>
    <message>
        <source>BLOCKED: %1</source>
        <translation>DIBLOKIR: %1</translation>
    </message>
    <message>
        <source>Has left the library</source>
        <translation>Sudah tidak menjadi anggota</translation>
    </message>
    <message>
        <source>Membership expired on %1</source>
        <translation>Masa berlaku keanggotaan habis pada %1</translation>
    </message>
    <message>
        <source>Owes %1 (limit %2)</source>
        <translation>Tagihan %1 (batas %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue item(s)</source>
        <translation>
            <numerusform>%n eksemplar terlambat</numerusform>
        </translation>
    </message>
    <message>
        <source>In good standing</source>
        <translation>Status baik</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Buka blokir</translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>terlambat %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <source>lent just now</source>
        <translation>baru saja dipinjamkan</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n kali</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>ready on the hold shelf</source>
        <translation>siap di rak pemesanan</translation>
    </message>
    <message>
        <source>on its way</source>
        <translation>dalam perjalanan</translation>
    </message>
    <message>
        <source>any copy</source>
        <translation>eksemplar mana saja</translation>
    </message>
    <message>
        <source>lost item</source>
        <translation>eksemplar hilang</translation>
    </message>
    <message>
        <source>new card</source>
        <translation>kartu baru</translation>
    </message>
    <message>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <source>Loans (%1)</source>
        <translation>Pinjaman (%1)</translation>
    </message>
    <message>
        <source>Holds (%1)</source>
        <translation>Pemesanan (%1)</translation>
    </message>
    <message>
        <source>Fees (%1)</source>
        <translation>Biaya (%1)</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Biaya</translation>
    </message>
<message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Pemberitahuan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Dikirim ke</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Kirim ulang</translation>
    </message>
    <message>
        <source>Queue a failed or unconfirmed notice again; the server sends it at its next run.</source>
        <translation>Masukkan lagi ke antrean pemberitahuan yang gagal atau belum terkonfirmasi; server akan mengirimkannya pada putaran berikutnya.</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Pemberitahuan</translation>
    </message>
    <message>
        <source>overdue loan</source>
        <translation>pinjaman terlambat</translation>
    </message>
    <message>
        <source>hold ready</source>
        <translation>pesanan siap diambil</translation>
    </message>
    <message>
        <source>hold pickup reminder</source>
        <translation>pengingat ambil pesanan</translation>
    </message>
    <message>
        <source>membership ending</source>
        <translation>keanggotaan segera berakhir</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>dalam antrean</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sedang dikirim</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>terkirim %1</translation>
    </message>
    <message>
        <source>failed, retry %1</source>
        <translation>gagal, dicoba lagi %1</translation>
    </message>
    <message>
        <source>failed, given up</source>
        <translation>gagal, tidak dicoba lagi</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>belum terkonfirmasi</translation>
    </message>
    <message>
        <source>Notices (%1 failed)</source>
        <translation>Pemberitahuan (%1 gagal)</translation>
    </message>
    <message>
        <source>Notices (%1)</source>
        <translation>Pemberitahuan (%1)</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::PatronsPage</name>
    <message>
        <source>Name, card number or NIK — then Enter</source>
        <translation>Nama, nomor kartu, atau NIK — lalu Enter</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Register a new member…</source>
        <translation>Daftarkan anggota baru…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Home branch</source>
        <translation>Cabang asal</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>diblokir</translation>
    </message>
    <message>
        <source>left</source>
        <translation>keluar</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>kedaluwarsa</translation>
    </message>
    <message>
        <source>No member matches "%1".</source>
        <translation>Tidak ada anggota yang cocok dengan "%1".</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::PaymentDialog</name>
    <message>
        <source>Waive fees — %1</source>
        <translation>Bebaskan biaya — %1</translation>
    </message>
    <message>
        <source>Take a payment — %1</source>
        <translation>Terima pembayaran — %1</translation>
    </message>
    <message>
        <source>For the chosen fee, which still has %1 owed.</source>
        <translation>Untuk biaya yang dipilih, dengan sisa tagihan %1.</translation>
    </message>
    <message>
        <source>%1 owes %2 in all. A smaller amount pays the oldest fees first.</source>
        <translation>Total tagihan %1 adalah %2. Jumlah yang lebih kecil akan melunasi biaya yang paling lama lebih dahulu.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transfer bank</translation>
    </message>
    <message>
        <source>QRIS / e-wallet</source>
        <translation>QRIS / dompet digital</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Kartu debit</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Dibayar oleh</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Required: why the library forgoes this money</source>
        <translation>Wajib: alasan perpustakaan tidak menagih biaya ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>Bebaskan</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Terima pembayaran</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::ProblemDialog</name>
    <message>
        <source>Report a problem</source>
        <translation>Laporkan masalah</translation>
    </message>
    <message>
        <source>Tell the service desk what went wrong. They see this station (%1) and your name with it.</source>
        <translation>Beri tahu tim dukungan TI apa yang bermasalah. Mereka dapat melihat stasiun ini (%1) beserta nama Anda.</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>belum terdaftar</translation>
    </message>
    <message>
        <source>e.g. The scanner does not read cards</source>
        <translation>mis. Pemindai tidak dapat membaca kartu</translation>
    </message>
    <message>
        <source>Not sure / something else</source>
        <translation>Tidak yakin / hal lain</translation>
    </message>
    <message>
        <source>A nuisance: I can work around it</source>
        <translation>Mengganggu: saya masih bisa menyiasatinya</translation>
    </message>
    <message>
        <source>This desk cannot serve members</source>
        <translation>Meja ini tidak dapat melayani anggota</translation>
    </message>
    <message>
        <source>The whole library is affected</source>
        <translation>Seluruh perpustakaan terdampak</translation>
    </message>
    <message>
        <source>What were you doing, what did you see? (optional)</source>
        <translation>Apa yang sedang Anda lakukan, apa yang Anda lihat? (opsional)</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Apa masalahnya</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>Tingkat keparahan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Kirim laporan</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::RecordForm</name>
    <message>
        <source>Save anyway</source>
        <translation>Tetap simpan</translation>
    </message>
    <message>
        <source>Add a copy after saving</source>
        <translation>Tambah eksemplar sesudah menyimpan</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Cantuman baru</translation>
    </message>
    <message>
        <source>Title proper, e.g. Laskar pelangi</source>
        <translation>Judul utama, mis. Laskar pelangi</translation>
    </message>
    <message>
        <source>Other title information (optional)</source>
        <translation>Anak judul (tidak wajib)</translation>
    </message>
    <message>
        <source>One name per line, family name first: Hirata, Andrea
The first is the main author.</source>
        <translation>Satu nama per baris, nama keluarga dahulu: Hirata, Andrea
Nama pertama adalah pengarang utama.</translation>
    </message>
    <message>
        <source>One subject per line; subdivisions with --, e.g. Sejarah -- Indonesia</source>
        <translation>Satu subjek per baris; subdivisi dengan --, mis. Sejarah -- Indonesia</translation>
    </message>
    <message>
        <source>e.g. 2005</source>
        <translation>mis. 2005</translation>
    </message>
    <message>
        <source>ISBN-10 or ISBN-13, with or without hyphens</source>
        <translation>ISBN-10 atau ISBN-13, dengan atau tanpa tanda hubung</translation>
    </message>
    <message>
        <source>e.g. 899.221 3 HIR l</source>
        <translation>mis. 899.221 3 HIR l</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Tidak disebutkan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Anak judul</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Pengarang</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Penerbit</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat terbit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>Nomor panggil</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>"%1" is not an ISBN: %2.</source>
        <translation>"%1" bukan ISBN: %2.</translation>
    </message>
    <message>
        <source>The catalogue could not be asked about this ISBN</source>
        <translation>Katalog tidak dapat ditanya tentang ISBN ini</translation>
    </message>
    <message>
        <source>“%1” (record %2)</source>
        <translation>“%1” (cantuman %2)</translation>
    </message>
    <message>
        <source>“%1” — %2 (record %3)</source>
        <translation>“%1” — %2 (cantuman %3)</translation>
    </message>
    <message>
        <source>This ISBN is already in the catalogue: %1. Add a copy to that record, or save a new record anyway (another edition, for example).</source>
        <translation>ISBN ini sudah ada di katalog: %1. Tambahkan eksemplar ke cantuman tersebut, atau tetap simpan cantuman baru (misalnya edisi lain).</translation>
    </message>
    <message>
        <source>Write the year of publication in digits, e.g. 2005.</source>
        <translation>Tulis tahun terbit dengan angka, mis. 2005.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>cantuman %1</translation>
    </message>
    <message>
        <source>The record was not saved</source>
        <translation>Cantuman tidak disimpan</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::RegisterStationDialog</name>
    <message>
        <source>Register a station</source>
        <translation>Daftarkan stasiun</translation>
    </message>
    <message>
        <source>e.g. desk-2, kiosk-lobby</source>
        <translation>mis. desk-2, kiosk-lobi</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>where it stands, e.g. Desk by the entrance</source>
        <translation>letaknya, mis. Meja dekat pintu masuk</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>Not at one branch</source>
        <translation>Tidak di satu cabang</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Cabang</translation>
    </message>
    <message>
        <source>The library's opening hours (a server: around the clock)</source>
        <translation>Jam layanan perpustakaan (server: 24 jam)</translation>
    </message>
    <message>
        <source>Around the clock</source>
        <translation>24 jam</translation>
    </message>
    <message>
        <source>Calendar %1 — %2</source>
        <translation>Kalender %1 — %2</translation>
    </message>
    <message>
        <source>A station is expected to send heartbeats only in these hours.</source>
        <translation>Stasiun hanya diharapkan mengirim sinyal aktif pada jam-jam ini.</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>Jam &amp;layanan</translation>
    </message>
    <message>
        <source>The services this station provides (Space ticks one); a station that is down counts against them.</source>
        <translation>Layanan yang diberikan stasiun ini (Spasi mencentang); stasiun yang mati mengurangi ketersediaan layanan tersebut.</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>La&amp;yanan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Register and show the token</source>
        <translation>Daftarkan dan tampilkan token</translation>
    </message>
    <message>
        <source>The station was not registered</source>
        <translation>Stasiun tidak didaftarkan</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::RulesAdmin</name>
    <message>
        <source>Loan period</source>
        <translation>Lama peminjaman</translation>
    </message>
    <message>
        <source>Loan period counted in</source>
        <translation>Lama peminjaman dihitung dalam</translation>
    </message>
    <message>
        <source>Most items on loan at once</source>
        <translation>Batas jumlah pinjaman sekaligus</translation>
    </message>
    <message>
        <source>Renewals allowed</source>
        <translation>Batas perpanjangan</translation>
    </message>
    <message>
        <source>Each renewal adds</source>
        <translation>Tiap perpanjangan menambah</translation>
    </message>
    <message>
        <source>Overdue fee per day</source>
        <translation>Denda keterlambatan per hari</translation>
    </message>
    <message>
        <source>Days late without a fee</source>
        <translation>Hari terlambat tanpa denda</translation>
    </message>
    <message>
        <source>Highest fee for one loan</source>
        <translation>Denda tertinggi per pinjaman</translation>
    </message>
    <message>
        <source>Holds allowed</source>
        <translation>Boleh memesan</translation>
    </message>
    <message>
        <source>Most holds at once</source>
        <translation>Batas jumlah pemesanan</translation>
    </message>
    <message>
        <source>Days to collect a hold</source>
        <translation>Batas hari mengambil pesanan</translation>
    </message>
    <message>
        <source>Due on a closed day</source>
        <translation>Jatuh tempo pada hari tutup</translation>
    </message>
    <message>
        <source>Closed days are free of fees</source>
        <translation>Hari tutup bebas denda</translation>
    </message>
    <message>
        <source>days (or hours)</source>
        <translation>hari (atau jam)</translation>
    </message>
    <message>
        <source>items</source>
        <translation>eksemplar</translation>
    </message>
    <message>
        <source>times</source>
        <translation>kali</translation>
    </message>
    <message>
        <source>rupiah</source>
        <translation>rupiah</translation>
    </message>
    <message>
        <source>rupiah, 0 = no limit</source>
        <translation>rupiah, 0 = tanpa batas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>pemesanan</translation>
    </message>
    <message>
        <source>How long an item may be kept, in the unit below.</source>
        <translation>Berapa lama eksemplar boleh dipinjam, dalam satuan di bawah.</translation>
    </message>
    <message>
        <source>Days for most loans; hours for short loans (reference copies, equipment).</source>
        <translation>Hari untuk kebanyakan pinjaman; jam untuk pinjaman singkat (koleksi referensi, peralatan).</translation>
    </message>
    <message>
        <source>Open loans a member may have. A row for an item type counts only loans of that type.</source>
        <translation>Jumlah pinjaman yang boleh dimiliki anggota sekaligus. Baris untuk suatu jenis koleksi hanya menghitung pinjaman jenis itu.</translation>
    </message>
    <message>
        <source>How many times a loan may be renewed.</source>
        <translation>Berapa kali pinjaman boleh diperpanjang.</translation>
    </message>
    <message>
        <source>How much longer each renewal lets the member keep the item.</source>
        <translation>Berapa lama tambahan waktu pinjam dari setiap perpanjangan.</translation>
    </message>
    <message>
        <source>Charged for every day an item is late.</source>
        <translation>Dikenakan untuk setiap hari keterlambatan.</translation>
    </message>
    <message>
        <source>An item this many days late is charged nothing; after that, every late day is charged.</source>
        <translation>Keterlambatan sampai sekian hari tidak didenda; setelah itu, setiap hari keterlambatan didenda.</translation>
    </message>
    <message>
        <source>The most one late loan can cost.</source>
        <translation>Denda paling besar untuk satu pinjaman yang terlambat.</translation>
    </message>
    <message>
        <source>Whether members may place holds.</source>
        <translation>Apakah anggota boleh memesan koleksi.</translation>
    </message>
    <message>
        <source>Holds a member may have at once.</source>
        <translation>Jumlah pemesanan yang boleh dimiliki anggota sekaligus.</translation>
    </message>
    <message>
        <source>How long an item waits on the hold shelf.</source>
        <translation>Berapa lama eksemplar menunggu di rak pemesanan.</translation>
    </message>
    <message>
        <source>What happens when a due date falls on a day the library is closed.</source>
        <translation>Apa yang terjadi bila tanggal jatuh tempo jatuh pada hari perpustakaan tutup.</translation>
    </message>
    <message>
        <source>Days the library is closed are not charged as late days.</source>
        <translation>Hari perpustakaan tutup tidak dihitung sebagai hari keterlambatan.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>jam</translation>
    </message>
    <message>
        <source>due anyway (every day counts)</source>
        <translation>tetap jatuh tempo (semua hari dihitung)</translation>
    </message>
    <message>
        <source>closed days are not counted</source>
        <translation>hari tutup tidak dihitung</translation>
    </message>
    <message>
        <source>moved to the next open day</source>
        <translation>dipindah ke hari buka berikutnya</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Jenis koleksi</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Mengatur</translation>
    </message>
    <message>
        <source>Remove the row…</source>
        <translation>Hapus baris…</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>The item types could not be read</source>
        <translation>Jenis koleksi tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Rule rows (* = all)</source>
        <translation>Baris aturan (* = semua)</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Semua cabang</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>All item types</source>
        <translation>Semua jenis koleksi</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Cabang</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>&amp;Item type</source>
        <translation>&amp;Jenis koleksi</translation>
    </message>
    <message>
        <source>Leave a rule empty to take it from a more general row, or Aksara's default.</source>
        <translation>Kosongkan aturan agar nilainya diambil dari baris yang lebih umum, atau dari bawaan Aksara.</translation>
    </message>
    <message>
        <source>inherited</source>
        <translation>diwarisi</translation>
    </message>
    <message>
        <source>Rule %1; Aksara's default: %2</source>
        <translation>Aturan %1; bawaan Aksara: %2</translation>
    </message>
    <message>
        <source>&amp;Save the row</source>
        <translation>&amp;Simpan baris</translation>
    </message>
    <message>
        <source>The row for</source>
        <translation>Baris untuk</translation>
    </message>
    <message>
        <source>What applies — and from which row</source>
        <translation>Yang berlaku — dan dari baris mana</translation>
    </message>
    <message>
        <source>A member of branch</source>
        <translation>Anggota cabang</translation>
    </message>
    <message>
        <source>in category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>borrowing an item of type</source>
        <translation>meminjam koleksi jenis</translation>
    </message>
    <message>
        <source>Each rule comes from the most specific row that sets it: branch before category before item type.</source>
        <translation>Setiap aturan diambil dari baris paling khusus yang mengaturnya: cabang lebih dulu, lalu kategori, lalu jenis koleksi.</translation>
    </message>
    <message>
        <source>The loan rules could not be read</source>
        <translation>Aturan peminjaman tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Nothing to save: no rule was changed.</source>
        <translation>Tidak ada yang perlu disimpan: tidak ada aturan yang diubah.</translation>
    </message>
    <message>
        <source>The rules were not saved</source>
        <translation>Aturan tidak disimpan</translation>
    </message>
    <message>
        <source>Saved the row %1; the explainer shows the rules as they now apply.</source>
        <translation>Baris %1 disimpan; penjelas menampilkan aturan yang kini berlaku.</translation>
    </message>
    <message>
        <source>The row %1 sets nothing any more and is removed.</source>
        <translation>Baris %1 tidak lagi mengatur apa pun dan dihapus.</translation>
    </message>
    <message>
        <source>Remove a rule row</source>
        <translation>Hapus baris aturan</translation>
    </message>
    <message>
        <source>Remove the row %1? Its rules are then taken from more general rows or Aksara's defaults.</source>
        <translation>Hapus baris %1? Aturannya lalu diambil dari baris yang lebih umum atau dari bawaan Aksara.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>The row was not removed</source>
        <translation>Baris tidak dihapus</translation>
    </message>
    <message>
        <source>The row %1 is removed.</source>
        <translation>Baris %1 telah dihapus.</translation>
    </message>
    <message>
        <source>The rules could not be explained</source>
        <translation>Aturan tidak dapat dijelaskan</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <source>Aksara's default</source>
        <translation>bawaan Aksara</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 hari</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 jam</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <source>once</source>
        <translation>sekali</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 kali</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::SettingsAdminPage</name>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Luhn</source>
        <translation>Luhn</translation>
    </message>
    <message>
        <source>Damm</source>
        <translation>Damm</translation>
    </message>
    <message>
        <source>not rounded</source>
        <translation>tidak dibulatkan</translation>
    </message>
    <message>
        <source>to Rp %1</source>
        <translation>ke Rp %1</translation>
    </message>
    <message>
        <source>the first open branch</source>
        <translation>cabang buka yang pertama</translation>
    </message>
    <message>
        <source>the first category in use</source>
        <translation>kategori pertama yang dipakai</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Simpan perubahan</translation>
    </message>
    <message>
        <source>Settings that apply to the whole library. A setting the library has not set uses its default.</source>
        <translation>Pengaturan yang berlaku untuk seluruh perpustakaan. Pengaturan yang belum diatur memakai nilai bawaannya.</translation>
    </message>
    <message>
        <source>The settings could not be read</source>
        <translation>Pengaturan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>(not set: the first open branch)</source>
        <translation>(belum diatur: cabang buka yang pertama)</translation>
    </message>
    <message>
        <source>(not set: the first category in use)</source>
        <translation>(belum diatur: kategori pertama yang dipakai)</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>bawaan: %1</translation>
    </message>
    <message>
        <source>not set; the default applies</source>
        <translation>belum diatur; nilai bawaan berlaku</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Tersimpan: %1.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <source>Saved: %1. The rest was not saved.</source>
        <translation>Tersimpan: %1. Sisanya tidak disimpan.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::SetupAssistant</name>
    <message>
        <source>any age</source>
        <translation>semua usia</translation>
    </message>
    <message>
        <source>from %1 years</source>
        <translation>mulai %1 tahun</translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation>sampai %1 tahun</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation>%1 sampai %2 tahun</translation>
    </message>
    <message>
        <source>%1 — %2: %3 months, %4, debt limit %5, NIK %6</source>
        <translation>%1 — %2: %3 bulan, %4, batas tunggakan %5, NIK %6</translation>
    </message>
    <message>
        <source>required</source>
        <translation>wajib</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>tidak wajib</translation>
    </message>
    <message>
        <source>, enrolment fee %1</source>
        <translation>, biaya pendaftaran %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3%4</source>
        <translation>%1 — %2: %3%4</translation>
    </message>
    <message>
        <source>lent</source>
        <translation>dipinjamkan</translation>
    </message>
    <message>
        <source>not lent</source>
        <translation>tidak dipinjamkan</translation>
    </message>
    <message>
        <source>, default price %1</source>
        <translation>, harga bawaan %1</translation>
    </message>
    <message>
        <source>Aksara — setting up the library</source>
        <translation>Aksara — menyiapkan perpustakaan</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Lanjut</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Set up the library</source>
        <translation>&amp;Siapkan perpustakaan</translation>
    </message>
    <message>
        <source>The library is not set up yet</source>
        <translation>Perpustakaan belum siap</translation>
    </message>
    <message>
        <source>Correct what is marked, then go on to “Set up the library” again. What was already saved stays.</source>
        <translation>Perbaiki yang ditandai, lalu lanjutkan ke “Siapkan perpustakaan” lagi. Yang sudah tersimpan tetap tersimpan.</translation>
    </message>
    <message>
        <source>The library is not set up yet: correct “%1”</source>
        <translation>Perpustakaan belum siap: perbaiki “%1”</translation>
    </message>
    <message>
        <source>Welcome to Aksara</source>
        <translation>Selamat datang di Aksara</translation>
    </message>
    <message>
        <source>This library has not been set up yet.</source>
        <translation>Perpustakaan ini belum disiapkan.</translation>
    </message>
    <message>
        <source>Before the first member can be registered and the first book lent, Aksara needs to know the library, its first branch, the kinds of members and of items it has, and who administers it. This assistant asks for them, one page at a time, and shows everything once more before anything is saved. All of it can be changed later under Administration.</source>
        <translation>Sebelum anggota pertama didaftarkan dan buku pertama dipinjamkan, Aksara perlu mengenal perpustakaan ini: cabang pertamanya, jenis anggota dan jenis koleksinya, serta siapa pengelolanya. Asisten ini menanyakannya satu halaman demi satu halaman dan menampilkan semuanya sekali lagi sebelum ada yang disimpan. Semuanya dapat diubah nanti di menu Administrasi.</translation>
    </message>
    <message>
        <source>The language of this assistant, of the desk, and of the library's notices and receipts:</source>
        <translation>Bahasa untuk asisten ini, meja layanan, serta pemberitahuan dan struk perpustakaan:</translation>
    </message>
    <message>
        <source>The library</source>
        <translation>Perpustakaan</translation>
    </message>
    <message>
        <source>Its name and contacts, as membership cards, slips, receipts and reports show them. The logo is optional.</source>
        <translation>Nama dan kontaknya, seperti yang tercetak pada kartu anggota, slip, struk, dan laporan. Logo boleh dikosongkan.</translation>
    </message>
    <message>
        <source>The library needs a name.</source>
        <translation>Perpustakaan memerlukan nama.</translation>
    </message>
    <message>
        <source>The first branch</source>
        <translation>Cabang pertama</translation>
    </message>
    <message>
        <source>The main library, where members are registered and books are lent. More branches can be added later.</source>
        <translation>Perpustakaan utama, tempat anggota didaftarkan dan buku dipinjamkan. Cabang lain dapat ditambahkan nanti.</translation>
    </message>
    <message>
        <source>The branch needs a code, such as PUSAT.</source>
        <translation>Cabang memerlukan kode, misalnya PUSAT.</translation>
    </message>
    <message>
        <source>The branch needs a name.</source>
        <translation>Cabang memerlukan nama.</translation>
    </message>
    <message>
        <source>Every %1 needs a code.</source>
        <translation>Setiap %1 memerlukan kode.</translation>
    </message>
    <message>
        <source>The code %1 is given twice.</source>
        <translation>Kode %1 dipakai dua kali.</translation>
    </message>
    <message>
        <source>&amp;Add a category</source>
        <translation>&amp;Tambah kategori</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Patron categories</source>
        <translation>Kategori anggota</translation>
    </message>
    <message>
        <source>The kinds of members, each with its membership period, fees and limits. These are the usual ones of an Indonesian public library; change, remove or add as you need.</source>
        <translation>Jenis-jenis anggota, masing-masing dengan masa keanggotaan, biaya, dan batasnya. Berikut yang lazim di perpustakaan umum Indonesia; ubah, hapus, atau tambahkan sesuai kebutuhan.</translation>
    </message>
    <message>
        <source>New members get, unless the desk says otherwise:</source>
        <translation>Anggota baru mendapat kategori ini, kecuali ditentukan lain di meja layanan:</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(tanpa kode)</translation>
    </message>
    <message>
        <source>The library needs at least one patron category.</source>
        <translation>Perpustakaan memerlukan setidaknya satu kategori anggota.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>&amp;Add an item type</source>
        <translation>&amp;Tambah jenis koleksi</translation>
    </message>
    <message>
        <source>Item types</source>
        <translation>Jenis koleksi</translation>
    </message>
    <message>
        <source>The kinds of copies the library keeps, and whether they are lent. Codes are in small letters. Change, remove or add as you need.</source>
        <translation>Jenis-jenis eksemplar yang dimiliki perpustakaan, dan apakah dipinjamkan. Kode ditulis dengan huruf kecil. Ubah, hapus, atau tambahkan sesuai kebutuhan.</translation>
    </message>
    <message>
        <source>item type</source>
        <translation>jenis koleksi</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <source>A staff account with every right: it adds the other staff, and keeps the library's branches, categories, loan rules and settings. The desk signs in with it next.</source>
        <translation>Akun petugas dengan semua hak: menambahkan petugas lain serta mengelola cabang, kategori, aturan peminjaman, dan pengaturan perpustakaan. Setelah ini meja layanan masuk dengan akun ini.</translation>
    </message>
    <message>
        <source>small letters, digits, . _ -</source>
        <translation>huruf kecil, angka, . _ -</translation>
    </message>
    <message>
        <source>e.g. Kepala Perpustakaan</source>
        <translation>mis. Kepala Perpustakaan</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>At least %1 characters. Nobody can read it back; keep it safe.</source>
        <translation>Paling sedikit %1 karakter. Tidak ada yang dapat melihatnya lagi; simpan baik-baik.</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>The administrator needs a user name.</source>
        <translation>Administrator memerlukan nama pengguna.</translation>
    </message>
    <message>
        <source>There is already a staff account “%1”: it is kept as it is, with its own password.</source>
        <translation>Sudah ada akun petugas “%1”: akun itu dibiarkan apa adanya, dengan kata sandinya sendiri.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Kata sandi paling sedikit %1 karakter.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi berbeda.</translation>
    </message>
    <message>
        <source>Ready to set up the library</source>
        <translation>Siap menyiapkan perpustakaan</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. Check what follows; Back goes to any page to change it.</source>
        <translation>Belum ada yang disimpan. Periksa isian berikut; tombol Kembali membawa Anda ke halaman mana pun untuk mengubahnya.</translation>
    </message>
    <message>
        <source>“Set up the library” saves each part as a change on record, then the desk asks the new administrator to sign in.</source>
        <translation>“Siapkan perpustakaan” menyimpan setiap bagian sebagai perubahan yang tercatat, lalu meja layanan meminta administrator baru untuk masuk.</translation>
    </message>
    <message>
        <source>Time zone %1; notices and receipts in %2; %3</source>
        <translation>Zona waktu %1; pemberitahuan dan struk dalam %2; %3</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>tanpa logo</translation>
    </message>
    <message>
        <source>with its logo</source>
        <translation>dengan logo</translation>
    </message>
    <message>
        <source>Opening hours and holidays: the library's calendar</source>
        <translation>Jam buka dan hari libur: kalender perpustakaan</translation>
    </message>
    <message>
        <source>Opening hours and holidays: the calendar %1</source>
        <translation>Jam buka dan hari libur: kalender %1</translation>
    </message>
    <message>
        <source>New members get %1 unless the desk says otherwise.</source>
        <translation>Anggota baru mendapat %1, kecuali ditentukan lain di meja layanan.</translation>
    </message>
    <message>
        <source>none for now</source>
        <translation>belum ada</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::ShownOnceDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Shown only now</source>
        <translation>Hanya ditampilkan sekarang</translation>
    </message>
    <message>
        <source>Copy it and keep it safe: Aksara keeps only a hash of it and cannot show it again.</source>
        <translation>Salin dan simpan baik-baik: Aksara hanya menyimpan hash-nya dan tidak dapat menampilkannya lagi.</translation>
    </message>
    <message>
        <source>I have kept it — close</source>
        <translation>Sudah saya simpan — tutup</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Tersalin.</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::Sip2Admin</name>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Institution (AO)</source>
        <translation>Institusi (AO)</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>Patron PIN</source>
        <translation>PIN anggota</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktifkan</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Nonaktifkan…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>The SIP2 accounts could not be read</source>
        <translation>Akun SIP2 tidak dapat dibaca</translation>
    </message>
    <message>
        <source>any branch</source>
        <translation>cabang mana saja</translation>
    </message>
    <message>
        <source>required</source>
        <translation>wajib</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>tidak diminta</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>SIP2 account "%1" created</source>
        <translation>Akun SIP2 "%1" dibuat</translation>
    </message>
    <message>
        <source>Set the same login and password in the machine's SIP2 settings.</source>
        <translation>Masukkan login dan kata sandi yang sama di pengaturan SIP2 mesin.</translation>
    </message>
    <message>
        <source>Password of SIP2 account %1</source>
        <translation>Kata sandi akun SIP2 %1</translation>
    </message>
    <message>
        <source>Enter this password in the self-check machine's SIP2 settings (the login message, CO).</source>
        <translation>Masukkan kata sandi ini di pengaturan SIP2 mesin swalayan (pesan login, CO).</translation>
    </message>
    <message>
        <source>"%1" was not enabled</source>
        <translation>"%1" tidak diaktifkan</translation>
    </message>
    <message>
        <source>"%1" may sign in again.</source>
        <translation>"%1" dapat masuk lagi.</translation>
    </message>
    <message>
        <source>Disable a SIP2 account</source>
        <translation>Nonaktifkan akun SIP2</translation>
    </message>
    <message>
        <source>Disable "%1"? The machines that use it can no longer sign in to lend or return until it is enabled again.</source>
        <translation>Nonaktifkan "%1"? Mesin yang memakainya tidak dapat masuk untuk meminjamkan atau menerima pengembalian sampai akun ini diaktifkan lagi.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>"%1" was not disabled</source>
        <translation>"%1" tidak dinonaktifkan</translation>
    </message>
    <message>
        <source>"%1" is disabled.</source>
        <translation>"%1" telah dinonaktifkan.</translation>
    </message>
    <message>
        <source>Also allowed</source>
        <translation>Juga boleh</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>U&amp;bah…</translation>
    </message>
    <message>
        <source>Self-check machines and other systems that speak SIP2 to aksara-server sign in with one of these accounts. They may lend, return, renew and place holds, never override a rule; a patron's data is sent only after the patron's PIN. Blocking cards and taking payments are off unless granted.</source>
        <translation>Mesin swalayan dan sistem lain yang terhubung ke aksara-server melalui SIP2 masuk dengan salah satu akun ini. Mereka boleh meminjamkan, menerima pengembalian, memperpanjang, dan memesan, tetapi tidak pernah mengesampingkan aturan; data anggota hanya dikirim setelah anggota memasukkan PIN-nya. Memblokir kartu dan menerima pembayaran tidak diizinkan kecuali diberikan.</translation>
    </message>
    <message>
        <source>patron data without PIN</source>
        <translation>data anggota tanpa PIN</translation>
    </message>
    <message>
        <source>own branch's items only</source>
        <translation>hanya koleksi cabangnya</translation>
    </message>
    <message>
        <source>block cards</source>
        <translation>memblokir kartu</translation>
    </message>
    <message>
        <source>take payments</source>
        <translation>menerima pembayaran</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>tidak ada tambahan</translation>
    </message>
    <message>
        <source>SIP2 account "%1" changed</source>
        <translation>Akun SIP2 "%1" diubah</translation>
    </message>
    <message>
        <source>The machine works with the new settings from its next login.</source>
        <translation>Mesin memakai pengaturan baru sejak login berikutnya.</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::SlipDialog</name>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Berkas PDF tidak dapat ditulis ke %1.</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::Slips</name>
    <message>
        <source>Library</source>
        <translation>Perpustakaan</translation>
    </message>
    <message>
        <source>LOAN SLIP</source>
        <translation>SLIP PEMINJAMAN</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Anggota: %1</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Kartu: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>jatuh tempo %1</translation>
    </message>
    <message>
        <source>Items on loan: %1</source>
        <translation>Eksemplar dipinjam: %1</translation>
    </message>
    <message>
        <source>Fees owed: %1</source>
        <translation>Tagihan: %1</translation>
    </message>
    <message>
        <source>Please return or renew by the due date.</source>
        <translation>Harap kembalikan atau perpanjang paling lambat pada tanggal jatuh tempo.</translation>
    </message>
    <message>
        <source>Served by: %1</source>
        <translation>Dilayani oleh: %1</translation>
    </message>
    <message>
        <source>WAIVER No. %1</source>
        <translation>PEMBEBASAN BIAYA No. %1</translation>
    </message>
    <message>
        <source>RECEIPT No. %1</source>
        <translation>TANDA TERIMA No. %1</translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation>Dibebaskan: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Dibayar: %1</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>tunai</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>sisa %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Still owed: %1</source>
        <translation>Sisa tagihan: %1</translation>
    </message>
    <message>
        <source>Received by: %1</source>
        <translation>Diterima oleh: %1</translation>
    </message>
    <message>
        <source>HOLD — PUT ON THE HOLD SHELF</source>
        <translation>PEMESANAN — LETAKKAN DI RAK PEMESANAN</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Untuk: %1</translation>
    </message>
    <message>
        <source>Pick up at: %1</source>
        <translation>Diambil di: %1</translation>
    </message>
    <message>
        <source>Collect by: %1</source>
        <translation>Ambil paling lambat: %1</translation>
    </message>
    <message>
        <source>SEND TO ANOTHER BRANCH</source>
        <translation>KIRIM KE CABANG LAIN</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Ke: %1</translation>
    </message>
    <message>
        <source>For the hold of: %1 (%2)</source>
        <translation>Untuk pemesanan: %1 (%2)</translation>
    </message>
    <message>
        <source>RETURN RECEIPT</source>
        <translation>TANDA TERIMA PENGEMBALIAN</translation>
    </message>
    <message>
        <source>Late fee: %1</source>
        <translation>Denda keterlambatan: %1</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::StaffAdmin</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Librarian</source>
        <translation>Pustakawan</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Anjungan</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <source>&amp;Role and branch…</source>
        <translation>&amp;Peran dan cabang…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Ganti kata &amp;sandi…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Nonaktifkan…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktifkan</translation>
    </message>
    <message>
        <source>Who may sign in at the desks, kiosks and the command line, and with which role. Five wrong passwords in a row lock an account until it is unlocked here.</source>
        <translation>Siapa saja yang boleh masuk di meja layanan, anjungan, dan baris perintah, serta dengan peran apa. Lima kali salah kata sandi berturut-turut mengunci akun sampai kuncinya dibuka di sini.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>The staff accounts could not be read</source>
        <translation>Akun petugas tidak dapat dibaca</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>terkunci</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Account "%1" created: %2</source>
        <translation>Akun "%1" dibuat: %2</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Kata sandi %1</translation>
    </message>
    <message>
        <source>Give this password to %1 in person. They can change it after signing in.</source>
        <translation>Berikan kata sandi ini langsung kepada %1. Kata sandi dapat diganti setelah masuk.</translation>
    </message>
    <message>
        <source>"%1" is now %2, branch %3</source>
        <translation>"%1" sekarang %2, cabang %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>New password set for "%1"</source>
        <translation>Kata sandi baru ditetapkan untuk "%1"</translation>
    </message>
    <message>
        <source>The account is unlocked as well.</source>
        <translation>Kunci akun juga sudah dibuka.</translation>
    </message>
    <message>
        <source>"%1" was not unlocked</source>
        <translation>Kunci "%1" tidak dibuka</translation>
    </message>
    <message>
        <source>"%1" is unlocked; the password is unchanged.</source>
        <translation>Kunci "%1" telah dibuka; kata sandinya tidak berubah.</translation>
    </message>
    <message>
        <source>Disable the account "%1" (%2)? It can no longer sign in anywhere until it is enabled again; its history stays.</source>
        <translation>Nonaktifkan akun "%1" (%2)? Akun ini tidak dapat masuk di mana pun sampai diaktifkan lagi; riwayatnya tetap tersimpan.</translation>
    </message>
    <message>
        <source>This is your own account: you stay signed in here, but cannot sign in again.</source>
        <translation>Ini akun Anda sendiri: Anda tetap masuk di sini, tetapi tidak dapat masuk lagi.</translation>
    </message>
    <message>
        <source>Disable an account</source>
        <translation>Nonaktifkan akun</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>"%1" was not disabled</source>
        <translation>"%1" tidak dinonaktifkan</translation>
    </message>
    <message>
        <source>"%1" is disabled.</source>
        <translation>"%1" telah dinonaktifkan.</translation>
    </message>
    <message>
        <source>"%1" was not enabled</source>
        <translation>"%1" tidak diaktifkan</translation>
    </message>
    <message>
        <source>"%1" can sign in again.</source>
        <translation>"%1" dapat masuk lagi.</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::StaffPasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Kata sandi baru untuk %1</translation>
    </message>
    <message>
        <source>A new password for &lt;b&gt;%1&lt;/b&gt;. It replaces the old one at once and unlocks the account.</source>
        <translation>Kata sandi baru untuk &lt;b&gt;%1&lt;/b&gt;. Kata sandi ini langsung menggantikan yang lama dan membuka kunci akun.</translation>
    </message>
    <message>
        <source>Set the password</source>
        <translation>Tetapkan kata sandi</translation>
    </message>
    <message>
        <source>The password was not changed</source>
        <translation>Kata sandi tidak diubah</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::StaffRoleDialog</name>
    <message>
        <source>Role and branch of %1</source>
        <translation>Peran dan cabang %1</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>No branch of their own</source>
        <translation>Tidak terikat pada cabang</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Cabang</translation>
    </message>
    <message>
        <source>A librarian works the desk; a supervisor may also override, waive fees, edit loan rules and see the reports; an administrator may do everything, including this administration. A kiosk account is for self-service machines only.</source>
        <translation>Pustakawan melayani di meja layanan; supervisor juga boleh mengesampingkan aturan, menghapus denda, mengubah aturan peminjaman, dan melihat laporan; administrator boleh melakukan semuanya, termasuk administrasi ini. Akun anjungan hanya untuk mesin layanan mandiri.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Gagal disimpan</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::StationsAdmin</name>
    <message>
        <source>Front desk</source>
        <translation>Meja layanan</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Anjungan</translation>
    </message>
    <message>
        <source>Self-check machine</source>
        <translation>Mesin swalayan</translation>
    </message>
    <message>
        <source>Reports window</source>
        <translation>Jendela laporan</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>up</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>down</source>
        <translation>mati</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>dalam pemeliharaan</translation>
    </message>
    <message>
        <source>quiet outside its hours</source>
        <translation>diam di luar jam layanannya</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>tidak digunakan lagi</translation>
    </message>
    <message>
        <source>not heard from yet</source>
        <translation>belum pernah mengirim sinyal</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Sinyal terakhir</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New &amp;token…</source>
        <translation>&amp;Token baru…</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Pensiunkan…</translation>
    </message>
    <message>
        <source>Each desk, kiosk and self-check machine is a station. It sends a heartbeat with its token every minute, so the supervisor sees when one is down.</source>
        <translation>Setiap meja layanan, anjungan, dan mesin swalayan adalah stasiun. Stasiun mengirim sinyal aktif dengan tokennya setiap menit, sehingga supervisor tahu bila ada yang mati.</translation>
    </message>
    <message>
        <source>Re&amp;gister…</source>
        <translation>&amp;Daftarkan…</translation>
    </message>
    <message>
        <source>The stations could not be read</source>
        <translation>Stasiun tidak dapat dibaca</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Provides: %1</source>
        <translation>Memberikan layanan: %1</translation>
    </message>
    <message>
        <source>Heartbeat token of %1</source>
        <translation>Token sinyal aktif %1</translation>
    </message>
    <message>
        <source>Give the station this token: start it with --station %1 and the token in AKSARA_STATION_TOKEN, or keep both in its settings (station/code, station/token).</source>
        <translation>Berikan token ini kepada stasiun: jalankan dengan --station %1 dan token di AKSARA_STATION_TOKEN, atau simpan keduanya di pengaturannya (station/code, station/token).</translation>
    </message>
    <message>
        <source>Station %1 registered</source>
        <translation>Stasiun %1 didaftarkan</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Token baru</translation>
    </message>
    <message>
        <source>Give %1 a new heartbeat token? Its current token stops working at once; until the station is given the new one it counts as down.</source>
        <translation>Beri %1 token sinyal aktif baru? Tokennya yang sekarang langsung tidak berlaku; sampai stasiun diberi token baru, stasiun dianggap mati.</translation>
    </message>
    <message>
        <source>No new token for %1</source>
        <translation>Tidak ada token baru untuk %1</translation>
    </message>
    <message>
        <source>%1 has a new token; the old one no longer works.</source>
        <translation>%1 mendapat token baru; token lama tidak berlaku lagi.</translation>
    </message>
    <message>
        <source>Retire a station</source>
        <translation>Pensiunkan stasiun</translation>
    </message>
    <message>
        <source>Retire %1 (%2)? Its token stops working and it is no longer counted in the availability figures. Its history stays. A retired station cannot be brought back; register a new one instead.</source>
        <translation>Pensiunkan %1 (%2)? Tokennya tidak berlaku lagi dan stasiun ini tidak dihitung lagi dalam angka ketersediaan. Riwayatnya tetap tersimpan. Stasiun yang sudah dipensiunkan tidak dapat dipakai kembali; daftarkan stasiun baru sebagai gantinya.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Pensiunkan</translation>
    </message>
    <message>
        <source>%1 was not retired</source>
        <translation>%1 tidak dipensiunkan</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1 telah dipensiunkan.</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::StatusStrip</name>
    <message>
        <source>Station not registered</source>
        <translation>Stasiun belum terdaftar</translation>
    </message>
    <message>
        <source>This desk sends no heartbeats: register it with "aksara station register CODE --kind desk" and start the desk with --station CODE.</source>
        <translation>Meja ini tidak mengirim sinyal aktif (heartbeat): daftarkan dengan "aksara station register CODE --kind desk" lalu jalankan aplikasi meja layanan dengan --station CODE.</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Stasiun %1</translation>
    </message>
    <message>
        <source>Heartbeats are not getting through: %1</source>
        <translation>Sinyal aktif tidak sampai: %1</translation>
    </message>
    <message>
        <source>Station %1 is sending heartbeats.</source>
        <translation>Stasiun %1 sedang mengirim sinyal aktif.</translation>
    </message>
    <message>
        <source>Waiting for the first heartbeat of station %1.</source>
        <translation>Menunggu sinyal aktif pertama dari stasiun %1.</translation>
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
        <source>In planned maintenance.</source>
        <translation>Sedang dalam pemeliharaan terjadwal.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Tutup.</translation>
    </message>
    <message>
        <source>No operations in the last hour.</source>
        <translation>Tidak ada operasi dalam satu jam terakhir.</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>lambat</translation>
    </message>
    <message>
        <source>Last hour: %1 operations, %2 failed.</source>
        <translation>Satu jam terakhir: %1 operasi, %2 gagal.</translation>
    </message>
    <message>
        <source>%1 % answered within %2 ms (target %3 %).</source>
        <translation>%1 % direspons dalam %2 ms (target %3 %).</translation>
    </message>
    <message>
        <source>incident open</source>
        <translation>insiden terbuka</translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s).</source>
        <translation>
            <numerusform>%n insiden terbuka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed just now: %1</source>
        <translation>Baru saja gagal: %1</translation>
    </message>
    <message>
        <source>not working</source>
        <translation>tidak berfungsi</translation>
    </message>
    <message>
        <source>Services: no figures yet</source>
        <translation>Layanan: belum ada data</translation>
    </message>
    <message>
        <source>All %1 services of this desk are working</source>
        <translation>Semua %1 layanan di meja ini berfungsi</translation>
    </message>
    <message>
        <source>Services: %1 of %2 working</source>
        <translation>Layanan: %1 dari %2 berfungsi</translation>
    </message>
</context>
<context>
    <name>Aksara::Desk::StructurePage</name>
    <message>
        <source>What to correct is said under its field.</source>
        <translation>Yang perlu diperbaiki tertulis di bawah isiannya.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Aksara::FileModes</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Tidak dapat membuat %1: %2</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1: %2</source>
        <translation>Tidak dapat mengatur izin %1: %2</translation>
    </message>
    <message>
        <source>Cannot take away the permissions of %1 (mode %2): %3</source>
        <translation>Tidak dapat mencabut izin %1 (mode %2): %3</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk</name>
    <message>
        <source>The kiosk cannot start</source>
        <translation>Anjungan tidak dapat dijalankan</translation>
    </message>
    <message>
        <source>%1 is not a kiosk account (role kiosk); a kiosk never runs with a librarian's rights.</source>
        <translation>%1 bukan akun anjungan (peran kiosk); anjungan tidak pernah berjalan dengan hak pustakawan.</translation>
    </message>
    <message>
        <source>Start the kiosk: sign in with the kiosk account</source>
        <translation>Jalankan anjungan: masuk dengan akun anjungan</translation>
    </message>
    <message>
        <source>Not a kiosk account</source>
        <translation>Bukan akun anjungan</translation>
    </message>
    <message>
        <source>%1 is a staff account. The kiosk runs with an account of role kiosk (for example kiosk1), so that patrons can only ever use their own card.</source>
        <translation>%1 adalah akun petugas. Anjungan berjalan dengan akun berperan kiosk (misalnya kiosk1), agar anggota hanya dapat menggunakan kartunya sendiri.</translation>
    </message>
    <message>
        <source>That card number was mistyped or misread. Please scan your card again or check the number.</source>
        <translation>Nomor kartu itu salah ketik atau salah terbaca. Silakan pindai kartu Anda lagi atau periksa nomornya.</translation>
    </message>
    <message>
        <source>This card is not known to the library. Please ask at the desk.</source>
        <translation>Kartu ini tidak dikenal perpustakaan. Silakan bertanya di meja layanan.</translation>
    </message>
    <message>
        <source>This card has been replaced by a newer one. Please use your new card, or ask at the desk.</source>
        <translation>Kartu ini sudah diganti dengan kartu baru. Silakan gunakan kartu baru Anda, atau bertanya di meja layanan.</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again. After %1 wrong PINs in a row the card is locked.</source>
        <translation>PIN salah. Silakan coba lagi. Setelah %1 kali berturut-turut salah PIN, kartu akan terkunci.</translation>
    </message>
    <message>
        <source>This card is locked after %1 wrong PINs in a row. Please ask at the desk for a new PIN.</source>
        <translation>Kartu ini terkunci setelah %1 kali berturut-turut salah PIN. Silakan minta PIN baru di meja layanan.</translation>
    </message>
    <message>
        <source>This card has no PIN yet. Please ask at the desk to set one.</source>
        <translation>Kartu ini belum memiliki PIN. Silakan minta pembuatan PIN di meja layanan.</translation>
    </message>
    <message>
        <source>Your card is blocked. Please ask at the desk.</source>
        <translation>Kartu Anda diblokir. Silakan bertanya di meja layanan.</translation>
    </message>
    <message>
        <source>This membership has ended. Please ask at the desk.</source>
        <translation>Keanggotaan ini sudah berakhir. Silakan bertanya di meja layanan.</translation>
    </message>
    <message>
        <source>Your membership expired on %1. Please renew it at the desk.</source>
        <translation>Keanggotaan Anda berakhir pada %1. Silakan perpanjang di meja layanan.</translation>
    </message>
    <message>
        <source>Your membership has expired. Please renew it at the desk.</source>
        <translation>Keanggotaan Anda sudah berakhir. Silakan perpanjang di meja layanan.</translation>
    </message>
    <message>
        <source>You owe %1, more than the %2 allowed. Please pay at the desk first.</source>
        <translation>Tagihan Anda %1, melebihi batas %2. Silakan bayar dulu di meja layanan.</translation>
    </message>
    <message>
        <source>You owe more than is allowed. Please pay at the desk first.</source>
        <translation>Tagihan Anda melebihi batas. Silakan bayar dulu di meja layanan.</translation>
    </message>
    <message>
        <source>You have overdue items. Please return or renew them first.</source>
        <translation>Ada pinjaman Anda yang terlambat. Silakan kembalikan atau perpanjang dulu.</translation>
    </message>
    <message>
        <source>You have reached the number of items you may borrow at once.</source>
        <translation>Anda sudah mencapai batas jumlah pinjaman sekaligus.</translation>
    </message>
    <message>
        <source>This item is for use in the library only.</source>
        <translation>Eksemplar ini hanya untuk dibaca di perpustakaan.</translation>
    </message>
    <message>
        <source>Another reader is waiting for this item. Please leave it at the desk.</source>
        <translation>Pembaca lain sedang menunggu eksemplar ini. Silakan tinggalkan di meja layanan.</translation>
    </message>
    <message>
        <source>This item is still on loan to someone else. Please take it to the desk.</source>
        <translation>Eksemplar ini masih tercatat dipinjam orang lain. Silakan bawa ke meja layanan.</translation>
    </message>
    <message>
        <source>This item cannot be borrowed. Please take it to the desk.</source>
        <translation>Eksemplar ini tidak dapat dipinjam. Silakan bawa ke meja layanan.</translation>
    </message>
    <message>
        <source>This barcode is not in the library's collection. Please check it, or ask at the desk.</source>
        <translation>Kode batang ini tidak ada dalam koleksi perpustakaan. Silakan periksa, atau bertanya di meja layanan.</translation>
    </message>
    <message>
        <source>This item cannot be renewed again. Please return it by its due date.</source>
        <translation>Eksemplar ini tidak dapat diperpanjang lagi. Silakan kembalikan paling lambat pada tanggal jatuh tempo.</translation>
    </message>
    <message>
        <source>This item is not on loan to you.</source>
        <translation>Eksemplar ini tidak sedang Anda pinjam.</translation>
    </message>
    <message>
        <source>At the kiosk you can only use your own account.</source>
        <translation>Di anjungan ini Anda hanya dapat menggunakan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>You have as many holds as you may place. Collect or cancel one first.</source>
        <translation>Jumlah pemesanan Anda sudah mencapai batas. Ambil atau batalkan salah satu dulu.</translation>
    </message>
    <message>
        <source>You already have a hold on this title.</source>
        <translation>Anda sudah memesan judul ini.</translation>
    </message>
    <message>
        <source>You already have this title on loan.</source>
        <translation>Anda sedang meminjam judul ini.</translation>
    </message>
    <message>
        <source>This title cannot be reserved.</source>
        <translation>Judul ini tidak dapat dipesan.</translation>
    </message>
    <message>
        <source>This service is not available at the moment. Please ask at the desk.</source>
        <translation>Layanan ini sedang tidak tersedia. Silakan bertanya di meja layanan.</translation>
    </message>
    <message>
        <source>The library system cannot be reached right now.</source>
        <translation>Sistem perpustakaan sedang tidak dapat dihubungi.</translation>
    </message>
    <message>
        <source>Late return</source>
        <translation>Terlambat dikembalikan</translation>
    </message>
    <message>
        <source>Lost item</source>
        <translation>Eksemplar hilang</translation>
    </message>
    <message>
        <source>Replacement card</source>
        <translation>Kartu pengganti</translation>
    </message>
    <message>
        <source>Ready to collect at %1 until %2.</source>
        <translation>Siap diambil di %1 sampai %2.</translation>
    </message>
    <message>
        <source>Ready to collect at %1.</source>
        <translation>Siap diambil di %1.</translation>
    </message>
    <message>
        <source>On its way to %1.</source>
        <translation>Sedang dikirim ke %1.</translation>
    </message>
    <message>
        <source>Waiting: number %1 in the queue.</source>
        <translation>Menunggu: urutan ke-%1 dalam antrean.</translation>
    </message>
    <message>
        <source>Waiting.</source>
        <translation>Menunggu.</translation>
    </message>
    <message>
        <source>The station token file %1 can be read by other users. Allow its owner only (chmod 600 %1) and start the kiosk again.</source>
        <translation>Berkas token stasiun %1 dapat dibaca pengguna lain. Izinkan pemiliknya saja (chmod 600 %1), lalu jalankan anjungan lagi.</translation>
    </message>
    <message>
        <source>Cannot read the station token file %1: %2</source>
        <translation>Berkas token stasiun %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The station token file %1 is empty.</source>
        <translation>Berkas token stasiun %1 kosong.</translation>
    </message>
    <message>
        <source>Connect the kiosk</source>
        <translation>Hubungkan anjungan</translation>
    </message>
    <message>
        <source>The token of station %1 (shown once by "aksara station register %1 --kind kiosk"):</source>
        <translation>Token stasiun %1 (ditampilkan sekali oleh "aksara station register %1 --kind kiosk"):</translation>
    </message>
    <message>
        <source>No token for station %1: put it in %2 (readable by the kiosk's user only) or start the kiosk once with AKSARA_STATION_TOKEN set.</source>
        <translation>Belum ada token untuk stasiun %1: simpan di %2 (hanya dapat dibaca pengguna anjungan) atau jalankan anjungan sekali dengan AKSARA_STATION_TOKEN terisi.</translation>
    </message>
    <message>
        <source>Cannot write the station token file %1: %2</source>
        <translation>Berkas token stasiun %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>--server needs the address of aksara-server, such as https://library.example:8080 (no user name or password in it).</source>
        <translation>--server memerlukan alamat aksara-server, misalnya https://perpustakaan.contoh:8080 (tanpa nama pengguna atau kata sandi di dalamnya).</translation>
    </message>
    <message>
        <source>A kiosk connected to a server needs its station code: --station CODE (registered with "aksara station register CODE --kind kiosk").</source>
        <translation>Anjungan yang terhubung ke server memerlukan kode stasiunnya: --station KODE (didaftarkan dengan "aksara station register KODE --kind kiosk").</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::AccountPanel</name>
    <message>
        <source>My loans</source>
        <translation>Pinjaman saya</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Due back by</source>
        <translation>Kembalikan paling lambat</translation>
    </message>
    <message>
        <source>Renew all</source>
        <translation>Perpanjang semua</translation>
    </message>
    <message>
        <source>You have nothing on loan.</source>
        <translation>Anda tidak sedang meminjam apa pun.</translation>
    </message>
    <message>
        <source>My holds</source>
        <translation>Pemesanan saya</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>You have no holds. Titles you reserve at the desk appear here.</source>
        <translation>Anda tidak memiliki pemesanan. Judul yang Anda pesan di meja layanan tampil di sini.</translation>
    </message>
    <message>
        <source>My fees</source>
        <translation>Tagihan saya</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Harus dibayar</translation>
    </message>
    <message>
        <source>You owe nothing. Thank you!</source>
        <translation>Anda tidak memiliki tagihan. Terima kasih!</translation>
    </message>
    <message>
        <source>Renewed once</source>
        <translation>Sudah diperpanjang sekali</translation>
    </message>
    <message>
        <source>Renewed %1 times</source>
        <translation>Sudah diperpanjang %1 kali</translation>
    </message>
    <message>
        <source>%1
Overdue</source>
        <translation>%1
Terlambat</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Perpanjang</translation>
    </message>
    <message>
        <source>Overdue items cost a fee for every day they are late: return or renew them soon.</source>
        <translation>Pinjaman yang terlambat dikenai denda setiap hari: segera kembalikan atau perpanjang.</translation>
    </message>
    <message>
        <source>Renew an item to keep it longer. Items another reader is waiting for cannot be renewed.</source>
        <translation>Perpanjang pinjaman agar dapat dibaca lebih lama. Eksemplar yang ditunggu pembaca lain tidak dapat diperpanjang.</translation>
    </message>
    <message>
        <source>Collect a ready hold at the desk of the branch shown, before the date shown.</source>
        <translation>Ambil pemesanan yang sudah siap di meja layanan cabang yang tertera, sebelum tanggal yang tertera.</translation>
    </message>
    <message>
        <source>To pay: %1. Fees are paid at the desk.</source>
        <translation>Harus dibayar: %1. Pembayaran dilakukan di meja layanan.</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::BorrowPanel</name>
    <message>
        <source>Borrow</source>
        <translation>Pinjam</translation>
    </message>
    <message>
        <source>Scan the barcode of each item you want to borrow. It is usually inside the front cover.</source>
        <translation>Pindai kode batang setiap buku yang ingin Anda pinjam. Biasanya ada di balik sampul depan.</translation>
    </message>
    <message>
        <source>The library system cannot be reached. Loans taken now are kept on this kiosk and recorded as soon as it is back.</source>
        <translation>Sistem perpustakaan tidak dapat dihubungi. Peminjaman saat ini disimpan di anjungan dan dicatat begitu sistem kembali.</translation>
    </message>
    <message>
        <source>Item barcode</source>
        <translation>Kode batang buku</translation>
    </message>
    <message>
        <source>Borrowed</source>
        <translation>Dipinjam</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Not borrowed</source>
        <translation>Tidak dipinjam</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::IdentifyPage</name>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Scan your card or type its number, then type your PIN.</source>
        <translation>Pindai kartu Anda atau ketik nomornya, lalu ketik PIN Anda.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Nomor kartu</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>%1 digits</source>
        <translation>%1 digit</translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation>%1 sampai %2 digit</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::Keypad</name>
    <message>
        <source>Clear</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Hapus digit terakhir</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::KioskSession</name>
    <message>
        <source>Kiosks: borrowing allowed while the library system cannot be reached</source>
        <translation>Anjungan: peminjaman diizinkan saat sistem perpustakaan tidak dapat dihubungi</translation>
    </message>
    <message>
        <source>Kiosks: no borrowing while the library system cannot be reached</source>
        <translation>Anjungan: tidak ada peminjaman saat sistem perpustakaan tidak dapat dihubungi</translation>
    </message>
    <message>
        <source>This kiosk has no station code, so the supervisor does not see it. Register it with "aksara station register CODE --kind kiosk" and start it with --station CODE.</source>
        <translation>Anjungan ini tidak memiliki kode stasiun, sehingga tidak terlihat oleh supervisor. Daftarkan dengan "aksara station register KODE --kind kiosk" lalu jalankan dengan --station KODE.</translation>
    </message>
    <message>
        <source>No heartbeats while the library system cannot be reached.</source>
        <translation>Sinyal aktif tidak terkirim selama sistem perpustakaan tidak dapat dihubungi.</translation>
    </message>
    <message>
        <source>Heartbeats are refused: %1</source>
        <translation>Sinyal aktif ditolak: %1</translation>
    </message>
    <message>
        <source>Please scan your card or type its number.</source>
        <translation>Silakan pindai kartu Anda atau ketik nomornya.</translation>
    </message>
    <message>
        <source>Something went wrong; please try again or ask at the desk.</source>
        <translation>Terjadi kesalahan; silakan coba lagi atau bertanya di meja layanan.</translation>
    </message>
    <message>
        <source>The library system cannot be reached, so you cannot sign in right now. You can still return items.</source>
        <translation>Sistem perpustakaan tidak dapat dihubungi, jadi Anda belum dapat masuk. Anda tetap dapat mengembalikan buku.</translation>
    </message>
    <message>
        <source>Your account can be shown when the library system can be reached again.</source>
        <translation>Akun Anda dapat ditampilkan setelah sistem perpustakaan dapat dihubungi lagi.</translation>
    </message>
    <message>
        <source>The library system cannot be reached right now, so your account cannot be shown.</source>
        <translation>Sistem perpustakaan sedang tidak dapat dihubungi, jadi akun Anda belum dapat ditampilkan.</translation>
    </message>
    <message>
        <source>Please type what you are looking for.</source>
        <translation>Silakan ketik yang Anda cari.</translation>
    </message>
    <message>
        <source>The catalogue can be searched when the library system can be reached again.</source>
        <translation>Katalog dapat ditelusuri setelah sistem perpustakaan dapat dihubungi lagi.</translation>
    </message>
    <message>
        <source>That search could not be understood. Try a few plain words.</source>
        <translation>Penelusuran itu tidak dapat dipahami. Coba beberapa kata sederhana.</translation>
    </message>
    <message>
        <source>Please sign in with your card and PIN first.</source>
        <translation>Silakan masuk dulu dengan kartu dan PIN Anda.</translation>
    </message>
    <message>
        <source>Please scan the item's barcode.</source>
        <translation>Silakan pindai kode batang buku.</translation>
    </message>
    <message>
        <source>This kiosk cannot lend items right now. Please take them to the desk.</source>
        <translation>Anjungan ini sedang tidak dapat meminjamkan buku. Silakan bawa ke meja layanan.</translation>
    </message>
    <message>
        <source>Accepted. The library system cannot be reached, so this loan is kept on the kiosk and recorded as soon as it is back; the loan period starts then.</source>
        <translation>Diterima. Sistem perpustakaan tidak dapat dihubungi, jadi peminjaman ini disimpan di anjungan dan dicatat begitu sistem kembali; masa pinjam dimulai saat itu.</translation>
    </message>
    <message>
        <source>Due back by %1.</source>
        <translation>Kembalikan paling lambat %1.</translation>
    </message>
    <message>
        <source>You already have this item on loan. You can renew it under My loans.</source>
        <translation>Anda sudah meminjam buku ini. Anda dapat memperpanjangnya di Pinjaman saya.</translation>
    </message>
    <message>
        <source>Something went wrong; this item was not borrowed. Please try again or ask at the desk.</source>
        <translation>Terjadi kesalahan; buku ini tidak dipinjamkan. Silakan coba lagi atau bertanya di meja layanan.</translation>
    </message>
    <message>
        <source>The library system cannot be reached, so items cannot be borrowed here right now. Please take them to the desk.</source>
        <translation>Sistem perpustakaan tidak dapat dihubungi, jadi buku belum dapat dipinjam di sini. Silakan bawa ke meja layanan.</translation>
    </message>
    <message>
        <source>Returned. Thank you!</source>
        <translation>Sudah dikembalikan. Terima kasih!</translation>
    </message>
    <message>
        <source>It was late: a fee of %1 was added to your account.</source>
        <translation>Buku ini terlambat: denda %1 ditambahkan ke akun Anda.</translation>
    </message>
    <message>
        <source>Please leave it at the desk: another reader or branch is waiting for it.</source>
        <translation>Silakan tinggalkan di meja layanan: pembaca atau cabang lain sedang menunggunya.</translation>
    </message>
    <message>
        <source>Accepted. The library system cannot be reached right now; this return is kept on the kiosk and recorded as soon as it is back.</source>
        <translation>Diterima. Sistem perpustakaan sedang tidak dapat dihubungi; pengembalian ini disimpan di anjungan dan dicatat begitu sistem kembali.</translation>
    </message>
    <message>
        <source>This kiosk cannot take returns right now. Please use the return desk.</source>
        <translation>Anjungan ini sedang tidak dapat menerima pengembalian. Silakan ke meja pengembalian.</translation>
    </message>
    <message>
        <source>Renewals need the library system, which cannot be reached right now.</source>
        <translation>Perpanjangan memerlukan sistem perpustakaan, yang sedang tidak dapat dihubungi.</translation>
    </message>
    <message>
        <source>Renewed: now due back by %1.</source>
        <translation>Diperpanjang: kini kembalikan paling lambat %1.</translation>
    </message>
    <message>
        <source>Staff sign-in needs the library system, which cannot be reached right now.</source>
        <translation>Masuk sebagai petugas memerlukan sistem perpustakaan, yang sedang tidak dapat dihubungi.</translation>
    </message>
    <message>
        <source>A kiosk account cannot leave the kiosk. Please sign in with your own staff account.</source>
        <translation>Akun anjungan tidak dapat menutup anjungan. Silakan masuk dengan akun petugas Anda sendiri.</translation>
    </message>
    <message>
        <source>Self-service receipt</source>
        <translation>Struk layanan mandiri</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Kartu: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>kembali %1</translation>
    </message>
    <message>
        <source>(kept, to be recorded)</source>
        <translation>(disimpan, akan dicatat)</translation>
    </message>
    <message>
        <source>Borrowed:</source>
        <translation>Dipinjam:</translation>
    </message>
    <message>
        <source>Renewed:</source>
        <translation>Diperpanjang:</translation>
    </message>
    <message>
        <source>Returned:</source>
        <translation>Dikembalikan:</translation>
    </message>
    <message>
        <source>Thank you. Please return books by their due date.</source>
        <translation>Terima kasih. Kembalikan buku paling lambat pada tanggalnya.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>Your PIN is %1 digits. Please type it again.</source>
        <translation>PIN Anda terdiri atas %1 digit. Silakan ketik ulang.</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::KioskWindow</name>
    <message>
        <source>Nothing was waiting.</source>
        <translation>Tidak ada yang menunggu.</translation>
    </message>
    <message>
        <source>Borrowing while offline is now allowed at every kiosk.</source>
        <translation>Peminjaman saat sistem terputus kini diizinkan di semua anjungan.</translation>
    </message>
    <message>
        <source>Borrowing while offline is now switched off at every kiosk.</source>
        <translation>Peminjaman saat sistem terputus kini dimatikan di semua anjungan.</translation>
    </message>
    <message>
        <source>Aksara: self-service</source>
        <translation>Aksara: layanan mandiri</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Anda masih di sini?</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Ya, saya masih di sini</translation>
    </message>
    <message>
        <source>Library self-service</source>
        <translation>Layanan mandiri perpustakaan</translation>
    </message>
    <message>
        <source>The library system cannot be reached at the moment.</source>
        <translation>Sistem perpustakaan sedang tidak dapat dihubungi.</translation>
    </message>
    <message>
        <source>You can still return and borrow items: they are kept safely on this kiosk and recorded as soon as the connection is back. Your account and search need the connection.</source>
        <translation>Anda tetap dapat mengembalikan dan meminjam buku: semuanya disimpan dengan aman di anjungan ini dan dicatat begitu sambungan pulih. Akun Anda dan penelusuran memerlukan sambungan.</translation>
    </message>
    <message>
        <source>You can still return items: they are kept safely on this kiosk and recorded as soon as the connection is back. Borrowing, renewals, your account and search need the connection.</source>
        <translation>Anda tetap dapat mengembalikan buku: semuanya disimpan dengan aman di anjungan ini dan dicatat begitu sambungan pulih. Peminjaman, perpanjangan, akun Anda, dan penelusuran memerlukan sambungan.</translation>
    </message>
    <message>
        <source>The library system is back. The item kept on this kiosk has been recorded.</source>
        <translation>Sistem perpustakaan sudah pulih. Buku yang disimpan di anjungan ini sudah dicatat.</translation>
    </message>
    <message>
        <source>The library system is back. The %1 items kept on this kiosk have been recorded.</source>
        <translation>Sistem perpustakaan sudah pulih. %1 buku yang disimpan di anjungan ini sudah dicatat.</translation>
    </message>
    <message>
        <source>For your privacy the screen will be cleared in 1 second.</source>
        <translation>Demi privasi Anda, layar akan dikosongkan dalam 1 detik.</translation>
    </message>
    <message>
        <source>For your privacy the screen will be cleared in %1 seconds.</source>
        <translation>Demi privasi Anda, layar akan dikosongkan dalam %1 detik.</translation>
    </message>
    <message>
        <source>Renewed: %1 of %2.</source>
        <translation>Diperpanjang: %1 dari %2.</translation>
    </message>
    <message>
        <source>No receipt printer is connected to this kiosk. Your loans and their due dates are under My loans.</source>
        <translation>Anjungan ini tidak terhubung ke printer struk. Pinjaman Anda dan tanggal kembalinya ada di Pinjaman saya.</translation>
    </message>
    <message>
        <source>Your receipt is printing. Take it from the slot below the screen.</source>
        <translation>Struk Anda sedang dicetak. Ambil dari celah di bawah layar.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Your loans and their due dates are under My loans.</source>
        <translation>Struk tidak dapat dicetak. Pinjaman Anda dan tanggal kembalinya ada di Pinjaman saya.</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::LibraryLink</name>
    <message>
        <source>The library database %1 cannot be found.</source>
        <translation>Basis data perpustakaan %1 tidak ditemukan.</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::LocalLibrary</name>
    <message>
        <source>No key file is set for sealing PINs (kiosk key); borrowing while offline cannot be used.</source>
        <translation>Belum ada berkas kunci untuk menyegel PIN (kunci anjungan); peminjaman saat luring tidak dapat dipakai.</translation>
    </message>
    <message>
        <source>Unknown kind of request: %1</source>
        <translation>Jenis permintaan tidak dikenal: %1</translation>
    </message>
    <message>
        <source>No PIN was kept with this checkout.</source>
        <translation>Tidak ada PIN yang disimpan bersama peminjaman ini.</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::OfflineQueue</name>
    <message>
        <source>The kiosk's offline queue %1 cannot be used: %2</source>
        <translation>Antrean luring anjungan %1 tidak dapat digunakan: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the kiosk's offline queue.</source>
        <translation>Tidak dapat membuat folder %1 untuk antrean luring anjungan.</translation>
    </message>
    <message>
        <source>%1 is not a kiosk queue or is damaged: %2</source>
        <translation>%1 bukan antrean anjungan atau rusak: %2</translation>
    </message>
    <message>
        <source>%1 belongs to another program; the kiosk leaves it alone.</source>
        <translation>%1 milik program lain; anjungan tidak mengubahnya.</translation>
    </message>
    <message>
        <source>Request %1 is missing from the kiosk's queue.</source>
        <translation>Permintaan %1 tidak ada dalam antrean anjungan.</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::PatronPage</name>
    <message>
        <source>Borrow</source>
        <translation>Pinjam</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <source>My loans</source>
        <translation>Pinjaman saya</translation>
    </message>
    <message>
        <source>My holds</source>
        <translation>Pemesanan saya</translation>
    </message>
    <message>
        <source>My fees</source>
        <translation>Tagihan saya</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Hello! (card %1)</source>
        <translation>Halo! (kartu %1)</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Halo, %1</translation>
    </message>
    <message>
        <source>Your account will be shown when the library system is back.</source>
        <translation>Akun Anda akan ditampilkan setelah sistem perpustakaan pulih.</translation>
    </message>
    <message>
        <source>nothing on loan</source>
        <translation>tidak ada pinjaman</translation>
    </message>
    <message>
        <source>1 item on loan</source>
        <translation>1 buku dipinjam</translation>
    </message>
    <message>
        <source>%1 items on loan</source>
        <translation>%1 buku dipinjam</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 terlambat</translation>
    </message>
    <message>
        <source>1 hold</source>
        <translation>1 pemesanan</translation>
    </message>
    <message>
        <source>%1 holds</source>
        <translation>%1 pemesanan</translation>
    </message>
    <message>
        <source>%1 to pay</source>
        <translation>tagihan %1</translation>
    </message>
    <message>
        <source>nothing to pay</source>
        <translation>tidak ada tagihan</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Cetak struk</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::RemoteLibrary</name>
    <message>
        <source>The library server %1 did not answer in time.</source>
        <translation>Server perpustakaan %1 tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <source>The library server %1 cannot be reached: %2</source>
        <translation>Server perpustakaan %1 tidak dapat dihubungi: %2</translation>
    </message>
    <message>
        <source>The library server %1 gave an answer the kiosk does not understand (HTTP %2).</source>
        <translation>Server perpustakaan %1 memberi jawaban yang tidak dipahami anjungan (HTTP %2).</translation>
    </message>
    <message>
        <source>The library server gave no valid key for sealing PINs.</source>
        <translation>Server perpustakaan tidak memberi kunci yang sah untuk menyegel PIN.</translation>
    </message>
    <message>
        <source>The library server's answer to a replay had no result.</source>
        <translation>Jawaban server perpustakaan atas pengiriman ulang tidak berisi hasil.</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::Replayer</name>
    <message>
        <source>Already recorded by the library (operation %1); not applied again.</source>
        <translation>Sudah dicatat perpustakaan (operasi %1); tidak diterapkan lagi.</translation>
    </message>
    <message>
        <source>Returned.</source>
        <translation>Dikembalikan.</translation>
    </message>
    <message>
        <source>Checked in (it was not on loan).</source>
        <translation>Diterima kembali (tidak sedang dipinjam).</translation>
    </message>
    <message>
        <source>The card and PIN given at the kiosk were not confirmed: %1</source>
        <translation>Kartu dan PIN yang diberikan di anjungan tidak terkonfirmasi: %1</translation>
    </message>
    <message>
        <source>Lent to %1, due %2.</source>
        <translation>Dipinjamkan kepada %1, jatuh tempo %2.</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::ReturnPanel</name>
    <message>
        <source>Return items</source>
        <translation>Kembalikan buku</translation>
    </message>
    <message>
        <source>Scan the barcode of each item, one after another. You do not need your card.</source>
        <translation>Pindai kode batang setiap buku, satu per satu. Anda tidak memerlukan kartu.</translation>
    </message>
    <message>
        <source>Item barcode</source>
        <translation>Kode batang buku</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>Tidak dikembalikan</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::SealedPin</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Pustaka kriptografi tidak dapat dijalankan.</translation>
    </message>
    <message>
        <source>The key file %1 can be read by other users; allow its owner only (chmod 600 %1).</source>
        <translation>Berkas kunci %1 dapat dibaca pengguna lain; izinkan pemiliknya saja (chmod 600 %1).</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Berkas kunci %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation>Berkas kunci %1 rusak.</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2</source>
        <translation>Berkas kunci %1 tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <source>The library's public key is not a valid key.</source>
        <translation>Kunci publik perpustakaan bukan kunci yang sah.</translation>
    </message>
    <message>
        <source>The PIN could not be sealed.</source>
        <translation>PIN tidak dapat disegel.</translation>
    </message>
    <message>
        <source>The sealed PIN is not valid.</source>
        <translation>PIN tersegel tidak sah.</translation>
    </message>
    <message>
        <source>The PIN was not sealed to this library's key; it cannot be checked.</source>
        <translation>PIN tidak disegel dengan kunci perpustakaan ini; PIN tidak dapat diperiksa.</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::SearchPanel</name>
    <message>
        <source>Search the catalogue</source>
        <translation>Telusuri katalog</translation>
    </message>
    <message>
        <source>Type a title, an author, a subject or an ISBN.</source>
        <translation>Ketik judul, pengarang, subjek, atau ISBN.</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <translation>Apa yang Anda cari?</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Nothing found for "%1". Try fewer or other words.</source>
        <translation>Tidak ditemukan hasil untuk "%1". Coba lebih sedikit kata atau kata lain.</translation>
    </message>
    <message>
        <source>%1 titles found; the best %2 are shown.</source>
        <translation>%1 judul ditemukan; %2 yang paling sesuai ditampilkan.</translation>
    </message>
    <message>
        <source>1 title found.</source>
        <translation>1 judul ditemukan.</translation>
    </message>
    <message>
        <source>%1 titles found.</source>
        <translation>%1 judul ditemukan.</translation>
    </message>
    <message>
        <source>No copies to borrow.</source>
        <translation>Tidak ada eksemplar untuk dipinjam.</translation>
    </message>
    <message>
        <source>On the shelf.</source>
        <translation>Ada di rak.</translation>
    </message>
    <message>
        <source>On the shelf: %1 of %2 copies.</source>
        <translation>Ada di rak: %1 dari %2 eksemplar.</translation>
    </message>
    <message>
        <source>%1, shelf %2</source>
        <translation>%1, rak %2</translation>
    </message>
    <message>
        <source>All copies are out; the next is due back by %1.</source>
        <translation>Semua eksemplar sedang dipinjam; yang berikutnya kembali paling lambat %1.</translation>
    </message>
    <message>
        <source>No copy is on the shelf at the moment.</source>
        <translation>Saat ini tidak ada eksemplar di rak.</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::SimplePage</name>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::StaffLoginPage</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Masuk sebagai petugas</translation>
    </message>
    <message>
        <source>Only library staff can leave the kiosk or look at its queue. Sign in with your own staff account.</source>
        <translation>Hanya petugas perpustakaan yang dapat menutup anjungan atau melihat antreannya. Masuk dengan akun petugas Anda sendiri.</translation>
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
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::StaffPage</name>
    <message>
        <source>Kiosk: staff</source>
        <translation>Anjungan: petugas</translation>
    </message>
    <message>
        <source>Returns and loans taken at this kiosk</source>
        <translation>Pengembalian dan peminjaman di anjungan ini</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eksemplar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Record waiting items now</source>
        <translation>Catat yang menunggu sekarang</translation>
    </message>
    <message>
        <source>Allow borrowing while the library system cannot be reached (all kiosks)</source>
        <translation>Izinkan peminjaman saat sistem perpustakaan tidak dapat dihubungi (semua anjungan)</translation>
    </message>
    <message>
        <source>Patrons then sign in with card and PIN as usual; the PIN is checked when the loans are recorded, and a wrong one is reported here.</source>
        <translation>Anggota tetap masuk dengan kartu dan PIN; PIN diperiksa saat peminjaman dicatat, dan PIN yang salah dilaporkan di sini.</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Kembali ke anjungan</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Tutup anjungan</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Masuk sebagai: %1</translation>
    </message>
    <message>
        <source>The library system is reachable.</source>
        <translation>Sistem perpustakaan dapat dihubungi.</translation>
    </message>
    <message>
        <source>The library system cannot be reached: %1</source>
        <translation>Sistem perpustakaan tidak dapat dihubungi: %1</translation>
    </message>
    <message>
        <source>Station %1: heartbeats are sent, so the supervisor sees this kiosk.</source>
        <translation>Stasiun %1: sinyal aktif terkirim, sehingga supervisor melihat anjungan ini.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be recorded.</source>
        <translation>Tidak ada yang menunggu untuk dicatat.</translation>
    </message>
    <message>
        <source>1 item is waiting to be recorded.</source>
        <translation>1 buku menunggu untuk dicatat.</translation>
    </message>
    <message>
        <source>%1 items are waiting to be recorded.</source>
        <translation>%1 buku menunggu untuk dicatat.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <source>Loan to %1</source>
        <translation>Peminjaman oleh %1</translation>
    </message>
    <message>
        <source>(while offline)</source>
        <translation>(saat terputus)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Waiting (tried %1 times): %2</source>
        <translation>Menunggu (sudah dicoba %1 kali): %2</translation>
    </message>
    <message>
        <source>Recorded (operation %1). %2</source>
        <translation>Tercatat (operasi %1). %2</translation>
    </message>
    <message>
        <source>Already recorded (operation %1); not applied twice.</source>
        <translation>Sudah tercatat (operasi %1); tidak diterapkan dua kali.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Ditolak: %1</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::StaffThrottle</name>
    <message numerus="yes">
        <source>Too many wrong staff sign-ins at this kiosk. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Terlalu banyak percobaan masuk petugas yang salah di anjungan ini. Silakan tunggu %n detik, lalu coba lagi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <source>Borrow, return and renew your books here, and see your loans, holds and fees.</source>
        <translation>Pinjam, kembalikan, dan perpanjang buku Anda di sini, serta lihat pinjaman, pemesanan, dan tagihan Anda.</translation>
    </message>
    <message>
        <source>Scan your library card to begin</source>
        <translation>Pindai kartu anggota Anda untuk memulai</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Nomor kartu</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Type my card number instead</source>
        <translation>Ketik nomor kartu saya</translation>
    </message>
    <message>
        <source>Return items</source>
        <translation>Kembalikan buku</translation>
    </message>
    <message>
        <source>No card needed</source>
        <translation>Tanpa kartu</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Telusuri katalog</translation>
    </message>
    <message>
        <source>Find a book and where it stands</source>
        <translation>Cari buku dan letaknya di rak</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
</context>
<context>
    <name>Aksara::Labels</name>
    <message>
        <source>The barcode %1 cannot be written in Code 128.</source>
        <translation>Kode batang %1 tidak dapat ditulis dalam Code 128.</translation>
    </message>
    <message>
        <source>The barcode %1 is too long for a %2 mm wide label: its bars would be too thin to scan.</source>
        <translation>Kode batang %1 terlalu panjang untuk label selebar %2 mm: garis-garisnya akan terlalu tipis untuk dipindai.</translation>
    </message>
    <message>
        <source>A4, 24 labels of 70 × 37 mm (3 × 8; Avery Zweckform 3474)</source>
        <translation>A4, 24 label 70 × 37 mm (3 × 8; Avery Zweckform 3474)</translation>
    </message>
    <message>
        <source>A4, 40 labels of 45.7 × 25.4 mm (4 × 10; Avery L7654)</source>
        <translation>A4, 40 label 45,7 × 25,4 mm (4 × 10; Avery L7654)</translation>
    </message>
    <message>
        <source>Roll, one 50 × 25 mm label at a time (203 dpi thermal label printer)</source>
        <translation>Rol, satu label 50 × 25 mm sekali cetak (printer label termal 203 dpi)</translation>
    </message>
</context>
<context>
    <name>Aksara::Labels::LabelPrinter</name>
    <message>
        <source>There is no label sheet "%1" (%2).</source>
        <translation>Tidak ada lembar label "%1" (%2).</translation>
    </message>
    <message>
        <source>A roll has no used labels to skip: leave out the skip.</source>
        <translation>Rol tidak punya label terpakai yang perlu dilewati: jangan isi jumlah lewati.</translation>
    </message>
    <message>
        <source>Skip between 0 and %1 labels: the sheet %2 has %3 labels.</source>
        <translation>Lewati antara 0 dan %1 label: lembar %2 berisi %3 label.</translation>
    </message>
    <message>
        <source>Print either the copies you name or every copy added today, not both.</source>
        <translation>Cetak eksemplar yang Anda sebutkan atau semua eksemplar yang ditambahkan hari ini, jangan keduanya.</translation>
    </message>
    <message>
        <source>A branch chooses among the copies added today; the copies you name are printed as named.</source>
        <translation>Cabang hanya memilih di antara eksemplar yang ditambahkan hari ini; eksemplar yang Anda sebutkan dicetak sesuai yang disebutkan.</translation>
    </message>
    <message>
        <source>Say which copies to print labels for.</source>
        <translation>Sebutkan eksemplar yang labelnya akan dicetak.</translation>
    </message>
    <message>
        <source>Say where to write the PDF.</source>
        <translation>Tentukan lokasi penyimpanan berkas PDF.</translation>
    </message>
    <message>
        <source>No copy was added today (%1).</source>
        <translation>Belum ada eksemplar yang ditambahkan hari ini (%1).</translation>
    </message>
    <message>
        <source>No copy was added to %1 today (%2).</source>
        <translation>Belum ada eksemplar yang ditambahkan ke %1 hari ini (%2).</translation>
    </message>
    <message>
        <source>No copy has the barcode %1.</source>
        <translation>Tidak ada eksemplar dengan kode batang %1.</translation>
    </message>
    <message>
        <source>No copy has these barcodes: %1.</source>
        <translation>Tidak ada eksemplar dengan kode batang berikut: %1.</translation>
    </message>
    <message>
        <source>The copy %1 has no call number: give it one before printing its spine label.</source>
        <translation>Eksemplar %1 belum memiliki nomor panggil: isi dahulu sebelum mencetak label punggungnya.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
</context>
<context>
    <name>Aksara::Library</name>
    <message>
        <source>A %1 needs a code.</source>
        <translation>Kode %1 wajib diisi.</translation>
    </message>
    <message>
        <source>The code "%1" is not valid: 1 to 16 letters, digits, - or _, starting with a letter or a digit.</source>
        <translation>Kode "%1" tidak valid: 1 sampai 16 huruf, angka, - atau _, diawali huruf atau angka.</translation>
    </message>
    <message>
        <source>The code "%1" is not valid: 1 to 32 small letters, digits, - or _.</source>
        <translation>Kode "%1" tidak valid: 1 sampai 32 huruf kecil, angka, - atau _.</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Nama wajib diisi.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Nama tidak boleh kosong.</translation>
    </message>
    <message>
        <source>The name is longer than 120 characters.</source>
        <translation>Nama lebih dari 120 karakter.</translation>
    </message>
    <message>
        <source>This is longer than %1 characters.</source>
        <translation>Isian ini lebih dari %1 karakter.</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>"%1" bukan alamat surel.</translation>
    </message>
    <message>
        <source>"%1" is not a telephone number.</source>
        <translation>"%1" bukan nomor telepon.</translation>
    </message>
    <message>
        <source>%1 is from %2 to %3.</source>
        <translation>%1 harus dari %2 sampai %3.</translation>
    </message>
    <message>
        <source>There is no branch "%1".</source>
        <translation>Tidak ada cabang "%1".</translation>
    </message>
    <message>
        <source>There is no calendar "%1" (the calendars are: %2).</source>
        <translation>Tidak ada kalender "%1" (kalender yang ada: %2).</translation>
    </message>
    <message>
        <source>The membership period in months</source>
        <translation>Masa keanggotaan (dalam bulan)</translation>
    </message>
    <message>
        <source>The enrolment fee</source>
        <translation>Biaya pendaftaran</translation>
    </message>
    <message>
        <source>The debt limit</source>
        <translation>Batas tunggakan</translation>
    </message>
    <message>
        <source>The lowest age</source>
        <translation>Usia minimum</translation>
    </message>
    <message>
        <source>The highest age</source>
        <translation>Usia maksimum</translation>
    </message>
    <message>
        <source>The highest age (%1) is below the lowest (%2).</source>
        <translation>Usia maksimum (%1) lebih rendah daripada usia minimum (%2).</translation>
    </message>
    <message>
        <source>A shelving location needs a code.</source>
        <translation>Kode lokasi penempatan wajib diisi.</translation>
    </message>
    <message>
        <source>A location code is 1 to 64 characters without control characters.</source>
        <translation>Kode lokasi terdiri atas 1 sampai 64 karakter tanpa karakter kendali.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>"%1" is not a section header such as [library] or [branch CODE].</source>
        <translation>"%1" bukan judul bagian seperti [library] atau [branch CODE].</translation>
    </message>
    <message>
        <source>unknown section [%1]; the sections are [library], [branch CODE], [category CODE], [item-type CODE], [location BRANCH/CODE], [settings] and [admin].</source>
        <translation>bagian [%1] tidak dikenal; bagian yang ada: [library], [branch CODE], [category CODE], [item-type CODE], [location BRANCH/CODE], [settings], dan [admin].</translation>
    </message>
    <message>
        <source>[%1] needs its code, as in [%1 CODE].</source>
        <translation>[%1] memerlukan kode, seperti [%1 CODE].</translation>
    </message>
    <message>
        <source>[%1] takes no code.</source>
        <translation>[%1] tidak memakai kode.</translation>
    </message>
    <message>
        <source>a location is named BRANCH/CODE, as in [location PUSAT/REF].</source>
        <translation>lokasi ditulis sebagai BRANCH/CODE, seperti [location PUSAT/REF].</translation>
    </message>
    <message>
        <source>"%1" is not a "name = value" line.</source>
        <translation>"%1" bukan baris "name = value".</translation>
    </message>
    <message>
        <source>"%1" stands outside any section.</source>
        <translation>"%1" berada di luar bagian mana pun.</translation>
    </message>
    <message>
        <source>cannot read the logo %1.</source>
        <translation>tidak dapat membaca logo %1.</translation>
    </message>
    <message>
        <source>the logo %1 is larger than 1 MiB.</source>
        <translation>ukuran logo %1 melebihi 1 MiB.</translation>
    </message>
    <message>
        <source>%1 is a whole number, not "%2".</source>
        <translation>%1 harus bilangan bulat, bukan "%2".</translation>
    </message>
    <message>
        <source>%1 is yes or no, not "%2".</source>
        <translation>%1 harus ya atau tidak, bukan "%2".</translation>
    </message>
    <message>
        <source>cannot read the password file %1.</source>
        <translation>tidak dapat membaca berkas kata sandi %1.</translation>
    </message>
    <message>
        <source>[%1] has no "%2".</source>
        <translation>[%1] tidak mengenal "%2".</translation>
    </message>
    <message>
        <source>Nothing to change was given.</source>
        <translation>Tidak ada data yang akan diubah.</translation>
    </message>
    <message>
        <source>There is no patron category "%1".</source>
        <translation>Tidak ada kategori anggota "%1".</translation>
    </message>
    <message>
        <source>There is no item type "%1".</source>
        <translation>Tidak ada jenis koleksi "%1".</translation>
    </message>
    <message>
        <source>The branch %1 has no location "%2".</source>
        <translation>Cabang %1 tidak memiliki lokasi "%2".</translation>
    </message>
</context>
<context>
    <name>Aksara::Library::Administration</name>
    <message>
        <source>"%1" is not a time zone (for example Asia/Jakarta, Asia/Makassar, Asia/Jayapura).</source>
        <translation>"%1" bukan zona waktu (mis. Asia/Jakarta, Asia/Makassar, Asia/Jayapura).</translation>
    </message>
    <message>
        <source>The language is id (Indonesian) or en (English), not "%1".</source>
        <translation>Bahasa harus id (Indonesia) atau en (Inggris), bukan "%1".</translation>
    </message>
    <message>
        <source>Nothing to change was given.</source>
        <translation>Tidak ada data yang akan diubah.</translation>
    </message>
    <message>
        <source>The library's details</source>
        <translation>Data perpustakaan</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Logo harus berupa gambar PNG atau JPEG.</translation>
    </message>
    <message>
        <source>The logo is larger than 1 MiB.</source>
        <translation>Ukuran logo melebihi 1 MiB.</translation>
    </message>
    <message>
        <source>The library has no logo to remove.</source>
        <translation>Perpustakaan tidak memiliki logo yang dapat dihapus.</translation>
    </message>
    <message>
        <source>The library's logo removed</source>
        <translation>Logo perpustakaan dihapus</translation>
    </message>
    <message>
        <source>The library's logo</source>
        <translation>Logo perpustakaan</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>cabang</translation>
    </message>
    <message>
        <source>There is already a branch with the code %1 (%2).</source>
        <translation>Sudah ada cabang dengan kode %1 (%2).</translation>
    </message>
    <message>
        <source>Branch %1 added</source>
        <translation>Cabang %1 ditambahkan</translation>
    </message>
    <message>
        <source>Branch %1 changed</source>
        <translation>Cabang %1 diubah</translation>
    </message>
    <message>
        <source>The branch %1 is already closed.</source>
        <translation>Cabang %1 sudah ditutup.</translation>
    </message>
    <message>
        <source>Say why the branch closes (it is kept in its history).</source>
        <translation>Sebutkan alasan cabang ditutup (alasan ini disimpan dalam riwayatnya).</translation>
    </message>
    <message>
        <source>%1 is the library's only open branch; open another one before closing it.</source>
        <translation>%1 adalah satu-satunya cabang perpustakaan yang masih buka; buka cabang lain sebelum menutupnya.</translation>
    </message>
    <message>
        <source>%1 is where new members are registered by default; choose another default branch first (setting circulation.default_branch).</source>
        <translation>%1 adalah cabang bawaan untuk pendaftaran anggota baru; pilih cabang bawaan lain terlebih dahulu (pengaturan circulation.default_branch).</translation>
    </message>
    <message>
        <source>Branch %1 closed</source>
        <translation>Cabang %1 ditutup</translation>
    </message>
    <message>
        <source>The branch %1 is open.</source>
        <translation>Cabang %1 masih buka.</translation>
    </message>
    <message>
        <source>Branch %1 reopened</source>
        <translation>Cabang %1 dibuka kembali</translation>
    </message>
    <message>
        <source>patron category</source>
        <translation>kategori anggota</translation>
    </message>
    <message>
        <source>There is already a patron category with the code %1 (%2).</source>
        <translation>Sudah ada kategori anggota dengan kode %1 (%2).</translation>
    </message>
    <message>
        <source>Patron category %1 added</source>
        <translation>Kategori anggota %1 ditambahkan</translation>
    </message>
    <message>
        <source>Patron category %1 changed</source>
        <translation>Kategori anggota %1 diubah</translation>
    </message>
    <message>
        <source>The patron category %1 is in use.</source>
        <translation>Kategori anggota %1 sudah aktif.</translation>
    </message>
    <message>
        <source>The patron category %1 is already retired.</source>
        <translation>Kategori anggota %1 sudah nonaktif.</translation>
    </message>
    <message>
        <source>%1 is the category new members get by default; choose another default category first (setting circulation.default_category).</source>
        <translation>%1 adalah kategori bawaan untuk anggota baru; pilih kategori bawaan lain terlebih dahulu (pengaturan circulation.default_category).</translation>
    </message>
    <message>
        <source>Patron category %1 in use again</source>
        <translation>Kategori anggota %1 diaktifkan kembali</translation>
    </message>
    <message>
        <source>Patron category %1 retired</source>
        <translation>Kategori anggota %1 dinonaktifkan</translation>
    </message>
    <message>
        <source>item type</source>
        <translation>jenis koleksi</translation>
    </message>
    <message>
        <source>The default price</source>
        <translation>Harga bawaan</translation>
    </message>
    <message>
        <source>There is already an item type with the code %1 (%2).</source>
        <translation>Sudah ada jenis koleksi dengan kode %1 (%2).</translation>
    </message>
    <message>
        <source>Item type %1 added</source>
        <translation>Jenis koleksi %1 ditambahkan</translation>
    </message>
    <message>
        <source>Item type %1 changed</source>
        <translation>Jenis koleksi %1 diubah</translation>
    </message>
    <message>
        <source>The item type %1 is in use.</source>
        <translation>Jenis koleksi %1 sudah aktif.</translation>
    </message>
    <message>
        <source>The item type %1 is already retired.</source>
        <translation>Jenis koleksi %1 sudah nonaktif.</translation>
    </message>
    <message>
        <source>Item type %1 in use again</source>
        <translation>Jenis koleksi %1 diaktifkan kembali</translation>
    </message>
    <message>
        <source>Item type %1 retired</source>
        <translation>Jenis koleksi %1 dinonaktifkan</translation>
    </message>
    <message>
        <source>There is no branch "%1".</source>
        <translation>Tidak ada cabang "%1".</translation>
    </message>
    <message>
        <source>The branch %1 is closed.</source>
        <translation>Cabang %1 sudah ditutup.</translation>
    </message>
    <message>
        <source>The branch %1 already has the location %2.</source>
        <translation>Cabang %1 sudah memiliki lokasi %2.</translation>
    </message>
    <message>
        <source>Location %1 of branch %2 added</source>
        <translation>Lokasi %1 di cabang %2 ditambahkan</translation>
    </message>
    <message>
        <source>Location %1 of branch %2 changed</source>
        <translation>Lokasi %1 di cabang %2 diubah</translation>
    </message>
    <message>
        <source>The location %1 is in use.</source>
        <translation>Lokasi %1 sudah aktif.</translation>
    </message>
    <message>
        <source>The location %1 is already retired.</source>
        <translation>Lokasi %1 sudah nonaktif.</translation>
    </message>
    <message>
        <source>Location %1 of branch %2 in use again</source>
        <translation>Lokasi %1 di cabang %2 diaktifkan kembali</translation>
    </message>
    <message>
        <source>Location %1 of branch %2 retired</source>
        <translation>Lokasi %1 di cabang %2 dinonaktifkan</translation>
    </message>
</context>
<context>
    <name>Aksara::Library::Settings</name>
    <message>
        <source>Rp</source>
        <translation>Rp</translation>
    </message>
    <message>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <source>Language of notices</source>
        <translation>Bahasa pemberitahuan</translation>
    </message>
    <message>
        <source>The language of notices, slips and receipts for patrons who have not chosen one, and of new patrons' records: id (Indonesian) or en (English).</source>
        <translation>Bahasa pemberitahuan, slip, dan tanda terima bagi anggota yang belum memilih bahasa, sekaligus bahasa yang dicatat untuk anggota baru: id (Indonesia) atau en (Inggris).</translation>
    </message>
    <message>
        <source>Card number prefix</source>
        <translation>Awalan nomor kartu</translation>
    </message>
    <message>
        <source>1 to 6 capital letters at the start of every new card number. Cards already given out keep working.</source>
        <translation>1 sampai 6 huruf kapital di awal setiap nomor kartu baru. Kartu yang sudah diterbitkan tetap berlaku.</translation>
    </message>
    <message>
        <source>Card number digits</source>
        <translation>Jumlah digit nomor kartu</translation>
    </message>
    <message>
        <source>How many digits the member's number has on new cards, zero-padded (the check digit comes after them).</source>
        <translation>Jumlah digit nomor anggota pada kartu baru, diawali angka nol bila kurang (digit pemeriksa ditambahkan sesudahnya).</translation>
    </message>
    <message>
        <source>Card check digit</source>
        <translation>Digit pemeriksa kartu</translation>
    </message>
    <message>
        <source>How a card number's last digit catches typing and scanning errors: luhn, damm (also catches every swap of neighbouring digits) or none. Cards already given out keep working.</source>
        <translation>Cara digit terakhir nomor kartu mendeteksi salah ketik dan salah pindai: luhn, damm (juga mendeteksi setiap pertukaran dua digit yang berdampingan), atau none. Kartu yang sudah diterbitkan tetap berlaku.</translation>
    </message>
    <message>
        <source>Card replacement fee</source>
        <translation>Biaya penggantian kartu</translation>
    </message>
    <message>
        <source>Charged when a lost or damaged card is replaced.</source>
        <translation>Dibebankan saat kartu yang hilang atau rusak diganti.</translation>
    </message>
    <message>
        <source>Lost item fee</source>
        <translation>Biaya eksemplar hilang</translation>
    </message>
    <message>
        <source>Charged for a lost copy that has no price of its own (and whose item type has no default price).</source>
        <translation>Dibebankan untuk eksemplar hilang yang tidak memiliki harga sendiri (dan jenis koleksinya tidak memiliki harga bawaan).</translation>
    </message>
    <message>
        <source>Default branch</source>
        <translation>Cabang bawaan</translation>
    </message>
    <message>
        <source>The branch new members belong to when the desk does not say (empty: the first open branch).</source>
        <translation>Cabang asal anggota baru bila meja layanan tidak menentukannya (kosong: cabang pertama yang masih buka).</translation>
    </message>
    <message>
        <source>Default patron category</source>
        <translation>Kategori anggota bawaan</translation>
    </message>
    <message>
        <source>The category new members get when the desk does not say (empty: the first category in use).</source>
        <translation>Kategori untuk anggota baru bila meja layanan tidak menentukannya (kosong: kategori aktif yang pertama).</translation>
    </message>
    <message>
        <source>Shortest kiosk PIN</source>
        <translation>Panjang minimum PIN anjungan</translation>
    </message>
    <message>
        <source>The fewest digits a patron's kiosk PIN may have.</source>
        <translation>Jumlah digit paling sedikit untuk PIN anjungan anggota.</translation>
    </message>
    <message>
        <source>Longest kiosk PIN</source>
        <translation>Panjang maksimum PIN anjungan</translation>
    </message>
    <message>
        <source>The most digits a patron's kiosk PIN may have.</source>
        <translation>Jumlah digit paling banyak untuk PIN anjungan anggota.</translation>
    </message>
    <message>
        <source>Wrong PINs before a card locks</source>
        <translation>Batas salah PIN sebelum kartu terkunci</translation>
    </message>
    <message>
        <source>After this many wrong PINs in a row a card cannot sign in at a kiosk until staff set a new PIN.</source>
        <translation>Setelah salah PIN sebanyak ini berturut-turut, kartu tidak dapat dipakai masuk di anjungan sampai petugas membuat PIN baru.</translation>
    </message>
    <message>
        <source>Kiosk borrowing offline</source>
        <translation>Peminjaman di anjungan saat terputus</translation>
    </message>
    <message>
        <source>Whether kiosks may lend while the library system cannot be reached (the loans are recorded when it is back).</source>
        <translation>Apakah anjungan boleh meminjamkan selama sistem perpustakaan tidak dapat dihubungi (peminjamannya dicatat setelah sistem tersambung kembali).</translation>
    </message>
    <message>
        <source>Days on the hold shelf</source>
        <translation>Lama di rak pemesanan</translation>
    </message>
    <message>
        <source>How long a hold that is ready waits for its patron before it expires (the library-wide loan rule hold_pickup_days; loan rules may set other days for a branch, category or item type).</source>
        <translation>Berapa lama pemesanan yang siap diambil menunggu anggotanya sebelum kedaluwarsa (aturan peminjaman tingkat perpustakaan hold_pickup_days; aturan peminjaman dapat menetapkan jumlah hari lain untuk cabang, kategori, atau jenis koleksi tertentu).</translation>
    </message>
    <message>
        <source>Rounding of overdue fees</source>
        <translation>Pembulatan denda keterlambatan</translation>
    </message>
    <message>
        <source>Overdue fees are rounded to a multiple of this many rupiah (1: not rounded).</source>
        <translation>Denda keterlambatan dibulatkan ke kelipatan sekian rupiah (1: tidak dibulatkan).</translation>
    </message>
    <message>
        <source>There is no setting "%1" (the settings are: %2).</source>
        <translation>Tidak ada pengaturan "%1" (pengaturan yang ada: %2).</translation>
    </message>
    <message>
        <source>%1 is a whole number from %2 to %3, not "%4".</source>
        <translation>%1 harus bilangan bulat dari %2 sampai %3, bukan "%4".</translation>
    </message>
    <message>
        <source>%1 is one of %2, not "%3".</source>
        <translation>%1 harus salah satu dari %2, bukan "%3".</translation>
    </message>
    <message>
        <source>A card number prefix is 1 to 6 capital letters A to Z, not "%1".</source>
        <translation>Awalan nomor kartu terdiri atas 1 sampai 6 huruf kapital A sampai Z, bukan "%1".</translation>
    </message>
    <message>
        <source>The shortest PIN (%1) cannot be longer than the longest (%2).</source>
        <translation>Panjang minimum PIN (%1) tidak boleh melebihi panjang maksimumnya (%2).</translation>
    </message>
    <message>
        <source>The longest PIN (%1) cannot be shorter than the shortest (%2).</source>
        <translation>Panjang maksimum PIN (%1) tidak boleh kurang dari panjang minimumnya (%2).</translation>
    </message>
    <message>
        <source>There is no branch "%1".</source>
        <translation>Tidak ada cabang "%1".</translation>
    </message>
    <message>
        <source>The branch %1 is closed.</source>
        <translation>Cabang %1 sudah ditutup.</translation>
    </message>
    <message>
        <source>There is no patron category "%1".</source>
        <translation>Tidak ada kategori anggota "%1".</translation>
    </message>
    <message>
        <source>The patron category %1 is retired.</source>
        <translation>Kategori anggota %1 sudah nonaktif.</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 sudah bernilai %2.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>Setting %1</source>
        <translation>Pengaturan %1</translation>
    </message>
<message>
        <source>Mail server (SMTP)</source>
        <translation>Server surel (SMTP)</translation>
    </message>
    <message>
        <source>The SMTP server that sends notices by e-mail, e.g. smtp.example.id (empty: no e-mail).</source>
        <translation>Server SMTP yang mengirim pemberitahuan lewat surel, mis. smtp.example.id (kosong: tanpa surel).</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Port server surel</translation>
    </message>
    <message>
        <source>587 for STARTTLS, 465 for TLS, 25 for a relay.</source>
        <translation>587 untuk STARTTLS, 465 untuk TLS, 25 untuk relay.</translation>
    </message>
    <message>
        <source>Mail server security</source>
        <translation>Keamanan server surel</translation>
    </message>
    <message>
        <source>starttls (required, never falls back to clear text), tls (from the start), or none (only for a server on this machine or the library's own network).</source>
        <translation>starttls (wajib, tidak pernah beralih ke teks terbuka), tls (sejak awal sambungan), atau none (hanya untuk server di komputer ini atau di jaringan perpustakaan sendiri).</translation>
    </message>
    <message>
        <source>Mail server login</source>
        <translation>Akun server surel</translation>
    </message>
    <message>
        <source>The account notices log in with (empty: no login).</source>
        <translation>Akun yang dipakai untuk masuk ke server surel (kosong: tanpa login).</translation>
    </message>
    <message>
        <source>Mail server password file</source>
        <translation>Berkas kata sandi server surel</translation>
    </message>
    <message>
        <source>The full path of a file (mode 0600) whose first line is the mail account's password. The password itself is never stored in the library's database.</source>
        <translation>Path lengkap sebuah berkas (mode 0600) yang baris pertamanya berisi kata sandi akun surel. Kata sandinya sendiri tidak pernah disimpan di basis data perpustakaan.</translation>
    </message>
    <message>
        <source>Notices sent from</source>
        <translation>Alamat pengirim pemberitahuan</translation>
    </message>
    <message>
        <source>The e-mail address notices come from (empty: the library's e-mail address).</source>
        <translation>Alamat surel pengirim pemberitahuan (kosong: alamat surel perpustakaan).</translation>
    </message>
    <message>
        <source>SMS/WhatsApp gateway URL</source>
        <translation>URL gateway SMS/WhatsApp</translation>
    </message>
    <message>
        <source>Notices for patrons without e-mail are POSTed here, e.g. https://gateway.example.id/send (empty: none).</source>
        <translation>Pemberitahuan untuk anggota tanpa surel dikirim (POST) ke sini, mis. https://gateway.example.id/send (kosong: tidak ada).</translation>
    </message>
    <message>
        <source>Gateway message body</source>
        <translation>Isi pesan ke gateway</translation>
    </message>
    <message>
        <source>What is POSTed to the gateway: {phone}, {text}, {subject}, {name}, {card}, {kind}, {id} and {language} are filled in, escaped for the content type.</source>
        <translation>Yang dikirim (POST) ke gateway: {phone}, {text}, {subject}, {name}, {card}, {kind}, {id} dan {language} diisi, di-escape sesuai jenis kontennya.</translation>
    </message>
    <message>
        <source>Gateway content type</source>
        <translation>Jenis konten gateway</translation>
    </message>
    <message>
        <source>How the gateway's body is written.</source>
        <translation>Cara isi pesan ke gateway ditulis.</translation>
    </message>
    <message>
        <source>Gateway token file</source>
        <translation>Berkas token gateway</translation>
    </message>
    <message>
        <source>The full path of a file (mode 0600) whose first line is sent as "Authorization: Bearer …" (empty: none).</source>
        <translation>Path lengkap sebuah berkas (mode 0600) yang baris pertamanya dikirim sebagai "Authorization: Bearer …" (kosong: tidak ada).</translation>
    </message>
    <message>
        <source>Preferred notice channel</source>
        <translation>Saluran pemberitahuan utama</translation>
    </message>
    <message>
        <source>Which channel a notice takes when the patron has both an e-mail address and a phone number.</source>
        <translation>Saluran yang dipakai bila anggota punya alamat surel sekaligus nomor telepon.</translation>
    </message>
    <message>
        <source>Minutes between notice runs</source>
        <translation>Jeda antarputaran pemberitahuan</translation>
    </message>
    <message>
        <source>How often the server looks for new notices and sends them.</source>
        <translation>Seberapa sering server mencari pemberitahuan baru dan mengirimkannya.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>menit</translation>
    </message>
    <message>
        <source>Attempts per notice</source>
        <translation>Percobaan per pemberitahuan</translation>
    </message>
    <message>
        <source>How many times a notice is tried before it is given up (it can still be retried by hand).</source>
        <translation>Berapa kali sebuah pemberitahuan dicoba sebelum dihentikan (masih bisa dikirim ulang secara manual).</translation>
    </message>
    <message>
        <source>First retry after</source>
        <translation>Percobaan ulang pertama setelah</translation>
    </message>
    <message>
        <source>Minutes before a failed notice is tried again; each later retry waits twice as long, at most a day.</source>
        <translation>Menit sebelum pemberitahuan yang gagal dicoba lagi; setiap percobaan berikutnya menunggu dua kali lebih lama, paling lama sehari.</translation>
    </message>
    <message>
        <source>Hold pickup reminder</source>
        <translation>Pengingat ambil pesanan</translation>
    </message>
    <message>
        <source>Days before a ready hold's last pickup day that the patron is reminded (0: no reminder).</source>
        <translation>Berapa hari sebelum hari terakhir pengambilan pesanan anggota diingatkan (0: tanpa pengingat).</translation>
    </message>
    <message>
        <source>Membership end reminder</source>
        <translation>Pengingat akhir keanggotaan</translation>
    </message>
    <message>
        <source>Days before a membership ends that the patron is told (0: not told).</source>
        <translation>Berapa hari sebelum keanggotaan berakhir anggota diberi tahu (0: tidak diberi tahu).</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>"%1" bukan alamat surel.</translation>
    </message>
    <message>
        <source>The gateway's address is an http:// or https:// URL, not "%1".</source>
        <translation>Alamat gateway berupa URL http:// atau https://, bukan "%1".</translation>
    </message>
    <message>
        <source>%1 is a full path (starting with /), not "%2".</source>
        <translation>%1 berupa path lengkap (diawali /), bukan "%2".</translation>
    </message>
    <message>
        <source>The gateway's message body cannot be empty.</source>
        <translation>Isi pesan ke gateway tidak boleh kosong.</translation>
    </message>
    <message>
        <source>"%1" is not a host name or address.</source>
        <translation>"%1" bukan nama host atau alamat.</translation>
    </message>
    <message>
        <source>Mail server certificate authority</source>
        <translation>Otoritas sertifikat server surel</translation>
    </message>
    <message>
        <source>The full path of a PEM file with the certificates to trust for the mail server besides the system's (a library's own certificate authority; empty: the system's).</source>
        <translation>Path lengkap berkas PEM berisi sertifikat yang dipercaya untuk server surel selain milik sistem (otoritas sertifikat milik perpustakaan sendiri; kosong: milik sistem).</translation>
    </message>
</context>
<context>
    <name>Aksara::Library::Setup</name>
    <message>
        <source>The library has no branch yet: the set-up must create one.</source>
        <translation>Perpustakaan belum memiliki cabang: penyiapan harus membuat satu cabang.</translation>
    </message>
    <message>
        <source>The library has no patron category yet: the set-up must create one.</source>
        <translation>Perpustakaan belum memiliki kategori anggota: penyiapan harus membuat satu kategori.</translation>
    </message>
    <message>
        <source>The library has no administrator yet: the set-up must name one.</source>
        <translation>Perpustakaan belum memiliki administrator: penyiapan harus menetapkan satu administrator.</translation>
    </message>
    <message>
        <source>There is no branch "%1" for the administrator.</source>
        <translation>Tidak ada cabang "%1" untuk administrator.</translation>
    </message>
    <message>
        <source>The new administrator %1 needs a password.</source>
        <translation>Administrator baru %1 memerlukan kata sandi.</translation>
    </message>
</context>
<context>
    <name>Aksara::Migrate</name>
    <message>
        <source>There is no preset "%1": use slims, inlislite or koha, or a mapping file.</source>
        <translation>Tidak ada preset "%1": gunakan slims, inlislite, atau koha, atau berkas pemetaan.</translation>
    </message>
    <message>
        <source>Line %1 of the mapping file: %2</source>
        <translation>Baris %1 berkas pemetaan: %2</translation>
    </message>
    <message>
        <source>unknown section [%1].</source>
        <translation>bagian [%1] tidak dikenal.</translation>
    </message>
    <message>
        <source>expected "name = value".</source>
        <translation>seharusnya "nama = nilai".</translation>
    </message>
    <message>
        <source>a setting before the first [section].</source>
        <translation>ada pengaturan sebelum [bagian] pertama.</translation>
    </message>
    <message>
        <source>the separator is one character (or "tab").</source>
        <translation>pemisah berupa satu karakter (atau "tab").</translation>
    </message>
    <message>
        <source>unknown option "%1".</source>
        <translation>opsi "%1" tidak dikenal.</translation>
    </message>
    <message>
        <source>"%1" is not a field of %2 (fields: %3).</source>
        <translation>"%1" bukan ruas %2 (ruas yang ada: %3).</translation>
    </message>
    <message>
        <source>The mapping names no column for the required field "%1".</source>
        <translation>Pemetaan tidak menyebutkan kolom untuk ruas wajib "%1".</translation>
    </message>
</context>
<context>
    <name>Aksara::Migrate::Importer</name>
    <message>
        <source>The file has no rows.</source>
        <translation>Berkas tidak berisi baris apa pun.</translation>
    </message>
    <message>
        <source>The file has no column "%1" (Aksara's %2); name it in the mapping file's [columns].</source>
        <translation>Berkas tidak memiliki kolom "%1" (ruas Aksara %2); sebutkan kolomnya di bagian [columns] berkas pemetaan.</translation>
    </message>
    <message>
        <source>The file ends in the middle of this row (%1 of %2 columns): it was cut short. Export it again.</source>
        <translation>Berkas berakhir di tengah baris ini (%1 dari %2 kolom): isinya terpotong. Ekspor ulang berkasnya.</translation>
    </message>
    <message>
        <source>The row has %1 columns where the header has %2 (a separator inside an unquoted value?).</source>
        <translation>Baris ini memiliki %1 kolom, sedangkan baris judul memiliki %2 (ada pemisah di dalam nilai yang tidak diapit tanda kutip?).</translation>
    </message>
    <message>
        <source>"%1" is not a date (expected %2).</source>
        <translation>"%1" bukan tanggal (seharusnya %2).</translation>
    </message>
    <message>
        <source>%1, lines %2–%3</source>
        <translation>%1, baris %2–%3</translation>
    </message>
    <message>
        <source>The branch is empty.</source>
        <translation>Cabang kosong.</translation>
    </message>
    <message>
        <source>The member number is empty.</source>
        <translation>Nomor anggota kosong.</translation>
    </message>
    <message>
        <source>The category is empty.</source>
        <translation>Kategori kosong.</translation>
    </message>
    <message>
        <source>(--allow-unverified-nik keeps it as unverified.)</source>
        <translation>(--allow-unverified-nik menyimpannya sebagai belum terverifikasi.)</translation>
    </message>
    <message>
        <source>The barcode is empty.</source>
        <translation>Barkode kosong.</translation>
    </message>
    <message>
        <source>Several records of the catalogue match "%1": give the record number or ISBN.</source>
        <translation>Beberapa cantuman katalog cocok dengan "%1": berikan nomor cantuman atau ISBN.</translation>
    </message>
    <message>
        <source>The row names no record (record number, ISBN or title).</source>
        <translation>Baris ini tidak menyebutkan cantuman (nomor cantuman, ISBN, atau judul).</translation>
    </message>
    <message>
        <source>No record of the catalogue matches "%1" (import the catalogue first).</source>
        <translation>Tidak ada cantuman katalog yang cocok dengan "%1" (impor katalognya terlebih dahulu).</translation>
    </message>
    <message>
        <source>The item type is empty.</source>
        <translation>Jenis koleksi kosong.</translation>
    </message>
    <message>
        <source>"%1" is not an amount of rupiah.</source>
        <translation>"%1" bukan jumlah rupiah.</translation>
    </message>
    <message>
        <source>There is no copy with the barcode %1 (import the copies first).</source>
        <translation>Tidak ada eksemplar dengan barkode %1 (impor eksemplarnya terlebih dahulu).</translation>
    </message>
    <message>
        <source>There is no patron with the member number %1 (import the patrons first).</source>
        <translation>Tidak ada anggota dengan nomor anggota %1 (impor anggotanya terlebih dahulu).</translation>
    </message>
    <message>
        <source>The due date is empty.</source>
        <translation>Tanggal jatuh tempo kosong.</translation>
    </message>
    <message>
        <source>%1 is already on loan (card %2).</source>
        <translation>%1 sedang dipinjam (kartu %2).</translation>
    </message>
    <message>
        <source>The due date %1 is not after the loan date %2.</source>
        <translation>Tanggal jatuh tempo %1 tidak sesudah tanggal pinjam %2.</translation>
    </message>
    <message>
        <source>The fee's number is empty.</source>
        <translation>Nomor denda kosong.</translation>
    </message>
    <message>
        <source>old system, %1, %2</source>
        <translation>sistem lama, %1, %2</translation>
    </message>
    <message>
        <source>old system, %1</source>
        <translation>sistem lama, %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was kept.</source>
        <translation>Uji coba: tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>%1 appears again in the file (first on line %2): only the first row with it is imported.</source>
        <translation>%1 muncul lagi di berkas (pertama kali di baris %2): hanya baris pertama yang diimpor.</translation>
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
    <message>
        <source>This database was made by an Aksara older than 0.1.0 (its schema of %1 is incomplete); upgrade it with Aksara 0.1.0 first, then with this version.</source>
        <translation>Basis data ini dibuat oleh Aksara versi sebelum 0.1.0 (skema %1 tidak lengkap); tingkatkan terlebih dahulu dengan Aksara 0.1.0, lalu dengan versi ini.</translation>
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
        <source>Cannot draw "%1" as a barcode: %2</source>
        <translation>Tidak dapat menggambar "%1" sebagai kode batang: %2</translation>
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
    <message>
        <source>The image is not a readable JPEG file (%1).</source>
        <translation>Gambar ini bukan berkas JPEG yang dapat dibaca (%1).</translation>
    </message>
</context>
<context>
    <name>Aksara::Reports</name>
    <message>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 mnt</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 hari %2 jam</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n menit lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n jam lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n hari lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Ditugaskan</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sedang dikerjakan</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Tertunda</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Terselesaikan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Permintaan layanan</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Sedang diselidiki</translation>
    </message>
    <message>
        <source>Known error</source>
        <translation>Kesalahan yang diketahui</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Dijadwalkan</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Dibatalkan (rollback)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standar</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Darurat</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Mati</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Pemeliharaan</translation>
    </message>
    <message>
        <source>Outside service hours</source>
        <translation>Di luar jam layanan</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Tidak digunakan lagi</translation>
    </message>
    <message>
        <source>Never heard from</source>
        <translation>Belum pernah terhubung</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Meja layanan</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Anjungan</translation>
    </message>
    <message>
        <source>Reports window</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Self-check machine</source>
        <translation>Mesin swalayan</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Menurun</translation>
    </message>
    <message>
        <source>P%1</source>
        <comment>priority</comment>
        <translation>P%1</translation>
    </message>
    <message>
        <source>1 – high</source>
        <comment>impact or urgency</comment>
        <translation>1 – tinggi</translation>
    </message>
    <message>
        <source>2 – medium</source>
        <comment>impact or urgency</comment>
        <translation>2 – sedang</translation>
    </message>
    <message>
        <source>3 – low</source>
        <comment>impact or urgency</comment>
        <translation>3 – rendah</translation>
    </message>
    <message>
        <source>Breached: %1 of %2</source>
        <translation>Terlampaui: %1 dari %2</translation>
    </message>
    <message>
        <source>Met in %1</source>
        <translation>Terpenuhi dalam %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · dijeda</translation>
    </message>
</context>
<context>
    <name>Aksara::Reports::BoardPage</name>
    <message>
        <source>Open incidents</source>
        <translation>Insiden terbuka</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time to own</source>
        <translation>Waktu tanggap</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Waktu penyelesaian</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Sinyal terakhir</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Planned window</source>
        <translation>Jendela waktu terencana</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Muat ulang sekarang</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Peminjaman</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Pengembalian</translation>
    </message>
    <message>
        <source>Borrowing members</source>
        <translation>Anggota yang meminjam</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Anggota baru</translation>
    </message>
    <message>
        <source>Overdue loans now</source>
        <translation>Pinjaman terlambat saat ini</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Pembayaran diterima</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Changes under way and coming</source>
        <translation>Perubahan yang sedang berjalan dan akan datang</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>Today's circulation</source>
        <translation>Sirkulasi hari ini</translation>
    </message>
    <message>
        <source>No operations today</source>
        <translation>Belum ada operasi hari ini</translation>
    </message>
    <message>
        <source>%1 today · %2 success</source>
        <translation>%1 hari ini · %2 berhasil</translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n insiden terbuka</numerusform>
        </translation>
    </message>
    <message>
        <source>Open incidents (%1)</source>
        <translation>Insiden terbuka (%1)</translation>
    </message>
    <message>
        <source> · major</source>
        <translation> · mayor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>belum dijadwalkan</translation>
    </message>
    <message>
        <source>Updated %1 · refreshes every %2 s</source>
        <translation>Diperbarui %1 · dimuat ulang setiap %2 detik</translation>
    </message>
</context>
<context>
    <name>Aksara::Reports::ChangesPage</name>
    <message>
        <source>Open changes only</source>
        <translation>Hanya perubahan terbuka</translation>
    </message>
    <message>
        <source>Normal and emergency</source>
        <translation>Normal dan darurat</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Request a change…</source>
        <translation>Ajukan perubahan…</translation>
    </message>
    <message>
        <source>Change %1 requested.</source>
        <translation>Perubahan %1 telah diajukan.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Note for the record (required to reject)</source>
        <translation>Catatan untuk arsip (wajib diisi jika menolak)</translation>
    </message>
    <message>
        <source>The service is unavailable during the window (planned maintenance)</source>
        <translation>Layanan tidak tersedia selama jendela waktu (pemeliharaan terencana)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwalkan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Catat hasil</translation>
    </message>
    <message>
        <source>Change %1 approved.</source>
        <translation>Perubahan %1 telah disetujui.</translation>
    </message>
    <message>
        <source>Change %1 rejected.</source>
        <translation>Perubahan %1 telah ditolak.</translation>
    </message>
    <message>
        <source>Change %1 scheduled.</source>
        <translation>Perubahan %1 telah dijadwalkan.</translation>
    </message>
    <message>
        <source>Change %1 started.</source>
        <translation>Perubahan %1 telah dimulai.</translation>
    </message>
    <message>
        <source>Outcome of change %1 recorded.</source>
        <translation>Hasil perubahan %1 telah dicatat.</translation>
    </message>
    <message>
        <source>Approval, window and outcome</source>
        <translation>Persetujuan, jendela waktu, dan hasil</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Jendela waktu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Choose a change to see its approval, window, outcome and history.</source>
        <translation>Pilih perubahan untuk melihat persetujuan, jendela waktu, hasil, dan riwayatnya.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 oleh %2</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Planned window</source>
        <translation>Jendela waktu terencana</translation>
    </message>
    <message>
        <source>Actual window</source>
        <translation>Jendela waktu aktual</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Yang diubah</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Aksara::Reports::CirculationPage</name>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Tanggal pilihan</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Peminjaman</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Pengembalian</translation>
    </message>
    <message>
        <source>Borrowing members</source>
        <translation>Anggota yang meminjam</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Anggota baru</translation>
    </message>
    <message>
        <source>New cards</source>
        <translation>Kartu baru</translation>
    </message>
    <message>
        <source>Overdue at the end</source>
        <translation>Terlambat pada akhir periode</translation>
    </message>
    <message>
        <source>Fees charged</source>
        <translation>Biaya yang dibebankan</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Pembayaran diterima</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Kode batang</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Diperoleh</translation>
    </message>
    <message>
        <source>Loans and returns per day, %1 – %2</source>
        <translation>Peminjaman dan pengembalian per hari, %1 – %2</translation>
    </message>
    <message>
        <source>Most borrowed titles</source>
        <translation>Judul yang paling banyak dipinjam</translation>
    </message>
    <message>
        <source>No loans in this period</source>
        <translation>Tidak ada peminjaman dalam periode ini</translation>
    </message>
    <message>
        <source>Never borrowed: %1 of %2 copies</source>
        <translation>Belum pernah dipinjam: %1 dari %2 eksemplar</translation>
    </message>
</context>
<context>
    <name>Aksara::Reports::CirculationStats</name>
    <message>
        <source>The period needs a first and a last day, in order.</source>
        <translation>Periode harus memiliki tanggal awal dan tanggal akhir, secara berurutan.</translation>
    </message>
    <message>
        <source>A period of statistics is at most %1 days.</source>
        <translation>Periode statistik paling lama %1 hari.</translation>
    </message>
</context>
<context>
    <name>Aksara::Reports::IncidentsPage</name>
    <message>
        <source>Assignee</source>
        <translation>Ditugaskan kepada</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgensi</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Major incident</source>
        <translation>Insiden mayor</translation>
    </message>
    <message>
        <source>Security incident</source>
        <translation>Insiden keamanan</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Gangguan</translation>
    </message>
    <message>
        <source>Outage from</source>
        <translation>Gangguan sejak</translation>
    </message>
    <message>
        <source>Outage until</source>
        <translation>Gangguan sampai</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Incidents and requests</source>
        <translation>Insiden dan permintaan</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Permintaan layanan</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Semua layanan</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Insiden baru…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Note, reason for waiting, or how it was resolved</source>
        <translation>Catatan, alasan menunggu, atau cara penyelesaiannya</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tugaskan</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Mulai kerjakan</translation>
    </message>
    <message>
        <source>Waiting (pending)</source>
        <translation>Menunggu (tertunda)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <source>Confirm closure</source>
        <translation>Konfirmasi penutupan</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <source>Set priority</source>
        <translation>Tetapkan prioritas</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautkan</translation>
    </message>
    <message>
        <source>Incident %1 assigned to %2.</source>
        <translation>Insiden %1 ditugaskan kepada %2.</translation>
    </message>
    <message>
        <source>Incident %1 closed.</source>
        <translation>Insiden %1 telah ditutup.</translation>
    </message>
    <message>
        <source>Incident %1 reopened.</source>
        <translation>Insiden %1 dibuka kembali.</translation>
    </message>
    <message>
        <source>Note added to incident %1.</source>
        <translation>Catatan ditambahkan ke insiden %1.</translation>
    </message>
    <message>
        <source>Priority of incident %1 changed.</source>
        <translation>Prioritas insiden %1 telah diubah.</translation>
    </message>
    <message>
        <source>Choose a problem to link the incident to.</source>
        <translation>Pilih masalah yang akan ditautkan dengan insiden ini.</translation>
    </message>
    <message>
        <source>Incident %1 linked to problem %2.</source>
        <translation>Insiden %1 ditautkan ke masalah %2.</translation>
    </message>
    <message>
        <source>Work on it</source>
        <translation>Tangani</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Tugaskan kepada</translation>
    </message>
    <message>
        <source>Impact × urgency</source>
        <translation>Dampak × urgensi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Time to own</source>
        <translation>Waktu tanggap</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Waktu penyelesaian</translation>
    </message>
    <message>
        <source>Choose an incident in the list to see its clocks and history and to work on it.</source>
        <translation>Pilih insiden dalam daftar untuk melihat penghitung waktu dan riwayatnya, serta untuk menanganinya.</translation>
    </message>
    <message>
        <source> · major</source>
        <translation> · mayor</translation>
    </message>
    <message>
        <source>[request] </source>
        <translation>[permintaan] </translation>
    </message>
    <message>
        <source>%1
Service: %2</source>
        <translation>%1
Layanan: %2</translation>
    </message>
    <message>
        <source>(choose a problem)</source>
        <translation>(pilih masalah)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>major incident</source>
        <translation>insiden mayor</translation>
    </message>
    <message>
        <source>security</source>
        <translation>keamanan</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>gangguan</translation>
    </message>
    <message>
        <source>%1 (impact %2 × urgency %3)%4</source>
        <translation>%1 (dampak %2 × urgensi %3)%4</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Dilaporkan oleh</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Jumlah kejadian</translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1 (otomatis)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Diselesaikan</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Tidak ada deskripsi.</translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation> · batas waktu %1</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>75 % of the target used (escalated)</source>
        <translation>75 % dari target telah terpakai (dieskalasi)</translation>
    </message>
    <message>
        <source>target breached (escalated)</source>
        <translation>target terlampaui (dieskalasi)</translation>
    </message>
    <message>
        <source>Linked to problem %1</source>
        <translation>Ditautkan ke masalah %1</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation>Ditautkan: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Riwayat (%1)</translation>
    </message>
    <message>
        <source>Incident %1 is now %2.</source>
        <translation>Insiden %1 kini berstatus %2.</translation>
    </message>
    <message>
        <source>Incident %1 opened with priority %2.</source>
        <translation>Insiden %1 dibuka dengan prioritas %2.</translation>
    </message>
</context>
<context>
    <name>Aksara::Reports::LiveBoard</name>
    <message>
        <source>Closed in the service catalogue.</source>
        <translation>Ditutup dalam katalog layanan.</translation>
    </message>
    <message>
        <source>Planned maintenance.</source>
        <translation>Pemeliharaan terencana.</translation>
    </message>
    <message>
        <source>Outage: incident %1 (%2).</source>
        <translation>Gangguan: insiden %1 (%2).</translation>
    </message>
    <message>
        <source>Every station that provides it is down.</source>
        <translation>Semua stasiun yang menyediakannya sedang mati.</translation>
    </message>
    <message>
        <source>Success %1 % is below the objective of %2 %.</source>
        <translation>Tingkat keberhasilan %1 % berada di bawah sasaran %2 %.</translation>
    </message>
    <message>
        <source>Only %1 % answered within %2 ms (target %3 %).</source>
        <translation>Hanya %1 % yang dijawab dalam %2 ms (target %3 %).</translation>
    </message>
    <message>
        <source>Priority %1 incident %2 is open.</source>
        <translation>Insiden %2 dengan prioritas %1 masih terbuka.</translation>
    </message>
</context>
<context>
    <name>Aksara::Reports::MonthlyReportPage</name>
    <message>
        <source>Missed targets (nonconformities)</source>
        <translation>Target yang tidak tercapai (ketidaksesuaian)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Folder untuk laporan</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Buka PDF</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Close the month…</source>
        <translation>Tutup bulan…</translation>
    </message>
    <message>
        <source>Freezes the month's figures and opens a nonconformity for every missed target.</source>
        <translation>Membekukan angka bulan tersebut dan membuka ketidaksesuaian untuk setiap target yang tidak tercapai.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Operations recorded</source>
        <translation>Operasi tercatat</translation>
    </message>
    <message>
        <source>Services meeting every target</source>
        <translation>Layanan yang memenuhi semua target</translation>
    </message>
    <message>
        <source>Missed targets</source>
        <translation>Target tidak tercapai</translation>
    </message>
    <message>
        <source>Incidents opened</source>
        <translation>Insiden dibuka</translation>
    </message>
    <message>
        <source>Incidents resolved</source>
        <translation>Insiden diselesaikan</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
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
        <source>Objective</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Within time</source>
        <translation>Dalam batas waktu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Ketersediaan</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Aktual</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Export for the auditor</source>
        <translation>Ekspor untuk auditor</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Services against their targets</source>
        <translation>Layanan dibandingkan dengan targetnya</translation>
    </message>
    <message>
        <source>Closed on %1 by %2: the figures are frozen (SHA-256 %3…).</source>
        <translation>Ditutup pada %1 oleh %2: angka-angkanya telah dibekukan (SHA-256 %3…).</translation>
    </message>
    <message>
        <source>The month is over but not closed yet: its figures can still change.</source>
        <translation>Bulan tersebut sudah berakhir tetapi belum ditutup: angka-angkanya masih dapat berubah.</translation>
    </message>
    <message>
        <source>Month to date, as of %1.</source>
        <translation>Bulan berjalan, per %1.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1 dalam %2 ms</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Tercapai</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Tidak tercapai</translation>
    </message>
    <message>
        <source>Missed targets (nonconformities): none</source>
        <translation>Target yang tidak tercapai (ketidaksesuaian): tidak ada</translation>
    </message>
    <message>
        <source>Missed targets (nonconformities): %1</source>
        <translation>Target yang tidak tercapai (ketidaksesuaian): %1</translation>
    </message>
    <message>
        <source>Time to own</source>
        <translation>Waktu tanggap</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Waktu penyelesaian</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The report of %1 is in %2.</source>
        <translation>Laporan %1 tersimpan di %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n CSV file(s) of %1 are in %2.</source>
        <translation>
            <numerusform>%n berkas CSV untuk %1 tersimpan di %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the month</source>
        <translation>Tutup bulan</translation>
    </message>
    <message>
        <source>Close %1? Its figures are then frozen for the audit, and every missed target opens a nonconformity to follow up.</source>
        <translation>Tutup %1? Angka-angkanya akan dibekukan untuk audit, dan setiap target yang tidak tercapai akan membuka ketidaksesuaian untuk ditindaklanjuti.</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 telah ditutup.</translation>
    </message>
</context>
<context>
    <name>Aksara::Reports::NewChangeDialog</name>
    <message>
        <source>Request a change</source>
        <translation>Ajukan perubahan</translation>
    </message>
    <message>
        <source>(no particular service)</source>
        <translation>(tidak terkait layanan tertentu)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Ajukan</translation>
    </message>
</context>
<context>
    <name>Aksara::Reports::NewIncidentDialog</name>
    <message>
        <source>Major incident</source>
        <translation>Insiden mayor</translation>
    </message>
    <message>
        <source>Security incident</source>
        <translation>Insiden keamanan</translation>
    </message>
    <message>
        <source>The service is down (counts against its availability)</source>
        <translation>Layanan mati (mengurangi angka ketersediaannya)</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Insiden baru</translation>
    </message>
    <message>
        <source>What is wrong, in a few words</source>
        <translation>Apa masalahnya, dalam beberapa kata</translation>
    </message>
    <message>
        <source>(no particular service)</source>
        <translation>(tidak terkait layanan tertentu)</translation>
    </message>
    <message>
        <source>(no particular station)</source>
        <translation>(tidak terkait stasiun tertentu)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgensi</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Buka insiden</translation>
    </message>
</context>
<context>
    <name>Aksara::Reports::NewProblemDialog</name>
    <message>
        <source>New problem</source>
        <translation>Masalah baru</translation>
    </message>
    <message>
        <source>Incident numbers, e.g. 12, 15</source>
        <translation>Nomor insiden, mis. 12, 15</translation>
    </message>
    <message>
        <source>(no particular service)</source>
        <translation>(tidak terkait layanan tertentu)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <source>Open problem</source>
        <translation>Buka masalah</translation>
    </message>
</context>
<context>
    <name>Aksara::Reports::ProblemsPage</name>
    <message>
        <source>Open problems</source>
        <translation>Masalah terbuka</translation>
    </message>
    <message>
        <source>Known errors</source>
        <translation>Kesalahan yang diketahui</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Semua masalah</translation>
    </message>
    <message>
        <source>New problem…</source>
        <translation>Masalah baru…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>In common</source>
        <translation>Kesamaan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Kemunculan</translation>
    </message>
    <message>
        <source>Open a problem for it…</source>
        <translation>Buka masalah untuk ini…</translation>
    </message>
    <message>
        <source>Choose a suggestion first.</source>
        <translation>Pilih salah satu saran terlebih dahulu.</translation>
    </message>
    <message>
        <source>Recurring incidents: %1</source>
        <translation>Insiden berulang: %1</translation>
    </message>
    <message>
        <source>Suggested from incident trends (90 days)</source>
        <translation>Saran dari tren insiden (90 hari)</translation>
    </message>
    <message>
        <source>Incident numbers, e.g. 12, 15</source>
        <translation>Nomor insiden, mis. 12, 15</translation>
    </message>
    <message>
        <source>Save analysis</source>
        <translation>Simpan analisis</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Sedang diselidiki</translation>
    </message>
    <message>
        <source>Known error</source>
        <translation>Kesalahan yang diketahui</translation>
    </message>
    <message>
        <source>Resolved by the fix</source>
        <translation>Diselesaikan oleh perbaikan</translation>
    </message>
    <message>
        <source>Check recurrence</source>
        <translation>Periksa kemunculan ulang</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Link incidents</source>
        <translation>Tautkan insiden</translation>
    </message>
    <message>
        <source>Analysis of problem %1 saved.</source>
        <translation>Analisis masalah %1 disimpan.</translation>
    </message>
    <message>
        <source>Problem %1 is now %2.</source>
        <translation>Masalah %1 kini berstatus %2.</translation>
    </message>
    <message>
        <source>No incident of the same fault since %1: the problem can be closed.</source>
        <translation>Tidak ada insiden dengan kerusakan yang sama sejak %1: masalah ini dapat ditutup.</translation>
    </message>
    <message>
        <source>The fault came back: incidents %1.</source>
        <translation>Kerusakan muncul lagi: insiden %1.</translation>
    </message>
    <message>
        <source>Incidents linked to problem %1.</source>
        <translation>Insiden telah ditautkan ke masalah %1.</translation>
    </message>
    <message>
        <source>Analysis and fix</source>
        <translation>Analisis dan perbaikan</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Akar penyebab</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Solusi sementara</translation>
    </message>
    <message>
        <source>Fixed by change</source>
        <translation>Diperbaiki oleh perubahan</translation>
    </message>
    <message>
        <source>Linked incidents</source>
        <translation>Insiden tertaut</translation>
    </message>
    <message>
        <source>Choose a problem to see its incidents, root cause, workaround and fix.</source>
        <translation>Pilih masalah untuk melihat insiden, akar penyebab, solusi sementara, dan perbaikannya.</translation>
    </message>
    <message>
        <source>Suggested from incident trends (90 days): none</source>
        <translation>Saran dari tren insiden (90 hari): tidak ada</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Kode kesalahan</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 oleh %2</translation>
    </message>
    <message>
        <source>Known error since</source>
        <translation>Kesalahan yang diketahui sejak</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Diselesaikan</translation>
    </message>
    <message>
        <source>Recurrence check</source>
        <translation>Pemeriksaan kemunculan ulang</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <source>%1: no recurrence</source>
        <translation>%1: tidak muncul ulang</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n recurrence(s)</source>
        <translation>
            <numerusform>%1: %n kali muncul ulang</numerusform>
        </translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>%1 · %2 (%3, %4)</source>
        <translation>%1 · %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Problem %1 opened.</source>
        <translation>Masalah %1 telah dibuka.</translation>
    </message>
</context>
<context>
    <name>Aksara::Reports::ReportsWindow</name>
    <message>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Aksara — service management and reports</source>
        <translation>Aksara — manajemen layanan dan laporan</translation>
    </message>
    <message>
        <source>Service management</source>
        <translation>Manajemen layanan</translation>
    </message>
    <message>
        <source>Live board</source>
        <translation>Papan pantau</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Tingkat layanan</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Sirkulasi</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Laporan bulanan</translation>
    </message>
    <message>
        <source>Sign in as a supervisor to see the live board, incidents, service levels and reports.</source>
        <translation>Masuk sebagai supervisor untuk melihat papan pantau, insiden, tingkat layanan, dan laporan.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Masuk…</translation>
    </message>
    <message>
        <source>Sign in to the reports window</source>
        <translation>Masuk ke jendela laporan</translation>
    </message>
    <message>
        <source>%1 may not open the reports window: it is for supervisors and administrators.</source>
        <translation>%1 tidak berwenang membuka jendela laporan: jendela ini khusus untuk supervisor dan administrator.</translation>
    </message>
    <message>
        <source>Aksara library</source>
        <translation>Perpustakaan Aksara</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Masuk sebagai %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Dari bulan ke bulan</translation>
    </message>
</context>
<context>
    <name>Aksara::Reports::ServiceLevelsPage</name>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 services met all their targets; %n target(s) missed.</source>
        <translation>
            <numerusform>%1 dari %2 layanan memenuhi semua targetnya; %n target tidak tercapai.</numerusform>
        </translation>
    </message>
    <message>
        <source>The month is closed: these figures are frozen.</source>
        <translation>Bulan ini sudah ditutup: angka-angka ini telah dibekukan.</translation>
    </message>
    <message>
        <source>Month to date, as of %1.</source>
        <translation>Sejak awal bulan hingga %1.</translation>
    </message>
    <message>
        <source>Availability in service hours</source>
        <translation>Ketersediaan dalam jam layanan</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Ketersediaan</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>SLA attainment: success and answers within the time target</source>
        <translation>Pencapaian SLA: keberhasilan dan respons dalam target waktu</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <source>Within the time target</source>
        <translation>Dalam target waktu</translation>
    </message>
    <message>
        <source>No operations this month</source>
        <translation>Tidak ada operasi bulan ini</translation>
    </message>
    <message>
        <source>Latency percentiles against the threshold (logarithmic scale)</source>
        <translation>Persentil latensi terhadap ambang batas (skala logaritmik)</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Ambang batas</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Incidents and requests by priority</source>
        <translation>Insiden dan permintaan menurut prioritas</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Diselesaikan</translation>
    </message>
    <message>
        <source>Target breached</source>
        <translation>Target terlampaui</translation>
    </message>
</context>
<context>
    <name>Aksara::Reports::TrendsPage</name>
    <message>
        <source>Each service month by month: availability in service hours, then success and the share answered within the time target. Green: every target of the month met; red: a target missed. A closed month shows the figures frozen when it was closed.</source>
        <translation>Setiap layanan dari bulan ke bulan: ketersediaan dalam jam layanan, lalu keberhasilan dan porsi yang dijawab dalam target waktu. Hijau: semua target bulan itu tercapai; merah: ada target yang tidak tercapai. Bulan yang sudah ditutup menampilkan angka yang dibekukan saat ditutup.</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Dari bulan ke bulan</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (ditutup)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Availability %1 · success %2 · within the time target %3 · %4 operations</source>
        <translation>Ketersediaan %1 · berhasil %2 · dalam target waktu %3 · %4 operasi</translation>
    </message>
    <message>
        <source>Services that met all their targets, month by month</source>
        <translation>Layanan yang memenuhi semua targetnya, dari bulan ke bulan</translation>
    </message>
    <message>
        <source>All targets met</source>
        <translation>Semua target tercapai</translation>
    </message>
    <message>
        <source>A target missed</source>
        <translation>Ada target tidak tercapai</translation>
    </message>
</context>
<context>
    <name>Aksara::Server</name>
    <message>
        <source>SRU over POST takes application/x-www-form-urlencoded parameters.
</source>
        <translation>SRU melalui POST menerima parameter application/x-www-form-urlencoded.
</translation>
    </message>
</context>
<context>
    <name>Aksara::Server::Health</name>
    <message>
        <source>The disk holding the library is full (%1 bytes free): nothing more can be written until space is freed.</source>
        <translation>Disk tempat data perpustakaan penuh (tersisa %1 bita): tidak ada lagi yang bisa ditulis sampai ada ruang yang dikosongkan.</translation>
    </message>
    <message>
        <source>The disk holding the library is almost full (%1 MB free); free some space soon.</source>
        <translation>Disk tempat data perpustakaan hampir penuh (tersisa %1 MB); segera kosongkan sebagian ruang.</translation>
    </message>
</context>
<context>
    <name>Aksara::Server::KioskApi</name>
    <message>
        <source>The library system failed; please try again or ask at the desk.</source>
        <translation>Sistem perpustakaan mengalami gangguan; silakan coba lagi atau tanyakan di meja layanan.</translation>
    </message>
    <message>
        <source>No such resource: %1</source>
        <translation>Sumber daya tidak ada: %1</translation>
    </message>
    <message>
        <source>The request is larger than %1 bytes.</source>
        <translation>Permintaan lebih besar dari %1 bita.</translation>
    </message>
    <message>
        <source>The kiosk API needs the station's code (X-Aksara-Station) and token (Authorization: Bearer).</source>
        <translation>API anjungan memerlukan kode stasiun (X-Aksara-Station) dan tokennya (Authorization: Bearer).</translation>
    </message>
    <message>
        <source>Unknown station or wrong token.</source>
        <translation>Stasiun tidak dikenal atau token salah.</translation>
    </message>
    <message>
        <source>Station "%1" is a %2, not a kiosk.</source>
        <translation>Stasiun "%1" adalah %2, bukan anjungan.</translation>
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation>Isi permintaan bukan objek JSON.</translation>
    </message>
    <message>
        <source>Please sign in with your card and PIN first (no valid session).</source>
        <translation>Silakan masuk dengan kartu dan PIN Anda terlebih dahulu (tidak ada sesi yang berlaku).</translation>
    </message>
    <message>
        <source>request_id: a request id of 1 to 128 characters is needed.</source>
        <translation>request_id: diperlukan id permintaan sepanjang 1 sampai 128 karakter.</translation>
    </message>
    <message>
        <source>card and pin are needed.</source>
        <translation>card dan pin wajib diisi.</translation>
    </message>
    <message>
        <source>A staff member must sign in at the kiosk first.</source>
        <translation>Petugas harus masuk di anjungan terlebih dahulu.</translation>
    </message>
    <message>
        <source>No such resource: %1 %2</source>
        <translation>Sumber daya tidak ada: %1 %2</translation>
    </message>
</context>
<context>
    <name>Aksara::Server::Sip2Accounts</name>
    <message>
        <source>A SIP2 login is 1 to 64 letters, digits, '.', '_' or '-'.</source>
        <translation>Login SIP2 terdiri atas 1 sampai 64 huruf, angka, '.', '_', atau '-'.</translation>
    </message>
    <message>
        <source>A SIP2 password needs at least 8 characters.</source>
        <translation>Kata sandi SIP2 harus terdiri atas minimal 8 karakter.</translation>
    </message>
    <message>
        <source>There is no branch "%1".</source>
        <translation>Tidak ada cabang "%1".</translation>
    </message>
    <message>
        <source>There is already a SIP2 account "%1".</source>
        <translation>Akun SIP2 "%1" sudah ada.</translation>
    </message>
    <message>
        <source>There is no SIP2 account "%1".</source>
        <translation>Tidak ada akun SIP2 "%1".</translation>
    </message>
    <message>
        <source>Unknown SIP2 login or wrong password.</source>
        <translation>Login SIP2 tidak dikenal atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Give the institution id the machine sends (AO).</source>
        <translation>Isi ID institusi yang dikirim mesin (AO).</translation>
    </message>
    <message>
        <source>An account that lends only its own branch's items needs a branch.</source>
        <translation>Akun yang hanya meminjamkan koleksi cabangnya sendiri harus memiliki cabang.</translation>
    </message>
</context>
<context>
    <name>Aksara::Server::Sip2LibraryBackend</name>
    <message>
        <source>Please enter your PIN.</source>
        <translation>Silakan masukkan PIN Anda.</translation>
    </message>
    <message>
        <source>Your card is blocked; please ask at the desk.</source>
        <translation>Kartu Anda diblokir; silakan hubungi meja layanan.</translation>
    </message>
    <message>
        <source>Your card is blocked: %1</source>
        <translation>Kartu Anda diblokir: %1</translation>
    </message>
    <message>
        <source>Your card expired on %1; please renew it at the desk.</source>
        <translation>Masa berlaku kartu Anda habis pada %1; silakan perpanjang di meja layanan.</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>pemesanan</translation>
    </message>
    <message>
        <source>Unknown item %1.</source>
        <translation>Eksemplar %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>This item is not on loan to you.</source>
        <translation>Eksemplar ini tidak sedang Anda pinjam.</translation>
    </message>
    <message>
        <source>self-check transaction %1</source>
        <translation>transaksi mesin swalayan %1</translation>
    </message>
    <message>
        <source>Changing a hold is done at the desk.</source>
        <translation>Perubahan pemesanan dilakukan di meja layanan.</translation>
    </message>
    <message>
        <source>You have no hold on this item.</source>
        <translation>Anda tidak memiliki pemesanan atas eksemplar ini.</translation>
    </message>
    <message>
        <source>Card retained by self-check machine %1</source>
        <translation>Kartu ditahan oleh mesin swalayan %1</translation>
    </message>
    <message>
        <source>Blocked by self-check machine %1</source>
        <translation>Diblokir oleh mesin swalayan %1</translation>
    </message>
    <message>
        <source>Card number or PIN not accepted; please try again or ask at the desk.</source>
        <translation>Nomor kartu atau PIN tidak diterima; silakan coba lagi atau hubungi meja layanan.</translation>
    </message>
    <message>
        <source>This item belongs to another branch; please take it to the desk.</source>
        <translation>Koleksi ini milik cabang lain; silakan bawa ke meja layanan.</translation>
    </message>
    <message>
        <source>This machine does not take payments; please pay at the desk.</source>
        <translation>Mesin ini tidak menerima pembayaran; silakan bayar di meja layanan.</translation>
    </message>
    <message>
        <source>This machine may not block cards.</source>
        <translation>Mesin ini tidak boleh memblokir kartu.</translation>
    </message>
    <message>
        <source>This card cannot do that here; please ask at the desk.</source>
        <translation>Kartu ini tidak dapat dipakai untuk itu di sini; silakan hubungi meja layanan.</translation>
    </message>
    <message>
        <source>Returned late: a fee of Rp %1 was charged to the borrower's account.</source>
        <translation>Terlambat dikembalikan: denda Rp %1 dibebankan ke akun peminjam.</translation>
    </message>
</context>
<context>
    <name>Aksara::Server::SruLibraryBackend</name>
    <message>
        <source>The catalogue is not available; please try again later.</source>
        <translation>Katalog tidak tersedia; silakan coba lagi nanti.</translation>
    </message>
    <message>
        <source>The catalogue could not be searched; please try again later.</source>
        <translation>Katalog tidak dapat dicari; silakan coba lagi nanti.</translation>
    </message>
    <message>
        <source>Any word (title, author, subject, notes, numbers)</source>
        <translation>Kata apa saja (judul, pengarang, subjek, catatan, nomor)</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Di mana saja</translation>
    </message>
    <message>
        <source>All indexes</source>
        <translation>Semua indeks</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Kata kunci</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Author or other creator</source>
        <translation>Pengarang atau pencipta lain</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Pengarang</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Penerbit</translation>
    </message>
    <message>
        <source>Year of publication</source>
        <translation>Tahun terbit</translation>
    </message>
    <message>
        <source>Identifier (ISBN, ISSN, control number)</source>
        <translation>Pengenal (ISBN, ISSN, nomor kendali)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>ISSN</source>
        <translation>ISSN</translation>
    </message>
    <message>
        <source>Series title</source>
        <translation>Judul seri</translation>
    </message>
</context>
<context>
    <name>Aksara::ServiceCore</name>
    <message>
        <source>There is no service "%1".</source>
        <translation>Tidak ada layanan "%1".</translation>
    </message>
    <message>
        <source>The service "%1" is closed.</source>
        <translation>Layanan "%1" sedang ditutup.</translation>
    </message>
    <message>
        <source>The service "%1" is closed: %2</source>
        <translation>Layanan "%1" sedang ditutup: %2</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>pemeliharaan</translation>
    </message>
    <message>
        <source>The service "%1" is in planned maintenance: %2</source>
        <translation>Layanan "%1" sedang dalam pemeliharaan terjadwal: %2</translation>
    </message>
    <message>
        <source>%1 may not do this (%2 needs the right "%3").</source>
        <translation>%1 tidak berwenang melakukan ini (%2 memerlukan hak akses "%3").</translation>
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
    <name>Aksara::ServiceManagement</name>
    <message>
        <source>Change %1 is %2; it cannot be %3.</source>
        <translation>Perubahan %1 berstatus %2; perubahan ini tidak dapat %3.</translation>
    </message>
    <message>
        <source>"%1" is not a month: write it as YYYY-MM, for example 2026-03.</source>
        <translation>"%1" bukan bulan: tuliskan dengan format YYYY-MM, misalnya 2026-03.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n mnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n dtk</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: burst of failures (%2 failed operations within %3)</source>
        <translation>%1: lonjakan kegagalan (%2 operasi gagal dalam %3)</translation>
    </message>
    <message>
        <source>At least %1 failed operations within %2 open this incident.</source>
        <translation>Insiden ini dibuka karena sedikitnya %1 operasi gagal dalam %2.</translation>
    </message>
    <message>
        <source>%1: latency over threshold for %2 (%3 of %4 operations in time)</source>
        <translation>%1: latensi melebihi ambang batas selama %2 (%3 dari %4 operasi tepat waktu)</translation>
    </message>
    <message>
        <source>In every %1 of the last %2 too few operations met the latency threshold.</source>
        <translation>Dalam setiap %1 selama %2 terakhir, terlalu sedikit operasi yang memenuhi ambang batas latensi.</translation>
    </message>
    <message>
        <source>%1: error budget burning fast (%2x over %3)</source>
        <translation>%1: anggaran kesalahan terpakai dengan cepat (%2x selama %3)</translation>
    </message>
    <message>
        <source>%1 of %2 valid operations failed in the last %3 (%4 of %5 in the last %6).</source>
        <translation>%1 dari %2 operasi yang valid gagal dalam %3 terakhir (%4 dari %5 dalam %6 terakhir).</translation>
    </message>
    <message>
        <source>Station %1 stopped sending heartbeats</source>
        <translation>Stasiun %1 berhenti mengirim sinyal aktif</translation>
    </message>
    <message>
        <source>Last heartbeat at %1; expected every %2 s (grace %3 s) within its service hours.</source>
        <translation>Sinyal aktif terakhir pada %1; seharusnya setiap %2 detik (toleransi %3 detik) selama jam layanannya.</translation>
    </message>
    <message>
        <source>No heartbeat since it was registered at %1.</source>
        <translation>Belum ada sinyal aktif sejak stasiun ini didaftarkan pada %1.</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>Tidak ada insiden %1.</translation>
    </message>
    <message>
        <source>Incident %1 is %2; it cannot go to %3.</source>
        <translation>Insiden %1 berstatus %2; tidak dapat beralih ke %3.</translation>
    </message>
    <message>
        <source>Impact and urgency are 1 (high), 2 (medium) or 3 (low).</source>
        <translation>Dampak dan urgensi bernilai 1 (tinggi), 2 (sedang), atau 3 (rendah).</translation>
    </message>
    <message>
        <source>There is no service "%1".</source>
        <translation>Tidak ada layanan "%1".</translation>
    </message>
    <message>
        <source>Incident %1 is already open for the same fault; work on that one.</source>
        <translation>Insiden %1 sudah dibuka untuk kerusakan yang sama; tangani insiden tersebut.</translation>
    </message>
    <message>
        <source>Incident %1 already belongs to problem %2.</source>
        <translation>Insiden %1 sudah tertaut ke masalah %2.</translation>
    </message>
    <message>
        <source>There is no problem %1.</source>
        <translation>Tidak ada masalah %1.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>no hours</source>
        <translation>tanpa jam layanan</translation>
    </message>
    <message>
        <source>bar: availability; tick: objective</source>
        <translation>batang: ketersediaan; tanda: sasaran</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>dibuka</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>diselesaikan</translation>
    </message>
    <message>
        <source>%1 — monthly service report %2</source>
        <translation>%1 — laporan layanan bulanan %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>halaman %1</translation>
    </message>
    <message>
        <source>Monthly service report</source>
        <translation>Laporan layanan bulanan</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Period %1 to %2 (%3), figures as of %4. Prepared for ISO/IEC 20000-1 clauses 8.3.3, 8.5.1, 8.6, 8.7.1, 9.1, 9.4 and 10.</source>
        <translation>Periode %1 sampai %2 (%3), angka per %4. Disusun untuk klausul ISO/IEC 20000-1 8.3.3, 8.5.1, 8.6, 8.7.1, 9.1, 9.4, dan 10.</translation>
    </message>
    <message>
        <source>FROZEN: the month was closed at %1 by %2. These figures are the snapshot taken then (SHA-256 %3); later changes to targets or records do not alter them.</source>
        <translation>DIBEKUKAN: bulan ini ditutup pada %1 oleh %2. Angka-angka ini adalah cuplikan yang diambil saat itu (SHA-256 %3); perubahan target atau catatan sesudahnya tidak mengubahnya.</translation>
    </message>
    <message>
        <source>PROVISIONAL: the month is not closed; figures may still change. Nonconformities are opened when the month is closed.</source>
        <translation>SEMENTARA: bulan ini belum ditutup; angka masih dapat berubah. Ketidaksesuaian dibuka saat bulan ditutup.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>%1 operations. %2 of %3 services met all their targets; %4 target(s) missed. Incidents: %5 opened, %6 resolved, %7 open at the end of the month (%8 at its start).</source>
        <translation>%1 operasi. %2 dari %3 layanan memenuhi semua targetnya; %4 target tidak tercapai. Insiden: %5 dibuka, %6 diselesaikan, %7 masih terbuka pada akhir bulan (%8 pada awal bulan).</translation>
    </message>
    <message>
        <source>Operations per day</source>
        <translation>Operasi per hari</translation>
    </message>
    <message>
        <source>Availability per service, in service hours</source>
        <translation>Ketersediaan per layanan, dalam jam layanan</translation>
    </message>
    <message>
        <source>Service levels against targets</source>
        <translation>Tingkat layanan terhadap target</translation>
    </message>
    <message>
        <source>service</source>
        <translation>layanan</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>success %</source>
        <translation>berhasil %</translation>
    </message>
    <message>
        <source>target %</source>
        <translation>target %</translation>
    </message>
    <message>
        <source>in time %</source>
        <translation>tepat %</translation>
    </message>
    <message>
        <source>target % ≤ ms</source>
        <translation>target % ≤ ms</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>budget %</source>
        <translation>anggaran %</translation>
    </message>
    <message>
        <source>Success = ok / (ok + failed); refusals (a business rule said no) are the service working and are excluded. In time = share of answered operations within the latency threshold. Percentiles are the upper bounds of the histogram buckets. Budget used = failures / failures the objective allows.</source>
        <translation>Keberhasilan = ok / (ok + gagal); penolakan (aturan bisnis menolak permintaan) menandakan layanan berfungsi dan tidak dihitung. Tepat waktu = porsi operasi yang dijawab dalam ambang batas latensi. Persentil adalah batas atas bucket histogram. Anggaran terpakai = jumlah kegagalan / jumlah kegagalan yang diizinkan oleh sasaran.</translation>
    </message>
    <message>
        <source>Workload against limits</source>
        <translation>Beban kerja terhadap batas</translation>
    </message>
    <message>
        <source>limit / hour</source>
        <translation>batas / jam</translation>
    </message>
    <message>
        <source>peak / hour</source>
        <translation>puncak / jam</translation>
    </message>
    <message>
        <source>peak hour</source>
        <translation>jam puncak</translation>
    </message>
    <message>
        <source>hours over limit</source>
        <translation>jam melebihi batas</translation>
    </message>
    <message>
        <source>Availability (service hours only)</source>
        <translation>Ketersediaan (hanya jam layanan)</translation>
    </message>
    <message>
        <source>station</source>
        <translation>stasiun</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>jam</translation>
    </message>
    <message>
        <source>AST</source>
        <translation>AST</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>terencana</translation>
    </message>
    <message>
        <source>unplanned</source>
        <translation>tak terencana</translation>
    </message>
    <message>
        <source>avail. %</source>
        <translation>tersedia %</translation>
    </message>
    <message>
        <source>user %</source>
        <translation>pengguna %</translation>
    </message>
    <message>
        <source>outages</source>
        <translation>gangguan</translation>
    </message>
    <message>
        <source>longest</source>
        <translation>terlama</translation>
    </message>
    <message>
        <source>MTRS</source>
        <translation>MTRS</translation>
    </message>
    <message>
        <source>MTBF</source>
        <translation>MTBF</translation>
    </message>
    <message>
        <source>Times in hours:minutes. Availability = (AST − planned − unplanned) / (AST − planned); user-perceived = (AST − planned − unplanned) / AST; AST = agreed service time (service hours). MTRS = unplanned downtime / outages; MTBF = available time / outages.</source>
        <translation>Waktu dalam jam:menit. Ketersediaan = (AST − terencana − tak terencana) / (AST − terencana); dirasakan pengguna = (AST − terencana − tak terencana) / AST; AST = waktu layanan yang disepakati (jam layanan). MTRS = waktu henti tak terencana / jumlah gangguan; MTBF = waktu tersedia / jumlah gangguan.</translation>
    </message>
    <message>
        <source>Stations (from heartbeats)</source>
        <translation>Stasiun (dari sinyal aktif)</translation>
    </message>
    <message>
        <source>Incidents and service requests</source>
        <translation>Insiden dan permintaan layanan</translation>
    </message>
    <message>
        <source>Opened %1 (%2 incidents, %3 service requests), resolved %4; backlog %5 at the start and %6 at the end of the month. Major incidents: %7. Security incidents: %8.</source>
        <translation>Dibuka %1 (%2 insiden, %3 permintaan layanan), diselesaikan %4; belum selesai %5 pada awal bulan dan %6 pada akhir bulan. Insiden besar: %7. Insiden keamanan: %8.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioritas</translation>
    </message>
    <message>
        <source>owned in time</source>
        <translation>ditangani tepat waktu</translation>
    </message>
    <message>
        <source>TTO %</source>
        <translation>TTO %</translation>
    </message>
    <message>
        <source>resolved in time</source>
        <translation>diselesaikan tepat waktu</translation>
    </message>
    <message>
        <source>TTR %</source>
        <translation>TTR %</translation>
    </message>
    <message>
        <source>Time to own (TTO) and time to resolve (TTR) are counted in service hours and paused while pending; a clock counts in the month it stopped, or in the month it breached while running.</source>
        <translation>Waktu hingga ditangani (TTO) dan waktu hingga diselesaikan (TTR) dihitung dalam jam layanan dan dijeda selama status tertunda; setiap pengukuran waktu dihitung pada bulan saat pengukuran itu berhenti, atau pada bulan saat targetnya terlampaui selagi masih berjalan.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Opened %1, resolved %2, closed %3; open at the end of the month %4, of which known errors %5.</source>
        <translation>Dibuka %1, diselesaikan %2, ditutup %3; masih terbuka pada akhir bulan %4, di antaranya kesalahan yang diketahui %5.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>%1 changes (standard %2, normal %3, emergency %4). Outcomes: success %5, failed %6, rolled back %7, rejected %8, still open %9. Emergency changes not yet approved: %10.</source>
        <translation>%1 perubahan (standar %2, normal %3, darurat %4). Hasil: berhasil %5, gagal %6, dibatalkan (rollback) %7, ditolak %8, masih terbuka %9. Perubahan darurat yang belum disetujui: %10.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>title</source>
        <translation>judul</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risiko</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>hasil</translation>
    </message>
    <message>
        <source>Nonconformities (missed targets)</source>
        <translation>Ketidaksesuaian (target tidak tercapai)</translation>
    </message>
    <message>
        <source>Every target was met.</source>
        <translation>Semua target tercapai.</translation>
    </message>
    <message>
        <source>NC-%1: %2</source>
        <translation>NC-%1: %2</translation>
    </message>
    <message>
        <source>Cause and corrective action: recorded when the month is closed.</source>
        <translation>Penyebab dan tindakan korektif: dicatat saat bulan ditutup.</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Penyebab: %1</translation>
    </message>
    <message>
        <source>(not yet analysed)</source>
        <translation>(belum dianalisis)</translation>
    </message>
    <message>
        <source>Corrective action: %1 — owner %2, due %3, status %4</source>
        <translation>Tindakan korektif: %1 — pemilik %2, jatuh tempo %3, status %4</translation>
    </message>
    <message>
        <source>(not yet decided)</source>
        <translation>(belum diputuskan)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Evidence: the records behind every figure</source>
        <translation>Bukti: catatan di balik setiap angka</translation>
    </message>
    <message>
        <source>Operation log: records with %1 (first seq %2, id %3; last seq %4, id %5); the log's hash chain is checked with "aksara verify". SLA bucket rows read: %6. Sources: %7.</source>
        <translation>Log operasi: catatan dengan %1 (seq pertama %2, id %3; seq terakhir %4, id %5); rantai hash log diperiksa dengan "aksara verify". Baris bucket SLA yang dibaca: %6. Sumber: %7.</translation>
    </message>
    <message>
        <source>first hourly bucket</source>
        <translation>bucket per jam pertama</translation>
    </message>
    <message>
        <source>last hourly bucket</source>
        <translation>bucket per jam terakhir</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>pemeliharaan</translation>
    </message>
    <message>
        <source>outage incidents</source>
        <translation>insiden gangguan</translation>
    </message>
    <message>
        <source>station outages</source>
        <translation>gangguan stasiun</translation>
    </message>
    <message>
        <source>Incidents opened: %1. Resolved: %2. Open at the end: %3. Breached a clock: %4.</source>
        <translation>Insiden dibuka: %1. Diselesaikan: %2. Masih terbuka pada akhir bulan: %3. Melampaui target waktu: %4.</translation>
    </message>
    <message>
        <source>Changes finished: %1. Open: %2. Problems opened: %3; known errors: %4.</source>
        <translation>Perubahan selesai: %1. Terbuka: %2. Masalah dibuka: %3; kesalahan yang diketahui: %4.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Tidak dapat membuat folder %1.</translation>
    </message>
    <message>
        <source>There is no station "%1".</source>
        <translation>Tidak ada stasiun "%1".</translation>
    </message>
    <message>
        <source>Incidents of priority %1: time to own met for %2 of %3 (%4) against a target of %5</source>
        <translation>Insiden prioritas %1: waktu tanggap terpenuhi untuk %2 dari %3 (%4) terhadap target %5</translation>
    </message>
    <message>
        <source>Incidents of priority %1: time to resolve met for %2 of %3 (%4) against a target of %5</source>
        <translation>Insiden prioritas %1: waktu penyelesaian terpenuhi untuk %2 dari %3 (%4) terhadap target %5</translation>
    </message>
    <message>
        <source>Service requests of priority %1: time to own met for %2 of %3 (%4) against a target of %5</source>
        <translation>Permintaan layanan prioritas %1: waktu tanggap terpenuhi untuk %2 dari %3 (%4) terhadap target %5</translation>
    </message>
    <message>
        <source>Service requests of priority %1: time to resolve met for %2 of %3 (%4) against a target of %5</source>
        <translation>Permintaan layanan prioritas %1: waktu penyelesaian terpenuhi untuk %2 dari %3 (%4) terhadap target %5</translation>
    </message>
    <message>
        <source>Signed checkpoints of the operation log</source>
        <translation>Checkpoint log operasi yang ditandatangani</translation>
    </message>
    <message>
        <source>No checkpoint was signed this month (aksara-server signs one every hour when it has a signing key).</source>
        <translation>Tidak ada checkpoint yang ditandatangani bulan ini (aksara-server menandatangani satu setiap jam bila memiliki kunci penanda tangan).</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>TIDAK SAH</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>NO: the log was changed</source>
        <translation>TIDAK: log telah diubah</translation>
    </message>
    <message>
        <source>head operation</source>
        <translation>operasi ujung</translation>
    </message>
    <message>
        <source>hash (first 16)</source>
        <translation>hash (16 pertama)</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>ditandatangani</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>tanda tangan</translation>
    </message>
    <message>
        <source>matches the log</source>
        <translation>cocok dengan log</translation>
    </message>
    <message>
        <source>Check them against the library's public key with: aksara verify --checkpoints FILE --public-key KEY (files from aksara checkpoint export).</source>
        <translation>Periksa terhadap kunci publik perpustakaan dengan: aksara verify --checkpoints FILE --public-key KEY (berkas dari aksara checkpoint export).</translation>
    </message>
<message>
        <source>Backups and restore tests</source>
        <translation>Pencadangan dan uji pemulihan</translation>
    </message>
    <message>
        <source>Backups this month: %1 good, %2 failed. Last restore test: %3.</source>
        <translation>Pencadangan bulan ini: %1 berhasil, %2 gagal. Uji pemulihan terakhir: %3.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>belum tercatat</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>pencadangan</translation>
    </message>
    <message>
        <source>restore test</source>
        <translation>uji pemulihan</translation>
    </message>
    <message>
        <source>when</source>
        <translation>waktu</translation>
    </message>
    <message>
        <source>what</source>
        <translation>kegiatan</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>error</source>
        <translation>galat</translation>
    </message>
</context>
<context>
    <name>Aksara::ServiceManagement::Changes</name>
    <message>
        <source>There is no change %1.</source>
        <translation>Tidak ada perubahan %1.</translation>
    </message>
    <message>
        <source>Could not record the change.</source>
        <translation>Tidak dapat mencatat perubahan.</translation>
    </message>
    <message>
        <source>standard change, pre-approved</source>
        <translation>perubahan standar, sudah disetujui sebelumnya</translation>
    </message>
    <message>
        <source>A change needs a title.</source>
        <translation>Perubahan harus memiliki judul.</translation>
    </message>
    <message>
        <source>The kind of a change is standard, normal or emergency.</source>
        <translation>Jenis perubahan harus standard, normal, atau emergency.</translation>
    </message>
    <message>
        <source>The risk of a change is low, medium or high.</source>
        <translation>Risiko perubahan harus low, medium, atau high.</translation>
    </message>
    <message>
        <source>There is no service "%1".</source>
        <translation>Tidak ada layanan "%1".</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>disetujui</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>Rejecting a change needs a reason.</source>
        <translation>Penolakan perubahan memerlukan alasan.</translation>
    </message>
    <message>
        <source>Change %1 is not approved yet; it cannot be scheduled.</source>
        <translation>Perubahan %1 belum disetujui; perubahan ini belum dapat dijadwalkan.</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>dijadwalkan</translation>
    </message>
    <message>
        <source>A planned window has a start and an end after it.</source>
        <translation>Jendela waktu terencana harus memiliki waktu mulai dan waktu selesai sesudahnya.</translation>
    </message>
    <message>
        <source>change %1: %2</source>
        <translation>perubahan %1: %2</translation>
    </message>
    <message>
        <source>There is no station "%1".</source>
        <translation>Tidak ada stasiun "%1".</translation>
    </message>
    <message>
        <source>Change %1 is not approved yet; it cannot start.</source>
        <translation>Perubahan %1 belum disetujui; perubahan ini belum dapat dimulai.</translation>
    </message>
    <message>
        <source>started</source>
        <translation>dimulai</translation>
    </message>
    <message>
        <source>The outcome of a change is success, failed or rolled_back.</source>
        <translation>Hasil perubahan harus success, failed, atau rolled_back.</translation>
    </message>
    <message>
        <source>finished (it has not started)</source>
        <translation>diselesaikan (belum dimulai)</translation>
    </message>
</context>
<context>
    <name>Aksara::ServiceManagement::Evaluator</name>
    <message>
        <source>Could not open the incident.</source>
        <translation>Tidak dapat membuka insiden.</translation>
    </message>
    <message>
        <source>Opened by the %1 rule: %2</source>
        <translation>Dibuka oleh aturan %1: %2</translation>
    </message>
    <message>
        <source>Automatically resolved: no recurrence for %1. Closure is confirmed by a person.</source>
        <translation>Diselesaikan otomatis: tidak terjadi lagi selama %1. Penutupan dikonfirmasi oleh petugas.</translation>
    </message>
    <message>
        <source>There is no rule "%1" (burst, latency, burn, heartbeat, auto_resolve).</source>
        <translation>Tidak ada aturan "%1" (burst, latency, burn, heartbeat, auto_resolve).</translation>
    </message>
    <message>
        <source>Windows, threshold and counts are not negative; impact and urgency are 1 to 3.</source>
        <translation>Jendela waktu, ambang batas, dan jumlah tidak boleh negatif; dampak dan urgensi bernilai 1 sampai 3.</translation>
    </message>
    <message>
        <source>The short window is not longer than the window.</source>
        <translation>Jendela pendek tidak boleh lebih panjang daripada jendela utama.</translation>
    </message>
    <message>
        <source>Incident rule %1</source>
        <translation>Aturan insiden %1</translation>
    </message>
</context>
<context>
    <name>Aksara::ServiceManagement::Incidents</name>
    <message>
        <source>The priority matrix has no entry for impact %1 and urgency %2.</source>
        <translation>Matriks prioritas tidak memiliki entri untuk dampak %1 dan urgensi %2.</translation>
    </message>
    <message>
        <source>There is no target for %1 priority %2.</source>
        <translation>Tidak ada target untuk %1 prioritas %2.</translation>
    </message>
    <message>
        <source>An incident needs a title (what is wrong).</source>
        <translation>Insiden harus memiliki judul (apa yang bermasalah).</translation>
    </message>
    <message>
        <source>The title is longer than 200 characters.</source>
        <translation>Judul lebih panjang dari 200 karakter.</translation>
    </message>
    <message>
        <source>The kind is "incident" or "request".</source>
        <translation>Jenisnya harus "incident" atau "request".</translation>
    </message>
    <message>
        <source>Could not open the incident.</source>
        <translation>Tidak dapat membuka insiden.</translation>
    </message>
    <message>
        <source>Reported again by %1 (occurrence %2).</source>
        <translation>Dilaporkan lagi oleh %1 (kejadian ke-%2).</translation>
    </message>
    <message>
        <source>Incident %1 is closed; it can no longer change.</source>
        <translation>Insiden %1 sudah ditutup; insiden ini tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>"%1" is not a status (new, assigned, in_progress, pending, resolved, closed).</source>
        <translation>"%1" bukan status (new, assigned, in_progress, pending, resolved, closed).</translation>
    </message>
    <message>
        <source>Closing an incident is confirmed by a person, not by the system.</source>
        <translation>Penutupan insiden dikonfirmasi oleh petugas, bukan oleh sistem.</translation>
    </message>
    <message>
        <source>Reopening an incident needs a reason (--note).</source>
        <translation>Membuka kembali insiden memerlukan alasan (--note).</translation>
    </message>
    <message>
        <source>Pending needs a reason: what or whom the incident is waiting for.</source>
        <translation>Status pending memerlukan alasan: apa atau siapa yang ditunggu oleh insiden ini.</translation>
    </message>
    <message>
        <source>Resolving an incident needs a resolution (what fixed it).</source>
        <translation>Penyelesaian insiden memerlukan keterangan penyelesaian (apa yang memperbaikinya).</translation>
    </message>
    <message>
        <source>An outage ends after it starts.</source>
        <translation>Gangguan harus berakhir setelah dimulai.</translation>
    </message>
    <message>
        <source>An assigned incident needs an assignee (--assign).</source>
        <translation>Insiden berstatus assigned memerlukan penanggung jawab (--assign).</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Incident %1 is already %2.</source>
        <translation>Insiden %1 sudah berstatus %2.</translation>
    </message>
    <message>
        <source>Incident %1 is %2: only a resolved incident can be closed.</source>
        <translation>Insiden %1 berstatus %2: hanya insiden yang sudah diselesaikan yang dapat ditutup.</translation>
    </message>
    <message>
        <source>Incident %1 is %2: only a resolved incident can be reopened.</source>
        <translation>Insiden %1 berstatus %2: hanya insiden yang sudah diselesaikan yang dapat dibuka kembali.</translation>
    </message>
    <message>
        <source>Reopening an incident needs a reason.</source>
        <translation>Membuka kembali insiden memerlukan alasan.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Catatan masih kosong.</translation>
    </message>
    <message>
        <source>"%1" is not a status.</source>
        <translation>"%1" bukan status.</translation>
    </message>
    <message>
        <source>A priority is 1 (highest) to 5.</source>
        <translation>Prioritas bernilai 1 (tertinggi) sampai 5.</translation>
    </message>
    <message>
        <source>Priority matrix: impact %1 x urgency %2</source>
        <translation>Matriks prioritas: dampak %1 x urgensi %2</translation>
    </message>
    <message>
        <source>Targets are positive, and time to own is not longer than time to resolve.</source>
        <translation>Target harus positif, dan waktu hingga ditangani tidak boleh lebih lama daripada waktu hingga diselesaikan.</translation>
    </message>
    <message>
        <source>The attainment target is 0 to 100 %.</source>
        <translation>Target pencapaian bernilai 0 sampai 100 %.</translation>
    </message>
    <message>
        <source>Incident targets: %1 priority %2</source>
        <translation>Target insiden: %1 prioritas %2</translation>
    </message>
    <message>
        <source>75 % of the time-to-own target reached at %1</source>
        <translation>75 % target waktu tanggap tercapai pada %1</translation>
    </message>
    <message>
        <source>75 % of the time-to-resolve target reached at %1</source>
        <translation>75 % target waktu penyelesaian tercapai pada %1</translation>
    </message>
    <message>
        <source>time-to-own target breached at %1</source>
        <translation>target waktu tanggap terlampaui pada %1</translation>
    </message>
    <message>
        <source>time-to-resolve target breached at %1</source>
        <translation>target waktu penyelesaian terlampaui pada %1</translation>
    </message>
</context>
<context>
    <name>Aksara::ServiceManagement::MonthlyReport</name>
    <message>
        <source>The month %1 has not begun yet.</source>
        <translation>Bulan %1 belum dimulai.</translation>
    </message>
    <message>
        <source>%1: %2 %3 against a target of %4</source>
        <translation>%1: %2 %3 terhadap target %4</translation>
    </message>
    <message>
        <source>success</source>
        <translation>keberhasilan</translation>
    </message>
    <message>
        <source>operations within %1 ms</source>
        <translation>operasi dalam %1 ms</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>ketersediaan</translation>
    </message>
    <message>
        <source>The frozen report of %1 does not match its SHA-256: it was changed after the month was closed.</source>
        <translation>Laporan bulan %1 yang telah dibekukan tidak cocok dengan SHA-256-nya: laporan ini diubah setelah bulan ditutup.</translation>
    </message>
    <message>
        <source>The month %1 is not over yet; it can be closed from %2.</source>
        <translation>Bulan %1 belum berakhir; bulan ini dapat ditutup mulai %2.</translation>
    </message>
    <message>
        <source>The month %1 is already closed; its report is frozen.</source>
        <translation>Bulan %1 sudah ditutup; laporannya sudah dibekukan.</translation>
    </message>
    <message>
        <source>There is no nonconformity %1.</source>
        <translation>Tidak ada ketidaksesuaian %1.</translation>
    </message>
    <message>
        <source>A due date is written YYYY-MM-DD.</source>
        <translation>Tanggal jatuh tempo ditulis dengan format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The status of a nonconformity is open, action_planned or closed.</source>
        <translation>Status ketidaksesuaian harus open, action_planned, atau closed.</translation>
    </message>
    <message>
        <source>A nonconformity needs its cause and corrective action before it moves on.</source>
        <translation>Ketidaksesuaian harus dilengkapi penyebab dan tindakan korektif sebelum beralih ke tahap berikutnya.</translation>
    </message>
</context>
<context>
    <name>Aksara::ServiceManagement::Problems</name>
    <message>
        <source>A problem needs a title.</source>
        <translation>Masalah harus memiliki judul.</translation>
    </message>
    <message>
        <source>There is no service "%1".</source>
        <translation>Tidak ada layanan "%1".</translation>
    </message>
    <message>
        <source>Name the incidents to link.</source>
        <translation>Sebutkan insiden yang akan ditautkan.</translation>
    </message>
    <message>
        <source>Problem %1 is closed.</source>
        <translation>Masalah %1 sudah ditutup.</translation>
    </message>
    <message>
        <source>Problem %1 is %2; it cannot go to %3.</source>
        <translation>Masalah %1 berstatus %2; tidak dapat beralih ke %3.</translation>
    </message>
    <message>
        <source>A known error has a documented root cause and workaround.</source>
        <translation>Kesalahan yang diketahui harus memiliki akar penyebab dan solusi sementara yang terdokumentasi.</translation>
    </message>
    <message>
        <source>A problem is resolved by a change: name it (--fix-change).</source>
        <translation>Masalah diselesaikan melalui perubahan: sebutkan perubahannya (--fix-change).</translation>
    </message>
    <message>
        <source>The fix, change %1, is %2, not completed.</source>
        <translation>Perbaikannya, perubahan %1, berstatus %2, belum selesai.</translation>
    </message>
    <message>
        <source>A resolved problem has a documented root cause.</source>
        <translation>Masalah yang sudah diselesaikan harus memiliki akar penyebab yang terdokumentasi.</translation>
    </message>
    <message>
        <source>Check for recurrence after the fix before closing (problem check %1).</source>
        <translation>Periksa kemunculan ulang setelah perbaikan sebelum menutup masalah (problem check %1).</translation>
    </message>
    <message numerus="yes">
        <source>The fault recurred %n time(s) after the fix; the problem stays open.</source>
        <translation>
            <numerusform>Kerusakan muncul lagi %n kali setelah perbaikan; masalah tetap terbuka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem %1 has no completed fix yet: there is nothing to check.</source>
        <translation>Masalah %1 belum memiliki perbaikan yang selesai: tidak ada yang perlu diperiksa.</translation>
    </message>
    <message>
        <source>Look back at least one day, for at least two incidents.</source>
        <translation>Rentang peninjauan minimal satu hari, dengan minimal dua insiden.</translation>
    </message>
</context>
<context>
    <name>Aksara::ServiceManagement::ServiceCatalogue</name>
    <message>
        <source>There is no service "%1".</source>
        <translation>Tidak ada layanan "%1".</translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation>Layanan harus memiliki nama.</translation>
    </message>
    <message>
        <source>The latency threshold is a positive number of milliseconds.</source>
        <translation>Ambang batas latensi harus berupa bilangan positif dalam milidetik.</translation>
    </message>
    <message>
        <source>Targets and objectives are between 0 and 100 %.</source>
        <translation>Target dan sasaran bernilai antara 0 dan 100 %.</translation>
    </message>
    <message>
        <source>The workload limit is a positive number of operations per hour (0: no limit).</source>
        <translation>Batas beban kerja harus berupa bilangan positif dalam operasi per jam (0: tanpa batas).</translation>
    </message>
    <message>
        <source>The state of a service is open, closed or maintenance.</source>
        <translation>Status layanan harus open, closed, atau maintenance.</translation>
    </message>
    <message>
        <source>Service %1: %2</source>
        <translation>Layanan %1: %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>description</source>
        <translation>deskripsi</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>pemilik</translation>
    </message>
    <message>
        <source>latency threshold (ms)</source>
        <translation>ambang batas latensi (ms)</translation>
    </message>
    <message>
        <source>share within the latency threshold (bp)</source>
        <translation>porsi dalam ambang batas latensi (bp)</translation>
    </message>
    <message>
        <source>success objective (bp)</source>
        <translation>sasaran keberhasilan (bp)</translation>
    </message>
    <message>
        <source>availability objective (bp)</source>
        <translation>sasaran ketersediaan (bp)</translation>
    </message>
    <message>
        <source>workload limit per hour</source>
        <translation>batas beban kerja per jam</translation>
    </message>
    <message>
        <source>service hours</source>
        <translation>jam layanan</translation>
    </message>
    <message>
        <source>state</source>
        <translation>status</translation>
    </message>
    <message>
        <source>state reason</source>
        <translation>alasan status</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The service vanished.</source>
        <translation>Data layanan tidak ditemukan lagi.</translation>
    </message>
</context>
<context>
    <name>Aksara::ServiceManagement::Stations</name>
    <message>
        <source>A station code is 1 to 40 lower-case letters, digits, ".", "_" or "-".</source>
        <translation>Kode stasiun terdiri atas 1 sampai 40 huruf kecil, angka, ".", "_", atau "-".</translation>
    </message>
    <message>
        <source>The kind of a station is desk, kiosk, reports, server or selfcheck.</source>
        <translation>Jenis stasiun harus desk, kiosk, reports, server, atau selfcheck.</translation>
    </message>
    <message>
        <source>The heartbeat period is 5 to 86400 seconds and the grace 0 to 86400 seconds.</source>
        <translation>Periode sinyal aktif adalah 5 sampai 86400 detik dan toleransinya 0 sampai 86400 detik.</translation>
    </message>
    <message>
        <source>A station "%1" is already registered.</source>
        <translation>Stasiun "%1" sudah terdaftar.</translation>
    </message>
    <message>
        <source>There is no service "%1".</source>
        <translation>Tidak ada layanan "%1".</translation>
    </message>
    <message>
        <source>Station %1 registered</source>
        <translation>Stasiun %1 didaftarkan</translation>
    </message>
    <message>
        <source>There is no station "%1" in service.</source>
        <translation>Tidak ada stasiun "%1" yang sedang beroperasi.</translation>
    </message>
    <message>
        <source>Station %1 retired</source>
        <translation>Stasiun %1 dihentikan penggunaannya</translation>
    </message>
    <message>
        <source>%1 may not send heartbeats without the station's token.</source>
        <translation>%1 tidak boleh mengirim sinyal aktif tanpa token stasiun.</translation>
    </message>
    <message>
        <source>Station "%1" is retired.</source>
        <translation>Stasiun "%1" sudah dihentikan penggunaannya.</translation>
    </message>
    <message>
        <source>Wrong token for station "%1".</source>
        <translation>Token salah untuk stasiun "%1".</translation>
    </message>
    <message>
        <source>There is no branch "%1".</source>
        <translation>Tidak ada cabang "%1".</translation>
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
    <message>
        <source>Membership and cards</source>
        <translation>Keanggotaan dan kartu</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Peminjaman</translation>
    </message>
    <message>
        <source>Checkin</source>
        <translation>Pengembalian</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Perpanjangan</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Pemesanan</translation>
    </message>
    <message>
        <source>Fees and payments</source>
        <translation>Biaya dan pembayaran</translation>
    </message>
    <message>
        <source>Catalogue search</source>
        <translation>Penelusuran katalog</translation>
    </message>
    <message>
        <source>Collection lookup</source>
        <translation>Pencarian koleksi</translation>
    </message>
    <message>
        <source>Cataloguing</source>
        <translation>Katalogisasi</translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation>Anjungan mandiri</translation>
    </message>
    <message>
        <source>SIP2 self-check</source>
        <translation>Mesin swalayan SIP2</translation>
    </message>
    <message>
        <source>SRU catalogue access</source>
        <translation>Akses katalog SRU</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Pelaporan</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administrasi</translation>
    </message>
</context>
<context>
    <name>Aksara::Shell::DatabaseDialog</name>
    <message>
        <source>A library file on this computer (SQLite)</source>
        <translation>Berkas perpustakaan di komputer ini (SQLite)</translation>
    </message>
    <message>
        <source>A PostgreSQL server shared by the library's computers</source>
        <translation>Server PostgreSQL yang digunakan bersama oleh komputer-komputer perpustakaan</translation>
    </message>
    <message>
        <source>Library database</source>
        <translation>Basis data perpustakaan</translation>
    </message>
    <message>
        <source>Aksara keeps the library's members, catalogue, loans and service records in one database. Choose where it is.</source>
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
    <message>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <source>Not remembered. Leave it empty when this computer's ~/.pgpass (mode 0600) or a PostgreSQL service holds it.</source>
        <translation>Tidak disimpan. Biarkan kosong bila ~/.pgpass komputer ini (mode 0600) atau layanan PostgreSQL sudah menyimpannya.</translation>
    </message>
</context>
<context>
    <name>Aksara::Shell::LanguageMenu</name>
    <message>
        <source>Language / Bahasa</source>
        <translation>Bahasa / Language</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <source>The language changes when the window is opened again.</source>
        <translation>Bahasa akan berganti saat jendela dibuka lagi.</translation>
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
        <source>Figures of the last 24 hours, from the service core's records.</source>
        <translation>Angka 24 jam terakhir, dari catatan inti layanan.</translation>
    </message>
</context>
<context>
    <name>Aksara::SigningKey</name>
    <message>
        <source>libsodium could not start.</source>
        <translation>libsodium tidak dapat dijalankan.</translation>
    </message>
    <message>
        <source>There is no signing key at %1 (make one with: aksara checkpoint keygen --out %1).</source>
        <translation>Tidak ada kunci penanda tangan di %1 (buat dengan: aksara checkpoint keygen --out %1).</translation>
    </message>
    <message>
        <source>The signing key %1 is readable by other users (mode %2); make it 0600 (chmod 600 %1).</source>
        <translation>Kunci penanda tangan %1 dapat dibaca pengguna lain (mode %2); ubah menjadi 0600 (chmod 600 %1).</translation>
    </message>
    <message>
        <source>Cannot read the signing key %1: %2</source>
        <translation>Tidak dapat membaca kunci penanda tangan %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Aksara signing key.</source>
        <translation>%1 bukan kunci penanda tangan Aksara.</translation>
    </message>
    <message>
        <source>%1 exists already; a signing key is never overwritten (move it away first).</source>
        <translation>%1 sudah ada; kunci penanda tangan tidak pernah ditimpa (pindahkan dulu).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the public key %1: %2</source>
        <translation>Tidak dapat membaca kunci publik %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key (64 hexadecimal digits, or a file holding them).</source>
        <translation>%1 bukan kunci publik Ed25519 (64 digit heksadesimal, atau berkas yang berisi digit tersebut).</translation>
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
        <source>bad fixed field "%1" at position %2</source>
        <translation>ruas tetap "%1" tidak valid pada posisi %2</translation>
    </message>
    <message>
        <source>truncated field code at position %1</source>
        <translation>kode ruas terpotong pada posisi %1</translation>
    </message>
    <message>
        <source>bad field code "%1" at position %2</source>
        <translation>kode ruas "%1" tidak valid pada posisi %2</translation>
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
    <message>
        <source>This machine is not set up for institution %1; ask at the desk.</source>
        <translation>Mesin ini tidak disiapkan untuk institusi %1; silakan hubungi meja layanan.</translation>
    </message>
</context>
<context>
    <name>Aksara::Sru::Service</name>
    <message>
        <source>Unsupported version %1: this server speaks SRU 1.1, 1.2 and 2.0.</source>
        <translation>Versi %1 tidak didukung: server ini mendukung SRU 1.1, 1.2, dan 2.0.</translation>
    </message>
    <message>
        <source>The operation "%1" is not supported; use explain or searchRetrieve.</source>
        <translation>Operasi "%1" tidak didukung; gunakan explain atau searchRetrieve.</translation>
    </message>
    <message>
        <source>The parameter "%1" is not supported.</source>
        <translation>Parameter "%1" tidak didukung.</translation>
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
    <message>
        <source>This record could not be written as XML.</source>
        <translation>Cantuman ini tidak dapat ditulis sebagai XML.</translation>
    </message>
</context>
<context>
    <name>Aksara::StaffDirectory</name>
    <message>
        <source>A user name is 1 to 64 lower-case letters, digits, '.', '_' or '-'.</source>
        <translation>Nama pengguna terdiri atas 1 sampai 64 huruf kecil, angka, '.', '_', atau '-'.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Kata sandi harus terdiri atas minimal %1 karakter.</translation>
    </message>
    <message>
        <source>There is already a staff account "%1".</source>
        <translation>Akun petugas "%1" sudah ada.</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>Nama pengguna tidak dikenal atau kata sandi salah.</translation>
    </message>
    <message>
        <source>The account "%1" is disabled.</source>
        <translation>Akun "%1" dinonaktifkan.</translation>
    </message>
    <message>
        <source>There is no staff account "%1".</source>
        <translation>Tidak ada akun petugas "%1".</translation>
    </message>
    <message>
        <source>"%1" is the last active administrator account; the library would have no administrator left. Make another account an administrator first.</source>
        <translation>"%1" adalah akun administrator aktif terakhir; perpustakaan akan kehilangan administratornya. Jadikan akun lain administrator terlebih dahulu.</translation>
    </message>
    <message>
        <source>There is no branch "%1".</source>
        <translation>Tidak ada cabang "%1".</translation>
    </message>
    <message>
        <source>The account "%1" is locked after %2 wrong passwords; an administrator must unlock it or set a new password.</source>
        <translation>Akun "%1" terkunci setelah %2 kali salah kata sandi; administrator harus membuka kuncinya atau menetapkan kata sandi baru.</translation>
    </message>
    <message>
        <source>The account "%1" is not locked.</source>
        <translation>Akun "%1" tidak sedang terkunci.</translation>
    </message>
</context>
<context>
    <name>Aksara::Verifier</name>
    <message>
        <source>item %1 has %2 open loans at once</source>
        <translation>eksemplar %1 memiliki %2 peminjaman aktif sekaligus</translation>
    </message>
    <message>
        <source>item %1 has status "%2" but %3</source>
        <translation>eksemplar %1 berstatus "%2" tetapi %3</translation>
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
    <message>
        <source>the frozen report of %1 was changed after the month was closed</source>
        <translation>laporan yang dibekukan untuk %1 telah diubah setelah bulan ditutup</translation>
    </message>
    <message>
        <source>the frozen report of %1 does not match the record of its closing</source>
        <translation>laporan yang dibekukan untuk %1 tidak cocok dengan catatan penutupannya</translation>
    </message>
    <message>
        <source>%1 has mode %2: others (or a group other than %3) can read the library's personal data; it should be %4 at most (aksara init tightens it)</source>
        <translation>%1 bermode %2: pengguna lain (atau grup selain %3) dapat membaca data pribadi perpustakaan; seharusnya paling longgar %4 (aksara init akan memperketatnya)</translation>
    </message>
    <message>
        <source>the PostgreSQL role %1 can change the operation log (operations: %2); only the owner may (run as the owner: aksara grants --app-role %1 --apply)</source>
        <translation>peran PostgreSQL %1 dapat mengubah log operasi (operations: %2); hanya pemilik yang boleh (jalankan sebagai pemilik: aksara grants --app-role %1 --apply)</translation>
    </message>
    <message>
        <source>the append-only trigger %1 on %2 is missing: the log can be changed without an error</source>
        <translation>trigger tambah-saja %1 pada %2 hilang: log dapat diubah tanpa galat</translation>
    </message>
    <message>
        <source>the append-only trigger %1 on %2 was disabled or changed: it no longer refuses every change</source>
        <translation>trigger tambah-saja %1 pada %2 dinonaktifkan atau diubah: trigger itu tidak lagi menolak setiap perubahan</translation>
    </message>
    <message>
        <source>the row digests kept for operation %1 do not match its record: entries of operation_rows were changed, added or removed</source>
        <translation>digest baris yang disimpan untuk operasi %1 tidak cocok dengan catatannya: entri operation_rows telah diubah, ditambah, atau dihapus</translation>
    </message>
    <message>
        <source>%1 row %2 names operation %3 (updated_op), written before the trail, but the trail's record of the rows of that time (operation %4) does not have it: the row was added around the service core</source>
        <translation>baris %1 %2 menyebut operasi %3 (updated_op), yang ditulis sebelum jejak ada, tetapi catatan jejak atas baris-baris saat itu (operasi %4) tidak memuatnya: baris itu ditambahkan tanpa melalui inti layanan</translation>
    </message>
    <message>
        <source>%1 row %2 names operation %3 (updated_op), but that operation's record has no digest of it: the row was written around the service core</source>
        <translation>baris %1 %2 menyebut operasi %3 (updated_op), tetapi catatan operasi itu tidak memuat digest-nya: baris itu ditulis tanpa melalui inti layanan</translation>
    </message>
    <message>
        <source>%1 row %2 was changed behind the service core's back: it no longer matches the digest in the record of operation %3</source>
        <translation>baris %1 %2 diubah tanpa sepengetahuan inti layanan: isinya tidak lagi cocok dengan digest dalam catatan operasi %3</translation>
    </message>
    <message>
        <source>%1: %2 more row(s) do not match their operation's record</source>
        <translation>%1: %2 baris lagi tidak cocok dengan catatan operasinya</translation>
    </message>
</context>
<context><name>Aksara::Continuity::Backups</name><message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>%1 is not installed (Debian package postgresql-client).</source>
        <translation>%1 belum terpasang (paket Debian postgresql-client).</translation>
    </message>
    <message>
        <source>the copy fails PRAGMA integrity_check: %1</source>
        <translation>salinan gagal PRAGMA integrity_check: %1</translation>
    </message>
    <message>
        <source>the copy cannot be opened as a library: %1</source>
        <translation>salinan tidak dapat dibuka sebagai perpustakaan: %1</translation>
    </message>
    <message>
        <source>the copy's %1 file was not folded in</source>
        <translation>berkas %1 milik salinan tidak tergabung</translation>
    </message>
    <message>
        <source>%1 is not a file in an existing folder</source>
        <translation>%1 bukan berkas di dalam folder yang ada</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Pencadangan ke %1 gagal: %2</translation>
    </message>
    <message>
        <source>no SQLite handle</source>
        <translation>tidak ada handle SQLite</translation>
    </message>
    <message>
        <source>The copy does not pass verify (%1 problems; the first: %2); no backup was written.</source>
        <translation>Salinan tidak lolos verify (%1 masalah; yang pertama: %2); tidak ada cadangan yang ditulis.</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump gagal: %1</translation>
    </message>
    <message>
        <source>pg_restore --list cannot read the dump: %1</source>
        <translation>pg_restore --list tidak dapat membaca dump: %1</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 bukan folder</translation>
    </message>
    <message>
        <source>No backup of this library has ever succeeded.</source>
        <translation>Belum pernah ada pencadangan perpustakaan ini yang berhasil.</translation>
    </message>
    <message>
        <source>The last good backup is %1 hours old (allowed: %2 hours): the nightly backup was missed.</source>
        <translation>Cadangan baik terakhir sudah berumur %1 jam (batas: %2 jam): pencadangan malam terlewat.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 tidak ada</translation>
    </message>
    <message>
        <source>%1 is a backup of a %2 library; the target is not</source>
        <translation>%1 adalah cadangan perpustakaan %2; tujuannya bukan</translation>
    </message>
    <message>
        <source>%1 is not an Aksara backup (neither an SQLite file nor a pg_dump archive)</source>
        <translation>%1 bukan cadangan Aksara (bukan berkas SQLite maupun arsip pg_dump)</translation>
    </message>
    <message>
        <source>%1 already holds a database; restoring would replace it (add --force to replace it)</source>
        <translation>%1 sudah berisi basis data; pemulihan akan menggantinya (tambahkan --force untuk menggantinya)</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>folder untuk %1 tidak ada</translation>
    </message>
    <message>
        <source>%1 could not be copied</source>
        <translation>%1 tidak dapat disalin</translation>
    </message>
    <message>
        <source>%1 fails PRAGMA integrity_check: %2</source>
        <translation>%1 gagal PRAGMA integrity_check: %2</translation>
    </message>
    <message>
        <source>pg_restore --list cannot read %1: %2</source>
        <translation>pg_restore --list tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>pg_restore failed: %1</source>
        <translation>pg_restore gagal: %1</translation>
    </message>
    <message>
        <source>The restored database does not pass verify (%1 problems; the first: %2).</source>
        <translation>Basis data hasil pemulihan tidak lolos verify (%1 masalah; yang pertama: %2).</translation>
    </message>
    <message>
        <source>%1 is not an SQLite backup (a restore test of a pg_dump archive is a restore into a scratch database: aksara restore FILE --db URL)</source>
        <translation>%1 bukan cadangan SQLite (uji pemulihan arsip pg_dump dilakukan dengan memulihkannya ke basis data uji: aksara restore FILE --db URL)</translation>
    </message>
    <message>
        <source>no temporary folder for the restore test</source>
        <translation>tidak ada folder sementara untuk uji pemulihan</translation>
    </message>
    <message>
        <source>a scratch copy</source>
        <translation>salinan uji</translation>
    </message>
    <message>
        <source>The backup restores, but the copy does not pass verify (%1 problems; the first: %2).</source>
        <translation>Cadangan dapat dipulihkan, tetapi salinannya tidak lolos verify (%1 masalah; yang pertama: %2).</translation>
    </message>
</context><context><name>Aksara::Circulation::PatronPrivacy</name><message>
        <source>Say what the patron's data is used for (the purpose they consented to).</source>
        <translation>Sebutkan untuk apa data anggota digunakan (tujuan yang ia setujui).</translation>
    </message>
    <message>
        <source>Give the version of the privacy notice the patron was shown.</source>
        <translation>Isi versi pemberitahuan privasi yang diperlihatkan kepada anggota.</translation>
    </message>
    <message>
        <source>The consent date %1 is in the future.</source>
        <translation>Tanggal persetujuan %1 berada di masa depan.</translation>
    </message>
    <message>
        <source>The patron is under %1: name the parent or guardian who consented.</source>
        <translation>Anggota berusia di bawah %1 tahun: sebutkan orang tua atau wali yang memberikan persetujuan.</translation>
    </message>
    <message>
        <source>The patron's request for access to their personal data (UU PDP No. 27/2022).</source>
        <translation>Permintaan anggota untuk mengakses data pribadinya (UU PDP No. 27/2022).</translation>
    </message>
    <message numerus="yes">
        <source>The patron still has %n open loan(s); they must be returned first.</source>
        <translation>
            <numerusform>Anggota masih memiliki %n pinjaman yang belum dikembalikan; pinjaman itu harus dikembalikan terlebih dahulu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The patron still owes Rp %1; it must be paid or waived first.</source>
        <translation>Anggota masih berutang Rp %1; utang itu harus dibayar atau dibebaskan terlebih dahulu.</translation>
    </message>
    <message numerus="yes">
        <source>The patron has %n active hold(s); cancel them first.</source>
        <translation>
            <numerusform>Anggota memiliki %n pemesanan aktif; batalkan terlebih dahulu.</numerusform>
        </translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(dihapus)</translation>
    </message>
    <message>
        <source>The WAL of the database could not be emptied: another program is reading it. Run aksara patron scrub again when it has stopped.</source>
        <translation>WAL basis data tidak dapat dikosongkan karena sedang dibaca oleh program lain. Jalankan lagi aksara patron scrub setelah program itu berhenti.</translation>
    </message>
    <message>
        <source>The months of loan history to keep cannot be negative (0: keep for good).</source>
        <translation>Jumlah bulan riwayat pinjaman yang disimpan tidak boleh negatif (0: simpan selamanya).</translation>
    </message>
    <message>
        <source>The years of inactivity before a review cannot be negative (0: never).</source>
        <translation>Jumlah tahun tidak aktif sebelum ditinjau tidak boleh negatif (0: tidak pernah).</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonim)</translation>
    </message>
</context><context><name>Aksara::Privacy</name><message>
        <source>The random number generator is not available.</source>
        <translation>Pembangkit bilangan acak tidak tersedia.</translation>
    </message>
    <message>
        <source>This database has no data subjects yet (core migration 0008): run aksara init.</source>
        <translation>Basis data ini belum memiliki subjek data (migrasi inti 0008): jalankan aksara init.</translation>
    </message>
    <message>
        <source>Could not record the data subject.</source>
        <translation>Subjek data tidak dapat dicatat.</translation>
    </message>
    <message>
        <source>Could not seal the record's personal data.</source>
        <translation>Data pribadi pada catatan tidak dapat disegel.</translation>
    </message>
</context><context><name>Aksara::Notices</name><message>
        <source>There is no notice %1.</source>
        <translation>Tidak ada pemberitahuan %1.</translation>
    </message>
    <message>
        <source>The file %1 named by %2 does not exist.</source>
        <translation>Berkas %1 yang disebut oleh %2 tidak ada.</translation>
    </message>
    <message>
        <source>The file %1 named by %2 may be read by others than its owner: make it 0600 (chmod 600 %1).</source>
        <translation>Berkas %1 yang disebut oleh %2 dapat dibaca oleh selain pemiliknya: jadikan 0600 (chmod 600 %1).</translation>
    </message>
    <message>
        <source>The file %1 named by %2 cannot be read: %3.</source>
        <translation>Berkas %1 yang disebut oleh %2 tidak dapat dibaca: %3.</translation>
    </message>
    <message>
        <source>The mail server answered %1 to %2: %3</source>
        <translation>Server surel menjawab %1 untuk %2: %3</translation>
    </message>
</context><context><name>Aksara::Notices::ChannelConfig</name><message>
        <source>The file %1 named by %2 holds no PEM certificate.</source>
        <translation>Berkas %1 yang disebut oleh %2 tidak berisi sertifikat PEM.</translation>
    </message>
</context><context><name>Aksara::Notices::HttpGateway</name><message>
        <source>The gateway %1 did not answer in time.</source>
        <translation>Gateway %1 tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <source>Cannot reach the gateway %1: %2.</source>
        <translation>Gateway %1 tidak dapat dihubungi: %2.</translation>
    </message>
    <message>
        <source>The gateway %1 answered HTTP %2: %3</source>
        <translation>Gateway %1 menjawab HTTP %2: %3</translation>
    </message>
</context><context><name>Aksara::Notices::Notices</name><message>
        <source>The state is one of %1, not "%2".</source>
        <translation>Status adalah salah satu dari %1, bukan "%2".</translation>
    </message>
    <message>
        <source>The limit is a whole number from 1 to 10000, not %1.</source>
        <translation>Batas berupa bilangan bulat dari 1 sampai 10000, bukan %1.</translation>
    </message>
    <message>
        <source>Notice %1 is %2: only a failed or unconfirmed notice can be sent again.</source>
        <translation>Pemberitahuan %1 berstatus %2: hanya pemberitahuan yang gagal atau belum terkonfirmasi yang dapat dikirim ulang.</translation>
    </message>
    <message>
        <source>The sender that claimed this notice stopped before it confirmed the delivery: it may or may not have reached the patron. Look for its Message-ID in the mail server's log, then retry it or leave it.</source>
        <translation>Pengirim yang mengambil pemberitahuan ini berhenti sebelum memastikan pengirimannya: pemberitahuan mungkin sudah atau belum sampai ke anggota. Cari Message-ID-nya di log server surel, lalu kirim ulang atau biarkan.</translation>
    </message>
    <message>
        <source>The patron has no e-mail address or phone number for the channels the library has set up. Add one to the patron's record, then retry the notice.</source>
        <translation>Anggota tidak punya alamat surel atau nomor telepon untuk saluran yang disiapkan perpustakaan. Tambahkan ke data anggota, lalu kirim ulang pemberitahuannya.</translation>
    </message>
    <message>
        <source>Notice %1 was claimed by another sender.</source>
        <translation>Pemberitahuan %1 sudah diambil oleh pengirim lain.</translation>
    </message>
    <message>
        <source>Notice %1 was sent but is no longer claimed by this sender (%2).</source>
        <translation>Pemberitahuan %1 sudah terkirim tetapi tidak lagi dipegang oleh pengirim ini (%2).</translation>
    </message>
</context><context><name>Aksara::Notices::Sender</name><message>
        <source>E-mail is no longer set up (notices.smtp_host).</source>
        <translation>Surel tidak lagi disiapkan (notices.smtp_host).</translation>
    </message>
    <message>
        <source>The HTTP gateway is no longer set up (notices.http_url).</source>
        <translation>Gateway HTTP tidak lagi disiapkan (notices.http_url).</translation>
    </message>
    <message>
        <source>No channel is set up: set notices.smtp_host (e-mail) or notices.http_url (an SMS or WhatsApp gateway) in the library's settings.</source>
        <translation>Belum ada saluran yang disiapkan: isi notices.smtp_host (surel) atau notices.http_url (gateway SMS atau WhatsApp) di pengaturan perpustakaan.</translation>
    </message>
</context><context><name>Aksara::Notices::SmtpClient</name><message>
        <source>connecting</source>
        <translation>menyambung</translation>
    </message>
    <message>
        <source>Cannot reach the mail server %1:%2: %3.</source>
        <translation>Server surel %1:%2 tidak dapat dihubungi: %3.</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sedang dikirim</translation>
    </message>
    <message>
        <source>The mail server's reply is not SMTP: "%1".</source>
        <translation>Jawaban server surel bukan SMTP: "%1".</translation>
    </message>
    <message>
        <source>The mail server's reply changes its code within one reply.</source>
        <translation>Kode jawaban server surel berubah di tengah satu jawaban.</translation>
    </message>
    <message>
        <source>The mail server's reply has more than %1 lines.</source>
        <translation>Jawaban server surel lebih dari %1 baris.</translation>
    </message>
    <message>
        <source>A line of the mail server's reply is longer than %1 bytes.</source>
        <translation>Satu baris jawaban server surel lebih panjang dari %1 bita.</translation>
    </message>
    <message>
        <source>waiting for a reply</source>
        <translation>menunggu jawaban</translation>
    </message>
    <message>
        <source>The TLS handshake with the mail server %1 failed: %2.</source>
        <translation>Jabat tangan TLS dengan server surel %1 gagal: %2.</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time (%2).</source>
        <translation>Server surel %1 tidak menjawab tepat waktu (%2).</translation>
    </message>
    <message>
        <source>The mail server %1 closed the connection: %2.</source>
        <translation>Server surel %1 menutup sambungan: %2.</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address the notice can be sent to.</source>
        <translation>"%1" bukan alamat surel yang dapat dikirimi pemberitahuan.</translation>
    </message>
    <message>
        <source>The sender address "%1" (notices.smtp_from) is not an e-mail address.</source>
        <translation>Alamat pengirim "%1" (notices.smtp_from) bukan alamat surel.</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS; the notice is not sent in clear text (set notices.smtp_security to none only for a server on this machine or the library's own network).</source>
        <translation>Server surel %1 tidak menawarkan STARTTLS; pemberitahuan tidak dikirim sebagai teks terbuka (isi notices.smtp_security dengan none hanya untuk server di komputer ini atau di jaringan perpustakaan sendiri).</translation>
    </message>
    <message>
        <source>The mail server %1 offers no login Aksara speaks (PLAIN or LOGIN).</source>
        <translation>Server surel %1 tidak menawarkan cara login yang dikenal Aksara (PLAIN atau LOGIN).</translation>
    </message>
</context></TS>