"""Hand-written training sentences in the polite shapes citizens use when they write to a head of region:
greetings and permission formulas ("Assalamualaikum Pak, izin melapor…", "mohon maaf mengganggu…"),
questions ("mau tanya", "mohon informasinya"), and short letters. The same shapes are written for every
category, so that the framing alone never decides the category: only the topic does."""
TRAIN: dict[str, str] = {}
HELDOUT: dict[str, str] = {}

# --------------------------------------------------------------------------- jalan
TRAIN["lapor_jalan"] = """
Assalamualaikum pak, mohon izin menyampaikan, jalan penghubung antara {desa} dan {dusun} rusak parah, lubangnya dalam dan sering bikin motor jatuh
selamat pagi Pak Bupati, mohon maaf mengganggu waktunya. kami warga {kampung} ingin bertanya kapan jalan desa kami diaspal, sudah 10 tahun cuma batu
mau tanya min, perbaikan jalan {jalan} yang dijanjikan tahun lalu jadinya kapan ya? lubangnya makin gede
mohon informasinya pak, jalan kabupaten di {keca} itu kewenangan siapa? sudah hancur tapi saling lempar
izin melapor bapak, aspal yang baru dikerjakan bulan lalu di {desa} sudah mengelupas, kualitasnya kurang bagus
nyuwun sewu pak, jembatan kecil di {dusun} papannya sudah lapuk, anak-anak sekolah lewat situ tiap hari
Kepada Yth. Bapak Bupati, dengan hormat, kami selaku warga {kampung} memohon perbaikan jalan lingkungan yang rusak sepanjang kurang lebih 1 km. Saat hujan jalan menjadi licin dan berlumpur sehingga menyulitkan aktivitas warga. Demikian permohonan kami, atas perhatiannya kami ucapkan terima kasih.
punten pak, bade tumaros, jalan ke arah {desa} kapan dibeton? kalau musim hujan mobil ga bisa masuk
selamat siang pak gub, izin lapor trotoar di {jalan} banyak yang amblas dan ubinnya copot, bahaya buat pejalan kaki
halo admin, mau nanya prosedurnya gimana ya kalau mau usul perbaikan jalan gang di {alamat}? udah rusak bertahun-tahun
Mas Bup yth, sekedar menyampaikan aspirasi warga {keca}, jalan utama banyak tambalan asal-asalan, baru seminggu udah bolong lagi
Assalamu'alaikum wr wb. Pak, kami mohon bantuan pengerasan jalan menuju makam di {dusun}, kalau ada yang meninggal pas hujan susah sekali lewatnya
mohon info pak, proyek pelebaran jalan di {jalan} kok berhenti? galiannya dibiarkan terbuka berbulan-bulan
good morning sir, may I ask when the damaged road in {kel} will be repaired? the potholes are getting worse every week
"""
HELDOUT["lapor_jalan"] = """
Assalamualaikum pak, izin bertanya, jalan rusak di {desa} apakah masuk rencana perbaikan tahun ini?
selamat sore pak wali, mohon maaf, aspal di {jalan} bergelombang dan berlubang, tolong ditinjau
"""

# --------------------------------------------------------------------------- pendidikan
TRAIN["lapor_pendidikan"] = """
Assalamualaikum Pak Bupati, mohon izin bertanya, pendaftaran sekolah jalur zonasi di {keca} kapan dibuka ya?
selamat pagi pak, saya wali murid di {sekolah}, mohon informasi apakah sekolah negeri boleh menarik uang gedung?
mau tanya pak, beasiswa untuk siswa kurang mampu tahun ini kok belum ada pengumuman?
izin menyampaikan pak, atap ruang kelas di SD negeri {desa} bocor dan plafonnya hampir roboh, anak-anak takut belajar
mohon maaf mengganggu, anak saya tidak diterima di SMP terdekat padahal rumah kami dekat sekali, jarak zonasinya dihitung gimana pak?
Yth. Bapak Kepala Dinas Pendidikan, dengan hormat, kami orang tua murid {sekolah} keberatan dengan kewajiban membeli seragam dan buku di sekolah dengan harga yang mahal. Mohon kebijakan Bapak. Terima kasih.
nyuwun sewu Pak Bup, guru honorer di sekolah anak saya sering ga masuk, kelas dibiarkan kosong, apa tidak ada pengawasan?
punten, mau nanya pak, KIP buat anak SD itu daftarnya lewat sekolah atau ke dinas?
Assalamualaikum min, kapan pencairan KJP tahap ini? anak saya butuh buat beli sepatu sekolah
mohon informasinya pak, PAUD di {desa} tutup karena tidak ada guru, anak-anak kecil mau sekolah di mana?
izin lapor pak, ada pungutan study tour wajib di {sekolah}, yang tidak ikut diancam nilainya dikurangi
selamat siang bapak, saya mau menanyakan kelanjutan pembangunan gedung sekolah di {keca} yang mangkrak
halo pak, mau tanya ijazah anak saya ditahan sekolah karena masih ada tunggakan SPP, apakah boleh begitu?
sir, I'd like to ask about the school admission quota, my child was rejected from the state school near {kel}
"""
HELDOUT["lapor_pendidikan"] = """
Assalamualaikum pak, mohon info jadwal daftar ulang siswa baru di SMP negeri {keca}
izin bertanya bu, apakah sekolah boleh menahan rapor karena orang tua belum bayar iuran komite?
"""

# --------------------------------------------------------------------------- sosial
TRAIN["lapor_sosial"] = """
Assalamualaikum Pak Bupati, mohon izin bertanya, bantuan PKH untuk keluarga kami di {desa} kok tiba-tiba berhenti?
selamat pagi pak, saya janda dengan tiga anak di {kampung}, mohon informasi cara daftar bantuan sembako
mau tanya pak, BLT dari dana desa di {desa} pembagiannya kok tidak merata? yang mampu malah dapat
izin melapor pak, ada lansia sebatang kara di {dusun} rumahnya hampir roboh dan tidak pernah dapat bantuan
mohon maaf mengganggu pak, bagaimana cara mengajukan bantuan bedah rumah untuk warga miskin?
Kepada Yth. Bapak Bupati, dengan hormat, kami mohon bantuan bagi tetangga kami yang lumpuh di {kampung}. Keluarganya tidak mampu berobat dan belum terdaftar sebagai penerima bantuan sosial. Atas perhatian Bapak kami ucapkan terima kasih.
nyuwun sewu pak, nama saya ada di DTKS tapi bantuan tidak pernah cair, harus lapor ke mana?
punten pak, mau tanya bantuan untuk pelaku usaha kecil yang terdampak kapan dibuka lagi pendaftarannya?
Assalamualaikum pak, izin menyampaikan, banyak anak jalanan dan pengemis di perempatan {keca}, mohon dibina dinas sosial
mohon informasinya pak, program bantuan modal usaha untuk ibu-ibu di {desa} itu syaratnya apa saja?
selamat siang pak wali, kami mau menanyakan bantuan untuk korban kebakaran di {alamat}, sudah sebulan belum ada
halo min, mau tanya bantuan pupuk dan bibit buat petani di {desa} kok tahun ini ga dapet?
mohon bantuannya pak, harga bahan pokok di {keca} naik terus, warga kecil makin susah, apakah ada operasi pasar?
excuse me sir, how can an elderly neighbour in {kel} with no family apply for social assistance?
"""
HELDOUT["lapor_sosial"] = """
Assalamualaikum pak, izin bertanya kenapa nama ibu saya dicoret dari penerima bansos di {desa}?
mohon info pak, pendaftaran bantuan untuk penyandang disabilitas di {keca} ke mana ya?
"""

# --------------------------------------------------------------------------- lainnya
TRAIN["lapor_lainnya"] = """
Assalamualaikum pak, mohon izin menyampaikan, harga gabah di {keca} anjlok saat panen, petani rugi, mohon perhatiannya
selamat pagi pak bupati, mau tanya program pelatihan kerja untuk pemuda pengangguran di {desa} ada ga ya?
izin bertanya pak, kenapa pupuk bersubsidi selalu langka pas musim tanam di {desa}?
mohon maaf pak, sekedar usul, tolong adakan pasar murah dan bazar UMKM di {keca} menjelang lebaran
mau tanya min, lowongan kerja di pabrik-pabrik di {kab} kenapa lebih banyak diisi orang luar daerah?
nyuwun sewu pak, sapi warga di {dusun} banyak yang sakit kuku, mohon dikirim petugas kesehatan hewan
punten pak, mau nanya kapan ada pembinaan buat kelompok tani dan peternak di {desa}?
Assalamualaikum Pak Bup, izin memberi saran, potensi wisata curug di {desa} bagus tapi belum dikelola, mohon dikembangkan
Yth. Bapak Bupati, dengan hormat, kami kelompok pengrajin di {desa} kesulitan memasarkan produk. Kami mohon difasilitasi pameran dan pelatihan pemasaran daring. Terima kasih.
selamat siang pak, mohon informasi, apakah ada bantuan alat untuk nelayan kecil di {keca}?
halo pak, harga cabai dan bawang di {pasar} naik tinggi sekali, pedagang kecil bingung, mohon dipantau
izin lapor pak, banyak anjing liar berkeliaran di {alamat}, warga takut keluar malam
mohon informasinya pak, lomba-lomba tujuh belasan tingkat kabupaten tahun ini diadakan atau tidak?
hi admin, just a suggestion: could the city hold more weekend farmers' markets near {kel}?
"""
HELDOUT["lapor_lainnya"] = """
Assalamualaikum pak, mohon perhatian, harga jual singkong petani di {desa} murah sekali, tengkulak seenaknya
izin bertanya pak, kapan ada pelatihan wirausaha untuk anak muda di {keca}?
"""

# --------------------------------------------------------------------------- ketertiban
TRAIN["lapor_ketertiban"] = """
Assalamualaikum pak, mohon izin melaporkan, ada warung remang-remang di {keca} buka sampai pagi dan jadi tempat mabuk-mabukan
selamat malam pak, mohon maaf mengganggu, balap liar di {jalan} tiap malam minggu sangat meresahkan warga
mau tanya pak, pedagang kaki lima yang menutup trotoar di {pasar} itu apakah memang diizinkan?
izin menyampaikan pak, ada tempat karaoke di {desa} suaranya keras sampai jam 2 malam, warga tidak bisa tidur
nyuwun sewu pak, sabung ayam dan judi di {dusun} makin terang-terangan, mohon ditertibkan
punten pak, mohon informasi, bagaimana cara melaporkan tetangga yang menyetel musik keras setiap malam di {alamat}?
Kepada Yth. Bapak Kepala Satpol PP, dengan hormat, kami warga {kampung} merasa terganggu dengan keberadaan lapak-lapak liar yang berdiri di bahu jalan dan menyebabkan kemacetan. Kami mohon penertiban. Terima kasih.
Assalamualaikum Pak Bupati, izin lapor, anak-anak muda sering tawuran di dekat {landmark}, mohon patroli malam
mohon maaf pak, ada pengamen dan manusia silver yang memaksa minta uang di lampu merah {keca}
selamat siang pak, izin bertanya, kenapa PKL yang sudah ditertibkan di {jalan} balik lagi keesokan harinya?
halo pak, mohon perhatian, petasan dinyalakan tiap malam di {alamat}, bayi kami kaget terus
sir, with respect, the street vendors near {halte} block the whole sidewalk every evening, could this be handled?
"""
HELDOUT["lapor_ketertiban"] = """
Assalamualaikum pak, mohon ditertibkan lapak liar yang makan badan jalan di depan {pasar}
izin lapor pak, tiap malam ada orang mabuk teriak-teriak di {desa}
"""

# --------------------------------------------------------------------------- saluran air
TRAIN["lapor_saluran_air"] = """
Assalamualaikum pak, mohon izin menyampaikan, selokan di {jalan} tersumbat sampah dan lumpur, airnya meluber ke jalan
selamat pagi pak bupati, mohon maaf, saluran irigasi ke sawah di {desa} rusak, airnya tidak mengalir sampai ke hilir
mau tanya pak, pengerukan kali {kali} kapan dilanjut? sudah dangkal dan banyak sampah
izin melapor pak, tutup got di {alamat} pecah dan berlubang, sudah ada anak yang terperosok
nyuwun sewu pak, talud sungai di {dusun} longsor, kalau tidak segera dibangun rumah warga bisa ikut ambrol
punten pak, mohon informasi siapa yang bertanggung jawab membersihkan drainase di {keca}? airnya mampet dan bau
Yth. Bapak Bupati, dengan hormat, saluran pembuangan di {kampung} tidak pernah dibersihkan sehingga setiap hujan air meluap ke rumah warga. Kami mohon dinas terkait melakukan normalisasi. Terima kasih.
Assalamualaikum min, izin tanya, eceng gondok di {kali} numpuk lagi, ada jadwal pembersihan ga ya?
mohon maaf pak, air limbah dari pabrik tahu di {desa} dibuang ke sungai, airnya jadi hitam dan bau
selamat siang pak, mohon bantuan pembuatan drainase di {alamat}, selama ini air hujan menggenang di halaman warga
halo admin, may I report that the drain cover on {jalan} is broken and the gutter is full of rubbish?
"""
HELDOUT["lapor_saluran_air"] = """
Assalamualaikum pak, mohon dikeruk saluran air di {desa}, sudah penuh sedimen
izin bertanya pak, got mampet di {jalan} laporannya ke dinas mana ya?
"""

# --------------------------------------------------------------------------- listrik
TRAIN["lapor_listrik"] = """
Assalamualaikum pak, mohon izin menyampaikan, lampu penerangan jalan di {jalan} mati semua, malam gelap gulita dan rawan begal
selamat malam pak bupati, mohon maaf, PJU di jalan menuju {desa} sudah setahun tidak menyala, kapan diperbaiki?
mau tanya pak, pengajuan lampu jalan untuk {dusun} itu ke dinas apa ya?
izin melapor pak, kabel listrik menjuntai rendah di {alamat}, hampir kena kepala orang lewat
nyuwun sewu pak, tiang listrik di {desa} miring setelah angin kencang, takut roboh ke rumah warga
punten pak, listrik di {keca} sering padam berjam-jam tanpa pemberitahuan, mohon dibantu koordinasi dengan PLN
Kepada Yth. Bapak Wali Kota, dengan hormat, lampu jalan di sepanjang {jalan} tidak berfungsi sejak dua bulan yang lalu sehingga rawan kecelakaan dan kejahatan. Kami mohon segera diperbaiki. Terima kasih.
mohon informasinya min, lampu taman di {taman} mati semua, ada jadwal perbaikan?
selamat siang pak, mohon bantuan penerangan jalan di gang {gang}, anak-anak pulang ngaji lewat situ gelap
hello, may I ask who fixes broken street lights near {halte}? they've been off for weeks
"""
HELDOUT["lapor_listrik"] = """
Assalamualaikum pak, izin lapor PJU mati di jalan {desa} sejak lebaran
mohon maaf pak, kabel listrik di {jalan} putus kena pohon, mohon segera ditangani
"""

# --------------------------------------------------------------------------- sampah
TRAIN["lapor_sampah"] = """
Assalamualaikum pak, mohon izin melaporkan, sampah di TPS {pasar} menumpuk sudah seminggu tidak diangkut
selamat pagi pak bupati, mohon maaf, warga {desa} bingung buang sampah ke mana karena tidak ada TPS, akhirnya dibakar
mau tanya pak, jadwal truk sampah di {alamat} hari apa saja ya? sudah 5 hari ga lewat
izin menyampaikan pak, ada yang buang sampah sembarangan di pinggir jalan {keca}, baunya sampai ke rumah
nyuwun sewu pak, iuran sampah tiap bulan kami bayar tapi sampahnya jarang diangkut, mohon ditinjau
punten pak, mohon informasi cara mendirikan bank sampah di {dusun}, warga ingin memilah sampah
Yth. Bapak Bupati, dengan hormat, tumpukan sampah di {kampung} sudah menggunung dan mengundang lalat serta tikus. Kami mohon pengangkutan rutin. Atas perhatian Bapak kami ucapkan terima kasih.
mohon maaf min, sampah di bantaran kali {kali} makin banyak, kapan ada kerja bakti dari dinas?
selamat siang pak, mohon bantuan tempat sampah di {taman}, pengunjung buang sampah ke rumput
hi, could someone please collect the rubbish pile at {alamat}? it's been there for a week
"""
HELDOUT["lapor_sampah"] = """
Assalamualaikum pak, izin lapor sampah di {desa} belum diangkut dua minggu
mohon info pak, pengambilan sampah di {alamat} kenapa berhenti?
"""

# --------------------------------------------------------------------------- kesehatan
TRAIN["lapor_kesehatan"] = """
Assalamualaikum pak, mohon izin menyampaikan, banyak warga {desa} kena demam berdarah, mohon segera fogging
selamat pagi pak bupati, mohon maaf, pelayanan di {pkm} sangat lama, pasien menunggu dari pagi sampai siang
mau tanya pak, BPJS PBI ibu saya kok nonaktif? mau berobat jadi harus bayar
izin melapor pak, bidan desa di {desa} jarang ada di tempat, ibu hamil kesulitan periksa
nyuwun sewu pak, ambulans desa {desa} rusak, kalau ada yang darurat harus sewa mobil
punten pak, mohon informasi jadwal imunisasi dan posyandu balita di {dusun}
Kepada Yth. Bapak Direktur {rs}, dengan hormat, keluarga kami ditolak dirawat dengan alasan kamar penuh padahal kondisi pasien kritis. Kami mohon evaluasi pelayanan. Terima kasih.
mohon informasinya pak, obat di puskesmas {keca} sering kosong, pasien disuruh beli sendiri di apotek
selamat siang pak, izin bertanya, apakah ada program pengobatan gratis untuk lansia di {keca}?
hello sir, may I ask why the health centre at {pkm} has no doctor on duty in the afternoons?
"""
HELDOUT["lapor_kesehatan"] = """
Assalamualaikum pak, izin lapor di {dusun} ada tiga anak kena DBD, mohon fogging
mohon info pak, cara mengaktifkan kembali BPJS yang dari pemerintah gimana?
"""

# --------------------------------------------------------------------------- air bersih
TRAIN["lapor_air_bersih"] = """
Assalamualaikum pak, mohon izin menyampaikan, air PDAM di {alamat} sudah tiga hari tidak mengalir
selamat pagi pak bupati, mohon maaf, warga {desa} kesulitan air bersih saat kemarau, mohon dikirim bantuan air
mau tanya pak, pemasangan sambungan PDAM baru untuk rumah di {dusun} biayanya berapa?
izin melapor pak, air PAM keruh dan berbau kaporit di {kel}, tidak bisa dipakai masak
nyuwun sewu pak, pipa air bersih di {jalan} bocor, airnya terbuang sia-sia dari kemarin
punten pak, tagihan air bulan ini naik tiga kali lipat padahal pemakaian biasa saja, mohon dicek
Yth. Bapak Bupati, dengan hormat, sumur warga di {kampung} mengering setiap kemarau. Kami mohon dibangun sarana air bersih atau pipanisasi dari mata air terdekat. Terima kasih.
mohon informasinya pak, program Pamsimas di {desa} airnya mati, pompanya rusak siapa yang memperbaiki?
good afternoon, may I ask when the water supply in {kel} will be restored? the taps have been dry since Monday
"""
HELDOUT["lapor_air_bersih"] = """
Assalamualaikum pak, izin lapor air PDAM di {kel} mati dari pagi
mohon bantuan air bersih pak, sumur di {desa} kering
"""

# --------------------------------------------------------------------------- banjir
TRAIN["lapor_banjir"] = """
Assalamualaikum pak, mohon izin melaporkan, rumah warga di {desa} terendam banjir setinggi lutut sejak semalam
selamat pagi pak bupati, mohon maaf, setiap hujan deras jalan di {keca} tergenang dan tidak bisa dilewati motor
mau tanya pak, apakah ada bantuan untuk warga korban banjir di {kampung}? perabotan kami rusak semua
izin menyampaikan pak, banjir rob masuk ke permukiman {kel}, mohon dibuatkan tanggul
nyuwun sewu pak, sungai meluap dan merendam sawah di {desa}, petani terancam gagal panen
punten pak, mohon informasi posko pengungsian banjir di {keca} ada di mana saja?
Yth. Bapak Gubernur, dengan hormat, wilayah {alamat} kembali tergenang banjir hingga satu meter. Warga lansia dan balita belum dievakuasi. Mohon bantuan perahu karet dan logistik. Terima kasih.
excuse me, is there any help for families whose houses in {kel} were flooded last night?
"""
HELDOUT["lapor_banjir"] = """
Assalamualaikum pak, izin lapor banjir di {desa} belum surut sejak kemarin
mohon bantuan pak, jalan {jalan} tergenang setinggi betis
"""

# --------------------------------------------------------------------------- pohon
TRAIN["lapor_pohon"] = """
Assalamualaikum pak, mohon izin menyampaikan, pohon besar di pinggir jalan {desa} sudah miring dan rawan tumbang
selamat pagi pak, mohon maaf, dahan pohon di {jalan} menutupi lampu jalan dan kabel, mohon dipangkas
mau tanya pak, kalau mau minta penebangan pohon yang membahayakan rumah di {alamat} prosedurnya gimana?
izin melapor pak, pohon tumbang di {keca} menutup separuh jalan sejak hujan angin kemarin
nyuwun sewu pak, taman di {taman} tidak terawat, rumputnya tinggi dan banyak ular
punten pak, mohon informasi apakah warga boleh meminta bibit pohon peneduh untuk ditanam di {dusun}?
Yth. Bapak Kepala Dinas, dengan hormat, pohon angsana tua di depan rumah kami di {alamat} akarnya merusak pagar dan dahannya sering patah. Kami mohon dilakukan pemangkasan. Terima kasih.
hi, could the park service please trim the overhanging branches at {taman} before someone gets hurt?
"""
HELDOUT["lapor_pohon"] = """
Assalamualaikum pak, izin lapor pohon tumbang di jalan {desa}
mohon dipangkas pak, ranting pohon di {jalan} sudah kena kabel
"""

# --------------------------------------------------------------------------- perhubungan
TRAIN["lapor_perhubungan"] = """
Assalamualaikum pak, mohon izin menyampaikan, lampu lalu lintas di perempatan {keca} mati, sering hampir tabrakan
selamat pagi pak bupati, mohon maaf, warga {desa} minta dipasang rambu dan polisi tidur dekat sekolah, kendaraan ngebut
mau tanya pak, truk besar bermuatan pasir boleh lewat jalan desa di {desa} tidak? jalannya jadi rusak
izin melapor pak, marka jalan di {jalan} sudah hilang, malam hari pengendara bingung jalurnya
nyuwun sewu pak, kemacetan di depan {pasar} parah tiap pagi, mohon ditempatkan petugas dishub
punten pak, mohon informasi kenapa arah lalu lintas di {jalan} tiba-tiba diubah tanpa sosialisasi?
Yth. Bapak Kepala Dinas Perhubungan, dengan hormat, di tikungan tajam dekat {dusun} belum ada cermin cembung dan rambu peringatan sehingga sering terjadi kecelakaan. Kami mohon dipasang. Terima kasih.
hello, may I ask when the broken traffic light at {jalan} junction will be fixed?
"""
HELDOUT["lapor_perhubungan"] = """
Assalamualaikum pak, izin lapor traffic light di simpang {keca} mati
mohon dipasang rambu pak, jalan {desa} sering kecelakaan
"""

# --------------------------------------------------------------------------- transportasi publik
TRAIN["lapor_transportasi_publik"] = """
Assalamualaikum pak, mohon izin menyampaikan, angkutan umum ke {desa} sudah tidak ada, warga harus naik ojek mahal
selamat pagi pak, mohon maaf, bus Transjakarta di {halte} datangnya lama sekali, antrean mengular
mau tanya pak, rute angkot ke {keca} kok dihapus? anak sekolah jadi susah berangkat
izin melapor pak, eskalator di {stasiun} rusak sudah seminggu, lansia kesulitan naik
punten pak, mohon informasi apakah ada bus sekolah gratis untuk siswa di {keca}?
Yth. Bapak Kepala Dinas Perhubungan, dengan hormat, armada bus yang melayani trayek ke {desa} sudah tidak layak, AC mati dan kursi rusak. Kami mohon peremajaan armada. Terima kasih.
hi admin, may I ask why the feeder bus to {stasiun} stops running so early in the evening?
"""
HELDOUT["lapor_transportasi_publik"] = """
Assalamualaikum pak, izin tanya kenapa angkot ke {desa} sekarang jarang sekali
mohon maaf min, bus di {halte} telat terus tiap pagi
"""

# --------------------------------------------------------------------------- parkir liar
TRAIN["lapor_parkir_liar"] = """
Assalamualaikum pak, mohon izin menyampaikan, parkir liar di depan {pasar} memakan separuh jalan
selamat siang pak, mohon maaf, juru parkir di {mall} minta bayaran lebih dari tarif resmi
mau tanya pak, parkir di bahu jalan {jalan} itu resmi atau liar? tiap hari bikin macet
izin melapor pak, mobil-mobil parkir sembarangan di trotoar {alamat}, pejalan kaki terpaksa ke jalan
punten pak, mohon informasi, apakah tukang parkir di minimarket {keca} boleh menarik uang?
Yth. Bapak Kepala Dinas Perhubungan, dengan hormat, banyak kendaraan parkir di badan jalan {jalan} sehingga menimbulkan kemacetan panjang. Kami mohon penertiban. Terima kasih.
"""
HELDOUT["lapor_parkir_liar"] = """
Assalamualaikum pak, izin lapor parkir liar di depan {pasar} bikin macet
"""

# --------------------------------------------------------------------------- bangunan
TRAIN["lapor_bangunan"] = """
Assalamualaikum pak, mohon izin menyampaikan, ada bangunan ruko baru di {jalan} yang menutup saluran air, apakah ada izinnya?
selamat pagi pak, mohon maaf, tetangga membangun rumah sampai ke bahu jalan di {alamat}, mohon ditinjau
mau tanya pak, bangunan di sempadan sungai {kali} itu boleh tidak? makin banyak yang berdiri
izin melapor pak, tower seluler didirikan di tengah permukiman {desa} tanpa persetujuan warga
punten pak, mohon informasi, gedung sekolah lama di {keca} retak-retak dan mau roboh, siapa yang menangani?
Yth. Bapak Bupati, dengan hormat, pembangunan gudang di {kampung} tidak memiliki papan izin dan mengganggu akses jalan warga. Kami mohon dilakukan pemeriksaan perizinan. Terima kasih.
"""
HELDOUT["lapor_bangunan"] = """
Assalamualaikum pak, izin bertanya, bangunan liar di bantaran {kali} kapan ditertibkan?
"""

# --------------------------------------------------------------------------- kependudukan
TRAIN["lapor_kependudukan"] = """
Assalamualaikum pak, mohon izin bertanya, e-KTP saya sudah rekam tiga bulan tapi belum jadi, di {camat} katanya blangko habis
selamat pagi pak bupati, mohon maaf, cara mengurus akta kelahiran untuk anak yang lahir di rumah bagaimana ya?
mau tanya pak, pindah domisili dari {kab} ke Jakarta syaratnya apa saja?
izin melapor pak, data di KK saya salah nama ibu, sudah ke dukcapil tapi disuruh bolak-balik
punten pak, mohon informasi apakah bisa cetak KTP yang hilang di kecamatan atau harus ke kabupaten?
Yth. Bapak Kepala Dinas Kependudukan, dengan hormat, pengurusan akta kematian ayah kami di {lurah} sudah sebulan belum selesai. Kami mohon kejelasan. Terima kasih.
"""
HELDOUT["lapor_kependudukan"] = """
Assalamualaikum pak, izin bertanya, KK baru saya kok belum jadi padahal sudah dua minggu?
"""

# --------------------------------------------------------------------------- floods addressed to officials
# A flood report that asks an agency or an official to act is still about the flood: "petugas", "dinas",
# "pompa", "lurah" must not pull it toward pelayanan_publik, and water on a road is a flood, not a road defect.
TRAIN["lapor_banjir"] += """
pak lurah, air di {alamat} udah sepinggang, petugas kelurahan belum ada yang turun sama sekali
dinas SDA kemana aja? genangan di {jalan} dari subuh belum surut, pompanya ga dinyalain
mohon ditindaklanjuti pak, air masuk rumah warga {alamat} setinggi 60 cm, lansia belum dievakuasi
tolong petugas segera kirim pompa mobile ke {kel}, air ga turun-turun dari kemarin
pompa air di {kali} mati pas hujan deras, akibatnya permukiman {kel} kebanjiran lagi
pak camat mohon turun ke {alamat}, banjir sebetis dan anak-anak ga bisa berangkat sekolah
petugas damkar dan BPBD belum datang, warga {kel} bertahan di lantai dua karena air terus naik
sudah lapor ke kelurahan tapi belum ada tindakan, banjir di {alamat} makin tinggi
kenapa tiap hujan sebentar {jalan} langsung tergenang? tolong pak gub dicek sistem drainasenya
admin mohon diteruskan ke dinas terkait, banjir setinggi lutut di {alamat} sejak jam 3 pagi
genangan air di {jalan} bikin macet panjang, motor banyak yang mogok
kendaraan terpaksa putar balik di {jalan} karena tergenang sekitar 40 cm
jalan {jalan} tertutup genangan air, mobil kecil ga bisa lewat, hati-hati yang mau lewat
ruas {jalan} arah {halte} tergenang, bus transjakarta jalan pelan-pelan
underpass dekat {stasiun} tergenang lagi, pengendara motor jangan lewat sana
air luapan kali masuk ke jalan di {alamat}, arus deras dan licin
tanggul di {kali} jebol, air masuk permukiman {kel}, warga minta bantuan karung pasir
petugas pintu air tolong buka koordinasi, {kel} sudah tenggelam sementara pintunya ditutup
posko pengungsian di {kel} kekurangan makanan dan selimut, mohon dinas sosial kirim bantuan untuk korban banjir
warga {alamat} mengungsi ke masjid karena rumah terendam sejak semalam
LAPOR PAK, {kel} BANJIR LAGI SEPAHA, POMPA GA JALAN, PETUGAS GA ADA
min tolong info ke petugas, ketinggian air di {alamat} sudah 1 meter, perlu perahu karet
genangan di depan {pasar} sudah dua hari ga surut, pedagang ga bisa jualan
air sudah mulai surut di {kel} tapi lumpurnya tebal, mohon petugas bantu bersihkan
hujan deras dari sore, {jalan} sudah tergenang setinggi ban motor
pak petugas, mohon cek saluran di {jalan}, tiap hujan jalannya jadi kolam
banjir di {alamat} belum ditangani, sudah 12 jam air belum turun
dear admin, the road at {jalan} is flooded about 30 cm deep, please send the pump truck
flooding at {kel} again, the water pumps aren't working and nobody from the agency has come
"""
TRAIN["lapor_saluran_air"] += """
petugas tolong keruk got di {jalan}, tiap hujan air meluap ke jalan karena salurannya dangkal
pak lurah, saluran di {alamat} tertutup cor halaman rumah warga, air hujan ga bisa mengalir
dinas SDA mohon bersihkan sampah yang nyangkut di pintu air {kali}, airnya jadi naik ke permukiman
saringan sampah di pompa {kali} penuh, mohon petugas angkat biar air bisa mengalir
gorong-gorong di {jalan} mampet total, tolong ditindaklanjuti sebelum musim hujan puncak
sudah lapor berkali-kali soal selokan mampet di {alamat}, belum ada petugas yang datang
kali di belakang {kel} penuh lumpur, mohon dikeruk pakai alat berat, tiap hujan meluap
please ask the water agency to clear the blocked drain at {jalan}, it overflows every time it rains
"""
HELDOUT["lapor_banjir"] += """
pak lurah mohon kirim petugas, air di {alamat} sudah sepaha dan terus naik
genangan di {jalan} bikin kendaraan mogok, tolong pompanya dinyalakan
"""
HELDOUT["lapor_saluran_air"] += """
petugas mohon bersihkan got di {alamat}, mampet dan airnya meluap ke jalan
"""
