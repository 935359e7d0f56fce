"""Hand-written training sentences for flood status updates, drains, power cuts and tap water.

Real flood reports are often short status updates in which "air" means floodwater (rising, receding, not
receding), or flood reports that mention a side effect (power cut, traffic jam, snakes, evacuation). These
blocks teach the model that such messages are lapor_banjir, that standing water caused by blocked or too
small drains is lapor_saluran_air, and that *tap* water (PAM/PDAM/well) is lapor_air_bersih.
"""
TRAIN: dict[str, str] = {}
HELDOUT: dict[str, str] = {}

# --------------------------------------------------------------------------- banjir (status updates)
TRAIN["lapor_banjir"] = """
# water level going up / down / not receding
air blm turun2 dr subuh, msh sebetis di depan rumah {alamat}
update {gang}: udah surut, tinggal lumpur setebel 5 cm di lantai
air naik lagi 10 cm dalam sejam terakhir, warga {rtrw} mulai angkat2 barang ke atas
airnya stagnan dari pagi, ga naik ga turun, tetep sedengkul
alhamdulillah air udh turun sekitar 20 cm, tapi dalem rumah masih becek semua
surutnya lama bgt, udah 2 hari rumah di {kelkec} kerendem
td sempet turun eh skrg naik lagi di {gang}, kayaknya ada kiriman dr hulu
air ga surut2, kasur sama kulkas udh diangkat ke meja
sejak maghrib air di {rtrw} terus naik, tinggal 2 anak tangga lagi nyampe lantai atas
subuh tadi sepaha, sekarang tinggal semata kaki di {jalan}
{kel} parah, air udh masuk kamar, td sore cuma di teras
airnya turun pelan bgt, kira2 sejengkal per 3 jam
udah kering, tinggal nyikat lumpur sama buang perabot yg rusak
# timestamps at the start
07.30 air di depan {sekolah} sepaha, anak2 diliburin
05.15 update dr {kel}: air msh sepinggang, belum ada tanda2 turun
pukul 14.00 ketinggian genangan di {alamat} kurang lebih 60 cm dan terus bertambah
21.45 air mulai masuk rumah, td sore msh di jalan
jam 5 sore masih se-betis di {jalan}, blm bisa dilewatin motor matic
jam 3 pagi air naik cepet, jam 6 udah sedada di gang paling bawah {kel}
10.20 WIB genangan di perempatan {jalan} turun jadi 20 cm, mobil udh bisa pelan2 lewat
# heights by body part and cm
semata kaki doang sih tp di dalem rumah, karpet basah semua
banjir sedengkul di {jalan} arah {mall}, mobil kecil jangan maksa lewat
di depan {stasiun} sepaha, ojol pada nolak orderan
120 cm di dalem rumah, lemari udh roboh. lokasi {alamat}
air setinggi pinggang anak SD, kira2 70an cm di {rtrw}
air udah se-leher orang dewasa di rumah2 deket bantaran
# kiriman, rob, river / reservoir / levee
air kiriman dari hulu nyampe jam 2 pagi, {kel} langsung kerendem
pintu air udh siaga 1, warga bantaran {kali} mulai diungsiin, air udh naik ke jalan
rob masuk lagi pas laut pasang, {jalan} kayak empang
tiap bulan purnama pasti rob, lantai rumah udah ditinggiin 2x tetep kemasukan air laut
{kali} meluap, air masuk ke permukiman sampe sepinggang orang dewasa
waduk di belakang komplek meluap abis ujan semaleman, rumah baris depan kerendem
tanggul {kali} jebol kurang lebih 10 meter, air deres banget masuk kampung
tanggulnya rembes dr kemarin udh dilaporin, skrg jebol beneran, puas?
ga ujan sama sekali tp air laut naik, {kel} tergenang sebetis
air pasang laut ditambah ujan deres, {kelkota} tenggelam lagi
# flood plus a side effect, flood is the main problem
banjir sepaha, listrik udh dipadamin dr jam 3, gelap gulita di {rtrw}
{gang} banjir + mati lampu, kompor listrik ga bisa dipake, anak2 blm makan dari pagi
macet total bukan krn kecelakaan, {jalan} banjir 50 cm, mobil pada puter balik
genangan dalem di depan {halte} bikin bus ga bisa lewat, antrean kendaraan sampe 2 km
warga udh mindahin mobil ke jalan layang, air di komplek makin tinggi
mobil2 diparkir di flyover dari semalem krn komplek kerendem, ada yg ditilang pula
ada ular masuk rumah kebawa banjir di {rtrw}, warga takut turun dr lantai 2
liat ular sanca berenang di genangan depan {gang}, anak2 tolong jangan main air
jalan ke {pasar} ga bisa dilewatin sama sekali, banjirnya setinggi jok motor
warga {kelkota} mulai ngungsi ke masjid, airnya udah nyampe jendela
ngungsi ke {sekolah} krn rumah kerendem, tapi tikar sama selimut ga ada
motor gw mogok di tengah banjir {jalan}, knalpot kemasukan air, didorong 1 km
sekolah diliburin krn kelasnya kerendem air sepaha
# aimed at officials: pumps, boats, logistics, normalisation
pak lurah bu camat ke mana? kami kebanjiran dari semalem ga ada yg nengok
pemda ga ada yg dateng, warga evakuasi sendiri pake ban dalem
tolong kirim pompa mobile ke {kel}, air ga bakal surut kalo ga disedot
butuh perahu karet di {alamat}, ada nenek2 blm bisa keluar rumah
mohon bantuan logistik, warga {rtrw} udh 2 hari ngungsi di musholla, nasi bungkus kurang
kapan {kali} dinormalisasi?? tiap taun kami kebanjiran, janji doang
normalisasi kali mandek, rumah kami kerendem lagi untuk ke-3 kalinya bulan ini
udh lapor dr subuh soal banjir di {kel}, blm ada tl sama sekali, air makin naik
min tlg diteruskan ke BPBD, banjir di {kelkec} udh sepaha
kalo cuma dateng foto2 terus pulang mending ga usah, air masih sepinggang nih
dapur umum di {camat} cuma buka sehari, pengungsi banjir makan apa besok
# thanks / praise with a status
makasih petugas udah dateng bawa pompa ke {rtrw}, air mulai turun pelan2
terima kasih damkar dan tim SDA, {gang} sekarang udh surut 👍
salut sama pasukan biru, semaleman nyedot air, pagi ini jalan depan {sekolah} udh kering
alhamdulillah perahu karet udh nyampe, lansia udh dievakuasi, air msh sedada
# very short
masih tergenang
belum surut juga
blm surut2 min
air naik lg
msh sepaha
banjir lagi 😩
tergenang 30cm
surut dikit doang
# english
water level at {jalan} is still knee deep and not going down at all
update: the flood has receded in {kel}, only mud left now
the river overflowed again last night and our street is under half a metre of water
the water is back up, it rose about 15 cm in the last hour
still flooded here in {kelkota}, day three, nobody from the city has shown up
power's been cut because of the flood, the whole block is dark and the water is waist high
tidal flooding again near the harbour, the road is impassable
thanks to the crews who brought the pumps to {gang}, the water's finally going down
is {jalan} still flooded? need to get to work
# code-mixed
guys update dong, {jalan} masih flooded ga? mau otw kantor
air nya naik lagi di {jalan}, like literally 10 menit udh nambah sejengkal
water level di {gang} udh turun, but lumpurnya tebel bgt
honestly capek, tiap rainy season rumah kebanjiran, pemda no action at all
banjirnya stuck di sepaha dari pagi, no sign of surut
flood di depan {mall} parah, mobil pada stuck
thank you tim pompa, finally surut juga setelah 3 hari
pls someone check {rtrw}, air udh masuk rumah dan makin deep
# caps
AIR DI {kelkec} NAIK TERUS DARI SUBUH, BELUM ADA BANTUAN SAMA SEKALI
BANJIR SEPINGGANG DI {kel}, PERAHU MANA PERAHU
UDAH 3 HARI GA SURUT2, KAMI BUTUH POMPA BUKAN JANJI
# betawi, typos, slang
aer kagak turun-turun dari subuh, udah sebetis di dalem rume
bang, aer {kali} naek lagi, ampe teras nih
kite udah ngungsi ke rume sodara, aer di {gang} sepinggang
kagak ade petugas yg nongol, aer makin tinggi aje
{alamat} udh surut sih tp lumpurnya tbl bgt, tlg dibantu damkar buat nyemprot
air gk turun2, sdh jam 11 mlm msh sedengkul
tdk ada tl dr kelurahan, bnjr di {rtrw} sdh 2 hr
tlg pantau pintu air, air di {kel} naik cpt bgt
genangan di perempatan {jalan} udh ga bisa dilewatin, sedan pada mogok
# formal
Yth. Bapak Lurah, dengan hormat, kami warga {rtrw} melaporkan bahwa banjir yang masuk sejak pukul 02.00 dini hari belum surut hingga siang ini, dengan ketinggian air di dalam rumah sekitar 50 cm. Kami memohon bantuan pompa dan perahu karet. Terima kasih.
Kepada Yth. Bapak Camat, dengan hormat, sehubungan dengan meluapnya {kali} sejak kemarin sore, sekitar 200 KK di wilayah kami terdampak dan sebagian mengungsi. Kami mohon bantuan logistik, selimut, dan obat-obatan. Atas perhatian Bapak kami ucapkan terima kasih.
Assalamualaikum, izin melaporkan kondisi terkini di {alamat}: air sudah mulai surut, namun lumpur masih setebal 10 cm dan warga membutuhkan bantuan penyemprotan. Terima kasih.
"""

HELDOUT["lapor_banjir"] = """
06.10 air msh sebetis di {gang}, blm ada petugas
udh turun dikit, td sepinggang skrg sepaha
air kiriman dateng lagi, {kel} kerendem
rob masuk sampe ruang tamu, udah ketiga kalinya minggu ini
{kali} luber ke jalan, motor ga bisa lewat
flood water is still waist deep at {alamat}, we need a boat
pak lurah kmn?? warga kebanjiran dr semalem
mobil udh diungsiin ke parkiran {mall}, komplek tenggelam
belom surut juga
airnya naik lagi
makasih pak petugas, pompanya udh jalan, air mulai turun
BANJIR LAGI DI {jalan}, SEPAHA, MACET PARAH
ada ular di genangan depan rumah, airnya sedengkul
aer kagak surut-surut, kite udah ngungsi
the water went down overnight, just mud left in {kel}
guys {jalan} still flooded, avoid dulu ya
Yth. Bapak Camat, mohon bantuan pompa dan logistik untuk warga {kelkec} yang kebanjiran sejak kemarin sore. Terima kasih.
tanggul rembes, air masuk ke {rtrw} pelan2 tp makin tinggi
"""

# --------------------------------------------------------------------------- saluran air (genangan from drains)
TRAIN["lapor_saluran_air"] = """
# blocked or too small drains -> standing water after rain
abis ujan sebentar aja depan rumah di {alamat} langsung tergenang, gotnya mampet ga pernah dikeruk
gerimis 15 menit doang {jalan} udh ada genangan, saluran di pinggir jalan ketutup sampah
gorong2 di bawah {jalan} kekecilan, air ujan ga ketampung terus luber ke jalan
saluran di komplek {kel} lebarnya cuma sejengkal, tiap ujan air muter2 di jalan
ujan dikit genangan, ujan dikit genangan, salurannya kapan dibenerin
air genangan di {jalan} ga mau turun padahal ujan udah berenti sejam, lubang resapannya ketutup tanah
genangan di depan {halte} selalu ada tiap abis ujan, lubang inlet saluran ketutup aspal
street inlet di {jalan} ketimbun pasir, air ujan ngumpul di tengah jalan
tolong dikeruk saluran penghubung di {kel}, tiap ujan 1 jam pasti genangan semata kaki
got di {gang} mampet total, abis ujan semalem air ga bisa kemana2, ngendep di halaman
crossing drain di mulut gang ketimbun tanah bekas galian kabel
saluran di {rtrw} ketimbun sisa material bangunan tetangga yg renov
kemiringan got di {rtrw} salah, air ujan numpuk di ujung gang ga jalan ke kali
got di jalan depan {mall} sering meluap pas ujan krn penuh sampah
pipa buangan dr got ke kali ketutup pintu klep yg macet, air got balik ke gang
petugas ngeruk got lumpurnya ditaro di pinggir jalan, keujanan masuk got lagi
tolong pasukan biru dikirim, lumpur di got {gang} udh setinggi bibir jalan
resapan di {taman} ga berfungsi, abis ujan jadi kubangan berhari2
lubang drainase di jalan layang mampet, air ujan ngucur kaya air terjun ke bawah
# trash racks / pump house screens
saringan sampah rumah pompa {kel} penuh kasur sama styrofoam, pompa ga bisa nyedot maksimal
trash rack di pintu air {kali} ketutup sampah, air dari saluran ga bisa ngalir
rumah pompanya udah bagus tp saluran masuknya penuh sampah, percuma
# raised roads / buildings sending water into homes
{jalan} ditinggiin 40 cm sama proyek, sekarang air ujan ngalir masuk ke rumah kami
ruko baru di sebelah lantainya lebih tinggi, air buangannya diarahin ke halaman rumah sy
perumahan baru di belakang kampung bikin tembok tinggi, air ujan dari sana dibuang ke gang kami
abis jalan dibeton ulang rumah kami jadi lebih rendah dari got, tiap ujan air masuk lewat pintu
# drains covered by shops, unfinished projects
got depan deretan toko di {jalan} ditutup beton buat parkiran, ga bisa dikeruk, tiap ujan jalan tergenang
pedagang di {pasar} nutup saluran pake papan sama lapak, airnya ga ngalir
air genangan di depan {stasiun} ga kering2 krn gotnya ketutup lapak pedagang
proyek saluran di {jalan} udah 3 bulan ga selesai, galiannya kebuka dan jadi kolam tiap ujan
proyek drainase di {gang} ditinggal setengah jadi, saluran lama udah dibongkar yg baru blm nyambung
box culvert di {jalan} udah dipasang tapi ga disambung ke kali, airnya ngendap di situ
got di depan {sekolah} ketutup trotoar baru, ga ada lubang buat air masuk
abis trotoar direvitalisasi lubang air ujannya cuma dikit, genangan di pinggir jalan tambah parah
saluran tertutup bangunan liar sepanjang {kali}, air dari permukiman ga bisa dibuang ke kali
# english, code-mixed, caps, slang
the gutter outside our house is blocked, after ten minutes of rain the whole front yard is a puddle
every time it drizzles the road by {halte} pools up because the drain grate is clogged with leaves
the new road was built higher than our houses and now rainwater runs straight into our living room
drain-nya kekecilan buat volume air ujan sekarang, pls di-upgrade
got nya full sampah, ujan dikit aja langsung overflow ke {jalan}
SALURAN MAMPET TIAP UJAN GENANGAN, UDAH LAPOR 3X GA ADA TL
udh lapor ke kelurahan soal got mampet, blm ada tl, tiap abis ujan tergenang
got di {gang} kagak ngalir, aer ujan ngendep di depan rume ampe sore
genangan gara2 got mampet
got mampet lagi, abis ujan becek semua
# formal
Yth. Bapak Lurah, dengan hormat, kami warga {rtrw} melaporkan bahwa saluran air di lingkungan kami tersumbat sehingga setiap hujan, walaupun hanya sebentar, air menggenang di jalan setinggi 20 cm dan masuk ke halaman rumah warga. Mohon dilakukan pengerukan. Terima kasih.
Dengan hormat, pembangunan gedung di samping rumah kami menutup saluran lingkungan dan meninggikan halaman, sehingga limpasan air hujan mengalir ke rumah kami. Mohon ditinjau oleh dinas terkait.
"""

HELDOUT["lapor_saluran_air"] = """
ujan 10 menit aja gang kami tergenang, gotnya penuh lumpur
saringan di rumah pompa {kel} ketutup sampah, pompanya jadi ga efektif
jalan baru ditinggiin, air ujan masuk rumah warga di bawahnya
got ditutup keramik sama pemilik toko di {jalan}, ga bisa dibersihin
proyek saluran ga kelar2, galiannya jadi genangan tiap ujan
the drain on {jalan} is clogged, water pools every time it rains
gorong2 kekecilan, tiap ujan luber
got mampet bikin genangan di depan {sekolah} tiap abis ujan
GOT GA PERNAH DIKERUK, GENANGAN TERUS
Yth. Sudin SDA, mohon saluran di {alamat} diperlebar karena tidak mampu menampung air hujan. Terima kasih.
"""

# --------------------------------------------------------------------------- listrik (slang, short forms)
TRAIN["lapor_listrik"] = """
matlis lg di {kel}, udh 2 jam
matlis dari jam 8, kapan nyala min
mati lampu cuma komplek kami, komplek sebelah nyala terang
byarpet dari sore di {rtrw}, lampu kedip2 terus, tv sampe mati sendiri
listrik padam tanpa pemberitahuan di {kec}, PLN tolong infonya
PLN pls, udh 4 jam gelap
token abis tengah malem, aplikasinya error ga bisa beli, meteran bunyi terus
trafo meledak di {jalan}, bunyinya kaya bom, skrg satu RW mati
gardu deket {pasar} keluar api, listrik sekitar langsung padam
jeglek2 terus dr pagi, listrik idup mati ga jelas
mati lampu bergilir lagi di {kelkota}? kok ga diumumin
the power's out again in {kel}, third time today
blackout since 6pm and no word from PLN
listriknya byar pet, laptop gw mati mendadak, kerjaan ilang
LISTRIK MATI LAGI!!! KAPAN NYALA???
gelep semua dah di {gang}, lampu mati dari abis isya
ada pemadaman terencana ga sih hari ini? kok tiba2 mati
kabel SUTM putus deket {halte}, ada percikan api, listrik sekitar padam
lampu idup mati idup mati, kulkas takut jebol
Yth. Manajer PLN UP3, dengan hormat, pada hari Sabtu listrik di wilayah {kelkota} dipadamkan dari pukul 09.00 sampai 16.00 tanpa pengumuman terlebih dahulu. Warga yang berjualan dan yang merawat pasien di rumah sangat dirugikan. Mohon ke depan pemadaman terencana diumumkan. Terima kasih.
Dengan hormat, kami pengurus RW hanya mendapat kabar pemeliharaan jaringan dari petugas di lapangan tanpa surat pemberitahuan resmi, sehingga listrik padam seharian tanpa persiapan apa pun.
"""

HELDOUT["lapor_listrik"] = """
matlis lagi min, {kel} gelap dari maghrib
byar pet mulu dr siang
trafo di ujung gang meledak, listrik padam semua
power cut in {kec} with no notice, it's been 3 hours
Yth. PLN, pemadaman di {alamat} hari ini tidak diumumkan sebelumnya. Mohon penjelasan.
"""

# --------------------------------------------------------------------------- air bersih (tap water, not floodwater)
TRAIN["lapor_air_bersih"] = """
air PAM di {alamat} mati dr kemarin sore, mandi aja ga bisa
air PDAM di {kelkec} keluar tp keruh kecoklatan, ga bisa buat masak
aliran air PAM kecil bgt, ngisi ember aja sejam
air keran bau kaporit nyengat, anak ga mau mandi
tagihan PAM rumah di {gang} naik 2x lipat padahal pemakaian sama aja
air ledeng cuma netes, toren ga penuh2
airnya mati lagi min? PAM di {kel} kenapa sih
air sumur kuning dan bau karat, padahal baru dikuras
tekanan air PAM di {rtrw} turun drastis, lantai 2 ga kebagian air
air PAM blm nyala2 dr subuh, mau wudhu aja susah
tap water in {kel} has been off since this morning
the water from the tap is brown again, PAM please check
air PAM keluar tapi berpasir, saringan keran mampet terus
PDAM KAGAK NGALIR 3 HARI!!! BAYAR TETEP
aer ledeng kagak ngucur, kudu beli aer galon mulu
pipa PAM depan {sekolah} bocor, air di rumah warga jd kecil
"""

HELDOUT["lapor_air_bersih"] = """
air PAM di {rtrw} mati total dr semalem
air kerannya keruh dan bau kaporit
tagihan PDAM naik padahal airnya sering mati
water pressure from the PAM tap is so weak, can't even shower
"""
