"""Hand-written training sentences for regency/governor portals: civic services and information, health
(immunisation, posyandu, BPJS), labour and prices, social aid."""
TRAIN: dict[str, str] = {}
HELDOUT: dict[str, str] = {}

# --------------------------------------------------------------------------- pelayanan publik (Inspektorat)
TRAIN["lapor_pelayanan_publik"] = """
# informasi & aturan
mau tanya pak, perda soal garis sempadan bangunan di {kab} bisa diunduh di mana ya? link di JDIH error semua
izin bertanya, GSB buat rumah di pinggir jalan kabupaten itu berapa meter dari as jalan? mau bangun pagar takut salah
Selamat pagi Pak Bupati, mohon info tarif retribusi sewa gedung pertemuan milik pemda, di website ga dicantumin
jadwal pelayanan MPP {kab} hari sabtu buka ga sih? di IG bilang buka, pas saya dateng jam 9 pintunya digembok
nomor telepon dinas yg ada di website udah ga aktif semua, mau konsultasi jadi bingung harus hubungi siapa
retribusi lapak di {pasar} naik 2x lipat tanpa sosialisasi, dasar hukumnya perda nomor berapa pak?
permohonan informasi ke PPID dinas PUPR soal proyek di {kec} udah lewat 10 hari kerja, ga ada jawaban sama sekali
kenapa dokumen APBD ga pernah dipublikasikan? saya minta lewat PPID malah ditanya buat apa
Assalamualaikum pak, izin bertanya, jam pelayanan kantor {camat} selama bulan puasa sampai jam berapa nggih
kak mau nanya, kalo mau adain pengajian akbar di lapangan {desa} izinnya ke mana aja ya, ada biayanya ga
mohon info nomor WA resmi dinas perizinan buat warga {keca}, yang beredar di grup ada tiga nomor beda2
# e-government, aplikasi, website
aplikasi antrean online MPP error terus, udah dapet nomor tapi pas dateng petugas bilang nama saya ga terdaftar
website dinas kok isinya berita tahun 2019 semua, pengumuman terbaru malah cuma disebar di WA grup
kode OTP aplikasi layanan pemkab ga pernah masuk ke HP saya, udah nyoba 10x ganti nomor juga sama aja, padahal sinyal di {desa} bagus kok
kuota antrean online selalu habis jam 00.01 padahal baru dibuka jam 00.00, ini pake bot apa gimana
lapor lewat kanal pengaduan resmi dari dua bulan lalu, statusnya "diproses" terus tanpa tindak lanjut
pak, website JDIH {kab} down dari minggu lalu, mau cari perbup tentang siltap perangkat desa ga bisa
app antreannya force close tiap dibuka di android, udah update tetep aja, please fix min
LAYANAN PENGADUAN DI WEBSITE PEMKAB GA PERNAH DIBALAS, BUAT APA ADA KALAU CUMA PAJANGAN
aplikasi e-retribusi error, saldo udah kepotong tapi status tagihan masih belum lunas
website resmi pemda kena hack, yg muncul malah iklan slot judi di halaman dinas
tindak lanjut aduan di SP4N LAPOR isinya cuma copy paste "sudah diteruskan ke OPD terkait", terus hilang
call center pemkab ditelpon ga pernah diangkat, mau tanya soal kantor {lurah}, WA cuma centang satu dari kemarin
admin IG dinasnya fast response kalo dipuji, giliran ditanya jadwal seleksi langsung di-ignore
sistem antrean di {camat} literally ga bisa dipake, server down tiap jam kerja
login ke portal layanan pakai NIK selalu muncul "data tidak ditemukan", padahal KTP saya asli sini
tolong dong pak bupati, website pengumuman CPNS ga bisa dibuka dari HP, loading terus
# kepegawaian
pak kapan pendaftaran CPNS pemkab dibuka? anak saya baru lulus mau siap2 berkas
Yth. Bapak Bupati, dengan hormat. Saya ingin menanyakan kejelasan formasi PPPK tahun ini untuk tenaga teknis di lingkungan pemerintah kabupaten. Sampai saat ini belum ada pengumuman resmi, sementara di media sosial beredar informasi yang simpang siur. Mohon penjelasan. Atas perhatian Bapak saya ucapkan terima kasih.
saya honorer 14 tahun di {camat}, ga masuk database BKN, nasib kami gimana pak
gaji honorer di {camat} udah 4 bulan belum dibayar, katanya nunggu anggaran perubahan
SK pengangkatan PPPK saya belum keluar padahal temen seangkatan udah, ditanya ke BKPSDM disuruh sabar terus
mutasi ASN di {kab} dipersulit, permohonan pindah ikut suami udah 2 tahun ga diproses kalau ga ada "pelicin"
tunjangan kinerja ASN bulan ini belum cair, biasanya tanggal 10 udah masuk, ga ada info apa2
Mas Bup, jadwal tes kompetensi PPPK diundur mendadak, peserta udah jauh2 dateng dari luar kota
hasil seleksi perangkat desa di {desa} janggal, yg lulus anaknya kades semua
udah submit berkas PPPK online tapi status masih "belum diverifikasi" padahal deadline besok, gimana dong min
kapan hasil sanggah seleksi PPPK diumumkan? di website BKPSDM belum ada apa2
apa benar pemkab buka rekrutmen tenaga kontrak lewat WA? ada yg minta transfer 500rb biaya pendaftaran
kenapa pengumuman seleksi terbuka jabatan pimpinan ga dipublikasikan di website resmi?
pegawai UPT pertanian {keca} cuma absen fingerprint pagi terus pulang, warga lihat sendiri tiap hari
# perizinan usaha kecil
ngurus NIB katanya gampang lewat OSS, tapi pas mau PIRT dilempar sana sini dari dinkes ke DPMPTSP terus balik lagi
izin PIRT buat keripik singkong saya udah 3 bulan belum terbit, padahal udah ikut penyuluhan keamanan pangan
izin keramaian buat hajatan di {dusun} kenapa harus ke polsek, ke kecamatan, terus bayar? ada aturannya ga
pengajuan izin usaha toko kelontong saya di {jalan} ke DPMPTSP ditolak tanpa alasan yang jelas
mohon info syarat bikin NIB buat jualan online dari rumah di {kampung}, saya gaptek takut salah isi
Bu, ada layanan jemput bola perizinan buat UMKM di {keca} ga? kami jauh dari kota
surat rekomendasi dari {camat} untuk izin usaha ditahan, katanya harus ketemu pak camat langsung, seminggu ga bisa2
minta surat keterangan usaha di {lurah} ga jadi2, yg tanda tangan rapat terus
pejabat dinas minta "uang terima kasih" setelah izin usaha saya keluar, katanya sudah biasa
Kepada Yth. Bapak Wali Kota, dengan hormat, kami pelaku usaha mikro di {kel} telah mengajukan izin usaha melalui sistem OSS sejak tiga bulan lalu, namun verifikasi dari dinas teknis tidak kunjung dilakukan. Kami mohon kejelasan prosedur dan waktu penyelesaiannya. Atas perhatian Bapak kami sampaikan terima kasih.
izin usaha lama banget
is there an English guide for business licensing here? I'm trying to open a small cafe and the OSS steps are confusing
# fasilitas milik pemda
perpustakaan daerah di {jalan} tutup terus tiap sabtu, padahal anak sekolah bisanya cuma weekend
GOR di {kec} atapnya bocor, lantai lapangan bulutangkis licin, setahun ga diperbaiki
wifi publik di {taman} cuma tulisan doang, ga pernah bisa connect
gedung pertemuan di {kelkec} dikunci, mau pinjam buat acara karang taruna katanya harus bayar ke oknum
Mal Pelayanan Publik di {kec} AC-nya mati, antre 3 jam kepanasan, kursinya kurang
ruang baca di perpusda AC mati, bukunya lama2, komputer buat katalog rusak semua
kolam renang milik pemda di komplek GOR ditutup tanpa pengumuman, katanya renovasi tapi ga ada tukang sama sekali
mau sewa GOR buat turnamen voli, tarif yg diminta petugas beda jauh sama yang di perda
perpustakaan keliling yg harusnya ke {desa} tiap kamis ga pernah dateng, anak2 nunggu dari pagi
the public library in {kab} has been closed for renovation for over a year and nothing seems to be happening
# aparatur lambat, kasar, tidak ada di tempat, pungli
loket pelayanan di {lurah} buka jam 9 padahal tertulis jam 8, pegawainya baru dateng sambil bawa sarapan
petugas di {camat} main HP terus pas melayani, ditanya jawabnya ketus banget
pelayanan di {camat} udah tutup jam 12 padahal jam kerja sampai jam 3 sore
petugas MPP bilang sistem offline, suruh balik besok, udah 3 hari gitu terus
UPT pelayanan di {keca} cuma buka senin-kamis, jumat pegawainya senam terus pulang
nyuwun sewu, pegawai kantor desa {desa} mboten wonten nalika jam kerja, warga sampun ngentosi saking enjing
pegawai kelurahan pada ga ada di tempat
the staff at the service counter kept scrolling on their phones and told me to come back tomorrow without explaining anything
# desa & dana desa
kepala desa {desa} susah ditemui, tiap ke balai desa katanya lagi dinas luar
pungli di balai desa {desa}: bikin surat pengantar aja dimintain 50rb "uang administrasi"
dana desa di {desa} ga jelas penggunaannya, papan informasi APBDes ga pernah dipasang
BPD di {desa} ga pernah ngadain musdes, semua keputusan diambil kades sendirian
perangkat desa rangkap jadi pengurus BUMDes, laporan keuangan BUMDes ga pernah dibuka ke warga
Assalamualaikum Pak Bupati, tunjangan perangkat desa di {keca} dipotong tanpa penjelasan, mohon dicek
siltap kades dan perangkat desa di {keca} belum cair 3 bulan, perangkat pada ngutang ke warung
papan informasi pelayanan di kantor desa kosong, tarif dan syarat ga jelas, tiap orang dimintain beda2
TOLONG PAK BUPATI, KADES KAMI TIDAK PERNAH NGANTOR, SURAT2 WARGA NUMPUK DI MEJA SEKDES
Yth. Bapak Gubernur, dengan hormat, bersama ini saya menyampaikan keluhan atas pelayanan di kantor desa {desa} yang sering tutup pada jam kerja serta kepala desa yang jarang berada di tempat. Kami mohon pembinaan terhadap aparatur desa tersebut. Hormat saya.
punten Bu, bade naros, syarat ngadamel izin usaha warung di {desa} kedah ka mana?
laporan pertanggungjawaban dana desa ga pernah disampaikan di musdes, warga tanya malah dimarahin
"""

HELDOUT["lapor_pelayanan_publik"] = """
izin tanya pak, tarif retribusi PBG untuk rumah tinggal di {kab} itu berapa per meter persegi?
aplikasi pengaduan pemkab minta login pakai NIK tapi selalu keluar "NIK tidak valid"
honorer di {camat} belum ada kejelasan status paruh waktu, SK ga turun2 padahal udah tes
izin keramaian buat pentas seni karang taruna 2 minggu ga keluar, acaranya tinggal 3 hari lagi
wifi gratis di balai desa {desa} udah mati dari tahun lalu, routernya dibawa pulang perangkat
pegawai loket di {lurah} bilang "besok aja ya" padahal masih jam 1 siang
could you tell me which office handles small business permits? the phone number on the website goes nowhere
Yth. Ibu Wali Kota, dengan hormat, kami menanyakan jadwal pelayanan Mal Pelayanan Publik selama bulan Ramadan karena informasi di media sosial berbeda dengan yang tertempel di lokasi. Terima kasih.
kades minta jatah 10% dari bantuan keuangan desa buat tiap RT, kalau ga dikasih RT-nya ga dapat
mau tanya perda soal garis sempadan sungai, rumah saya yg di {dusun} kena ga ya
website dinas pariwisata masih nampilin event tahun lalu, wisatawan pada nanya ke kami
ASN dinas nongkrong di warung kopi {jalan} pas jam kerja, masih pake seragam
nyuwun sewu pak, PIRT kula dereng medal, sampun sekawan wulan ngentosi
TPP ASN {kab} bulan ini dipotong tanpa dasar, BKAD ga ngasih penjelasan apa2
GOR di {kec} malah dipakai buat gudang logistik, warga ga bisa olahraga lagi
slot antrean online MPP kok penuh terus sampai bulan depan, ga masuk akal
"""

# --------------------------------------------------------------------------- kesehatan (Dinas Kesehatan)
TRAIN["lapor_kesehatan"] = """
vaksin booster covid masih ada ga di puskesmas? butuh buat syarat kerja ke luar negeri
mau tanya jadwal imunisasi campak rubela di {pkm} kapan ya bu
vaksin meningitis buat umroh katanya habis, disuruh nunggu sebulan padahal berangkat 2 minggu lagi
BIAN di posyandu {dusun} batal karena vaksinnya belum dikirim dari dinas
anak saya belum dapet imunisasi polio tetes, kata kader stoknya kosong
posyandu di {rtrw} udah 3 bulan ga jalan, kader pada mundur karena ga pernah dapat insentif
timbangan bayi di posyandu {kel} rusak, anak2 cuma dikira2 beratnya
PMT posyandu cuma dikasih biskuit yang udah lewat tanggal kadaluarsa
pasien BPJS di {rs} disuruh beli obat sendiri di apotek luar, katanya obatnya ga ditanggung
KIS saya tiba2 nonaktif pas mau berobat di {pkm}, disuruh bayar umum
stok obat darah tinggi di {pkm} kosong udah sebulan, lansia disuruh beli sendiri
insulin buat penderita diabetes di puskesmas dibatasi, ga cukup buat sebulan
ambulans desa di {desa} malah dipake antar rombongan kondangan, pas ada warga sakit ga ada
nelpon nomor ambulans ga nyambung2, akhirnya pasien dibawa pake mobil pickup
Yth. Ibu Kepala Dinas Kesehatan, dengan hormat, kami kader posyandu di {desa} menyampaikan bahwa vaksin dasar untuk bayi sudah dua bulan tidak tersedia sehingga banyak bayi terlambat imunisasi. Mohon segera ditindaklanjuti. Terima kasih.
the puskesmas told me they don't have the typhoid vaccine I need for my work visa
my son missed his measles shot because the posyandu session was cancelled twice
rujukan BPJS ke {rs} ditolak katanya kamar penuh, disuruh cari RS sendiri
punten, di posyandu teu aya vaksin DPT, budak abdi tos telat dua sasih
obat TB di puskesmas {keca} telat dikirim, bapak saya putus minum obat seminggu
vaksin polio kapan ada lagi
AMBULANS PUSKESMAS RUSAK DAN GA DIBENERIN, IBU MAU MELAHIRKAN DIBAWA PAKE MOTOR
sertifikat vaksin booster gw ga muncul di SatuSehat, padahal butuh buat onboarding kerja minggu depan
kapan jadwal vaksin HPV buat anak perempuan kelas 5 di {sekolah}? surat edaran belum ada
faskes pertama BPJS saya dipindah sepihak ke klinik yg jauhnya 15 km dari rumah
"""

HELDOUT["lapor_kesehatan"] = """
posyandu lansia di {desa} ga pernah ada lagi sejak bidan desanya pindah
vaksin anti rabies di puskesmas kosong, anak saya digigit anjing kemarin sore, harus ke mana
Pak Bupati, obat buat pasien gangguan jiwa di puskesmas sering kosong, keluarga terpaksa beli sendiri
the hospital charged me even though my BPJS is active, they said the diagnosis isn't covered
mau tanya vaksin influenza buat calon jamaah haji lansia bisa di {pkm} ga ya
"""

# --------------------------------------------------------------------------- lainnya (sosial & ekonomi)
TRAIN["lapor_lainnya"] = """
# ketenagakerjaan
gaji saya di pabrik garmen {keca} cuma 1,8 juta, jauh di bawah UMK, lapor ke mana ya pak
THR dicicil 3 kali sama perusahaan tempat saya kerja di {kab}, alasannya lagi rugi, padahal produksi jalan terus
THR tahun ini ga dibayar sama sekali, bos bilang karyawan kontrak ga dapet
di-PHK tanpa pesangon setelah 8 tahun kerja, cuma dikasih sebulan gaji terus disuruh pulang
potongan BPJS Ketenagakerjaan ada di slip gaji tiap bulan, tapi pas dicek saldo JHT kosong, kantor ga pernah nyetor
magang 6 bulan di perusahaan di {jalan} tanpa uang saku sepeser pun, kerjanya full kayak karyawan
ada lowongan kerja ga pak di daerah sini? anak muda di {desa} banyak yang nganggur
info pelatihan kerja BLK gratis di {kab} kapan dibuka? saya mau ikut kelas las
LPK di {kec} narik 15 juta janji diberangkatin ke Jepang, udah 2 tahun ga berangkat2
penyalur kerja ke Malaysia bawa kabur duit belasan warga {dusun}, kantornya sekarang kosong
kontrak kerja diperpanjang terus 5 tahun ga pernah diangkat karyawan tetap
bos toko bangunan di {kec} wajibin lembur tanpa dibayar, yang nolak diancam dipecat
perusahaan outsourcing di {kab} nahan ijazah asli karyawan, mau resign ga dikasih balik
saudara saya TKW di Arab gajinya 6 bulan ga dibayar majikan, mohon dibantu difasilitasi
kerja di startup lokal, gaji telat 3 bulan, HR cuma bilang "sabar ya cashflow lagi tight"
PERUSAHAAN SAWIT TIDAK BAYAR UPAH LEMBUR SUDAH 6 BULAN, BURUH HARIAN TIDAK BERANI PROTES
THR belum dibayar
loker di kabupaten ada ga?
a factory near {desa} pays its workers far below the regional minimum wage and nobody checks
my employer deducts social security from our salary but hasn't paid it in for a year
where can young people find free job training programs in the regency?
# harga & kelangkaan
pupuk subsidi langka di kios, petani padi di {keca} terpaksa beli nonsubsidi dua kali lipat
harga gabah di {desa} anjlok pas panen raya, tengkulak cuma berani 4.500 sekilo
minyak goreng langka di warung2 {kampung}, sekalinya ada harganya naik
harga cabai merah di tingkat petani {keca} jatuh ke 5 ribu sekilo, ga balik modal
beras SPHP di {pasar} cepet abis, yang beli borongan malah pedagang
kartu tani ga bisa dipake nebus pupuk, mesin EDC di kios {dusun} rusak udah sebulan
solar subsidi buat perahu nelayan langka, SPBU nelayan tutup terus
gas melon langka di {desa} menjelang lebaran, keliling 5 pangkalan ga dapet
harga jagung pipil dipermainkan pabrik pakan, petani ga punya pilihan jual ke mana lagi
harga telur di peternak anjlok tapi pakan mahal, peternak kecil banyak yg gulung tikar
nyuwun sewu Pak Bup, rego gabah anjlok sanget, petani kathah ingkang rugi, nyuwun dipun bantu
punten, pupuk bersubsidi hese pisan dipilarian, kios nyarios teu acan dikintun
pupuk langka pak
# UMKM, koperasi, ekonomi desa
UMKM susah dapat modal, KUR di bank syaratnya ribet, agunan segala
koperasi simpan pinjam di {desa} bangkrut, simpanan anggota ga bisa ditarik
pedagang di {pasar} sepi pembeli kalah sama online, tolong ada pelatihan jualan online buat kami
usul pak, bikin festival kuliner tiap bulan di alun2 biar UMKM lokal hidup
Kepada Yth. Bapak Bupati, dengan hormat, kami kelompok tani di {desa} memohon perhatian atas harga gabah yang jatuh jauh di bawah HPP setiap musim panen. Kami berharap pemerintah daerah dapat menyerap gabah petani melalui BUMD atau Bulog. Atas perhatiannya kami ucapkan terima kasih.
{desa} punya curug bagus banget, gimana caranya dapat pendampingan buat jadi desa wisata?
homestay warga di desa wisata sepi, promosi dari dinas pariwisata minim banget
mau daftar jadi UMKM binaan dinas koperasi caranya gmn ya, saya jualan sambel kemasan
koperasi unit desa cuma papan nama, pengurusnya ga pernah RAT bertahun2
mohon pak, bikin program inkubasi usaha buat ibu2 di {kampung}, banyak yg pinter bikin kue tapi ga ngerti pemasaran
upah buruh tani harian di sini cuma 50rb, ga cukup buat makan sekeluarga
"""

HELDOUT["lapor_lainnya"] = """
pabrik sepatu di {kab} motong upah karyawan yang izin sakit padahal ada surat dokter
perusahaan pailit, pesangon 300 buruh belum dibayar sampai sekarang
min ada info job fair di kabupaten bulan ini?
pupuk urea subsidi di {keca} dijual di atas HET, kios bilang ongkos angkut
harga beras premium di {pasar} tembus 18 ribu, padahal di desa baru aja panen
koperasi karyawan ga pernah RAT, SHU ga jelas larinya ke mana
my cousin paid an agency to get a job in Korea and they vanished with the money
nyuwun sewu, rego lombok anjlok, kula lan petani sanes sami rugi
usul pak, tanah bengkok di {desa} bisa dijadiin agrowisata biar pemuda ada kerjaan
BPJS TK ga bisa dicairin karena perusahaan di {kec} belum lapor PHK, HRD-nya ngilang
"""

# --------------------------------------------------------------------------- sosial (Dinas Sosial)
TRAIN["lapor_sosial"] = """
ibu saya janda lansia tapi ga pernah dapat PKH, yang dapat malah tetangga yang punya mobil
nama saya di DTKS salah ketik, NIK beda satu angka jadi BPNT ga bisa dicairkan
keluarga kami di {rtrw} ga terdaftar DTKS padahal rumah masih dinding bambu
BLT dana desa di {desa} dibagi ke keluarga perangkat duluan, warga miskin ga kebagian
pengajuan bantuan RTLH dari {dusun} udah 3 tahun ga ada realisasi, rumah kami hampir roboh
bantuan bedah rumah di {dusun} dipotong 2 juta sama oknum, katanya buat ongkos angkut material
ada kakek sebatang kara di {kampung} tinggal di gubuk, makan dari belas kasihan tetangga
anak disabilitas di {desa} ga punya kursi roda, orangtuanya cuma buruh tani
saldo BPNT bulan ini kosong, agen e-warong di {pasar} bilang dananya belum ditransfer
pendamping PKH di {kelkec} minta potongan 50rb tiap pencairan, katanya uang lelah
my elderly neighbour lives alone and is bedridden, nobody from social services has ever visited
how do I register my family for PKH? we both lost our jobs this year
nyuwun sewu pak, simbah kula mboten nate angsal bantuan punapa-punapa, griyanipun sampun rapuh
punten, abdi teu kadaftar DTKS padahal tos ngajukeun ti taun kamari
BANTUAN SOSIAL SALAH SASARAN, YANG KAYA DAPET YANG MISKIN GIGIT JARI
cara daftar bansos gmn
Yth. Bapak Bupati, dengan hormat, kami warga {desa} mengajukan permohonan bantuan rumah tidak layak huni untuk seorang janda lansia yang tinggal di rumah berlantai tanah dengan atap bocor. Usulan sudah disampaikan melalui desa sejak dua tahun lalu namun belum ada tindak lanjut. Demikian, terima kasih.
status di cek bansos "tidak termasuk penerima", padahal kondisi kami literally pas-pasan, gimana cara update datanya
nenek lumpuh di {gang} ditelantarkan anaknya, tiap hari cuma dikasih makan tetangga
kartu KKS saya rusak, ga bisa dipake narik bantuan, udah lapor ke desa disuruh nunggu
"""

HELDOUT["lapor_sosial"] = """
PKH saya dihapus tanpa pemberitahuan, padahal anak masih sekolah semua
nenek di {kampung} tinggal di rumah bambu reyot, belum pernah dapat bantuan RTLH
kenapa BLT cuma cair sekali, bulan berikutnya ga ada lagi?
a blind man in our village has no income and receives no assistance at all
musdes penetapan penerima bantuan di {desa} ga ngundang warga miskin, daftarnya udah jadi duluan
"""
