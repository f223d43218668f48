<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>Aksara::Kiosk</name>
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
        <source>4 to 8 digits</source>
        <translation>4 sampai 8 digit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
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
        <source>Your PIN is 4 to 8 digits. Please type it again.</source>
        <translation>PIN Anda terdiri atas 4 sampai 8 digit. Silakan ketik lagi.</translation>
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
        <source>Kiosks: borrowing allowed while the library system cannot be reached</source>
        <translation>Anjungan: peminjaman diizinkan saat sistem perpustakaan tidak dapat dihubungi</translation>
    </message>
    <message>
        <source>Kiosks: no borrowing while the library system cannot be reached</source>
        <translation>Anjungan: tidak ada peminjaman saat sistem perpustakaan tidak dapat dihubungi</translation>
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
</context>
<context>
    <name>Aksara::Kiosk::LibraryLink</name>
    <message>
        <source>The library database %1 cannot be found.</source>
        <translation>Basis data perpustakaan %1 tidak ditemukan.</translation>
    </message>
</context>
<context>
    <name>Aksara::Kiosk::OfflineQueue</name>
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
    <message>
        <source>The kiosk's offline queue %1 cannot be used: %2</source>
        <translation>Antrean luring anjungan %1 tidak dapat digunakan: %2</translation>
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
</TS>