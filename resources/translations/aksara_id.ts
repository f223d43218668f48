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
    <name>Aksara::Circulation</name>
    <message>
        <source>There is no calendar &quot;%1&quot;.</source>
        <translation>Tidak ada kalender &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: give a positive whole number of rupiah.</source>
        <translation>&quot;%1&quot; bukan jumlah uang yang valid: masukkan bilangan bulat positif dalam rupiah.</translation>
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
        <source>%1 is on its way to fill another patron&apos;s hold.</source>
        <translation>%1 sedang dalam perjalanan untuk memenuhi pemesanan anggota lain.</translation>
    </message>
    <message>
        <source>Another patron has a hold on this very copy (%1).</source>
        <translation>Anggota lain telah memesan eksemplar ini (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n other patron(s) are waiting for &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n anggota lain sedang menunggu &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database did not return the new row&apos;s id.</source>
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
        <source>The card %1 was replaced on %2 and no longer works; use the patron&apos;s new card.</source>
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
        <source>There is no branch &quot;%1&quot;.</source>
        <translation>Tidak ada cabang &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Branch %1 disappeared.</source>
        <translation>Data cabang %1 tidak ditemukan lagi.</translation>
    </message>
    <message>
        <source>The library has no branch yet; create one before registering patrons.</source>
        <translation>Perpustakaan belum memiliki cabang; buat cabang terlebih dahulu sebelum mendaftarkan anggota.</translation>
    </message>
    <message>
        <source>There is no patron category &quot;%1&quot;.</source>
        <translation>Tidak ada kategori anggota &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Patron category %1 disappeared.</source>
        <translation>Data kategori anggota %1 tidak ditemukan lagi.</translation>
    </message>
    <message>
        <source>The library has no patron category yet; create one before registering patrons.</source>
        <translation>Perpustakaan belum memiliki kategori anggota; buat kategori anggota terlebih dahulu sebelum mendaftarkan anggota.</translation>
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
        <source>%1 overdue day(s) for %2 &quot;%3&quot; (%4)</source>
        <translation>
            <numerusform>Terlambat %1 hari untuk %2 &quot;%3&quot; (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>The patron&apos;s name cannot be empty.</source>
        <translation>Nama anggota tidak boleh kosong.</translation>
    </message>
    <message>
        <source>The patron&apos;s name is longer than 200 characters.</source>
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
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; bukan alamat surel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a telephone number.</source>
        <translation>&quot;%1&quot; bukan nomor telepon.</translation>
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
        <source>The language is id (Indonesian) or en (English), not &quot;%1&quot;.</source>
        <translation>Bahasa harus id (Indonesia) atau en (Inggris), bukan &quot;%1&quot;.</translation>
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
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN terdiri atas 4 sampai 8 digit.</translation>
    </message>
    <message>
        <source>The card prefix &quot;%1&quot; (setting card.prefix) must be 1 to 6 capital letters.</source>
        <translation>Awalan kartu &quot;%1&quot; (pengaturan card.prefix) harus terdiri atas 1 sampai 6 huruf kapital.</translation>
    </message>
    <message>
        <source>No free card number was found.</source>
        <translation>Tidak ada nomor kartu yang masih tersedia.</translation>
    </message>
</context>
<context>
    <name>Aksara::Circulation::Calendars</name>
    <message>
        <source>A calendar code is 1 to 32 lower-case letters, digits, - or _, not &quot;%1&quot;.</source>
        <translation>Kode kalender terdiri atas 1 sampai 32 huruf kecil, angka, - atau _, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (e.g. Asia/Jakarta).</source>
        <translation>&quot;%1&quot; bukan zona waktu (mis. Asia/Jakarta).</translation>
    </message>
    <message>
        <source>There is already a calendar &quot;%1&quot;.</source>
        <translation>Kalender &quot;%1&quot; sudah ada.</translation>
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
        <source>Give the holiday&apos;s date as YYYY-MM-DD.</source>
        <translation>Tuliskan tanggal hari libur dengan format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 already has the holiday &quot;%2&quot; on %3.</source>
        <translation>%1 sudah memiliki hari libur &quot;%2&quot; pada %3.</translation>
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
        <source>&quot;%1&quot; is not a card number: a card number is a few letters followed by digits.</source>
        <translation>&quot;%1&quot; bukan nomor kartu: nomor kartu terdiri atas beberapa huruf yang diikuti angka.</translation>
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
        <source>Every active patron&apos;s card has been printed.</source>
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
        <source>The &quot;not needed after&quot; date %1 has passed.</source>
        <translation>Tanggal &quot;tidak diperlukan setelah&quot; %1 sudah lewat.</translation>
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
        <source>There is no item type &quot;%1&quot;.</source>
        <translation>Tidak ada jenis koleksi &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Say which rules to set, e.g. loan_period=14 (an empty value unsets a rule).</source>
        <translation>Sebutkan aturan yang akan ditetapkan, mis. loan_period=14 (nilai kosong menghapus aturan).</translation>
    </message>
    <message>
        <source>There is no rule &quot;%1&quot;; the rules are: %2.</source>
        <translation>Tidak ada aturan &quot;%1&quot;; aturan yang tersedia: %2.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>%1 harus berupa bilangan bulat paling sedikit %2, bukan &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 is yes or no, not &quot;%2&quot;.</source>
        <translation>%1 harus ya atau tidak, bukan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is one of %2, not &quot;%3&quot;.</source>
        <translation>%1 harus salah satu dari %2, bukan &quot;%3&quot;.</translation>
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
        <source>Lost item %1 &quot;%2&quot;</source>
        <translation>Eksemplar hilang %1 &quot;%2&quot;</translation>
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
        <source>The patron&apos;s name is required.</source>
        <translation>Nama anggota wajib diisi.</translation>
    </message>
    <message>
        <source>A card number cannot be edited; replace the card instead.</source>
        <translation>Nomor kartu tidak dapat diubah; lakukan penggantian kartu.</translation>
    </message>
    <message>
        <source>The status is active or left (blocking has its own command), not &quot;%1&quot;.</source>
        <translation>Status harus active atau left (pemblokiran memiliki perintah tersendiri), bukan &quot;%1&quot;.</translation>
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
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 memerlukan tanggal berformat YYYY-MM-DD, bukan &quot;%2&quot;.</translation>
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
        <source>home branch code (default: the library&apos;s default)</source>
        <translation>kode cabang asal (bawaan: cabang bawaan perpustakaan)</translation>
    </message>
    <message>
        <source>patron category code (default: the library&apos;s default)</source>
        <translation>kode kategori anggota (bawaan: kategori bawaan perpustakaan)</translation>
    </message>
    <message>
        <source>expiry date (default: from the category&apos;s membership period)</source>
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
        <source>The PDF is at %1, but there is no &quot;lp&quot; command to print it (install cups-client).</source>
        <translation>PDF tersimpan di %1, tetapi perintah &quot;lp&quot; untuk mencetaknya tidak tersedia (pasang cups-client).</translation>
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
        <source>%1 &quot;%2&quot; lent to %3 (%4), due %5.</source>
        <translation>%1 &quot;%2&quot; dipinjamkan kepada %3 (%4), jatuh tempo %5.</translation>
    </message>
    <message>
        <source>Overridden by %1 (%2): %3</source>
        <translation>Dikesampingkan oleh %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; returned by %3 (%4).</source>
        <translation>%1 &quot;%2&quot; dikembalikan oleh %3 (%4).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; checked in (it was not on loan).</source>
        <translation>%1 &quot;%2&quot; diproses sebagai pengembalian (eksemplar ini tidak sedang dipinjam).</translation>
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
        <source>Hold %1 placed for %2 on &quot;%3&quot;, number %4 in the queue, pickup at %5.</source>
        <translation>Pemesanan %1 atas &quot;%3&quot; untuk %2 telah dibuat, urutan ke-%4 dalam antrean, diambil di %5.</translation>
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
        <source>rules are given as NAME=VALUE (an empty VALUE unsets), not &quot;%1&quot;.</source>
        <translation>aturan ditulis sebagai NAME=VALUE (VALUE kosong menghapus aturan), bukan &quot;%1&quot;.</translation>
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
        <source>%1 (%2, category %3) and %4 &quot;%5&quot; (type %6, branch %7)</source>
        <translation>%1 (%2, kategori %3) dan %4 &quot;%5&quot; (jenis %6, cabang %7)</translation>
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
        <source>opening hours are written HH:MM-HH:MM, not &quot;%1&quot;.</source>
        <translation>jam layanan ditulis HH:MM-HH:MM, bukan &quot;%1&quot;.</translation>
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
        <source>change a patron&apos;s details</source>
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
        <source>renew a patron&apos;s membership</source>
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
        <source>set a patron&apos;s kiosk PIN ($AKSARA_PIN or a prompt)</source>
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
        <source>branch where it is returned (default: the item&apos;s own)</source>
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
        <source>pickup branch (default: the patron&apos;s home branch)</source>
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
        <source>a patron&apos;s fees and balance</source>
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
        <source>set a weekday&apos;s opening hours, or close it</source>
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
        <source>the holiday&apos;s name</source>
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
        <source>time zone (default: the library&apos;s)</source>
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
    <name>Aksara::Server::Sip2Accounts</name>
    <message>
        <source>A SIP2 login is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Login SIP2 terdiri atas 1 sampai 64 huruf, angka, &apos;.&apos;, &apos;_&apos;, atau &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A SIP2 password needs at least 8 characters.</source>
        <translation>Kata sandi SIP2 harus terdiri atas minimal 8 karakter.</translation>
    </message>
    <message>
        <source>There is no branch &quot;%1&quot;.</source>
        <translation>Tidak ada cabang &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is already a SIP2 account &quot;%1&quot;.</source>
        <translation>Akun SIP2 &quot;%1&quot; sudah ada.</translation>
    </message>
    <message>
        <source>There is no SIP2 account &quot;%1&quot;.</source>
        <translation>Tidak ada akun SIP2 &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown SIP2 login or wrong password.</source>
        <translation>Login SIP2 tidak dikenal atau kata sandi salah.</translation>
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
