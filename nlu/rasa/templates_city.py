"""More hand-written training sentences: streets, water, power, traffic, transport, trees, garbage and pollution."""
TRAIN: dict[str, str] = {}
HELDOUT: dict[str, str] = {}

# --------------------------------------------------------------------------- sampah (DLH: garbage and pollution)
TRAIN["lapor_sampah"] = """
# garbage, dumping, dirty public places
min ini gmn ceritanya, tukang sampah minta tambahan 20rb baru mau ngangkut, kalo ga ya ditinggal gitu aja
kontainer sampah di {kel} udh seminggu ga ditarik, skrg warga naro sampahnya di samping kontainer
gw baru pindah ke {alamat}, bingung buang sampah kmn, gerobak ga pernah lewat sama sekali
tiap pagi di pojok jembatan numpuk kresek item, ada yg lempar dari motor sambil jalan
kok bisa lahan kosong sebelah masjid jadi tempat buang jeroan sama bulu ayam
abis malam tahun baru sisa terompet, botol, bungkus petasan berserakan di {landmark} sampe skrg
warga {dusun} buang sampah ke jurang pinggir jalan krn tdk ada tempat pembuangan, lama2 menggunung
sampah di belakang kantin sekolah dibiarin, kucing sama tikus pesta tiap hari
uwis seminggu ora diangkut, uwuh neng ngarep omah wis mambu banget
sampah kagak diangkut-angkut, ampe bau ke mana-mane, ini gimane bang
runtah teu diangkut ti minggu kamari, bau pisan ka imah
ngapain bayar iuran kebersihan tiap bulan kalo sampahnya nginep di depan pager seminggu 🙃
mantap, depan rumah gue sekarang resmi jadi TPS, makasih tetangga 👏
the beach near our village is covered in plastic after the weekend and nobody cleans it up
they only take the organic bags now? the rest has been sitting at our gate for days
pick up sampah di cluster kami di-skip terus, grup WA warga udah rame komplain
sampah sisa pasar malam di lapangan ga dibersihin, plastiknya terbang ke genteng rumah
jalur pejalan kaki penuh puntung rokok sama bungkus nasi, kayak ga pernah disapu
sampah kiriman laut numpuk di dermaga, nelayan ga bisa sandarin perahu
bak sampah permanen di {rtrw} udah jebol, sampah warga tumpah ke badan jalan
# pollution: smoke, soot, smells, liquid waste, burning, dust, oil
asap item dari cerobong pabrik di {kelkec} keluar tiap tengah malem, paginya jemuran kena jelaga
tiap pagi lantai teras ada abu item kayak bedak, kayaknya dari pabrik sebelah
bau busuk pabrik tahu di {desa} nyebar sekampung, limbahnya dialirin ke sawah, airnya kuning berbusa
limbah cair pabrik tekstil dibuang diem2 malem hari ke sungai, pagi airnya biru keunguan
ada truk tangki buang cairan ke lahan kosong di {jalan}, tanahnya jadi item dan bau kimia
tetangga bakar sampah plastik tiap sore, asapnya item, asma anak saya kambuh
pembakaran sampah terbuka di lapangan {rtrw} tiap hari, udh ditegur ga mempan
debu proyek apartemen beterbangan ke rumah2, lantai kotor terus, minta disiram atau dipasang jaring
stockpile pasir sama batu bara di gudang {kel} ga ditutup terpal, debunya nyampe ke kamar tidur
nelayan di {kel} ngeluh ada lapisan minyak item ngambang di laut, jaring jadi lengket
asap pembakaran arang di {dusun} tiap hari, mata perih dan baju bau asap
tobong batu bata di {desa} asapnya masuk rumah warga, batuk2 terus
peternakan bebek di belakang perumahan baunya ga ketulungan kalau musim hujan
truk sedot tinja buang muatannya ke kebun kosong di {kampung}, bau sekampung
pabrik peleburan aki bekas di {kampung} bikin tanaman layu dan warga sering pusing
bengkel cat mobil di gang kami nyemprot di pinggir jalan, bau tinernya nyengat sampe rumah sebelah
limbah rumah potong ayam dibuang ke tanah kosong, darah sama bulu numpuk, amis bgt
kandang puyuh tetangga baunya nyampe ke ruang tamu, udh 3 bulan begini
air lindi dari TPA ngalir ke sawah warga {desa}, padinya pada kuning
there's a factory near {kel} putting out black smoke every night, we can't even open the windows
someone keeps burning rubbish on the empty lot behind our house and the smoke is awful
polusi dari pabrik baja sebelah kampung literally bikin langit kuning tiap sore, no joke
bau chemical dari factory di {kec} makin strong kalo malem, kita bisa sakit nih
ASAP PABRIK MASUK RUMAH TIAP MALAM, ANAK2 BATUK TERUS, DLH KEMANA???
ini yg bakar sampah tiap malem di {jalan} siapa yg tanggung jawab?? sesek napas
bau pabrik tahu lagi
asap pabrik lagi min
Yth. Kepala Dinas Lingkungan Hidup, dengan hormat, kami warga {desa} menyampaikan keluhan atas limbah cair pabrik tapioka yang dialirkan ke sungai sehingga airnya berbau busuk dan tidak dapat dipakai mengairi sawah. Demikian laporan ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.
Assalamualaikum wr. wb. Bapak/Ibu petugas DLH, izin menyampaikan bahwa sampah di {alamat} sudah 10 hari tidak diangkut dan sebagian mulai dibakar warga. Mohon dijadwalkan pengangkutan. Wassalam.
Dengan hormat, kami keberatan dengan usaha penggorengan kerupuk di lingkungan kami yang memakai ban bekas sebagai bahan bakar, asapnya hitam pekat dan baunya menyengat setiap pagi.
"""

HELDOUT["lapor_sampah"] = """
tiap subuh usaha kerupuk di {kel} bakar ban bekas buat tungku, asapnya item pekat
limbah cair warna merah dari pabrik di {desa} dialirin ke kebun warga, tanamannya pada mati
the rubbish pile next to the mosque hasn't moved in ten days and it's attracting rats
sampah kagak diangkut, udah kayak gunung di ujung {gang}
debu pabrik semen nempel di genteng sama jemuran, warga {kampung} pada sesak napas
Yth. DLH, dengan hormat kami laporkan pembakaran sampah terbuka setiap sore di lahan kosong {alamat}. Asapnya masuk ke rumah warga. Demikian, terima kasih.
gerobak sampahnya mangkir lagi minggu ini, depan rumah udh bau
pusing tiap pagi nyium bau kotoran ayam dari kandang sebelah
"""

# --------------------------------------------------------------------------- banjir
TRAIN["lapor_banjir"] = """
air udah nyampe colokan listrik, MCB udh kami matiin, terus gimana ini
anak sy lagi demam tinggi, rumah udh kemasukan air sepaha, ga bisa keluar, tolong jemput
pak air dari {kali} naiknya cepet bgt, tadi semata kaki skrg udh sepaha
posko pengungsian di {lurah} udh penuh, masih banyak warga yg kejebak air di rumah
info dong {jalan} masih tergenang gak? mau lewat ke kantor
rumah pompa di {kel} operatornya ngilang, pompa ga dinyalain padahal air udh tinggi
tanggul jebol di {kampung} tadi malem, air bah masuk rumah, warga naik ke loteng
eh {gang} udah surut blm? mau balik bersihin lumpur
ketinggian air 80 cm di dalem rumah, kulkas sama motor kerendem semua
status pintu air udah siaga 2, warga bantaran disuruh siap2 ngungsi tapi blm ada arahan
katanya siaga tapi sirine peringatan di RW kami ga bunyi sama sekali
lansia stroke di lantai bawah, air udh sedada, butuh perahu karet sekarang
ga ada ujan tp jalan tergenang, katanya rob. tiap sore begini di {kel}
air laut pasang lewatin tanggul pantai, jalan depan tempat pelelangan ikan tenggelam
udh 3 hari ngungsi, air blm turun jg, kapan pompanya dateng
genangan di {jalan} arah {landmark} dalemnya 40 cm, sedan mending puter balik
banjir ga surut2 sejak kamis
airnya cokelat pekat, bawa lumpur sama sampah masuk ke dapur
kampung kami terisolasi, jalan keluar kerendem semua, logistik mulai abis
banjir sepinggang di {alamat}, listrik udh dipadamin PLN
water is rising fast in {kel}, it's already chest high in some houses
we've been stuck on the second floor since last night, the whole ground floor is underwater
is a pump truck coming or not? the street has been underwater for three days
guys flood-nya mulai masuk garasi, mobil blm sempet dipindahin
airnya naik super cepet, within 30 minutes udah selutut di {rtrw}
aer masuk rume lagi bang, kagak surut-surut dari pagi
cai na geus nepi ka tuur, imah urang kabanjiran deui
banyune wis tekan dengkul, omahku kebanjiran maneh pak
wah seru nih, tiap ujan {jalan} otomatis jadi waterpark gratis 🙃
AIR UDAH SEDADA DI {gang}!!! MANA TIM SAR??
air sungai meluap sampai ke {dusun}, kandang ternak warga hanyut
tanggul tanah di pinggir sungai longsor, air mulai ngerembes ke rumah warga {desa}
jam 2 pagi air masuk, sekarang jam 10 masih semata kaki di dalem rumah
genangan makin tinggi nih min, tadi sebetis skrg udh sepaha
kok ga ada peringatan dini sih, tau2 air udah masuk kamar
banjir 1 meter lebih di {kelkota}, sebagian warga bertahan di atap
tiap ujan lebih dari sejam komplek kami jadi kolam, udah 5 taun begini
motor warga pada mogok nerobos genangan depan {stasiun}
air kali udah 2 meter di atas normal, warga bantaran mulai gelisah
anak2 berenang di air banjir yg kotor, mohon genangannya cepet disedot
rumah kami udh kebanjiran 4x taun ini, mau pindah jg ga mampu
underpass deket {mrt} kerendem, ada mobil kejebak di dalem
ujan deres 2 jam, skrg air sepinggang di {kec}, evakuasi blm ada
rob lagi min
air masuk rumah pak
Yth. Bapak Lurah {kel}, dengan hormat, bersama ini kami warga {rtrw} melaporkan bahwa genangan akibat hujan deras sejak Senin malam belum surut hingga hari ini dengan ketinggian 40-60 cm. Beberapa lansia dan balita perlu dievakuasi. Demikian laporan ini kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.
"""

HELDOUT["lapor_banjir"] = """
airnya udh sebetis di teras dan terus naik, tolong dipantau {kel}
flood water has reached our windows, we need evacuation at {alamat}
kagak surut-surut nih aer di gang, udah dua hari
tanggul jebol di {desa}, sawah dan rumah warga kebanjiran
posko belum ada, warga ngungsi sendiri ke masjid krn air sepinggang
Yth. Bapak Camat, dengan hormat, wilayah {kelkec} tergenang sejak dini hari dengan ketinggian sekitar 70 cm. Mohon bantuan perahu dan pompa. Terima kasih.
rumah pompa ga jalan, genangan di jalan depan makin dalem
masih banjir ga di {kelkota}? mau pulang
"""

# --------------------------------------------------------------------------- saluran air
TRAIN["lapor_saluran_air"] = """
tiap ujan lubang pembuangan di kamar mandi malah ngeluarin air item dari got
tutup gorong2 beton depan warung pecah dua, kaki anak kecil keperosok kemaren
selokan di {gang} ketutup rumput liar sampe ga keliatan, airnya diem aja
tolong kirim pasukan biru ke {kel}, gotnya udh penuh endapan pasir
got kecil depan rumah kesumbat akar sama plastik, tiap hari bau comberan
kali di belakang sekolah ketutup eceng gondok sampe kayak bisa diinjek
IPAL komunal di {rtrw} rusak, air limbah rumah tangga meluap ke jalan gang
septic tank tetangga rembes ke saluran, got jadi bau tinja tiap siang
saluran air kok dibikin lebih tinggi dari jalan, air ujan malah ga bisa masuk
lubang inlet di pinggir trotoar {jalan} penuh daun sama tanah, air muter2 di jalan
mana nih petugas yg katanya rutin ngeruk, di {kali} sampahnya udah kayak pulau
the storm drain on {jalan} is completely choked with sand
sewage is coming back up through the drains in our alley and the smell is terrible
there's an open drain hole with no cover right next to the school gate
got depan rumah basically udah jadi kolam lele, zero flow
tolong di-cleaning dong saluran di {alamat}, udah full sedimen
got depan rume mampet, aernye kagak jalan, bau bener dah
solokan di lembur abdi pinuh ku runtah, caina teu ngocor
got e mampet pak, ambune ngantos mlebet griya
saluran pembuang sawah di {desa} ketutup longsoran tanah, air sawah ga bisa dibuang
parit pinggir jalan {dusun} kesumbat batang pisang sama sampah daun
GOT DEPAN RUMAH GUA UDAH JADI KOLAM ITEM, BAUNYA NAUDZUBILLAH
selamat, got di {gang} resmi jadi habitat tikus sama kecoa 👍
siapa sih yg harus ngeruk saluran di komplek, RT apa pemda? udh setaun ga disentuh
tutup got besi di {jalan} dicabut orang buat dijual, tinggal lubang
selokan baru dibangun tapi kemiringannya salah, airnya malah ngalir balik
ada pipa pembuangan dari ruko langsung nyambung ke kali, airnya item pekat
kali mati di {kel} airnya ijo lumutan, ga gerak sama sekali
saringan sampah di pintu air {kel} ketutup kasur, kayu, sama sandal
got mampet udh 2 minggu
bau comberan
sungai kecil samping pasar tinggal sejengkal dalemnya, penuh lumpur
lewat jembatan kecil di {gang} baunya kayak bangkai, air di bawahnya mampet
got depan musholla ketutup cor-coran warga, skrg ga bisa dikorek
saluran irigasi ke sawah warga {kampung} bocor dan jebol, air kebuang ke jalan
jentik nyamuk bejibun di got yg airnya ga ngalir
gorong2 di bawah jalan kampung kekecilan, selalu kesumbat sampah
dinding saluran di {alamat} retak, tanah di atasnya mulai turun
tolong sedot lumpur di saluran depan puskesmas, baunya ganggu pasien
air gotnya item kental, ada minyak jelantah ngambang
air sabun dari rumah2 ngendap di got krn mampet, baunya apek
sungai di {desa} penuh sedimen, perahu warga sering kandas
Yth. Kepala Suku Dinas Sumber Daya Air, dengan hormat, kami warga {kelkota} melaporkan saluran penghubung di lingkungan kami yang tidak pernah dikeruk sejak tahun lalu. Endapan lumpur hampir memenuhi saluran dan menimbulkan bau busuk. Demikian laporan ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.
Assalamualaikum pak, mohon maaf, parit di depan {sekolah} sudah lama tertutup lempengan beton yang pecah-pecah, airnya tidak mengalir dan banyak nyamuk. Mohon dibantu.
"""

HELDOUT["lapor_saluran_air"] = """
got di depan sekolah kesumbat pasir dan plastik, baunya masuk kelas
the drain along our alley is blocked and stinks of sewage
solokan hareupeun imah mampet, bau pisan
tutup saluran beton di {jalan} ambrol, lubangnya lebar
kali di {kel} ketutup eceng gondok dari ujung ke ujung
Yth. Sudin SDA, mohon pengerukan saluran di {alamat} yang hampir penuh endapan lumpur. Terima kasih.
parit desa di {dusun} mampet, air sawah tidak bisa mengalir
air got ngendap dan bau, udah seminggu ga ngalir
"""

# --------------------------------------------------------------------------- jalan
TRAIN["lapor_jalan"] = """
jalan tembus ke {sekolah} cuma kerikil lepas, anak2 naik sepeda pada jatuh
jalan makadam di {kampung} makin ancur, batunya udh lepas semua
tebing longsor nutupin jalan ke {desa}, motor aja ga bisa lewat
abis ujan semalem tanah dari bukit turun ke jalan, separo jalan ketutup lumpur sama batu
jembatan bambu di {dusun} udah miring, anak sekolah tetep lewat krn ga ada jalan lain
lubang di {jalan} lebarnya semeter, kmrn ojol nyusruk bawa penumpang
aspal jalan depan rumah retak2 kayak kulit buaya
udah 3x jatuh di lubang yg sama, pemda tidur ya?
proyek pelebaran jalan ditinggal setengah jadi, tinggal tanah merah sama batu
galian PAM di {jalan} cuma diurug tanah, skrg ambles lagi
trotoar {jalan} ubinnya naik turun kayak tangga, kursi roda ga bisa lewat
jembatan penghubung dua RT di {kel} papannya jebol satu, bolong langsung ke kali
sambungan jalan beton di {alamat} beda tinggi 10 cm, motor mental
the road to our village turns into mud every time it rains and cars get stuck
there's a huge crack running across the bridge on {jalan}, is it even safe?
half the lane is gone after the landslide, please at least put up barriers
jalanannya full of potholes, suspensi mobil gw rusak gara2 ini
pothole di tikungan {jalan} tuh deep banget, literally ban motor bisa masuk
jalan depan rume bolong segede gaban, kagak ada yg benerin
jalan ka lembur rusak pisan, loba liang, hese dilewatan
dalan neng {dusun} ambrol separo, ora iso diliwati montor
JALAN RUSAK DARI JAMAN SAYA SD SAMPE ANAK SAYA SD BELUM DIBENERIN
selamat datang di {jalan}, offroad gratis tanpa tiket 🙃
aspal baru digelar minggu lalu udh bolong lagi, ini pake aspal apa lem?
penutup galian pake plat besi licin, motor kepeleset tiap ujan
jalan di kecamatan kami banyak tambalan asal2an, jadinya benjol2
jalan depan rumah sakit berlubang, pasien di ambulans keguncang2
tanah di bawah jalan kegerus air, aspalnya menggantung di pinggir {kali}
trotoar dibongkar buat proyek kabel, udh 2 bulan ga dipasang lagi
jalan tanah di {desa} kalau kemarau debunya tebel, kalau ujan licin kayak sabun
lubang jalan
aspal ngelupas
jembatan rusak pak
jalan setapak ke makam ambrol ke sungai
kenapa cuma jalan protokol yg mulus, jalan kampung kami ancur dibiarin
jalan cor di {gang} pecah, besinya mencuat, kaki anak sy luka
ada jalan ambles di depan mall, cuma dikasih cone doang udh seminggu
jembatan kayu di {kampung} satu2nya akses ke pasar, lantainya bolong2
kerikil lepas di turunan, motor ngesot
tangga di jalan kampung yg nanjak rusak, nenek2 susah naik
lubangnya makin lebar tiap truk lewat, dulu segede piring skrg segede ban
Yth. Kepala Dinas Bina Marga, dengan hormat, bersama ini kami sampaikan bahwa jembatan kecil penghubung {rtrw} dengan jalan utama di {kel} rusak pada lantai dan pagar pengamannya sehingga membahayakan anak sekolah dan lansia. Demikian laporan ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.
Assalamualaikum Bapak Kepala Desa, mohon izin menyampaikan, jalan usaha tani di {dusun} rusak dan tidak bisa dilalui gerobak sejak musim hujan. Terima kasih.
"""

HELDOUT["lapor_jalan"] = """
turunan ke {dusun} cuma batu2 lepas, kemarin ada yg ngeguling
longsoran tanah menutup separuh badan jalan menuju {desa}
massive pothole on {jalan}, my car's rim got bent
dalan e bolong gede pak, wes ping pindo wong tibo
trotoar di depan stasiun ubinnya pecah dan naik turun
pembangunan jalan di {kel} berhenti di tengah, tinggal urugan tanah
Yth. Dinas Bina Marga, dengan hormat kami laporkan jembatan di {alamat} retak dan pagar pengamannya hilang. Mohon diperbaiki. Terima kasih.
jalanan bolong2 parah, ban gw pecah
"""

# --------------------------------------------------------------------------- listrik
TRAIN["lapor_listrik"] = """
listrik mati dari jam 7 pagi sampe skrg blm nyala, ga ada pemberitahuan dari PLN
udh 3x hari ini mati lampu di {kel}, kulkas bisa rusak ini
token listrik udh diisi 100rb tapi angkanya ga nambah di meteran
meteran PLN bunyi tit tit terus padahal tokennya masih banyak
kWh meter di rumah kebakar, kabelnya meleleh, PLN ga dateng2
gardu di ujung {gang} meledak semalem, sampe skrg satu RW gelap
kabel provider internet yg udh ga kepake dibiarin ngegantung di tiang depan {sekolah}
sambungan kabel liar dari tiang ke warung di {jalan}, telanjang tanpa isolasi
tiang telkom di {alamat} miring 45 derajat, cuma ditahan tali rafia sama warga
mati lampu bergilir tiap malem di {desa}, anak2 belajar pake lilin
tegangannya drop tiap maghrib, lampu redup, kipas muter pelan bgt
power has been out in {kel} since midnight and there's no update from PLN
there's a live wire lying on the sidewalk near {halte}, please send someone now
the electricity keeps cutting out every afternoon, fourth time this week
listrik down lagi, WFH gw jadi berantakan, PLN please fix this
lampu jalan di gang kagak nyala-nyala, gelap banget dah
lampu jalan di lembur pareum kabeh, poek pisan
listrike njeglek terus pak saben udan
MATI LAMPU LAGI!!! UDAH 5 JAM, PLN NIAT KERJA GA SIH
hebat PLN, sehari mati lampu tiga kali, hemat energi ya 👏
ini mati listrik di {kelkota} kapan nyalanya sih?
trafo di tiang depan rumah bunyi dengung keras dan keluar asap
box meteran di rusun kebuka, kabelnya berantakan, anak2 suka pegang2
tiang listrik di tengah sawah {desa} miring kena banjir, kabelnya hampir nyentuh tanah
kabel udara di {jalan} melintang rendah bgt, bus tingkat bisa nyangkut
lampu jalan mati pas di tikungan {jalan}, tiap malem motor hampir nyemplung
lampu PJU nyala terus siang malem, boros
tiang PLN baru dipasang pas di depan pager rumah sy tanpa izin, ngalangin jalan keluar mobil
listrik padam lagi
lampu jalan mati 2 minggu
sambungan kabel di tiang cuma dililit plastik, kalau ujan takut nyetrum
tiang besi PJU di {taman} nyetrum pas ujan, tadi sore ada anak kesetrum
kabel listrik warga ditarik lewat atas gang pake bambu, ngeri kebakar
token 50rb cuma 3 hari abis, kayaknya meterannya rusak
pasang baru daya 1300 udh bayar dari bulan lalu, petugas PLN blm jg dateng
gulungan kabel sisa kerjaan provider numpuk di tiang, udh melorot ke bawah
listrik di pasar sering padam, pedagang ikan rugi krn es mencair
lampu sorot lapangan {desa} korslet, kabelnya gosong
tiang listrik bekas ditabrak di {jalan} retak, besinya keliatan, bisa patah kapan aja
kabel listrik nya nge-spark tiap kena angin di {gang}, scary banget
Yth. Manajer PLN, dengan hormat, kami warga {kelkec} menyampaikan keluhan atas seringnya pemadaman listrik tanpa pemberitahuan dalam dua minggu terakhir, hampir setiap hari selama 2-4 jam, sehingga peralatan elektronik warga rusak. Demikian laporan ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.
Assalamualaikum pak, lampu PJU di pertigaan {dusun} sudah padam sejak lebaran, warga pulang dari masjid gelap-gelapan. Mohon diperbaiki.
"""

HELDOUT["lapor_listrik"] = """
listrik di {kel} mati dari subuh, blm ada info kapan nyala
token sudah dimasukkan tapi meteran tetap menunjukkan angka lama
a telecom cable is hanging low across {jalan}, trucks keep snagging it
lampu jalan pareum sabulan, poek
tiang PLN doyong ke arah rumah warga di {alamat}, ditopang bambu
Yth. PLN, dengan hormat, listrik di {desa} padam hampir setiap malam selama seminggu terakhir. Mohon ditindaklanjuti. Terima kasih.
byar pet terus dari sore, TV sama rice cooker udh rusak
kabel kebuka di tiang depan sekolah, ada percikan api kalau hujan
"""

# --------------------------------------------------------------------------- parkir liar
TRAIN["lapor_parkir_liar"] = """
tiap ada pengajian di rumah sebelah, mobil tamu parkir nutup {gang} sampe malem
jukir liar di pintu samping {mall} minta 10rb, padahal udh bayar parkir resmi di dalem
truk ekspedisi parkir di bahu {jalan} sambil bongkar, satu lajur ilang
mobil rental numpuk di pinggir jalan depan rumah, kayak garasi umum
gw cuma beli gorengan 2 menit, keluar langsung ditarik 5rb, ga ada karcis
parkiran motor kafe makan trotoar sampe ke ujung jalan
tukang parkir di {stasiun} pasang tarif 15rb buat nginep, legal apa nggak sih
ojol nunggu orderan parkir dobel depan {mall}, jalan jadi sempit
mobil parkir di jalur sepeda sama trotoar sekaligus, pesepeda sama pejalan kaki kalah
someone parked a car across my driveway last night and I still can't get out
the unofficial parking guys near {pasar} charge whatever they like and get angry if you refuse
cars are double parked outside the school every morning, total chaos
parkir liar di area ini so annoying, mobil kita selalu kehalang
jukirnya muncul out of nowhere pas mau cabut, minta 5k, no karcis
abang2 parkir liar kagak ada kerjaan, cuma priwit doang minta duit
tukang parkir di pasar teh maksa, teu mere karcis
montor-montor diparkir neng trotoar, wong mlaku ora iso liwat
MOBIL PARKIR DI DEPAN PAGAR SAYA LAGI!!! UDAH 3 HARI
ternyata trotoar {jalan} itu lahan parkir ya, baru tau saya 🙃
lapangan RW dijadiin parkiran mobil orang luar, siapa yg ngizinin?
tukang parkir niup peluit nyetop kendaraan di tengah jalan biar mobil keluar minimarket
truk molen parkir di gang sempit kami semalaman
bengkel modif naro mobil2 pelanggan di trotoar {jalan} bertaun2
motor diparkir di dalam {halte}, penumpang malah berdiri di jalan
tarif parkir motor di {pasar} 5 ribu, padahal aturannya 2 ribu
jukir maksa
parkir di trotoar lagi
sejak ada kafe baru, mobil pengunjung parkir kanan kiri {jalan} sampe jam 2 pagi
karyawan kantor sebelah parkir di depan rumah warga dari pagi sampe sore, mobil kami ga bisa keluar
motor ojek anak sekolah parkir di trotoar depan {sekolah} tiap jam pulang
mobil parkir di dua sisi {gang}, pemadam ga bisa masuk waktu kebakaran kemarin
tolong dong derek mobil yg parkir miring di tikungan depan masjid
jukir liar minta duit di parkiran puskesmas, padahal gratis
mobil jemputan karyawan parkir di jalur lambat tiap sore, jalur jadi tinggal satu
penitipan motor liar di lahan kosong deket {stasiun}, motornya ditumpuk sampe ke jalan
sopir truk parkir di depan warung berjam-jam, mulut gang ketutup
karcis parkirnya fotokopian, jelas2 liar
parkir liar di pinggir jalan provinsi dekat objek wisata {keca}, macet tiap libur panjang
Yth. Kepala Suku Dinas Perhubungan, dengan hormat, kami warga {kelkota} melaporkan parkir liar kendaraan roda empat di kedua sisi {jalan} setiap hari kerja pukul 08.00-17.00 sehingga jalan hanya dapat dilalui satu kendaraan. Demikian laporan ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.
Assalamualaikum, Yth. Bapak Kepala Desa, setiap ada acara di lapangan {desa}, pengunjung parkir di jalan desa dan ditarik 10 ribu oleh pemuda tanpa karcis. Mohon ditertibkan.
"""

HELDOUT["lapor_parkir_liar"] = """
mobil tamu hajatan parkir di sepanjang {gang}, akses warga ketutup
the informal parking attendant near {stasiun} demanded 20k for an hour
kagak ada karcis, tapi jukirnya maksa bayar lima rebu
trotoar jadi parkiran motor kafe tiap malem
Yth. Dinas Perhubungan, mohon penertiban tukang parkir tanpa karcis di sekitar {pasar}. Terima kasih.
kendaraan pengunjung parkir di jalan {desa}, ditarik uang tanpa karcis
ada mobil parkir nutup garasi rumah saya dari kemarin malam
"""

# --------------------------------------------------------------------------- perhubungan
TRAIN["lapor_perhubungan"] = """
lampu merah di {jalan} hijaunya cuma 15 detik, merahnya 2 menit, antrean sampe atas flyover
angkot ngetem di depan {pasar} sampe makan dua lajur, petugas diem aja
tiap pagi truk tanah lewat jalan perumahan {kel}, kaca rumah sampe getar
polisi tidur di {gang} tingginya kayak tembok, mobil ceper mentok terus
minta dibuatin zebra cross di depan {rs}, pasien nyebrang ga ada yg ngalah
motor lawan arah tiap hari di jalan satu arah depan mall
rambu STOP di pertigaan deket rumah ilang, padahal sering tabrakan
kendaraan ngebut di depan TK, mohon dipasang rambu batas kecepatan sama pita kejut
minta ada petugas pengatur lalu lintas di depan {sekolah} tiap jam 6.30
kenapa tiap sore ada penutupan jalan tanpa pengumuman di {jalan}, macet ke mana2
the traffic light at this junction turns green for both directions at once, near misses every day
heavy trucks keep using our residential street as a shortcut to the toll road
please add a pedestrian crossing, people are running across six lanes near {halte}
traffic management di sini chaos banget, u-turn nya bikin bottleneck parah
angkot ngetem sembarangan di depan {stasiun}, literally nutup jalan
lampu merah kagak nyala dari pagi, motor ama mobil pade nyelonong
lampu merah di parapatan pareum, macet pisan
lampu abang ijo neng prapatan ora murup, kabeh podo rebutan
TRUK KONTAINER LEWAT JALAN KAMPUNG TIAP MALAM, RUMAH RETAK2, DISHUB KEMANA
lampu merahnya keren, tiga warna nyala bareng kayak lampu disko
rambu dilarang belok kanan di {jalan} udh dipasang tapi tetep pada belok, ga ada petugas?
jalan di {desa} jadi jalur alternatif truk pasir, mohon dipasang portal pembatas tinggi
perempatan jalan kabupaten di {keca} ga ada lampu lalu lintas, sering tabrakan
speed bump di jalan masuk komplek tajem banget, bumper mobil sy patah
rambu penunjuk arah ke tol bengkok ditabrak, sekarang hadapnya ke arah lain
putaran balik baru dibuka di depan pasar, sekarang macet dua arah
traffic light di {jalan} ikut mati tiap listrik padam, ga ada cadangan
banyak yg nyebrang di depan {halte} padahal ga ada zebra cross, tolong dibuatin
motor lawan arah tiap pagi di {jalan}, kmrn nyerempet anak sekolah
angkot ngetem persis di bawah rambu dilarang berhenti, petugas lewat diem aja
jam pulang kantor macet total di simpang {kel}, ga ada polantas satupun
mohon dipasang cermin cembung di tikungan buta {gang}
lampu merah ngaco
truk gede masuk kampung
macet parah, ga ada yg ngatur
bus pariwisata masuk jalan sempit kampung kami terus nyangkut di tikungan
lampu kuning kedip2 dari kemaren di perempatan, semua saling serobot
papan rambu ganjil genap masih dipasang padahal jalan itu udah ga kena aturan
palang perlintasan deket {stasiun} nutup lama bgt, antrean kendaraan sampe 1 km
motor masuk jalur cepat terus naik flyover yg dilarang buat motor
rambu batas tinggi kendaraan di kolong jembatan ilang, truk boks nyangkut kemaren
Yth. Kepala Dinas Perhubungan, dengan hormat, kami orang tua murid {sekolah} memohon pemasangan zebra cross, rambu sekolah, dan penempatan petugas pada jam masuk dan pulang sekolah, karena kendaraan melintas dengan kecepatan tinggi dan beberapa siswa hampir tertabrak. Demikian permohonan ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.
Assalamualaikum pak, di tikungan tajam menuju {dusun} belum ada rambu peringatan maupun cermin, sudah tiga kali kecelakaan bulan ini.
"""

HELDOUT["lapor_perhubungan"] = """
angkot ngetem lama depan {pasar}, jalan tinggal satu lajur
the signals at the school crossing are dead, kids are weaving between cars
lampu merah di parapatan pareum ti isuk, macet panjang
polisi tidur di {gang} terlalu tinggi dan ga dicat, motor saya nyangkut
truk muatan tanah lalu-lalang di jalan perumahan {kel} tiap malam
Yth. Dishub, dengan hormat kami mohon petugas pengatur lalu lintas di simpang dekat {sekolah} pada jam berangkat sekolah. Terima kasih.
minta zebra cross di depan puskesmas, susah nyebrang
"""

# --------------------------------------------------------------------------- transportasi publik
TRAIN["lapor_transportasi_publik"] = """
JakLingko yg lewat {kel} skrg cuma sejam sekali, dulu 15 menit sekali
sopir mikrotrans ngebut sambil main hp, penumpang lansia ketakutan
gerbong khusus wanita di KRL dimasukin laki2, petugas ga negur
AC bus TJ bocor netes ke kepala penumpang
jembatan penghubung ke {halte} lantainya berlubang dan licin
{halte} ga ada atapnya sejak direnovasi, nunggu bus kepanasan
tarif angkot dinaikin sopir jadi 7rb padahal jarak deket
bus AKAP di terminal ngetem sampe 2 jam, penumpang disuruh bayar lebih
calo tiket di terminal bus antarkota maksa2 penumpang
kartu uang elektronik ga kebaca di gate {stasiun}, antrean mengular
pintu kaca peron di {mrt} macet ga mau kebuka
LRT dari {lrt} telat 20 menit tapi layar masih nunjukin on time
toilet di terminal bus kotor dan harus bayar 5rb
the feeder bus didn't show up at all this morning, I waited an hour
the KRL was so packed people were fainting, please add trains at rush hour
the bus stop at {halte} has no lighting at night, it feels unsafe
mikrotrans nya skip halte terus, padahal gw udah lambai2
MRT crowded parah pas rush hour, headway nya kelamaan
nunggu busway ampe sejam kagak dateng-dateng
angkot ka lembur abdi tos teu aya, hese ka pasar
bise ora teko-teko, wis sejam ngenteni neng halte
BUS TJ NYA PENUH TERUS, KAMI DESAK2AN KAYAK IKAN PEPES
wah keren, jadwal KRL di aplikasi sama kenyataan beda 30 menit, kayak ramalan cuaca
kenapa {halte} masih ditutup? udh 3 bulan katanya renovasi
angkutan desa dari {dusun} ke pasar kecamatan cuma ada sekali sehari
bus sekolah di {kab} ga lewat lagi ke {desa}, anak2 jalan kaki 5 km
kondektur bus kota narik ongkos lebih mahal ke penumpang dari luar kota
sopir angkot nurunin penumpang di tengah jalan krn mau puter balik
petugas transjakarta ga bantu penumpang tunanetra naik bus
peron {stasiun} ga ada kanopi, penumpang kehujanan nunggu kereta
bangku di {halte} dicabut, lansia nunggu sambil jongkok
KRL berhenti lama sebelum masuk {stasiun}, ga ada penjelasan apa2
penumpang ngerokok di dalam angkot, sopirnya jg ikutan
ada copet di bus TJ rute ke {mall}, petugas ga ada di dalem bus
saldo kartu kepotong tarif maksimal padahal cuma 2 halte
bus transjakarta ga ada yg lewat di atas jam 10 malem, padahal jadwalnya sampe jam 11
TJ lama bgt
KRL telat lagi
angkot ga lewat2
tangga darurat di {lrt} dikunci, kalau ada apa2 gimana
petugas kereta bentak2 ibu hamil yang minta tempat duduk
layar info di dalem bus TJ salah nyebut halte terus, penumpang turun salah
tiket bus AKAP dijual di atas harga resmi pas mudik
kursi di gerbong KRL banyak yg sobek, busanya keluar
Yth. Direktur Utama PT MRT, dengan hormat, saya pengguna kursi roda ingin menyampaikan bahwa lift di {mrt} tidak berfungsi lebih dari seminggu sehingga saya tidak dapat mengakses peron. Demikian keluhan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih.
"""

HELDOUT["lapor_transportasi_publik"] = """
bus pengumpan ke {halte} ga lewat dari pagi
the MRT was stuck between stations for 15 minutes with no explanation
angkot ka desa teu aya deui ti bulan kamari
KRL desak2an parah, ada penumpang pingsan di gerbong
lift di {lrt} mati, lansia harus naik tangga
Yth. PT Transjakarta, dengan hormat, {halte} tidak memiliki atap sejak renovasi sehingga penumpang kehujanan. Mohon ditindaklanjuti. Terima kasih.
ongkos angkot dinaikin sopir seenaknya jadi 10rb
"""

# --------------------------------------------------------------------------- pohon dan taman
TRAIN["lapor_pohon"] = """
pohon trembesi di {jalan} dahannya udh nempel kabel PLN, tiap ujan bunyi cetar
pohon mangga di fasum RT batangnya pecah, miring ke atap warga
akar beringin di {taman} ngangkat paving sampe retak2
RTH di {kel} malah dipake buat numpuk material bangunan
pagar hutan kota jebol dan ada yg nebang pohon diem2 malem hari
tolong tim pemangkasan dateng ke {gang}, dahan pohon nutupin lampu jalan sama CCTV
pohon asam tua di pinggir jalan {desa} batangnya berongga, pernah patah waktu angin kenceng
dahan pohon jatuh pas ada anak lewat, untung ga kena kepala
pohon di {jalan} udh mati, daunnya abis, batangnya kering, tinggal nunggu ambruk
pohon tumbang nimpa kabel, tiangnya ikut miring
tolong dong pohon ketapang depan rumah dipangkas, daunnya nyumbat talang tiap hari
sisa tebangan pohon di {taman} ditumpuk di pojok, jadi sarang tikus
taman RPTRA sepi krn rumputnya tinggi dan mainannya karatan semua
a huge branch is hanging by a thread over the sidewalk on {jalan}
the park near our house hasn't been looked after for months, weeds everywhere and broken benches
the roots of the tree outside are cracking the wall of my house, can someone inspect it
pohon depan kantor udh tilted parah, kalau storm bisa roboh ke mobil
green space di komplek kita di-convert jadi parkiran, padahal itu RTH
pohon gede depan rume udah doyong, ngeri bener kalo ujan angin
tangkal di sisi jalan geus rek rubuh, punten dipotong
wit gedhe neng pinggir dalan pange wis tekan kabel, mbok dipangkas
POHON ROBOH NIMPA DUA MOTOR DI {jalan}, TOLONG EVAKUASI
taman {taman} sekarang resmi jadi hutan belantara, lengkap sama ularnya 🐍
pohon di depan sekolah anak saya siapa yg berwenang motong? udh rapuh bgt
pohon randu alas di makam {dusun} sudah lapuk, warga takut waktu ziarah
pohon yg ditanem di trotoar {jalan} mati semua, tinggal ajir bambunya doang
lahan hijau pinggir kali dipagerin orang dan pohonnya ditebangin, katanya mau dibangun kios
lapangan rumput RW dibeton semua, anak2 ga punya tempat main lagi
dahan pohon ngarah ke jendela lantai 2, kalo angin nyeret2 kaca
pohon bambu di {kampung} roboh melintang jalan, motor ga bisa lewat
pohon roboh
dahan patah
tolong pangkas pohon
pohon ketapang kencana di median jalan miring ke jalur cepat
pohon di pinggir {kali} akarnya kecabut abis ujan, tinggal nunggu jatuh ke rumah
taman kecamatan dipake buat jualan, rumputnya mati diinjek2
tunggul pohon bekas tebangan setinggi lutut ditinggal di tengah trotoar {jalan}
pohon di parkiran rumah sakit rimbun bgt, rantingnya sering jatuh ke mobil pengunjung
tanaman hias di pot2 sepanjang {jalan} dicabutin orang, ga pernah diganti
mohon dicek pohon besar di {alamat}, ada jamur di batangnya dan kulitnya ngelupas
pohon miring banget ke rumah gw, tiap ada angin gw ga bisa tidur
dahan kering nyangkut di atas halte, bisa jatuh kena orang
Yth. Kepala Dinas Pertamanan dan Hutan Kota, dengan hormat, kami pengurus {rtrw} {kel} memohon pemangkasan tiga pohon angsana di jalan lingkungan kami yang dahannya telah menyentuh kabel listrik dan atap rumah warga. Demikian permohonan ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.
Assalamualaikum, pohon mahoni di jalan kabupaten depan balai {desa} rantingnya menjuntai ke jalan, mohon dipangkas sebelum musim angin.
"""

HELDOUT["lapor_pohon"] = """
tangkal gede di hareupeun sakola geus doyong, bahaya
a dead tree next to the playground at {taman} looks ready to fall
ranting pohon di {gang} udh nyentuh kabel, kalau angin goyang2
RTH di {kel} dipagari seng dan pohonnya ditebangi diam-diam
pohon roboh nutup jalan {dusun}, warga ga bisa lewat
Yth. Dinas Pertamanan, dengan hormat mohon pemangkasan pohon di {alamat} yang rantingnya sudah menjuntai ke atap rumah warga. Terima kasih.
taman deket rumah ga keurus, lampunya mati dan rumputnya setinggi pinggang
"""
