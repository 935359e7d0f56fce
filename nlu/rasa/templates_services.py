"""More hand-written training sentences: order, buildings, water supply, health, schools, welfare, civil registry, public service, other."""
TRAIN: dict[str, str] = {}
HELDOUT: dict[str, str] = {}

# --------------------------------------------------------------------------- ketertiban (Satpol PP)
TRAIN["lapor_ketertiban"] = """
gw baru pulang shift malem, di ujung gang ada org teler nyender di motor gw, bau alkohol nyengat bgt
tiap abis isya bapak2 main kartu pake taruhan duit di pos ronda {rtrw}, anak2 kecil ikut nonton
kak, ormas berseragam loreng nagih "uang keamanan" 500rb ke toko yg baru buka di {jalan}, kalo ga bayar diancem
kambing2 punya warga dilepas gitu aja, masuk halaman orang, makan tanaman, eek di teras
sapi lepas jalan2 di jalan raya tengah malem, hampir ketabrak motor
mohon maaf sebelumnya, speaker musala dipake tarhim dari jam 2 pagi volumenya full, bayi kami kebangun terus, bisa diatur pengurusnya ga ya
bengkel las di sebelah rumah gedor2 besi sampe jam 12 malem, udah ditegur malah nyolot
spanduk iklan sedot WC sama jasa servis kulkas dipaku di sepanjang pagar {jalan}, kumuh bgt
baliho raksasa ormas dipasang tanpa izin di pertigaan {kel}, nutupin pandangan pengendara
ANAK2 BALAPAN PAKE MOTOR BEBEK DI JALAN BARU DEPAN PERUMAHAN TIAP SABTU JAM 1 MALEM, SUARANYA KAYAK PERANG
ada yg jual ciu sama tuak dari rumahnya di {gang}, tiap malem rame pembeli yg pada teler
cewek2 mangkal di pinggir rel tiap malem, om2 berhenti nawar, warga malu anak2 liat
tempat pijat plus-plus di ruko {jalan} buka sampe pagi, warga udah curiga lama
pengamen pake speaker bluetooth masuk ke warung, dikasih dua rebu malah ngedumel dan nyumpahin
orang keliling bawa kotak amal atas nama masjid, maksa2 minta di depan pintu, kayaknya palsu
min apa satpol pp ga pernah patroli ke {taman}? tiap malem isinya orang mabok
usaha laundry 24 jam di sebelah rumah, mesin pengeringnya bunyi terus sampe subuh, izinnya ada ga sih
kafe baru buka live music tiap malem, bass nya kerasa sampe kamar, jam 1 masih jedag jedug
gudang ekspedisi di tengah kampung bongkar muat jam 3 pagi, kuli teriak2 banting2 barang
sudah tiga kali lapor RT soal tetangga yg mabok terus maki2 orang lewat, ga ada yg berani negur
Yth. Kepala Satpol PP, bersama ini kami warga {kelkec} menyampaikan keberatan atas beroperasinya sebuah rumah karaoke tanpa papan nama di lingkungan kami. Setiap malam terdengar musik keras, pengunjung datang dalam keadaan mabuk, dan beberapa kali terjadi perkelahian di depan rumah warga. Demikian laporan ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.
Yth. Bapak Camat, dengan hormat. Di lapangan dekat SD ada arena adu ayam tiap Minggu pagi lengkap dengan taruhannya, anak-anak ikut menonton. Mohon ditindak. Hormat kami, warga.
geng motor konvoi sambil ngacungin celurit lewat {jalan} semalem, warga pada ngumpet
bocah2 perang sarung abis sahur, udah kayak tawuran beneran, kemaren ada yg kepalanya bocor
lebaran udah lewat seminggu tapi masih aja ada yg nyalain petasan banteng di gang jam 12 malem
badut jalanan maksa foto bareng terus minta bayaran di {landmark}, anak saya sampe nangis
there's a group of guys who gamble and drink at the corner of our street every night, they catcall women walking by
a karaoke bar opened inside a house next to mine and it runs until 4 am
goats and cows roam freely on the main road in {kel}, someone is going to crash
tetangga gw bikin event tiap weekend, DJ set sampe subuh, complain ke RT ga ngefek sama sekali
ormas-nya minta "jatah" buat acara ulang tahun mereka, door to door, kind of intimidating sih
bang, tuh anak2 kagak ada kapok2nya nyetel musik kenceng di pos ronda, ampe subuh kagak brenti
punten, unggal peuting aya budak ngora mabok di sisi jalan {desa}, warga sieun kaluar
nyuwun sewu pak, wonten tiyang sadean ciu teng {dusun}, lare enom sami mendem saben dalu
orang mabok ngamuk
musik kenceng bgt jam 2 pagi
judi koprok di pos kamling
pedagang kopi keliling naro kursi plastik di trotoar depan kantor, sore2 trotoar jadi kafe dadakan
ada yg nyewain lapak di trotoar {jalan}, sebulan 300rb, yg narik orang ormas
satpol cuma dateng pas ada pejabat lewat, besoknya lapak2 di {stasiun} berdiri lagi 😒
kos campur di {gang} tiap malem ada yg bawa pasangan, ribut sampe pagi, pemilik kos cuek
waktu ditegur malah nantangin berantem, tetangga ini tiap hari nyetel speaker di teras
kapan satpol PP turun?? udah 5x lapor soal warung tuak yg bikin onar
pemuda nongkrong di jembatan {kali} sambil geber2 motor sampe subuh
pagi2 jam 5 udah ada yg nyalain mesin serut kayu, usaha mebel di tengah perumahan, debunya juga kemana2
kemaren malem dua kelompok remaja saling lempar batu di deket {pasar}, kaca warung pecah
pengemis yg sama tiap hari mangkal di pintu {mall}, pagi ngemis sore dijemput motor bagus
ada pemuda mabuk bawa golok teriak2 keliling kampung, warga takut keluar
kalo malam minggu alun2 desa jadi arena balap liar, knalpot meraung sampe jam 3
pasar malam dadakan di lapangan tanpa izin, musik dan genset sampe tengah malam, sampahnya juga ditinggal
tiap jumat malem ada pengajian pake sound system di jalan, jalan ditutup total tanpa pemberitahuan
tolong tertibkan pedagang bensin eceran botolan yang jualan di trotoar {jalan}, bahaya kebakaran
reklame liar pinjol dan judi online ditempel di tiang2 dan tembok sepanjang gang
Pak, ada rumah yg dijadiin tempat judi online rame2, pintunya ditutup tapi tiap malem ramai orang keluar masuk
"""

HELDOUT["lapor_ketertiban"] = """
rombongan bangunin sahur keliling pake sound system dari jam 1 malem, teriak2 depan rumah orang
ada yg buka lapak sabung jangkrik pake taruhan di gang tiap sore, anak SD ikut pasang duit
ormas nyegel ruko tetangga karena ga mau bayar iuran bulanan ke mereka
a drunk man keeps shouting and banging on doors in our alley every night
bengkel knalpot di {jalan} ngetes suara knalpot sampe malem, kuping pengang
Yth. Bapak Lurah, kami mohon penertiban warung remang di dekat jembatan yang dijadikan tempat prostitusi terselubung. Atas perhatiannya kami ucapkan terima kasih.
tiap malam minggu anak2 muda adu jotos di lapangan {kel}, ditonton rame2 kayak tinju jalanan
tukang obat keliling pake toa dari jam 6 pagi muter komplek, bikin pusing
"""

# --------------------------------------------------------------------------- bangunan (Cipta Karya, Tata Ruang)
TRAIN["lapor_bangunan"] = """
rumah sebelah lagi dirobohin pake alat berat tanpa pengaman, tembok saya ikut retak
tetangga ngecor dak lantai 3 sampe tengah malem, molen bunyi terus, papan izinnya ga ada
pak, tanah kami sudah bersertifikat tapi tiba2 dipasangi plang "tanah milik pemprov", kami harus ngadu ke mana?
lahan kosong punya pemkot dipagerin orang terus dibangun kontrakan 10 pintu di {kel}
warung kopi permanen berdiri di atas got depan {sekolah}, pake cor beton segala
bekas gedung bioskop di {jalan} kosong bertahun2, kacanya pecah, atapnya bolong, jadi tempat nongkrong ga jelas
pemilik ruko majuin teras sampe 2 meter makan trotoar, dicor dan dikeramik rapi
ada rumah 3 lantai dibangun miring, kelihatan condong ke arah rumah saya
ini izinnya apa sih? ada yg bangun tempat cucian mobil di jalur hijau pinggir {kali}
the house next door is being turned into a six storey boarding house on a tiny plot, is that even legal?
an abandoned half finished building near {stasiun} has exposed rebar and open pits, kids play there
developer bangun cluster di belakang rumah, excavator kerja dari jam 6 pagi sampe malem, rumah gw getar terus
bang, tembok rumah kosong di ujung gang udah miring bener, kagak ada yg ngurusin, ngeri ambruk
nyuwun sewu pak, tanggi kulo mbangun griya ngantos nutup dalan setapak
izin bangunan tetangga gimana?
gedung kosong mau rubuh
bangunan nyerobot trotoar
Yth. Kepala Suku Dinas Cipta Karya, Tata Ruang dan Pertanahan, dengan hormat, bersama surat ini kami sampaikan bahwa di {alamat} sedang berlangsung pembangunan gedung empat lantai yang tidak memasang papan Persetujuan Bangunan Gedung. Pekerjaan berlangsung hingga larut malam dan material sering jatuh ke atap rumah warga. Demikian laporan ini kami sampaikan untuk dapat ditindaklanjuti.
Kepada Yth. Bapak Bupati, dengan hormat, di {desa} sedang dibangun gudang besar di atas sawah produktif yang menurut warga termasuk lahan pertanian yang dilindungi. Warga tidak pernah diajak musyawarah. Mohon dicek izin pemanfaatan ruangnya. Terima kasih.
rumah dinas kosong di komplek udah 5 tahun ga dihuni, plafon dan kusennya rontok, tinggal nunggu ambruk
kapan bangunan liar di atas saluran di {jalan} dibongkar? katanya udah SP3 tapi masih berdiri
talang dari atap tetangga yg baru dibangun buang air ke atap saya, dinding rumah saya jadi lembab dan jamuran
tembok keliling gudang setinggi 4 meter retak memanjang dan miring ke arah gang, anak2 lewat situ tiap hari
kios di atas trotoar {jalan} udah disegel merah tapi segelnya dicopot dan mereka buka lagi
los pasar lama yg udah ga dipake atap asbesnya pecah2 dan rangkanya karatan, persis di sebelah {pasar}
ruko di deretan {jalan} diubah jadi gudang bahan kimia, padahal peruntukannya toko biasa
rumah bedeng di atas tanah negara di pesisir {kel} tiap bulan nambah terus
pemda mau bikin RTH di lahan yang kami tempati 30 tahun, kami pegang girik, minta kejelasan status tanah
tanah warga dipatok pemkot buat proyek tanpa ada pembebasan yg jelas, kami belum pernah diajak bicara
menara pemancar di atap rumah sebelah udah karatan dan goyang kalo angin kenceng
asrama yg lagi dibangun di kampung kami kolomnya kecil2 bgt buat 4 lantai, takut ambruk pas dihuni
udah lapor ke citata 2 bulan lalu soal bangunan tanpa izin di {gang}, sampai sekarang cuma disurvei doang
kok bisa ya rumah makan gede berdiri di sempadan {kali}, warga kecil bangun teras aja ditegur
pasir dan bata proyek tetangga ditumpuk di badan gang seminggu, warga ga bisa lewat
WARUNG PERMANEN DI ATAS SALURAN, PAS DIBONGKAR MALAH BANGUN LAGI LEBIH GEDE
pemilik kontrakan bangun kamar tambahan sampe nutup jalan tembus antar RT di {rtrw}
who approved this? a ten storey hotel is going up in the middle of a low rise residential area
rumah abandoned di pojokan komplek udah kayak haunted house, atapnya collapse sebagian, please dibongkar aja
genteng dan kusen rumah tua di sebelah udah rapuh, kalo hujan angin ada yg jatuh ke halaman saya
mau nanya min, kalo tetangga bangun rumah tanpa PBG laporinnya kemana? soalnya udah ganggu akses
tangga darurat rusun udah keropos, besinya keliatan dan goyang pas diinjek
punten pak, bumi kosong di gigireun bumi abdi tos doyong, sieun rubuh
pabrik tahu rumahan nambah bangunan sampai nutup jalan inspeksi irigasi di {desa}
di kampung kami orang bangun ruko seenaknya di tanah kas desa, katanya sewa dari kades tapi ga ada izinnya
gedung bertingkat sebelah baru setahun udah retak2 di kolom lantai dasar, penghuninya masih beraktivitas
dengan hormat, mohon peninjauan rumah deret di {alamat} yang fondasinya tergerus dan dindingnya terbelah
bongkaran rumah tetangga ga dipasangi pagar, puing2 sampe ke halaman saya dan ngerusak pagar
proyek renovasi tetangga udah 8 bulan ga kelar2, kerja tiap minggu pagi juga, berisik dan berdebu
"""

HELDOUT["lapor_bangunan"] = """
pemilik gudang bangun mezanin besi tanpa hitungan, lantainya udah melendut
sempadan danau dipagari pengusaha buat kolam pemancingan dan saung permanen
kolam lele tetangga dibangun nempel tembok saya, rembesannya bikin dinding retak dan lembab
izinnya rumah tinggal tapi sekarang jadi hotel kapsul 4 lantai di {gang}
there's a huge crack from roof to floor in the building next door and people still live in it
sertifikat tanah kami tumpang tindih dengan aset pemkot, rumah kami terancam dibongkar, mohon mediasi
Yth. Bapak Walikota, mohon maaf mengganggu. Sebuah ruko tiga lantai di {jalan} dibangun melewati garis sempadan hingga menutup saluran. Mohon dinas terkait meninjau. Terima kasih.
tetangga bikin kanopi baja ringan nyambung ke atap rumah saya tanpa izin
"""

# --------------------------------------------------------------------------- air bersih (PAM Jaya / PDAM)
TRAIN["lapor_air_bersih"] = """
tagihan air bulan ini 1,2 juta padahal biasanya 150 ribu, petugas catat meter ga pernah dateng, pasti cuma ditaksir
sy udah 3x telp call center, jawabannya "sedang dalam penanganan" terus, air tetep ga keluar dari senin
min, kaca meteran air di rumah buram ga kebaca, minta ganti udah 4 bulan ga diproses
bu saya punya bayi, air cuma netes dari jam 6 pagi sampe malem, mandiin anak harus beli galon
kok bisa tagihan dobel, bulan lalu udah bayar di minimarket tapi muncul tunggakan
bak mandi di rumah {gang} ada endapan kuning tebel tiap pagi, ember sampe kuning semua
sumur gali kami bau tinja sejak tetangga bikin septic tank mepet sumur
pak, kampung kami belum tersambung pipa sama sekali, warga beli air pikulan 5 ribu dua jerigen
mohon droping air bersih ke {kampung}, sumur warga udah asat sejak bulan puasa
the tap water smells like rotten eggs this morning, is something wrong with the supply in {kel}?
the water company dug up our street to fix a pipe two weeks ago and we still have no water
guys jadwal air PAM di komplek gw ga jelas, kadang jam 2 pagi baru nyala, orang kerja gimana mau nampung
aer ledeng di {kel} kagak ngocor dari kemaren, emak udah nimba ke sumur tetangga
punten, cai PDAM di lembur abdi tos saminggu teu ngocor
pak, toya sumur kulo ambune koyo lengo, mboten saged diombe
tagihan air ga wajar
meteran air macet
keran kering
Yth. Direktur Utama PAM Jaya, dengan hormat, kami sampaikan bahwa sejak tiga minggu terakhir pasokan air di {alamat} hanya mengalir antara pukul 01.00 sampai 04.00 dini hari dengan debit sangat kecil, sehingga warga yang bekerja tidak sempat menampung air. Demikian keluhan ini kami sampaikan, besar harapan kami ada perbaikan.
Kepada Yth. Bapak Bupati, dengan hormat, sarana air bersih pamsimas di {dusun} sudah tiga bulan mati karena pompanya terbakar dan pengurus tidak punya dana perbaikan. Sekitar 80 KK kembali memakai air sungai. Mohon bantuan.
air PAM ada bau got-nya sejak ada galian kabel di depan, jangan2 pipanya kecampur
pipa PAM patah di pertigaan deket {lurah}, tiap malem suara air ngucur, warga ujung kampung malah kering
petugas PAM dateng cuma foto2 terus pergi, bocornya ga diapa2in
air sumur bor warga {rtrw} tiba2 jadi keruh putih dan pahit setelah ada proyek galian di sebelah
apa bener tarif air naik lagi? tagihan kami melonjak tanpa ada pemberitahuan
nomor pelanggan saya kok ditagih atas nama orang lain, alamatnya juga beda
sudah bayar biaya pasang baru 2 juta lebih, pipa udah dipasang tapi meteran belum ada dan air belum nyala
ibu2 di {desa} jalan 2 km ke mata air tiap subuh bawa jerigen, sumur kering semua
bantuan tangki air dari BPBD dateng tapi cuma ngisi RT depan, kami yg di belakang ga kebagian
pas airnya ngalir warnanya kayak teh, baju putih dicuci malah jadi kuning
AIR NGGAK NGALIR TAPI DENDA TELAT BAYAR TETEP JALAN. ADIL GA TUH
katanya gangguan pompa di instalasi, tapi ini udah hari ke-6 air ga ada, kapan selesai?
ada rembesan air dari bawah aspal depan rumah, kayaknya pipa PAM bocor di dalam tanah, jalan sampe berlumut
segel meteran air dirusak orang, terus saya yg kena denda, gimana ini
perumahan kami di {kec} pakai air dari pengembang, sering mati dan kotor, kapan bisa sambung PAM?
air dari keran ada minyak mengambang di atasnya kayak bensin
anak kos ga bisa mandi udah 3 hari, air kosan mati karena PAM di {kel} ngadat
honestly kualitas air PAM di sini unacceptable, bau besi dan bikin rambut rontok
air wudhu di masjid deket {pasar} kering karena PAM mati, jamaah bawa air dari rumah
mohon dicek, di {jalan} ada pipa PAM yg nongol ke permukaan dan udah retak, tinggal nunggu pecah
sudah 2 bulan kami cuma dapet air seminggu sekali, giliran dari pengelola ga pernah diumumin
aku baru ngontrak di sini, kata tetangga air PAM emang mati tiap kamis, itu normal?? 😭
petugas bilang debit di jaringan kami kecil karena pipa lama, tapi penggantian pipanya ga pernah dikerjain
mobil tangki air bersih yang dijanjiin kelurahan ga dateng2, warga udah nunggu dari pagi bawa ember
air ledeng bau karbol dan rasanya getir, anak2 ga mau minum
"""

HELDOUT["lapor_air_bersih"] = """
tagihan air naik karena golongan tarif rumah saya dipindah ke niaga, padahal cuma rumah tinggal
punten, cai ledeng di bumi abdi bau leutak sareng keruh
sumur warga kering sejak hotel sebelah nyedot air tanah pake pompa gede
pipa PAM depan rumah ketabrak truk, air muncrat setinggi atap, udah 2 jam belum ada petugas
air di rusun {kel} cuma ngalir ke tower A, tower B kering dari kemarin
Kepada Yth. Direktur PDAM, dengan hormat, aliran air di {desa} terhenti sejak pipa transmisi putus terbawa longsor. Mohon perbaikan segera. Terima kasih.
our water meter was replaced and now the bill is three times higher
PAM janji air normal jam 6 sore, sekarang udah jam 10 malem masih kering
"""

# --------------------------------------------------------------------------- kesehatan (Dinas Kesehatan)
TRAIN["lapor_kesehatan"] = """
adik saya depresi dan sering ngurung diri, di puskesmas katanya ga ada layanan psikolog, kami harus kemana
anak tetangga umur 2 taun beratnya cuma 7 kilo, kurus banget, ibunya bingung harus ngapain
hasil timbang di posyandu anak saya dibilang stunting tapi abis itu ga ada tindak lanjut apa2
"klinik" di ruko deket pasar buka praktik suntik dan infus, yg nanganin bukan dokter, izinnya ga jelas
ada mantri yg nyunat anak2 di rumahnya, alatnya kelihatan ga steril
tadi malam bapak sesak nafas, telpon ambulans gawat darurat baru dateng 1,5 jam kemudian
ibu saya pasien kanker, obat kemonya kosong di RS sudah 3 minggu, jadwal terapinya mundur terus
sy peserta BPJS mandiri, tiba2 kelas saya pindah sendiri dan iurannya malah naik, ga ngerti
min di lingkungan kami ada 5 anak kena cacar air dan campak barengan, perlu dicek ga?
banyak anak di {kel} kena flu singapur, PAUD tetep masuk, mohon dinkes turun
dokter di {pkm} marahin saya karena nanya efek samping obat, katanya "jangan banyak tanya"
perawat IGD bilang "pasien BPJS tunggu dulu", padahal anak saya lagi kejang
daftar di aplikasi antrean, pas sampe puskesmas nomornya hangus karena telat 5 menit
FOGGING NYA CUMA ASAP DOANG, NYAMUKNYA MALAH NAMBAH. PAKE OBAT APA SIH
kakak saya ODGJ udah 3 bulan ga dapet obat rutin dari puskesmas karena stoknya habis
ibu hamil di {rtrw} disuruh ke RS rujukan yang jauh, padahal RS terdekat ada ruang bersalin kosong
tolong cek warung makan di {jalan}, abis makan siang di situ satu kantor keracunan
anak saya digigit anjing, pas ke puskesmas vaksin rabiesnya kosong
pemberian makanan tambahan buat balita di posyandu cuma biskuit sebungkus sebulan
kader posyandu kami udah 6 bulan ga dapet insentif, satu2 pada mundur
dokter nulis resep obat yg ga ditanggung BPJS, disuruh nebus sendiri 800 ribu
my father was discharged from {rs} while he still couldn't walk because his BPJS days ran out
there's a measles outbreak in our kampung and no vaccination team has come yet
mental health service di puskesmas tuh basically ga ada, mau konsul psikolog waiting list 2 bulan
faskes 1 gw ga mau kasih rujukan ke spesialis, katanya "belum perlu", padahal udah sakit sebulan
pak, ntu puskesmas tutup jam 12 siang, aye dateng jam 12 lewat dikit kagak dilayanin
nyuwun sewu, bayi kulo badhe imunisasi nanging posyandu mboten wonten vaksin
demam berdarah lagi
obat habis di pkm
ambulans ga dateng2
Yth. Kepala Dinas Kesehatan Provinsi, dengan hormat, kami sampaikan bahwa dalam dua minggu terakhir tercatat tujuh anak di {kelkec} dirawat karena demam berdarah, dua di antaranya di ICU. Hingga saat ini belum ada penyelidikan epidemiologi maupun fogging fokus di lingkungan kami. Demikian laporan ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.
Kepada Yth. Bapak Bupati, dengan hormat, polindes di {desa} sudah setahun tidak ada bidan yang bertugas sehingga ibu-ibu hamil harus ke puskesmas kecamatan yang jaraknya 15 km. Kami mohon penempatan tenaga bidan.
katanya KIS gratis, tapi pas opname di {rs} disuruh tanda tangan jadi pasien umum
ban bekas numpuk di bengkel sebelah jadi sarang jentik, 2 anak di gang kami udah positif DBD, tolong PSN
puskesmas minta surat pengantar RT/RW dulu baru mau periksa, orang sakit disuruh ngurus surat dulu
USG di {pkm} harus daftar dari jam 4 subuh, kuotanya cuma 10 orang
tenaga kesehatan di pulau kami cuma satu perawat, dokter dateng sebulan sekali
tetangga di {gang} positif TBC tapi ga mau berobat, dia jualan makanan, kami khawatir nular
mohon cek klinik kecantikan di {mall} yang nyuntik filler, temen saya wajahnya bengkak dan infeksi
kapan puskesmas keliling ke kampung kami lagi? lansia ga kuat jalan jauh
anak saya ditolak berobat di klinik swasta begitu tau status HIV-nya, ini diskriminasi
tolong dong ada penyuluhan gizi, banyak balita di {kel} makannya cuma nasi sama kerupuk
punten, di puskesmas {keca} dokterna teu aya wae, pasien dipulangkeun
bapak saya stroke, fisioterapi di RS cuma dapet jatah 2x sebulan dari BPJS, ga ngaruh
petugas puskesmas bilang tensimeter rusak, pemeriksaan lansia di posbindu dibatalin
apotek RS antre obat 4 jam, pasien lansia sampe pingsan nunggu
"""

HELDOUT["lapor_kesehatan"] = """
ayah saya gangguan jiwa dan kambuh, RSJ bilang penuh, kami bingung harus dibawa ke mana
ambulans puskesmas ga ada sopirnya kalau malam, pasien terpaksa dibonceng motor
praktik gigi abal2 di ruko {jalan} pasang behel murah, banyak yang infeksi
bayi tetangga kuning dan lemes, bidan bilang tunggu aja, ga dirujuk
the hospital lost my mother's lab results and made her redo and pay for all the tests
puskesmas nolak ngasih vaksin karena buku KIA anak hilang
Yth. Bapak Bupati, mohon maaf, puskesmas pembantu di {dusun} rusak dan tidak ada petugas, warga terpaksa berobat ke kota. Terima kasih.
jamaah pengajian di {kel} banyak yang demam dan ruam merah, takut wabah, mohon dicek
"""

# --------------------------------------------------------------------------- pendidikan
TRAIN["lapor_pendidikan"] = """
wali murid {sekolah} disuruh bayar 750rb buat "uang kenang2an" perpisahan kelas 6, yg ga bayar anaknya ga boleh ikut foto
anak saya pindah sekolah tapi datanya masih nyangkut di sekolah lama, ga bisa daftar ujian
KIP kuliah saya dicabut di semester 3 tanpa penjelasan, padahal IPK aman
dana PIP anak saya udah masuk rekening tapi buku tabungannya dipegang guru dan ga dikasih
ustadz di pesantren daerah {kab} mukulin santri pake rotan, anak saya pulang biru2
madrasah ibtidaiyah di {kampung} gurunya digaji 200 ribu, udah mau tutup
seragam wajib beli di {sekolah}, 5 stel harganya 1,8 juta, di pasar setengahnya
anak saya kurang 2 bulan dari syarat umur masuk SD, ditolak padahal udah bisa baca
guru kelas di {sekolah} sering nyuruh murid bersihin rumahnya pas jam pelajaran
sekolah pake sistem full day tapi ga ada makan siang, anak2 kelaparan sampe sore
tiap bagi rapor wali kelas nerima amplop dari ortu, yang ga ngasih anaknya dibeda2in
anak perempuan saya diledekin dan didorong temen2nya tiap hari, pas lapor ke BK malah disuruh damai aja
video anak saya dipukulin temen di {sekolah} viral di grup WA, sekolah bilang cuma bercanda
udah 3 tahun lulus, ijazah masih di TU, katanya tebus 4,5 juta dulu, mau ngelamar kerja ga bisa
saya guru honorer 14 tahun, lulus passing grade PPPK tapi ga dapet formasi, nasib kami gimana pak
insentif guru ngaji TPQ dari pemda udah setahun ga cair
bangunan SD inpres di {desa} dindingnya retak, atapnya disangga bambu biar ga ambruk
sekolah minta uang laptop buat ujian berbasis komputer, tiap anak 300 ribu
TK ngadain wisuda pake sewa gedung dan toga, wajib bayar 600 ribu, itu TK lho
the teacher posts students' grades with insulting comments in the class WhatsApp group, my child is humiliated
our village school has no electricity and the kids study by window light
PPDB jalur prestasi-nya ga transparan, ranking tiba2 berubah overnight
sekolah anak gw force ortu beli buku dari publisher tertentu, harganya ga masuk akal
anak aye udah kelas 3 SMP kagak pernah dapet KJP, padahal aye kuli panggul
guru teng SD mriki asring mboten mlebet, lare-lare namung dolanan
punten pak, sakola di lembur abdi hateupna bocor, murangkalih diajar di masjid
ijazah ditahan
uang perpisahan wajib
KIP ga cair
Yth. Kepala Dinas Pendidikan, dengan hormat, kami orang tua murid kelas IX {sekolah} menyampaikan keberatan atas kewajiban membayar les tambahan persiapan ujian sebesar Rp1.500.000 per siswa yang dikelola pihak sekolah. Siswa yang tidak membayar diancam tidak mendapat kisi-kisi. Demikian pengaduan ini kami sampaikan.
Kepada Yth. Bapak Bupati, dengan hormat, SMP satu atap di {keca} hanya memiliki tiga ruang kelas untuk enam rombongan belajar, sehingga siswa masuk bergantian sampai sore. Mohon penambahan ruang kelas. Terima kasih.
anak2 pemulung di {kel} ga sekolah, sekolah terdekat nolak karena ga ada rapor dari sekolah lama
sekolah minta fotokopi rekening listrik dan sertifikat rumah buat verifikasi zonasi, ribet bgt
guru SD ngajar agama dan olahraga sekaligus karena ga ada guru, anak2 ga dapet pelajaran bener
katanya BOS buat beli buku tapi murid tetep disuruh fotokopi modul sendiri tiap minggu
ada guru cowok suka chat murid cewek malem2 pake kata2 ga pantas, pihak sekolah nutup2in
tolong cek pesantren di {keca}, santri tidur 40 orang satu kamar dan makanannya ga layak
anak dari panti asuhan ditolak sekolah swasta yang dapet bantuan pemda
pengumuman PPDB tahap 2 diundur terus, anak saya ga jelas mau sekolah di mana, swasta keburu penuh
kenapa KJP Plus ga bisa buat bayar SPP sekolah swasta? katanya bisa
murid disuruh bawa semen, cat sama kuas buat renovasi kelas sendiri
UKT kampus negeri naik 3x lipat, anak saya terancam ga kuliah
hasil seleksi guru PPPK di {kab} diduga titipan, nilai tertinggi malah ga lolos
ekskul wajib berbayar di {sekolah}, kalau ga ikut nilai rapor dikurangin
kelas 1 SD udah dites calistung buat masuk, anak yg belum bisa baca ditolak
gedung madrasah tsanawiyah swasta di {dusun} bocor semua, bantuan rehab ga pernah turun
anak saya disabilitas rungu, sekolah negeri nolak dengan alasan ga ada guru pendamping
"""

HELDOUT["lapor_pendidikan"] = """
guru BK nyebarin masalah keluarga murid ke kelas lain, anak saya malu ga mau sekolah
anak saya ga lolos seleksi madrasah negeri padahal nilainya tinggi, yang lolos ada titipan
sekolah negeri bikin kelas unggulan berbayar, yang ga bayar masuk kelas biasa yang gurunya jarang masuk
atap perpustakaan SD di {desa} ambruk, buku2 basah semua
my son's teacher hasn't shown up for class in three weeks and the school says nothing
Yth. Kepala Dinas Pendidikan, mohon maaf, laboratorium komputer di sekolah kami rusak sejak tahun lalu sehingga ujian anak-anak menumpang di sekolah lain. Mohon perhatiannya. Terima kasih.
orang tua diminta iuran beli AC dan proyektor kelas, katanya kesepakatan komite padahal ga pernah rapat
sekolah swasta tiba2 tutup di tengah tahun ajaran, murid disuruh cari sekolah sendiri
"""

# --------------------------------------------------------------------------- sosial (Dinas Sosial)
TRAIN["lapor_sosial"] = """
ada ibu dan anaknya kabur dari suami yg suka mukul, sekarang numpang di rumah saya, butuh rumah aman
tetangga saya korban KDRT, udah visum tapi takut pulang, dinsos punya tempat perlindungan ga?
bocah yatim piatu di {rtrw} ikut neneknya yg udah sakit2an, makan kadang cuma sekali sehari
saya tuna daksa pake kruk, ngajuin kursi roda dari tahun lalu ga ada kabar
cek bansos di website katanya saya penerima, tapi di kantor pos nama saya ga ada
kartu KKS saya diblokir, ke bank disuruh ke dinsos, ke dinsos disuruh ke bank, muter2 aja
orang tua jompo di {gang} ditinggal anak2nya merantau, rumahnya gelap, tidur di lantai
ada cowok ODGJ tiap hari ngacak2 tong sampah dan tidur di pos ronda {rtrw}, keluarganya entah di mana, kasian bgt
pak, tolong dicek, kepala dusun masukin nama keluarganya sendiri semua di daftar BPNT
nenek saya 80 tahun, dulu dapet bantuan lansia, sejak pindah RT namanya ilang
ada bapak tua tergeletak di emperan ruko {jalan} dari pagi, masih napas tapi lemes, kayaknya kelaparan
ada balita diajak nongkrong sama anak2 punk di perempatan, kepanasan dan dekil, tolong dinsos amankan
pembagian sembako di {kel} cuma buat yg punya kupon dari RW, warga miskin ga dapet kupon
saya daftar DTKS lewat aplikasi cek bansos, usulan saya ditolak terus tanpa alasan
dapur umum buat korban kebakaran ga ada, warga masak pake kayu di pinggir jalan
mohon bantuan, suami saya kena stroke, saya ga kerja, anak 3 masih sekolah, kami ga masuk data bantuan apa pun
tetangga saya tunanetra hidup sendiri, sering jatuh di kamar mandi, ga ada yg dampingi
my neighbour is a widow with four kids and they have not received any social assistance this year
a woman with a mental illness has been living under the flyover for weeks, she needs proper care
BPNT bulan ini isinya cuma beras 5 kilo sama telur, katanya nominal 200rb, the math doesn't add up
kasian bgt ada oma2 jualan tisu sampe jam 11 malem di depan {mall}, she's clearly not okay, dinsos please check
emak aye janda tua kagak dapet bansos, yang punya warung gede malah dapet
punten, aya nini-nini hirup nyalira di {dusun}, bumina tos ambruk, teu aya nu ngurus
mbah kulo sampun sepuh, bantuan lansia mboten cair malih
PKH hangus
gelandangan di kolong
lansia terlantar tolong
Yth. Kepala Suku Dinas Sosial, dengan hormat, bersama ini kami pengurus RT melaporkan bahwa terdapat 14 kepala keluarga di {alamat} yang tergolong sangat miskin namun tidak tercantum dalam DTKS maupun menerima bantuan apa pun. Kami telah mengusulkan melalui musyawarah kelurahan dua kali tanpa hasil. Demikian laporan ini kami sampaikan.
Kepada Yth. Bapak Bupati, dengan hormat, tiga anak yatim piatu di {kampung} kini diasuh kakeknya yang sudah tidak bekerja. Mereka belum pernah tersentuh program bantuan. Mohon dinas sosial berkenan mendata dan membantu.
ibu saya udah meninggal tapi bansosnya masih keluar atas namanya dan diambil orang lain
satu keluarga dengan 3 anak tinggal di bawah jembatan {kali}, anak2nya ga sekolah
warga korban gusuran ga dapet tempat tinggal sementara, tidur di tenda seadanya
bantuan buat anak disabilitas cuma dapet sekali, katanya program berkelanjutan
tolong dinsos bantu bayi yang ditemuin di depan musala tadi subuh, sementara dirawat warga
tetangga yg positif HIV diusir warga, sekarang tidur di pinggir rel deket {stasiun}
banyak warga {kel} masuk desil 1 tapi bansos tetep nihil, yg ngatur data siapa sih
bagi2 sembako di {lurah} antre 5 jam, ada lansia yg pingsan
pengumpul rongsok tua yg tinggal di gubuk pinggir kali ga punya KTP, jadi ga bisa dapet bantuan apa2
mau tanya prosedur ngajuin bantuan buat anak yatim dari dinsos, di kelurahan ga ada yang tau
uang bantuan PKH diambilin agen, kami cuma dikasih separuh tanpa struk
janda muda ditinggal suami, 3 anak balita, ngontrak udah nunggak 4 bulan, mau diusir, mohon bantuan
pasien cuci darah dari keluarga ga mampu, ongkos ke RS aja ga ada, apa ada bantuan transport?
"""

HELDOUT["lapor_sosial"] = """
anak tetangga umur 10 tahun sering dikurung dan dipukuli ibu tirinya, kami mau lapor ke mana
alat bantu dengar untuk anak tunarungu saya ditolak karena katanya kuota habis
penerima BLT di RT kami ada yang udah pindah ke luar kota tapi masih terima, yang baru jatuh miskin ga dimasukin
ada nenek tidur di trotoar depan {mall} pakai kardus tiap malam
orang terlantar yang dijemput petugas minggu lalu udah balik lagi ke emperan {pasar}, katanya dilepas gitu aja
a blind man begging at the crossroads told me he has nowhere to live, can social services help him
Yth. Kepala Dinas Sosial, mohon maaf mengganggu, kami warga {kampung} melaporkan dua lansia sebatang kara yang tidak mendapat bantuan apapun. Terima kasih.
beras bansos dibagi rata 2 liter per rumah sama ketua RT, yang terdaftar jadi dapet dikit
"""

# --------------------------------------------------------------------------- kependudukan (Dukcapil)
TRAIN["lapor_kependudukan"] = """
antrean online dukcapil penuh terus, tiap jam 00.01 dibuka langsung habis dalam semenit
anak saya lahir di luar negeri, mau lapor kelahiran ke dukcapil bingung syaratnya
pas verifikasi di bank, muka saya ga cocok sama NIK, ternyata foto di database dukcapil orang lain
ngontrak di {kel} udah 8 tahun tapi ga bisa pindah KTP karena yg punya kontrakan ga mau ditumpangi KK
surat pindah udah keluar dari daerah asal tapi di sini ga diproses, NIK saya sekarang ga terdaftar di mana2
akta kelahiran lama masih tulisan tangan, pas daftar kuliah ditolak, disuruh bikin yg baru
tanggal lahir di ijazah 12, di akta 21, dukcapil {kota} ga mau benerin tanpa surat dari sekolah
perekaman e-KTP buat penyandang disabilitas di panti {kel} belum pernah dilakukan
suami meninggal di rumah, mau bikin akta kematian tapi surat keterangan kematiannya hilang
KK kami isinya 3 keluarga, mau pecah KK katanya harus ada buku nikah dulu
di KK jenis kelamin anak saya ditulis perempuan padahal laki2, salah ketik dari dukcapil
barcode di KK baru ga bisa di-scan, sekolah nolak
disuruh pake KTP digital buat urus apa2, tapi HP saya jadul, petugas bilang wajib
I moved here from another province six months ago and still can't get my address changed on my ID
my newborn's birth certificate has the father's name missing even though we submitted our marriage book
update data KK via online tuh ribet banget, upload dokumen gagal, live chat-nya bot doang
slot antrian dukcapil fully booked sampe bulan depan, padahal KTP gw urgent buat kerja
aye udah tiga kali bolak-balik ke {lurah} cuman buat benerin nama di KK, kagak kelar2
nyuwun sewu, akta kelahiran putu kulo salah nami bapakipun
punten, KTP abdi leungit, kumaha carana nyieun deui?
KK belum dicetak
NIK invalid
surat pindah ditolak
Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil, dengan hormat, saya atas nama keluarga menyampaikan bahwa permohonan akta kematian almarhum ayah kami yang diajukan tiga bulan lalu melalui {lurah} hingga kini belum diterbitkan, padahal berkas telah dinyatakan lengkap. Akta tersebut kami perlukan untuk pengurusan pensiun janda. Demikian pengaduan ini kami sampaikan.
Kepada Yth. Bapak Bupati, dengan hormat, kami mohon layanan jemput bola perekaman KTP elektronik di {desa}, karena banyak warga lanjut usia dan buruh tani yang tidak sempat ke kantor Disdukcapil di kota kabupaten. Terima kasih.
anak saya udah 17 tahun, mau rekam KTP di {camat} tapi katanya nunggu blangko, bikin SIM jadi ga bisa
KTP lama saya masih berlaku seumur hidup kan? kok di bank ditolak, katanya harus update
petugas {camat} salah cetak alamat, RT sama RW kebalik di KTP saya
di KK alamat masih kampung lama yg udah digusur, mau pindah ke alamat rusun ga bisa
KIA anak saya jadi di {camat}, tapi fotonya foto anak lain
saya besar di panti asuhan, ga punya akta dan ga tau orang tua, mau bikin KTP ditolak
mau nikah, KUA bilang status di dukcapil saya masih kawin, padahal udah cerai dan ada akta cerainya
warga rusun di {kel} belum bisa pindah alamat KK ke rusun padahal udah tinggal 2 tahun
nama ayah di akta anak kosong karena dulu belum ada buku nikah, sekarang udah isbat, mau diperbaiki susah
cetak KTP di mal pelayanan publik katanya bisa, pas dateng blangkonya ga ada
KTP saya ketuker, nama saya tapi tanda tangan dan sidik jari punya orang lain
kk baru gw nama ibu kandung kosong, padahal di kk lama ada, kok bisa ilang
pak, KTP warga {dusun} banyak yang masih alamat desa lama sebelum pemekaran, mau diganti harus ke kabupaten
adik saya meninggal di luar kota, pencatatan kematiannya di sini ditolak karena beda domisili
"""

HELDOUT["lapor_kependudukan"] = """
pas rekam KTP, sidik jari saya katanya udah kepake di NIK lain
anak angkat kami belum bisa masuk KK walau sudah ada penetapan pengadilan
punten, KK abdi can dicitak ti sasih kamari
how long does it take to get a family card reprinted? it has been seven weeks
data kematian ayah belum masuk sistem, NIK-nya masih aktif dan tetap ditagih iuran
Kepada Yth. Kepala Disdukcapil, dengan hormat, permohonan pindah datang kami ke {kel} belum diproses selama dua bulan. Mohon kejelasan. Terima kasih.
KTP-el katanya bisa diambil di kelurahan, pas ke sana petugas bilang belum dikirim dari kecamatan
cetak akta lahir anak ketiga ditolak karena akta nikah kami terbitan luar negeri
"""

# --------------------------------------------------------------------------- pelayanan publik (Inspektorat)
TRAIN["lapor_pelayanan_publik"] = """
pak gub, mau tanya, syarat bikin NIB buat usaha warung kecil apa aja ya? di kelurahan ga ada yang bisa jelasin
SPPT PBB rumah saya ga pernah dikirim 3 tahun, pas mau bayar katanya ada denda
sertifikat tanah saya di BPN udah 2 tahun "dalam proses", tiap ditanya disuruh nunggu
rekrutmen PPSU di {lurah} yang keterima anak sama ponakan pak lurah semua
loket kantor pos di {jalan} cuma dibuka satu, antrean bayar tagihan sampe keluar gedung, petugasnya santai2 aja
bayar pajak motor di samsat keliling {landmark} disuruh nambah 50rb buat "jasa", ga dikasih kuitansi
website perizinan online pemprov down dari kemarin, deadline izin saya besok
aplikasi pengaduan pemda muter2 doang pas login, OTP ga pernah masuk
laporan saya di kanal pengaduan udah 45 hari statusnya "menunggu verifikasi", ini sistem buat apa sih
dana RT {rtrw} dari kelurahan ga pernah dilaporin ke warga, tiba2 ketua RT beli motor baru
BUMDes di {desa} bangkrut, modal ratusan juta dari dana desa ga jelas kemana
seleksi perangkat desa yg lulus malah yang nilainya paling rendah, ternyata keponakan kades
mohon info program pemutihan pajak kendaraan tahun ini kapan? petugas samsat jawabnya beda2
urus izin keramaian buat hajatan di {camat} harus lewat 5 meja dan 2 hari
balik nama PBB warisan disuruh bolak-balik antara kelurahan, kecamatan, sama kantor pajak daerah
I submitted a complaint online two months ago and got no reply, not even an acknowledgement
the tax office website keeps crashing every time I try to pay my property tax
izin PBG gw udah submit di portal dari 3 bulan lalu, status masih "verifikasi", no update at all
honestly pelayanan di samsat tuh outdated banget, antre manual, ga ada sistem nomor
aye nanya baek2 di {camat}, petugasnya malah nyuruh aye nanya ke google, kagak sopan
nyuwun pirsa pak bupati, ngurus sertifikat tanah teng BPN kok dangu sanget, sampun setahun
punten, di kantor desa teu aya nu ngalayanan, pagawena teu aya sadayana
minta uang rokok
website pemda down
laporan ga direspon
Yth. Bapak Gubernur, dengan hormat, saya menyampaikan bahwa permohonan informasi publik yang saya ajukan ke {camat} mengenai rincian anggaran kegiatan kelurahan tidak dijawab dalam sepuluh hari kerja sebagaimana diatur undang-undang. Mohon arahan Bapak agar pejabat terkait memenuhi kewajibannya. Demikian, terima kasih.
Kepada Yth. Bapak Bupati, dengan hormat, kami perwakilan warga {desa} mempertanyakan pekerjaan rabat beton yang dibiayai dana desa tahun lalu. Di papan proyek tertulis 300 meter, namun kenyataannya hanya sekitar 150 meter. Mohon dilakukan audit.
pak bupati, kapan ada mal pelayanan publik di kabupaten kami? semua urusan harus ke kota, 3 jam perjalanan
apakah benar ada program sertifikat tanah gratis tahun ini? gimana cara daftarnya
pegawai {lurah} nyuruh saya ngeprint formulirnya sendiri di luar, padahal printer kantor ada
nomor WA pengaduan yang ditulis di spanduk {lurah} ternyata ga aktif
bayar retribusi pake QRIS ga masuk ke sistem, disuruh bayar dobel
dana hibah buat karang taruna dipotong 30% sama oknum di kecamatan
surat rekomendasi izin usaha dari kelurahan katanya harus pake "biaya percepatan" 500rb
lowongan tenaga honorer di kantor kelurahan ga pernah diumumin terbuka, tau2 udah keisi
pemenang lelang proyek kelurahan kontraktor itu2 aja, pengumumannya ga pernah dipasang
petugas kantor pertanahan {kota} bilang berkas saya hilang, harus ngulang dari awal
di maklumat pelayanan tertulis 3 hari kerja, nyatanya 3 minggu belum kelar
saya bingung urus izin edar produk makanan rumahan harus ke dinas mana, tolong ada layanan konsultasi
pegawai di {camat} minta 25rb buat jasa ketik surat, padahal tinggal isi formulir
kok bisa sih pak, aduan saya soal pungli malah bocor ke orang yang saya laporin, sekarang saya diteror
bu, saya mau tanya status permohonan izin usaha saya di PTSP {kec}, nomor registrasinya ga bisa dilacak
pegawai bapenda bilang tunggakan PBB saya 6 tahun, padahal saya punya bukti bayar semuanya
pendaftaran program UMKM binaan pemda cuma dibuka sehari dan kuotanya diisi kenalan pegawai
kepala desa pakai mobil siaga desa buat antar jemput keluarganya
"""

HELDOUT["lapor_pelayanan_publik"] = """
penerimaan satpam kantor wali kota katanya harus setor 10 juta dulu
pengukuran tanah oleh petugas pertanahan ditunda terus kecuali ada "uang transport"
bagaimana prosedur mengajukan keberatan atas nilai NJOP tanah kami yang terlalu tinggi?
my document was left unsigned for a month because the only official who can sign it is on leave
sisa anggaran kegiatan PKK kelurahan dibagi2 pengurus, warga ga pernah tau
Yth. Bapak Bupati, mohon maaf, kami mempertanyakan penggunaan dana desa untuk pembangunan gapura di {desa} yang tidak pernah selesai. Terima kasih.
petugas kantor pos di {jalan} minta uang tambahan buat kirim dokumen resmi, tarifnya beda sama di aplikasi
pak gubernur, surat keberatan PBB saya sudah dikirim sejak awal tahun dan belum ada jawaban
"""

# --------------------------------------------------------------------------- lainnya (the kelurahan)
TRAIN["lapor_lainnya"] = """
ada ular kobra masuk dapur tetangga semalem, katanya di semak2 lahan kosong banyak sarangnya
pak, musim hujan gini ular sanca sering nongol dari kebun kosong di {gang}, anak2 takut main
rayap udah makan kusen rumah2 satu gang, asalnya dari rumah kosong sebelah
kecoa sama tikus dari gudang sembako di {jalan} masuk ke rumah warga
gw ditipu jual beli HP online, udah transfer 3 juta barang ga dikirim, lapornya kemana ya
ada yg ngaku petugas PLN keliling nagih uang ganti meteran ke rumah2, ternyata penipuan
DC pinjol nelpon bos saya dan nyebar foto saya ke semua kontak, padahal cuma telat 2 hari
dompet saya ketinggalan di bangku {taman}, isinya KTP dan ATM, mungkin ada yg nemu?
harga telur di warung tembus 35 ribu sekilo, bulan lalu masih 26
beras medium di {pasar} sekarang 16 ribu, orang kecil makan apa
pangkalan gas di {rtrw} jual LPG 3 kilo ke pengecer duluan, warga yg antre malah ga kebagian
sinyal di perumahan kami di {kec} ilang tiap sore, kerja dari rumah jadi kacau
toilet umum di {taman} dikunci, yg jaga minta 5 ribu sekali masuk
makam orang tua saya di TPU {kel} ditumpuk jenazah lain tanpa izin keluarga
ring basket di lapangan RPTRA udah patah 6 bulan, anak2 main pake ember digantung
saran aja, anak muda di kampung kami banyak nganggur, gimana kalo kelurahan bikin pelatihan sablon atau barista
kucing tetangga ada 15 ekor, tiap pagi pup di pot tanaman saya dan ngacak2 tong sampah
anjing tetangga gonggong sepanjang malem dan pernah gigit kurir paket
biawak gede sering masuk kandang ayam warga di pinggir {kali}
kawanan monyet ambil makanan dari jemuran dan dapur warga di {dusun}
ada sarang tawon vespa di plafon musala, udah 2 jamaah disengat
found a wallet with someone's ID near {halte}, where can I hand it in?
online loan collectors keep harassing me and threatening to post my photos
harga cabe rawit insane banget minggu ini, 120rb sekilo, pemerintah ga ada operasi pasar kah?
sinyal di rumah gw literally cuma E, ga bisa meeting online, provider bilang tunggu aja
ntu biawak segede gaban masuk ke kolong rumah aye, kagak ada yg berani nangkep
nyuwun sewu, kathah ula teng kebon wingking griya, lare-lare ajrih
punten, harga gas ayeuna mahal pisan, hese milarianana
ada ular masuk rumah
ditipu online
harga telur naik
Yth. Bapak Lurah, dengan hormat, kami warga {rtrw} menyampaikan keluhan mengenai toilet umum di dekat pos RW yang sudah tidak berfungsi selama tiga bulan: pintu rusak dan air tidak ada, padahal toilet tersebut biasa dipakai pedagang dan pengunjung. Mohon perbaikan. Demikian dan terima kasih.
Kepada Yth. Bapak Bupati, dengan hormat, harga elpiji 3 kg di {keca} mencapai Rp35.000 per tabung dan sering kosong di pangkalan. Warga kecil sangat terbebani. Mohon dilakukan pengawasan distribusi. Terima kasih.
bandar arisan online bawa kabur duit ibu2 satu RT, totalnya 80 juta
sms hadiah palsu atas nama pemda beredar, tetangga saya udah transfer 2 juta
pagar TPU jebol, kambing warga masuk makan rumput di atas makam
kutu busuk nyebar di unit2 rusun, kasur warga pada dibuang
tetangga pelihara ular piton, kandangnya sering kebuka, kemarin ularnya nyasar ke rumah saya
lapangan bola satu2nya di kampung mau dijadiin ruko, anak2 nanti main di mana?
gula pasir ilang dari warung, kalo ada harganya 20rb sekilo
tiap malem kucing liar kawin dan berantem di atas atap, genteng saya pecah
burung2 peliharaan tetangga bunyi dari subuh, ratusan sangkar digantung di teras
tolong dong ada tempat penitipan anak murah di kelurahan, ibu2 yg kerja bingung nitip anak
hp saya ketinggalan di angkot tadi pagi, kelurahan ada layanan barang temuan ga ya
kelelawar/codot bersarang di loteng rumah2 warga, kotorannya netes ke plafon
"""

HELDOUT["lapor_lainnya"] = """
tikus got segede kucing lari2 di dapur warung makan di {alamat}, warga jijik
nomor saya dipake orang buat daftar pinjol, sekarang tiap hari diteror tagihan yang ga pernah saya pinjem
minyak goreng kemasan murah dari pemerintah ga pernah ada di warung deket rumah
lapangan futsal RW lantainya ambrol dan jaringnya robek, anak2 ga bisa main
tetangga di {gang} pelihara monyet dirantai di teras, monyetnya sering lepas dan nyakar anak2
Kepada Yth. Bapak Bupati, mohon maaf, harga pakan ikan dan bibit lele naik dua kali lipat, pembudidaya kecil di {desa} banyak yang berhenti. Mohon perhatian. Terima kasih.
I got scammed by someone selling fake concert tickets online
semut rangrang dan kalajengking dari lahan kosong masuk ke kamar anak
"""
