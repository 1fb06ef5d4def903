Y llamó Dios á la seca Tierra, y á la reunión de las aguas llamó Mares: y vió Dios que era bueno.
Y produjo la tierra hierba verde, hierba que da simiente según su naturaleza, y árbol que da fruto, cuya simiente está en él, según su género: y vió Dios que era bueno.
Y sean por lumbreras en la expansión de los cielos para alumbrar sobre la tierra: y fué así.
Y salía de Edén un río para regar el huerto, y de allí se repartía en cuatro ramales.
El nombre del uno era Pisón: éste es el que cerca toda la tierra de Havilah, donde hay oro:
Y estaban ambos desnudos, Adam y su mujer, y no se avergonzaban.
Y él respondió: Oí tu voz en el huerto, y tuve miedo, porque estaba desnudo; y escondíme.
Espinos y cardos te producirá, y comerás hierba del campo;
Y llamó el hombre el nombre de su mujer, Eva; por cuanto ella era madre de todos los vivientes.
Y dijo Jehová Dios: He aquí el hombre es como uno de Nos sabiendo el bien y el mal: ahora, pues, porque no alargue su mano, y tome también del árbol de la vida, y coma, y viva para siempre:
Echó, pues, fuera al hombre, y puso al oriente del huerto de Edén querubines, y una espada encendida que se revolvía á todos lados, para guardar el camino del árbol de la vida.
Y conoció Adam á su mujer Eva, la cual concibió y parió á Caín, y dijo: Adquirido he varón por Jehová.
Y Abel trajo también de los primogénitos de sus ovejas, y de su grosura. Y miró Jehová con agrado á Abel y á su ofrenda;
Cuando labrares la tierra, no te volverá á dar su fuerza: errante y extranjero serás en la tierra.
Y respondióle Jehová: Cierto que cualquiera que matare á Caín, siete veces será castigado. Entonces Jehová puso señal en Caín, para que no lo hiriese cualquiera que le hallara.
Este es el libro de las generaciones de Adam. El día en que crió Dios al hombre, á la semejanza de Dios lo hizo;
Y fueron todos los días que vivió Adam novecientos y treinta años, y murió.
Y vivió Mahalaleel sesenta y cinco años, y engendró á Jared.
Y fueron todos los días de Mahalaleel ochocientos noventa y cinco años; y murió.
Mas estableceré mi pacto contigo, y entrarás en el arca tú, y tus hijos y tu mujer, y las mujeres de tus hijos contigo.
Y toma contigo de toda vianda que se come, y allégala á ti; servirá de alimento para ti y para ellos.
Y fué el diluvio cuarenta días sobre la tierra; y las aguas crecieron, y alzaron el arca, y se elevó sobre la tierra.
Y las aguas fueron decreciendo hasta el mes décimo: en el décimo, al primero del mes, se descubrieron las cimas de los montes.
Y en el mes segundo, á los veintisiete días del mes, se secó la tierra.
Estableceré mi pacto con vosotros, y no fenecerá ya más toda carne con aguas de diluvio; ni habrá más diluvio para destruir la tierra.
Y los hijos de Noé que salieron del arca fueron Sem, Châm y Japhet: y Châm es el padre de Canaán.
Y comenzó Noé á labrar la tierra, y plantó una viña:
Estos son los hijos de Châm por sus familias, por sus lenguas, en sus tierras, en sus naciones.
Era entonces toda la tierra de una lengua y unas mismas palabras.
Y dijo Jehová: He aquí el pueblo es uno, y todos éstos tienen un lenguaje: y han comenzado á obrar, y nada les retraerá ahora de lo que han pensando hacer.
Ahora pues, descendamos, y confundamos allí sus lenguas, para que ninguno entienda el habla de su compañero.
Y Arphaxad vivió treinta y cinco años, y engendró á Sala.
Y vivió Sala treinta años, y engendró á Heber.
Y vivió Sala, después que engendró á Heber, cuatrocientos y tres años, y engendró hijos é hijas.
Y apareció Jehová á Abram, y le dijo: A tu simiente daré esta tierra. Y edificó allí un altar á Jehová, que le había aparecido.
Y hubo hambre en la tierra, y descendió Abram á Egipto para peregrinar allá; porque era grande el hambre en la tierra.
Mas los hombres de Sodoma eran malos y pecadores para con Jehová en gran manera.
Todos estos se juntaron en el valle de Siddim, que es el mar salado.
Y á los Horeos en el monte de Seir, hasta la llanura de Parán, que está junto al desierto.
Y derramóse sobre ellos de noche él y sus siervos, é hiriólos, y fuélos siguiendo hasta Hobah, que está á la izquierda de Damasco.
Y creyó á Jehová, y contóselo por justicia.
Y tomó él todas estas cosas, y partiólas por la mitad, y puso cada mitad una enfrente de otra; mas no partió las aves.
Mas á la caída del sol sobrecogió el sueño á Abram, y he aquí que el pavor de una grande obscuridad cayó sobre él.
Y hallóla el ángel de Jehová junto á una fuente de agua en el desierto, junto á la fuente que está en el camino del Sur.
Y le dijo: Agar, sierva de Sarai, ¿de dónde vienes tú, y á dónde vas? Y ella respondió: Huyo de delante de Sarai, mi señora.
Circuncidaréis, pues, la carne de vuestro prepucio, y será por señal del pacto entre mí y vosotros.
Y bendecirla he, y también te daré de ella hijo; sí, la bendeciré, y vendrá á ser madre de naciones; reyes de pueblos serán de ella.
Y alzó sus ojos y miró, y he aquí tres varones que estaban junto á él: y cuando los vió, salió corriendo de la puerta de su tienda á recibirlos, é inclinóse hacia la tierra,
Y volvió á hablarle, y dijo: Quizá se hallarán allí cuarenta. Y respondió: No lo haré por amor de los cuarenta.
Entonces salió Lot, y habló á sus yernos, los que habían de tomar sus hijas, y les dijo: Levantaos, salid de este lugar; porque Jehová va á destruir esta ciudad. Mas pareció á sus yernos como que se burlaba.
Entonces llovió Jehová sobre Sodoma y sobre Gomorra azufre y fuego de parte de Jehová desde los cielos;
La menor también parió un hijo, y llamó su nombre Ben-ammí, el cual es padre de los Ammonitas hasta hoy.
De allí partió Abraham á la tierra del Mediodía, y asentó entre Cades y Shur, y habitó como forastero en Gerar.
Y fué que, cuando Dios me hizo salir errante de la casa de mi padre, yo le dije: Esta es la merced que tú me harás, que en todos los lugares donde llegáremos, digas de mí: Mi hermano es.
Y llamó Abraham el nombre de su hijo que le nació, que le parió Sara, Isaac.
Y fué Dios con el muchacho; y creció, y habitó en el desierto, y fué tirador de arco.
Y aconteció en aquel mismo tiempo que habló Abimelech, y Phicol, príncipe de su ejército, á Abraham diciendo: Dios es contigo en todo cuanto haces:
Y puso Abraham siete corderas del rebaño aparte.
Y dijo Abimelech á Abraham: ¿Qué significan esas siete corderas que has puesto aparte?
Por esto llamó á aquel lugar Beer-seba; porque allí juraron ambos.
Y respondió Abraham: Dios se proveerá de cordero para el holocausto, hijo mío. E iban juntos.
Y dijo: Por mí mismo he jurado, dice Jehová, que por cuanto has hecho esto, y no me has rehusado tu hijo, tu único;
Bendiciendo te bendeciré, y multiplicando multiplicaré tu simiente como las estrellas del cielo, y como la arena que está á la orilla del mar; y tu simiente poseerá las puertas de sus enemigos:
Y su concubina, que se llamaba Reúma, parió también á Teba, y á Gaham, y á Taas, y á Maachâ.
Y murió Sara en Kiriath-arba, que es Hebrón, en la tierra de Canaán: y vino Abraham á hacer el duelo á Sara, y á llorarla.
Y dijo Abraham á un criado suyo, el más viejo de su casa, que era el que gobernaba en todo lo que tenía: Pon ahora tu mano debajo de mi muslo,
Y el criado le respondió: Quizá la mujer no querrá venir en pos de mí á esta tierra: ¿volveré, pues, tu hijo á la tierra de donde saliste?
Y dijo: Jehová, Dios de mi señor Abraham, dame, te ruego, el tener hoy buen encuentro, y haz misericordia con mi señor Abraham.
He aquí yo estoy junto á la fuente de agua, y las hijas de los varones de esta ciudad salen por agua:
Y ella respondió: Bebe, señor mío: y dióse prisa á bajar su cántaro sobre su mano, y le dió á beber.
Y díjole: Ven, bendito de Jehová; ¿por qué estás fuera? yo he limpiado la casa, y el lugar para los camellos.
Y Jehová ha bendecido mucho á mi amo, y él se ha engrandecido: y le ha dado ovejas y vacas, plata y oro, siervos y siervas, camellos y asnos.
Entonces él me respondió: Jehová, en cuya presencia he andado, enviará su ángel contigo, y prosperará tu camino; y tomarás mujer para mi hijo de mi linaje y de la casa de mi padre:
Entonces serás libre de mi juramento, cuando hubieres llegado á mi linaje; y si no te la dieren, serás libre de mi juramento.
Llegué, pues, hoy á la fuente, y dije: Jehová, Dios de mi señor Abraham, si tú prosperas ahora mi camino por el cual ando;
He ahí Rebeca delante de ti; tómala y vete, y sea mujer del hijo de tu señor, como lo ha dicho Jehová.
Entonces dejaron ir á Rebeca su hermana, y á su nodriza, y al criado de Abraham y á sus hombres.
E introdújola Isaac á la tienda de su madre Sara, y tomó á Rebeca por mujer; y amóla: y consolóse Isaac después de la muerte de su madre.
La cual le parió á Zimram, y á Joksan, y á Medan, y á Midiam, y á Ishbak, y á Sua.
Y estas son las generaciones de Isaac, hijo de Abraham. Abraham engendró á Isaac:
Y el varón se engrandeció, y fué adelantando y engrandeciéndose, hasta hacerse muy poderoso:
Y ellos respondieron: Hemos visto que Jehová es contigo; y dijimos: Haya ahora juramento entre nosotros, entre nosotros y ti, y haremos alianza contigo:
Y llamólo Seba: por cuya causa el nombre de aquella ciudad es Beer-seba hasta este día.
Y cuando Esaú fué de cuarenta años, tomó por mujer á Judith hija de Beeri Hetheo, y á Basemat hija de Elón Hetheo:
Y su madre respondió: Hijo mío, sobre mí tu maldición: solamente obedece á mi voz, y ve y tráemelos.
Y entregó los guisados y el pan que había aderezado, en mano de Jacob su hijo.
Entonces Isaac dijo á su hijo: ¿Cómo es que la hallaste tan presto, hijo mío? Y él respondió: Porque Jehová tu Dios hizo que se encontrase delante de mí.
Y llegóse Jacob á su padre Isaac; y él le palpó, y dijo: La voz es la voz de Jacob, mas las manos, las manos de Esaú.
Dios, pues, te dé del rocío del cielo, y de las grosuras de la tierra, y abundancia de trigo y de mosto.
Y aconteció, luego que hubo Isaac acabado de bendecir á Jacob, y apenas había salido Jacob de delante de Isaac su padre, que Esaú su hermano vino de su caza.
Y él dijo: Vino tu hermano con engaño, y tomó tu bendición.
Levántate, ve á Padan-aram, á casa de Bethuel, padre de tu madre, y toma allí mujer de las hijas de Labán, hermano de tu madre.
Y encontró con un lugar, y durmió allí, porque ya el sol se había puesto: y tomó de las piedras de aquel paraje y puso á su cabecera, y acostóse en aquel lugar.
Y despertó Jacob de su sueño, y dijo: Ciertamente Jehová está en este lugar, y yo no lo sabía.
Y esta piedra que he puesto por título, será casa de Dios: y de todo lo que me dieres, el diezmo lo he de apartar para ti.
Y miró, y vió un pozo en el campo: y he aquí tres rebaños de ovejas que yacían cerca de él; porque de aquel pozo abrevaban los ganados: y había una gran piedra sobre la boca del pozo.
Y díjoles Jacob: Hermanos míos, ¿de dónde sois? Y ellos respondieron: De Harán somos.
Y él dijo: He aquí el día es aún grande; no es tiempo todavía de recoger el ganado; abrevad las ovejas, é id á apacentarlas.
Y así que oyó Labán las nuevas de Jacob, hijo de su hermana, corrió á recibirlo, y abrazólo, y besólo, y trájole á su casa: y él contó á Labán todas estas cosas.
Y Labán le dijo: Ciertamente hueso mío y carne mía eres. Y estuvo con él el tiempo de un mes.
Y Labán respondió: No se hace así en nuestro lugar, que se dé la menor antes de la mayor.
Y vió Jehová que Lea era aborrecida, y abrió su matriz: pero Rachêl era estéril.
Y concibió otra vez, y parió un hijo, y dijo: Por cuanto oyó Jehová que yo era aborrecida, me ha dado también éste. Y llamó su nombre Simeón.
Y Jacob se enojaba contra Rachêl, y decía: ¿Soy yo en lugar de Dios, que te impidió el fruto de tu vientre?
Y acreció el varón muy mucho, y tuvo muchas ovejas, y siervas y siervos, y camellos y asnos.
Y él dijo: Alza ahora tus ojos, y verás todos los machos que cubren á las ovejas listados, pintados y abigarrados; porque yo he visto todo lo que Labán te ha hecho.
Yo soy el Dios de Beth-el, donde tú ungiste el título, y donde me hiciste un voto. Levántate ahora, y sal de esta tierra, y vuélvete á la tierra de tu naturaleza.
Entonces Jacob inmoló víctimas en el monte, y llamó á sus hermanos á comer pan: y comieron pan, y durmieron aquella noche en el monte.
Y tengo vacas, y asnos, y ovejas, y siervos y siervas; y envío á decirlo á mi señor, por hallar gracia en tus ojos.
Y dijo Jacob: Dios de mi padre Abraham, y Dios de mi padre Isaac, Jehová, que me dijiste: Vuélvete á tu tierra y á tu parentela, y yo te haré bien;
Y durmió allí aquella noche, y tomó de lo que le vino á la mano un presente para su hermano Esaú:
Y él le dijo: ¿Cuál es tu nombre? Y él respondió: Jacob.
Entonces Hamor y Sichêm su hijo vinieron á la puerta de su ciudad, y hablaron á los varones de su ciudad, diciendo:
Y llegó Jacob á Luz, que está en tierra de Canaán, (esta es Beth-el) él y todo el pueblo que con él estaba;
Y díjole Dios: Yo soy el Dios Omnipotente: crece y multiplícate; una nación y conjunto de naciones procederá de ti, y reyes saldrán de tus lomos:
Y partieron de Beth-el, y había aún como media legua de tierra para llegar á Ephrata, cuando parió Rachêl, y hubo trabajo en su parto.
Y aconteció, que como había trabajo en su parir, díjole la partera: No temas, que también tendrás este hijo.
Y los hijos de Bilha, sierva de Rachêl: Dan, y Nephtalí.
Y exhaló Isaac el espíritu, y murió, y fué recogido á sus pueblos, viejo y harto de días; y sepultáronlo Esaú y Jacob sus hijos.
Estos son los nombres de los hijos de Esaú: Eliphaz, hijo de Ada, mujer de Esaú; Reuel, hijo de Basemath, mujer de Esaú.
Y los hijos de Reuel fueron Nahath, Zera, Samma, y Mizza: estos son los hijos de Basemath, mujer de Esaú.
Los hijos de Ana fueron Disón, y Aholibama, hija de Ana.
Y murió Saúl, y en lugar suyo reinó Baalanán, hijo de Achbor.
Y habitó Jacob en la tierra donde peregrinó su padre, en la tierra de Canaán.
Y sus hermanos le tenían envidia, mas su padre paraba la consideración en ello.
Y aquel hombre respondió: Ya se han ido de aquí; y yo les oí decir: Vamos á Dothán. Entonces José fué tras de sus hermanos, y hallólos en Dothán.
Y como pasaban los Midianitas mercaderes, sacaron ellos á José de la cisterna, y trajéronle arriba, y le vendieron á los Ismaelitas por veinte piezas de plata. Y llevaron á José á Egipto.
Y vió allí Judá la hija de un hombre Cananeo, el cual se llamaba Súa; y tomóla, y entró á ella:
Y concibió otra vez, y parió un hijo, y llamó su nombre Onán.
Entonces él se volvió á Judá, y dijo: No la he hallado; y también los hombres del lugar dijeron: Aquí no ha estado ramera.
Y aconteció que al tiempo del parir, he aquí había dos en su vientre.
Y dejó todo lo que tenía en mano de José; ni con él sabía de nada más que del pan que comía. Y era José de hermoso semblante y bella presencia.
Y él no quiso, y dijo á la mujer de su señor: He aquí que mi señor no sabe conmigo lo que hay en casa, y ha puesto en mi mano todo lo que tiene:
Y ella puso junto á sí la ropa de él, hasta que vino su señor á su casa.
Entonces le habló ella semejantes palabras, diciendo: El siervo Hebreo que nos trajiste, vino á mí para deshonrarme;
Y ambos á dos, el copero y el panadero del rey de Egipto, que estaban arrestados en la prisión, vieron un sueño, cada uno su sueño en una misma noche, cada uno conforme á la declaración de su sueño.
Y vino á ellos José por la mañana, y mirólos, y he aquí que estaban tristes.
Al cabo de tres días quitará Faraón tu cabeza de sobre ti, y te hará colgar en la horca, y las aves comerán tu carne de sobre ti.
Y que otras siete espigas menudas, marchitas, abatidas del Solano, subían después de ellas:
Y levantarse han tras ellos siete años de hambre; y toda la hartura será olvidada en la tierra de Egipto; y el hambre consumirá la tierra;
Y esté aquella provisión en depósito para el país, para los siete años del hambre que serán en la tierra de Egipto; y el país no perecerá de hambre.
Todos nosotros somos hijos de un varón: somos hombres de verdad: tus siervos nunca fueron espías.
Y él les dijo: No; á ver lo descubierto del país habéis venido.
Entonces su padre Jacob les dijo: Habéisme privado de mis hijos; José no parece, ni Simeón tampoco, y á Benjamín le llevaréis: contra mí son todas estas cosas.
Y llegáronse al mayordomo de la casa de José, y le hablaron á la entrada de la casa.
Y aconteció que como vinimos al mesón y abrimos nuestros costales, he aquí el dinero de cada uno estaba en la boca de su costal, nuestro dinero en su justo peso; y hémoslo vuelto en nuestras manos.
Hemos también traído en nuestras manos otro dinero para comprar alimentos: nosotros no sabemos quién haya puesto nuestro dinero en nuestros costales.
Entonces José se apresuró, porque se conmovieron sus entrañas á causa de su hermano, y procuró donde llorar: y entróse en su cámara, y lloró allí.
Y pondrás mi copa, la copa de plata, en la boca del costal del menor, con el dinero de su trigo. Y él hizo como dijo José.
¿No es ésta en la que bebe mi señor, y por la que suele adivinar? habéis hecho mal en lo que hicisteis.
Y como él los alcanzó, díjoles estas palabras.
Y nosotros respondimos á mi señor: Tenemos un padre anciano, y un mozo que le nació en su vejez, pequeño aún; y un hermano suyo murió, y él quedó solo de su madre, y su padre lo ama.
Y allí te alimentaré, pues aun quedan cinco años de hambre, porque no perezcas de pobreza tú y tu casa, y todo lo que tienes:
Y tú manda: Haced esto: tomaos de la tierra de Egipto carros para vuestros niños y vuestras mujeres; y tomad á vuestro padre, y venid.
E hiciéronlo así los hijos de Israel: y dióles José carros conforme á la orden de Faraón, y suministróles víveres para el camino.
Y partióse Israel con todo lo que tenía, y vino á Beer-seba, y ofreció sacrificios al Dios de su padre Isaac.
Y dijo: Yo soy Dios, el Dios de tu padre; no temas de descender á Egipto, porque yo te pondré allí en gran gente.
Y los hijos de Rachêl, mujer de Jacob: José y Benjamín.
Y los hijos de José, que le nacieron en Egipto, dos personas. Todas las almas de la casa de Jacob, que entraron en Egipto, fueron setenta.
Y José dijo á sus hermanos, y á la casa de su padre: Subiré y haré saber á Faraón, y diréle: Mis hermanos y la casa de mi padre, que estaban en la tierra de Canaán, han venido á mí;
Y José introdujo á su padre, y presentólo delante de Faraón; y Jacob bendijo á Faraón.
Y dijo Faraón á Jacob: ¿Cuántos son los días de los años de tu vida?
Y no había pan en toda la tierra, y el hambre era muy grave; por lo que desfalleció de hambre la tierra de Egipto y la tierra de Canaán.
Entonces José lo puso por fuero hasta hoy sobre la tierra de Egipto, señalando para Faraón el quinto; excepto sólo la tierra de los sacerdotes, que no fué de Faraón.
Y vió Israel los hijos de José, y dijo: ¿Quiénes son éstos?
El Angel que me liberta de todo mal, bendiga á estos mozos: y mi nombre sea llamado en ellos, y el nombre de mis padres Abraham é Isaac: y multipliquen en gran manera en medio de la tierra.
Maldito su furor, que fué fiero; y su ira, que fué dura: yo los apartaré en Jacob, y los esparciré en Israel.
Judá, alabarte han tus hermanos: tu mano en la cerviz de tus enemigos: los hijos de tu padre se inclinarán á ti.
Cachorro de león Judá: de la presa subiste, hijo mío: encorvóse, echóse como león, así como león viejo; ¿quién lo despertará?
Atando á la vid su pollino, y á la cepa el hijo de su asna, lavó en el vino su vestido, y en la sangre de uvas su manto:
Zabulón en puertos de mar habitará, y será para puerto de navíos; y su término hasta Sidón.
Y vió que el descanso era bueno, y que la tierra era deleitosa; y bajó su hombro para llevar, y sirvió en tributo.
Gad, ejército lo acometerá; mas él acometerá al fin.
El pan de Aser será grueso, y él dará deleites al rey.
Todos estos fueron las doce tribus de Israel: y esto fué lo que su padre les dijo, y bendíjolos; á cada uno por su bendición los bendijo.
Entonces se echó José sobre el rostro de su padre, y lloró sobre él, y besólo.
Entonces José subió á sepultar á su padre; y subieron con él todos los siervos de Faraón, los ancianos de su casa, y todos los ancianos de la tierra de Egipto,
Y viendo los hermanos de José que su padre era muerto, dijeron: Quizá nos aborrecerá José, y nos dará el pago de todo el mal que le hicimos.
Y conjuró José á los hijos de Israel, diciendo: Dios ciertamente os visitará, y haréis llevar de aquí mis huesos.
Y todas las almas de los que salieron del muslo de Jacob, fueron setenta. Y José estaba en Egipto.
Pero no pudiendo ocultarle más tiempo, tomó una arquilla de juncos, y calafateóla con pez y betún, y colocó en ella al niño, y púsolo en un carrizal á la orilla del río:
Y él respondió: ¿Quién te ha puesto á ti por príncipe y juez sobre nosotros? ¿piensas matarme como mataste al Egipcio? Entonces Moisés tuvo miedo, y dijo: Ciertamente esta cosa es descubierta.
Y oyendo Faraón este negocio, procuró matar á Moisés: mas Moisés huyó de delante de Faraón, y habitó en la tierra de Madián; y sentóse junto á un pozo.
Tenía el sacerdote de Madián siete hijas, las cuales vinieron á sacar agua, para llenar las pilas y dar de beber á las ovejas de su padre.
Y apacentando Moisés las ovejas de Jethro su suegro, sacerdote de Madián, llevó las ovejas detrás del desierto, y vino á Horeb, monte de Dios.
Y dijo Moisés á Dios: He aquí que llego yo á los hijos de Israel, y les digo, El Dios de vuestros padres me ha enviado á vosotros; si ellos me preguntaren: ¿Cuál es su nombre? ¿qué les responderé?
Y respondió Dios á Moisés: YO SOY EL QUE SOY. Y dijo: Así dirás á los hijos de Israel: YO SOY me ha enviado á vosotros.
Y Jehová le respondió: ¿Quién dió la boca al hombre? ¿ó quién hizo al mudo y al sordo, al que ve y al ciego? ¿no soy yo Jehová?
Y fueron Moisés y Aarón, y juntaron todos los ancianos de los hijos de Israel:
Y saliendo los cuadrilleros del pueblo y sus gobernadores, hablaron al pueblo, diciendo: Así ha dicho Faraón: Yo no os doy paja.
Porque desde que yo vine á Faraón para hablarle en tu nombre, ha afligido á este pueblo; y tú tampoco has librado á tu pueblo.
Y estos son los nombres de los hijos de Leví por sus linajes: Gersón, y Coath, y Merari. Y los años de la vida de Leví fueron ciento treinta y siete años.
Y los hijos de Gersón: Libni, y Shimi, por sus familias.
E hizo Moisés y Aarón como Jehová les mandó: hiciéronlo así.
Y habló Jehová á Moisés y á Aarón, diciendo:
Y viendo Faraón que le habían dado reposo, agravó su corazón, y no los escuchó; como Jehová lo había dicho.
Y los encantadores hicieron así también, para sacar piojos con sus encantamientos; mas no pudieron. Y había piojos así en los hombres como en las bestias.
Entonces Jehová dijo á Moisés: Entra á Faraón, y dile: Jehová, el Dios de los Hebreos, dice así: Deja ir á mi pueblo, para que me sirvan;
Mas el que no puso en su corazón la palabra de Jehová, dejó sus criados y sus ganados en el campo.
Hubo pues granizo, y fuego mezclado con el granizo, tan grande, cual nunca hubo en toda la tierra de Egipto desde que fué habitada.
Mas yo sé que ni tú ni tus siervos temeréis todavía la presencia del Dios Jehová.
Y Moisés y Aarón volvieron á ser llamados á Faraón, el cual les dijo: Andad, servid á Jehová vuestro Dios. ¿Quién y quién son los que han de ir?
No será así: id ahora vosotros los varones, y servid á Jehová: pues esto es lo que vosotros demandasteis. Y echáronlos de delante de Faraón.
Y Moisés respondió: Tú también nos entregarás sacrificios y holocaustos que sacrifiquemos á Jehová nuestro Dios.
Y Jehová dió gracia al pueblo en los ojos de los Egipcios. También Moisés era muy gran varón en la tierra de Egipto, á los ojos de los siervos de Faraón, y á los ojos del pueblo.
Y morirá todo primogénito en tierra de Egipto, desde el primogénito de Faraón que se sienta en su trono, hasta el primogénito de la sierva que está tras la muela; y todo primogénito de las bestias.
El cordero será sin defecto, macho de un año: tomaréislo de las ovejas ó de las cabras:
Ninguna cosa leudada comeréis; en todas vuestras habitaciones comeréis panes sin levadura.
Y cuando os dijeren vuestros hijos: ¿Qué rito es este vuestro?
Vosotros responderéis: Es la víctima de la Pascua de Jehová, el cual pasó las casas de los hijos de Israel en Egipto, cuando hirió á los Egipcios, y libró nuestras casas. Entonces el pueblo se inclinó y adoró.
Tomad también vuestras ovejas y vuestras vacas, como habéis dicho, é idos; y bendecidme también á mí.
Y también subió con ellos grande multitud de diversa suerte de gentes; y ovejas, y ganados muy muchos.
Siete días comerás por leudar, y el séptimo día será fiesta á Jehová.
Por los siete días se comerán los panes sin levadura; y no se verá contigo leudado, ni levadura en todo tu término.
Por tanto, tú guardarás este rito en su tiempo de año en año.
Y yo endureceré el corazón de Faraón para que los siga; y seré glorificado en Faraón y en todo su ejército; y sabrán los Egipcios que yo soy Jehová. Y ellos lo hicieron así.
Y unció su carro, y tomó consigo su pueblo;
Y endureció Jehová el corazón de Faraón rey de Egipto, y siguió á los hijos de Israel; pero los hijos de Israel habían salido con mano poderosa.
Y cuando Faraón se hubo acercado, los hijos de Israel alzaron sus ojos, y he aquí los Egipcios que venían tras ellos; por lo que temieron en gran manera, y clamaron los hijos de Israel á Jehová.
Y Moisés dijo al pueblo: No temáis; estáos quedos, y ved la salud de Jehová, que él hará hoy con vosotros; porque los Egipcios que hoy habéis visto, nunca más para siempre los veréis.
Entonces cantó Moisés y los hijos de Israel este cántico á Jehová, y dijeron: Cantaré yo á Jehová, porque se ha magnificado grandemente, echando en la mar al caballo y al que en él subía.
¿Quién como tú, Jehová, entre los dioses? ¿quién como tú, magnífico en santidad, terrible en loores, hacedor de maravillas?
Y los hijos de Israel lo hicieron así: y recogieron unos más, otros menos:
Y dijo Moisés: Comedlo hoy, porque hoy es sábado de Jehová: hoy no hallaréis en el campo.
En los seis días lo recogeréis; mas el séptimo día es sábado, en el cual no se hallará.
Y la casa de Israel lo llamó Maná; y era como simiente de culantro, blanco, y su sabor como de hojuelas con miel.
Y toda la congregación de los hijos de Israel partió del desierto de Sin, por sus jornadas, al mandamiento de Jehová, y asentaron el campo en Rephidim: y no había agua para que el pueblo bebiese.
Así que el pueblo tuvo allí sed de agua, y murmuró contra Moisés, y dijo: ¿Por qué nos hiciste subir de Egipto, para matarnos de sed á nosotros, y á nuestros hijos, y á nuestros ganados?
He aquí que yo estoy delante de ti allí sobre la peña en Horeb; y herirás la peña, y saldrán de ella aguas, y beberá el pueblo. Y Moisés lo hizo así en presencia de los ancianos de Israel.
Y á sus dos hijos; el uno se llamaba Gersom, porque dijo, Peregrino he sido en tierra ajena;
Y Moisés contó á su suegro todas las cosas que Jehová había hecho á Faraón y á los Egipcios por amor de Israel, y todo el trabajo que habían pasado en el camino, y cómo los había librado Jehová.
Y descendió Jehová sobre el monte de Sinaí, sobre la cumbre del monte: y llamó Jehová á Moisés á la cumbre del monte, y Moisés subió.
Y Moisés dijo á Jehová: El pueblo no podrá subir al monte de Sinaí, porque tú nos has requerido diciendo: Señala términos al monte, y santifícalo.
Seis días trabajarás, y harás toda tu obra;
Todo el pueblo consideraba las voces, y las llamas, y el sonido de la bocina, y el monte que humeaba: y viéndolo el pueblo, temblaron, y pusiéronse de lejos.
Entonces el pueblo se puso de lejos, y Moisés se llegó á la osbcuridad, en la cual estaba Dios.
Si entró solo, solo saldrá: si tenía mujer, saldrá él y su mujer con él.
Si su amo le hubiere dado mujer, y ella le hubiere parido hijos ó hijas, la mujer y sus hijos serán de su amo, y él saldrá solo.
El que hiriere á alguno, haciéndole así morir, él morirá.
El dueño de la cisterna pagará el dinero, resarciendo á su dueño, y lo que fué muerto será suyo.
Si fuere hallado con el hurto en la mano, sea buey ó asno ú oveja vivos, pagará el duplo.
Cuando rompiere un fuego, y hallare espinas, y fuere quemado montón, ó haza, ó campo, el que encendió el fuego pagará lo quemado.
El que sacrificare á dioses, excepto á sólo Jehová, será muerto.
Si encontrares el buey de tu enemigo ó su asno extraviado, vuelve á llevárselo.
Y en todo lo que os he dicho seréis avisados. Y nombre de otros dioses no mentaréis, ni se oirá de vuestra boca.
Y envió á los mancebos de los hijos de Israel, los cuales ofrecieron holocaustos, y sacrificaron pacíficos á Jehová, becerros.
Y cueros de carneros teñidos de rojo, y cueros de tejones, y madera de Sittim;
Y la cubrirás de oro puro; por dentro y por fuera la cubrirás; y harás sobre ella una cornisa de oro alrededor.
Y harás lazadas de cárdeno en la orilla de la una cortina, en el borde, en la juntura: y así harás en la orilla de la postrera cortina en la juntura segunda.
La longitud de cada tabla será de diez codos, y de codo y medio la anchura de cada tabla.
Y para el lado del tabernáculo, al occidente, harás seis tablas.
Y pondrás el velo debajo de los corchetes, y meterás allí, del velo adentro, el arca del testimonio; y aquel velo os hará separación entre el lugar santo y el santísimo.
Y harás sus cuernos á sus cuatro esquinas; los cuernos serán de lo mismo; y lo cubrirás de metal.
Harás también sus calderas para echar su ceniza; y sus paletas, y sus tazones, y sus garfios, y sus braseros: harás todos sus vasos de metal.
Y lo has de poner dentro del cerco del altar abajo; y llegará el enrejado hasta el medio del altar.
Sus veinte columnas, y sus veinte basas serán de metal; los capiteles de las columnas y sus molduras, de plata.
Y en el ancho del atrio por la parte de levante, al oriente, habrá cincuenta codos.
Y tú mandarás á los hijos de Israel que te traigan aceite puro de olivas, molido, para la luminaria, para hacer arder continuamente las lámparas.
Y pondrás aquellas dos piedras sobre los hombros del ephod, para piedras de memoria á los hijos de Israel; y Aarón llevará los nombres de ellos delante de Jehová en sus dos hombros por memoria.
Harás pues, engastes de oro,
Será cuadrado y doble, de un palmo de largo y un palmo de ancho:
Y con ellos vestirás á Aarón tu hermano, y á sus hijos con él: y los ungirás, y los consagrarás, y santificarás, para que sean mis sacerdotes.
Y pondrás la mitra sobre su cabeza, y sobre la mitra pondrás la diadema santa.
Y lo has de poner todo en las manos de Aarón, y en las manos de sus hijos; y lo mecerás agitándolo delante de Jehová.
Y harás los varales de madera de Sittim, y los cubrirás de oro.
No ofreceréis sobre él sahumerio extraño, ni holocausto, ni presente; ni tampoco derramaréis sobre él libación.
Y sobre sus cuernos hará Aarón expiación una vez en el año con la sangre de la expiación para las reconciliaciones: una vez en el año hará expiación sobre él en vuestras edades: será muy santo á Jehová.
Habló más Jehová á Moisés, diciendo:
Mira, yo he llamado por su nombre á Bezaleel, hijo de Uri, hijo de Hur, de la tribu de Judá;
Y los vestidos del servicio, y las santas vestiduras para Aarón el sacerdote, y las vestiduras de sus hijos, para que ejerzan el sacerdocio;
Y viendo todo el pueblo la columna de la nube, que estaba á la puerta del tabernáculo, levantábase todo el pueblo, cada uno á la puerta de su tienda, y adoraba.
Y Jehová descendió en la nube, y estuvo allí con él, proclamando el nombre de Jehová.
Y pasando Jehová por delante de él, proclamó: Jehová, Jehová, fuerte, misericordioso, y piadoso; tardo para la ira, y grande en benignidad y verdad;
Entonces Moisés, apresurándose, bajó la cabeza hacia el suelo y encorvóse;
La primicia de los primeros frutos de tu tierra meterás en la casa de Jehová tu Dios. No cocerás el cabrito en la leche de su madre.
Y Moisés hizo juntar toda la congregación de los hijos de Israel, y díjoles: Estas son las cosas que Jehová ha mandado que hagáis.
Seis días se hará obra, mas el día séptimo os será santo, sábado de reposo á Jehová: cualquiera que en él hiciere obra, morirá.
Y el altar del perfume, y sus varas, y el aceite de la unción, y el perfume aromático, y el pabellón de la puerta, para la entrada del tabernáculo;
Y lo ha henchido de espíritu de Dios, en sabiduría, en inteligencia, y en ciencia, y en todo artificio,
Y tomaron de delante de Moisés toda la ofrenda que los hijos de Israel habían traído para la obra del servicio del santuario, á fin de hacerla. Y ellos le traían aún ofrenda voluntaria cada mañana.
Entonces Moisés mandó pregonar por el campo, diciendo: Ningún hombre ni mujer haga más obra para ofrecer para el santuario. Y así fué el pueblo impedido de ofrecer;
E hizo las lazadas de color de jacinto en la orilla de la una cortina, en el borde, á la juntura; y así hizo en la orilla al borde de la segunda cortina, en la juntura.
Hizo asimismo cortinas de pelo de cabras para la tienda sobre el tabernáculo, é hízolas en número de once.
Eran, pues, ocho tablas, y sus basas de plata dieciséis; dos basas debajo de cada tabla.
Hizo también la mesa de madera de Sittim; su longitud de dos codos, y su anchura de un codo, y de codo y medio su altura;
Y cubrióla de oro puro, é hízole una cornisa de oro en derredor.
E hizo las varas de madera de Sittim para llevar la mesa, y cubriólas de oro.
Sus manzanas y sus brazos eran de lo mismo; todo era una pieza labrada á martillo, de oro puro.
Y metió las varas por los anillos á los lados del altar, para llevarlo con ellas: hueco lo hizo, de tablas.
Y del jacinto, y púrpura, y carmesí, hicieron las vestimentas del ministerio para ministrar en el santuario, y asimismo hicieron las vestiduras sagradas para Aarón; como Jehová lo había mandado á Moisés.
E hicieron dos anillos de oro, que pusieron en los dos cabos del racional en su orilla, á la parte baja del ephod.
La mesa, todos sus vasos, y el pan de la proposición;
Las cortinas del atrio, y sus columnas, y sus basas, y el pabellón para la puerta del atrio, y sus cuerdas, y sus estacas, y todos los vasos del servicio del tabernáculo, del tabernáculo del testimonio;
Y Jehová habló á Moisés, diciendo:
Y pondrás en él el arca del testimonio, y la cubrirás con el velo:
Luego pondrás la fuente entre el tabernáculo del testimonio y el altar; y pondrás agua en ella.
Y sobre ella puso por orden los panes delante de Jehová, como Jehová había mandado á Moisés.
Y colocó el altar del holocausto á la puerta del tabernáculo, del tabernáculo del testimonio; y ofreció sobre él holocausto y presente; como Jehová había mandado á Moisés.
Entonces una nube cubrió el tabernáculo del testimonio, y la gloria de Jehová hinchió el tabernáculo.
Y lavará con agua sus intestinos y sus piernas: y el sacerdote hará arder todo sobre el altar: holocausto es, ofrenda encendida de olor suave á Jehová.
Y si su ofrenda para holocausto fuere de ovejas, de los corderos, ó de las cabras, macho sin defecto lo ofrecerá.
Y cuando alguna persona ofreciere oblación de presente á Jehová, su ofrenda será flor de harina, sobre la cual echará aceite, y pondrá sobre ella incienso:
Y lo restante del presente será de Aarón y de sus hijos: es cosa santísima de las ofrendas que se queman á Jehová.
Luego ofrecerá del sacrificio de las paces, por ofrenda encendida á Jehová, el sebo que cubre los intestinos, y todo el sebo que está sobre las entrañas,
Y pondrá su mano sobre la cabeza de su ofrenda, y después la degollará delante del tabernáculo del testimonio; y los hijos de Aarón rociarán su sangre sobre el altar en derredor.
Si sacerdote ungido pecare según el pecado del pueblo, ofrecerá á Jehová, por su pecado que habrá cometido, un becerro sin tacha para expiación.
En fin, todo el becerro sacará fuera del campo, á un lugar limpio, donde se echan las cenizas, y lo quemará al fuego sobre la leña: en donde se echan las cenizas será quemado.
Y los ancianos de la congregación pondrán sus manos sobre la cabeza del becerro delante de Jehová; y en presencia de Jehová degollarán aquel becerro.
Y hará el sacerdote expiación por él de su pecado que cometió en alguna de estas cosas, y será perdonado; y el sobrante será del sacerdote, como el presente de vianda.
Y por su expiación traerá á Jehová un carnero sin tacha de los rebaños, conforme á tu estimación, al sacerdote para la expiación:
Y esta es la ley del presente: Han de ofrecerlo los hijos de Aarón delante de Jehová, delante del altar.
Y el sacerdote que en lugar de Aarón fuere ungido de entre sus hijos, hará la ofrenda; estatuto perpetuo de Jehová: toda ella será quemada.
Y todo presente de sacerdote será enteramente quemado; no se comerá.
Todo lo que en su carne tocare, será santificado; y si cayere de su sangre sobre el vestido, lavarás aquello sobre que cayere, en el lugar santo.
Todo varón de entre los sacerdotes la comerá: es cosa santísima.
Mas no se comerá de expiación alguna, de cuya sangre se metiere en el tabernáculo del testimonio para reconciliar en el santuario: al fuego será quemada.
En el lugar donde degollaren el holocausto, degollarán la víctima por la culpa; y rociará su sangre en derredor sobre el altar:
Y la carne que tocare á alguna cosa inmunda, no se comerá; al fuego será quemada; mas cualquiera limpio comerá de aquesta carne.
Y la persona que comiere la carne del sacrificio de paces, el cual es de Jehová, estando inmunda, aquella persona será cortada de sus pueblos.
El sebo de animal mortecino, y el sebo del que fué arrebatado de fieras, se aparejará para cualquiera otro uso, mas no lo comeréis.
Habló más Jehová á Moisés, diciendo:
La cual intimó Jehová á Moisés, en el monte de Sinaí, el día que mandó á los hijos de Israel que ofreciesen sus ofrendas á Jehová en el desierto de Sinaí.
Y puso sobre él la túnica, y ciñólo con el cinto; vistióle después el manto, y puso sobre él el ephod, y ciñólo con el cinto del ephod, y ajustólo con él.
Después hizo llegar el carnero del holocausto, y Aarón y sus hijos pusieron sus manos sobre la cabeza del carnero:
Después hizo llegar el otro carnero, el carnero de las consagraciones, y Aarón y sus hijos pusieron sus manos sobre la cabeza del carnero:
Y á los hijos de Israel hablarás, diciendo: Tomad un macho cabrío para expiación, y un becerro y un cordero de un año, sin tacha, para holocausto;
Y el sebo y riñones y redaño del hígado, de la expiación, hízolos arder sobre el altar; como Jehová lo había mandado á Moisés.
Degolló también el buey y el carnero en sacrificio de paces, que era del pueblo: y los hijos de Aarón le presentaron la sangre (la cual roció él sobre el altar alrededor),
Y ellos llegaron, y sacáronlos con sus túnicas fuera del campo, como dijo Moisés.
Y para poder discernir entre lo santo y lo profano, y entre lo inmundo y lo limpio;
También el conejo, porque rumia, mas no tiene pezuña, tendréislo por inmundo;
Os serán, pues, en abominación: de su carne no comeréis, y abominaréis sus cuerpos muertos.
Y el calamón, y el cisne, y el onocrótalo,
Y el erizo, y el lagarto, y el caracol, y la babosa, y el topo.
Y si cayere de sus cuerpos muertos sobre alguna simiente que se haya de sembrar, será limpia.
Y todo reptil que va arrastrando sobre la tierra, es abominación; no se comerá.
Pues que yo soy Jehová vuestro Dios, vosotros por tanto os santificaréis, y seréis santos, porque yo soy santo: así que no ensuciéis vuestras personas con ningún reptil que anduviere arrastrando sobre la tierra.
Y si pariere hembra será inmunda dos semanas, conforme á su separación, y sesenta y seis días estará purificándose de su sangre.
Y al séptimo día el sacerdote lo mirará; y si la llaga á su parecer se hubiere estancado, no habiéndose extendido en la piel, entonces el sacerdote le volverá á encerrar por otros siete días.
Y el sacerdote mirará, y si pareciere tumor blanco en la piel, el cual haya mudado el color del pelo, y se descubre asimismo la carne viva,
Y el sacerdote mirará; y si pareciere estar más baja que su piel, y su pelo se hubiere vuelto blanco, darálo el sacerdote por inmundo: es llaga de lepra que se originó en la apostema.
Empero si la mancha se estuviere en su lugar, y no se hubiere extendido en la piel, sino que está oscura, hinchazón es de la quemadura: darálo el sacerdote por limpio; que señal de la quemadura es.
Y lo que quedare del aceite que tiene en su mano, pondrá sobre la cabeza del que se purifica: y hará el sacerdote expiación por él delante de Jehová.
Y el sacerdote tomará el cordero de la expiación por la culpa, y el log de aceite, y mecerálo el sacerdote como ofrenda agitada delante de Jehová;
Entonces mandará el sacerdote, y despejarán la casa antes que el sacerdote entre á mirar la plaga, porque no sea contaminado todo lo que estuviere en la casa: y después el sacerdote entrará á reconocer la casa:
Mas si entrare el sacerdote y mirare, y viere que la plaga no se ha extendido en la casa después que fué encostrada, el sacerdote dará la casa por limpia, porque la plaga ha sanado.
Y degollará la una avecilla en una vasija de barro sobre aguas vivas:
Esta es la ley acerca de toda plaga de lepra, y de tiña;
Hablad á los hijos de Israel, y decidles: Cualquier varón, cuando su simiente manare de su carne, será inmundo.
Y esta será su inmundicia en su flujo; sea que su carne destiló por causa de su flujo, ó que su carne se obstruyó á causa de su flujo, él será inmundo.
Y todo aparejo sobre que cabalgare el que tuviere flujo, será inmundo.
Cualquiera que tocare en esas cosas será inmundo; y lavará sus vestidos, y á sí mismo se lavará con agua, y será inmundo hasta la tarde.
Y el octavo día tomará consigo dos tórtolas, ó dos palominos, y los traerá al sacerdote, á la puerta del tabernáculo del testimonio:
Y hará allegar Aarón el macho cabrío sobre el cual cayere la suerte por Jehová, y ofrecerálo en expiación.
Y esparcirá sobre él de la sangre con su dedo siete veces, y lo limpiará, y lo santificará de las inmundicias de los hijos de Israel.
Y el que los quemare, lavará sus vestidos, lavará también su carne con agua, y después entrará en el real.
Sábado de reposo es para vosotros, y afligiréis vuestras almas, por estatuto perpetuo.
Cualquier varón de la casa de Israel que degollare buey, ó cordero, ó cabra, en el real, ó fuera del real,
Y nunca más sacrificarán sus sacrificios á los demonios, tras de los cuales han fornicado: tendrán esto por estatuto perpetuo por sus edades.
Y si no los lavare, ni lavare su carne, llevará su iniquidad.
Ningún varón se allegue á ninguna cercana de su carne, para descubrir su desnudez: Yo Jehová.
(Porque todas estas abominaciones hicieron los hombres de la tierra, que fueron antes de vosotros, y la tierra fué contaminada:)
Guardad, pues, mi ordenanza, no haciendo de las prácticas abominables que tuvieron lugar antes de vosotros, y no os ensuciéis en ellas: Yo Jehová vuestro Dios.
No os volveréis á los ídolos, ni haréis para vosotros dioses de fundición: Yo Jehová vuestro Dios.
No oprimirás á tu prójimo, ni le robarás. No se detendrá el trabajo del jornalero en tu casa hasta la mañana.
No maldigas al sordo, y delante del ciego no pongas tropiezo, mas tendrás temor de tu Dios: Yo Jehová.
No harás agravio en el juicio: no tendrás respeto al pobre, ni honrarás la cara del grande: con justicia juzgarás á tu prójimo.
No te vengarás, ni guardarás rencor á los hijos de tu pueblo: mas amarás á tu prójimo como á ti mismo: Yo Jehová.
Mas al quinto año comeréis el fruto de él, para que os haga crecer su fruto: Yo Jehová vuestro Dios.
No cortaréis en redondo las extremidades de vuestras cabezas, ni dañarás la punta de tu barba.
Y cuando el extranjero morare contigo en vuestra tierra, no le oprimiréis.
Guardad pues todos mis estatutos, y todos mis derechos, y ponedlos por obra: Yo Jehová.
Entonces yo pondré mi rostro contra aquel varón, y contra su familia, y le cortaré de entre su pueblo, con todos los que fornicaron en pos de él, prostituyéndose con Moloch.
Y la persona que atendiere á encantadores ó adivinos, para prostituirse tras de ellos, yo pondré mi rostro contra la tal persona, y cortaréla de entre su pueblo.
La desnudez de la hermana de tu madre, ó de la hermana de tu padre, no descubrirás: por cuanto descubrió su parienta, su iniquidad llevarán.
Santos serán á su Dios, y no profanarán el nombre de su Dios; porque los fuegos de Jehová y el pan de su Dios ofrecen: por tanto serán santos.
Lo santificarás por tanto, pues el pan de tu Dios ofrece: santo será para ti, porque santo soy yo Jehová vuestro santificador.
Y tomará él mujer con su virginidad.
El pan de su Dios, de lo muy santo y las cosas santificadas, comerá.
Empero no entrará del velo adentro, ni se allegará al altar, por cuanto hay falta en él: y no profanará mi santuario, porque yo Jehová soy el que los santifico.
La persona que lo tocare, será inmunda hasta la tarde, y no comerá de las cosas sagradas antes que haya lavado su carne con agua.
Ningún extraño comerá cosa sagrada; el huésped del sacerdote, ni el jornalero, no comerá cosa sagrada.
De vuestra voluntad ofreceréis macho sin defecto de entre las vacas, de entre los corderos, ó de entre las cabras.
Buey ó carnero que tenga de más ó de menos, podrás ofrecer por ofrenda voluntaria; mas por voto no será acepto.
Herido ó magullado, rompido ó cortado, no ofreceréis á Jehová, ni en vuestra tierra lo haréis.
Y de mano de hijo de extranjero no ofreceréis el pan de vuestro Dios de todas estas cosas; porque su corrupción está en ellas: hay en ellas falta, no se os aceptarán.
Y no amancilléis mi santo nombre, y yo me santificaré en medio de los hijos de Israel: Yo Jehová que os santifico;
El primer día tendréis santa convocación: ninguna obra servil haréis.
Ninguna obra haréis en este mismo día; porque es día de expiaciones, para reconciliaros delante de Jehová vuestro Dios.
Y habló Jehová á Moisés, diciendo:
Y tomarás flor de harina, y cocerás de ella doce tortas: cada torta será de dos décimas.
Y Jehová habló á Moisés, diciendo:
Rotura por rotura, ojo por ojo, diente por diente: según la lesión que habrá hecho á otro, tal se hará á él.
El que hiere algún animal, ha de restituirlo; mas el que hiere de muerte á un hombre, que muera.
Y habló Moisés á los hijos de Israel, y ellos sacaron al blasfemo fuera del real, y apedreáronlo con piedras. Y los hijos de Israel hicieron según que Jehová había mandado á Moisés.
Y no engañe ninguno á su prójimo; mas tendrás temor de tu Dios: porque yo soy Jehová vuestro Dios.
Entonces yo os enviaré mi bendición el sexto año, y hará fruto por tres años.
Por tanto, en toda la tierra de vuestra posesión, otorgaréis redención á la tierra.
Mas la tierra del ejido de sus ciudades no se venderá, porque es perpetua posesión de ellos.
Y cuando tu hermano empobreciere, estando contigo, y se vendiere á ti, no le harás servir como siervo:
No te enseñorearás de él con dureza, mas tendrás temor de tu Dios.
Guardad mis sábados, y tened en reverencia mi santuario: Yo Jehová.
Y yo daré paz en la tierra, y dormiréis, y no habrá quien os espante: y haré quitar las malas bestias de vuestra tierra, y no pasará por vuestro país la espada:
Y vuestra fuerza se consumirá en vano; que vuestra tierra no dará su esquilmo, y los árboles de la tierra no darán su fruto.
Y si con estas cosas no fuereis corregidos, sino que anduviereis conmigo en oposición,
Y si con esto no me oyereis, mas procediereis conmigo en oposición,
Y confesarán su iniquidad, y la iniquidad de sus padres, por su prevaricación con que prevaricaron contra mí: y también porque anduvieron conmigo en oposición,
Mas si fuere de los animales inmundos, lo redimirán conforme á tu estimación, y añadirán sobre ella su quinto: y si no lo redimieren, se venderá conforme á tu estimación.
De Judá, Naasón hijo de Aminadab.
De Aser, Phegiel hijo de Ocrán.
De los hijos de Issachâr, por sus generaciones, por sus familias, por las casas de sus padres, conforme á la cuenta de los nombres, de veinte años arriba, todos los que podían salir á la guerra;
Los contados de ellos, de la tribu de Aser, cuarenta y un mil y quinientos.
Solamente no contarás la tribu de Leví, ni tomarás la cuenta de ellos entre los hijos de Israel:
Y cuando el tabernáculo partiere, los Levitas lo desarmarán; y cuando el tabernáculo parare, los Levitas lo armarán: y el extraño que se llegare, morirá.
E hicieron los hijos de Israel conforme á todas las cosas que mandó Jehová á Moisés; así lo hicieron.
Y habló Jehová á Moisés y á Aarón, diciendo:
Y la tribu de Zabulón: y el jefe de los hijos de Zabulón, Eliab hijo de Helón;
Y su hueste, sus contados, cuarenta y seis mil y quinientos.
Y su hueste, con los contados de ellos, cuarenta mil y quinientos.
Y su hueste, con los contados de ellos, treinta y dos mil y doscientos:
Y la tribu de Benjamín: y el jefe de los hijos de Benjamín, Abidán hijo de Gedeón;
Todos los contados en el ejército de Ephraim, ciento ocho mil y ciento, por sus escuadrones, irán los terceros.
Y el jefe de la casa del padre de los Gersonitas, Eliasaph hijo de Lael.
Y Moisés dió el dinero de los rescates á Aarón y á sus hijos, conforme al dicho de Jehová, según que Jehová había mandado á Moisés.
Toma la cuenta de los hijos de Coath de entre los hijos de Leví, por sus familias, por las casas de sus padres,
Y extenderán sobre ella el paño de carmesí colorado, y lo cubrirán con la cubierta de pieles de tejones; y le pondrán sus varas.
Llevarán las cortinas del tabernáculo, y el tabernáculo del testimonio, su cubierta, y la cubierta de pieles de tejones que está sobre él encima, y el pabellón de la puerta del tabernáculo del testimonio,
Desde el de edad de treinta años arriba hasta el de cincuenta años, los contarás; todos los que entran en compañía, para hacer servicio en el tabernáculo del testimonio.
Además habló Jehová á Moisés, diciendo:
Y toda ofrenda de todas las cosas santas que los hijos de Israel presentaren al sacerdote, suya será.
Después tomará el sacerdote de la mano de la mujer el presente de los celos, y mecerálo delante de Jehová, y lo ofrecerá delante del altar:
Esta es la ley de los celos, cuando la mujer hiciere traición á su marido, y se amancillare;
Y si alguno muriere muy de repente junto á él, contaminará la cabeza de su nazareato; por tanto el día de su purificación raerá su cabeza; al séptimo día la raerá.
Después tomará el sacerdote la espaldilla cocida del carnero, y una torta sin levadura del canastillo, y una hojaldre sin levadura, y pondrálas sobre las manos del Nazareo, después que fuere raído su nazareato:
Y ofrecieron los príncipes á la dedicación del altar el día que fué ungido, ofrecieron los príncipes su ofrenda delante del altar.
Un becerro, un carnero, un cordero de un año para holocausto;
Y para sacrificio de paces, dos bueyes, cinco carneros, cinco machos de cabrío, cinco corderos de un año. Esta fué la ofrenda de Elisur, hijo de Sedeur.
El sexto día, Eliasaph hijo de Dehuel, príncipe de los hijos de Gad:
Un macho cabrío para expiación;
Un becerro, un carnero, un cordero de un año para holocausto;
Y para sacrificio de paces, dos bueyes, cinco carneros, cinco machos de cabrío, cinco corderos de un año. Esta fué la ofrenda de Gamaliel, hijo de Pedasur.
El décimo día, el príncipe de los hijos de Dan, Ahiezer hijo de Ammisaddai:
El undécimo día, el príncipe de los hijos de Aser, Pagiel hijo de Ocrán:
Y para sacrificio de paces, dos bueyes, cinco carneros, cinco machos de cabrío, cinco corderos de un año. Esta fué la ofrenda de Ahira, hijo de Enán.
Y todos los bueyes del sacrificio de las paces veinte y cuatro novillos, sesenta los carneros, sesenta los machos de cabrío, sesenta los corderos de un año. Esta fué la dedicación del altar, después que fué ungido.
Y los Levitas pondrán sus manos sobre las cabezas de los novillos: y ofrecerás el uno por expiación, y el otro en holocausto á Jehová, para expiar los Levitas.
Y después de eso vendrán los Levitas á ministrar en el tabernáculo del testimonio: los expiarás pues, y los ofrecerás en ofrenda.
Esto cuanto á los Levitas: de veinte y cinco años arriba entrarán á hacer su oficio en el servicio del tabernáculo del testimonio:
Y hubo algunos que estaban inmundos á causa de muerto, y no pudieron hacer la pascua aquel día; y llegaron delante de Moisés y delante de Aarón aquel día;
Habla á los hijos de Israel, diciendo: Cualquiera de vosotros ó de vuestras generaciones, que fuere inmundo por causa de muerto ó estuviere de viaje lejos, hará pascua á Jehová:
Al mandato de Jehová los hijos de Israel se partían: y al mandato de Jehová asentaban el campo: todos los días que la nube estaba sobre el tabernáculo, ellos estaban quedos.
Y fué en el año segundo, en el mes segundo, á los veinte del mes, que la nube se alzó del tabernáculo del testimonio.
Y movieron los hijos de Israel por sus partidas del desierto de Sinaí; y paró la nube en el desierto de Parán.
Y sobre el ejército de la tribu de los hijos de Issachâr, Nathanael hijo de Suar.
Y sobre el ejército de la tribu de los hijos de Benjamín, Abidán hijo de Gedeón.
Y sobre el ejército de la tribu de los hijos de Nephtalí, Ahira hijo de Enán.
Y fué, que en moviendo el arca, Moisés decía: Levántate, Jehová, y sean disipados tus enemigos, y huyan de tu presencia los que te aborrecen.
Y si así lo haces tú conmigo, yo te ruego que me des muerte, si he hallado gracia en tus ojos; y que yo no vea mi mal.
No comeréis un día, ni dos días, ni cinco días, ni diez días, ni veinte días;
¿Se han de degollar para ellos ovejas y bueyes que les basten? ¿ó se juntarán para ellos todos los peces de la mar para que tengan abasto?
Aun estaba la carne entre los dientes de ellos, antes que fuese mascada, cuando el furor de Jehová se encendió en el pueblo, é hirió Jehová al pueblo con una muy grande plaga.
De la tribu de Nephtalí, Nahabí hijo de Vapsi.
Y hablaron á toda la congregación de los hijos de Israel, diciendo: La tierra por donde pasamos para reconocerla, es tierra en gran manera buena.
Y que has hecho morir á este pueblo como á un hombre: y las gentes que hubieren oído tu fama hablarán, diciendo:
Ahora, pues, yo te ruego que sea magnificada la fortaleza del Señor, como lo hablaste, diciendo:
Y dijo Moisés: ¿Por qué quebrantáis el dicho de Jehová? Esto tampoco os sucederá bien.
Ofrecerás con el novillo un presente de tres décimas de flor de harina, amasada con la mitad de un hin de aceite:
Habla á los hijos de Israel, y diles: Cuando hubiereis entrado en la tierra á la cual yo os llevo,
Y tomaron cada uno su incensario, y pusieron en ellos fuego, y echaron en ellos sahumerio, y pusiéronse á la puerta del tabernáculo del testimonio con Moisés y Aarón.
Y Moisés se levantó, y fué á Dathán y á Abiram; y los ancianos de Israel fueron en pos de él.
Y todo Israel, los que estaban en derredor de ellos, huyeron al grito de ellos; porque decían: No nos trague también la tierra.
Y vinieron Moisés y Aarón delante del tabernáculo del testimonio.
Y Jehová dijo á Moisés: Vuelve la vara de Aarón delante del testimonio, para que se guarde por señal á los hijos rebeldes; y harás cesar sus quejas de sobre mí, porque no mueran.
De aceite, y de mosto, y de trigo, todo lo más escogido, las primicias de ello, que presentarán á Jehová, á ti las he dado.
Y la daréis á Eleazar el sacerdote, y él la sacará fuera del campo, y harála degollar en su presencia.
Y les será por estatuto perpetuo: también el que rociare el agua de la separación lavará sus vestidos; y el que tocare el agua de la separación, será inmundo hasta la tarde.
Y todo lo que el inmundo tocare, será inmundo: y la persona que lo tocare, será inmunda hasta la tarde.
Entonces alzó Moisés su mano, é hirió la peña con su vara dos veces: y salieron muchas aguas, y bebió la congregación, y sus bestias.
Y envió Moisés embajadores al rey de Edom desde Cades: Así dice Israel tu hermano: Tú has sabido todo el trabajo que nos ha venido:
Y Jehová habló á Moisés y Aarón en el monte de Hor, en los confines de la tierra de Edom, diciendo:
Toma á Aarón y á Eleazar su hijo, y hazlos subir al monte de Hor;
Y Moisés hizo desnudar á Aarón de sus vestidos y vistiólos á Eleazar su hijo: y Aarón murió allí en la cumbre del monte: y Moisés y Eleazar descendieron del monte.
Y Jehová escuchó la voz de Israel, y entregó al Cananeo, y destruyólos á ellos y á sus ciudades; y llamó el nombre de aquel lugar Horma.
Por tanto se dice en el libro de las batallas de Jehová: Lo que hizo en el mar Bermejo, y en los arroyos de Arnón:
Pasaré por tu tierra: no nos apartaremos por los labrados, ni por las viñas; no beberemos las aguas de los pozos: por el camino real iremos, hasta que pasemos tu término.
Mas devastamos el reino de ellos; pereció Hesbón hasta Dibón, y destruimos hasta Nopha y Medeba.
Y fueron los ancianos de Moab, y los ancianos de Madián, con las dádivas de adivinación en su mano, y llegaron á Balaam, y le dijeron las palabras de Balac.
Y él les dijo: Reposad aquí esta noche, y yo os referiré las palabras, como Jehová me hablare. Así los príncipes de Moab se quedaron con Balaam.
Y Balaam respondió á Dios: Balac hijo de Zippor, rey de Moab, ha enviado á mí diciendo:
Mas el ángel de Jehová se puso en una senda de viñas que tenía pared de una parte y pared de otra.
Y oyendo Balac que Balaam venía, salió á recibirlo á la ciudad de Moab, que está junto al término de Arnón, que es el cabo de los confines.
¿Quién contará el polvo de Jacob, o el número de la cuarta parte de Israel? Muera mi persona de la muerte de los rectos, y mi postrimería sea como la suya.
Y él respondió, y dijo: ¿No observaré yo lo que Jehová pusiere en mi boca para decirlo?
Dios no es hombre, para que mienta; ni hijo de hombre para que se arrepienta: el dijo, ¿y no hará?; habló, ¿y no lo ejecutará?
De sus manos destilarán aguas, y su simiente será en muchas aguas: y ensalzarse ha su rey más que Agag, y su reino será ensalzado.
Húyete, por tanto, ahora á tu lugar: yo dije que te honraría, mas he aquí que Jehová te ha privado de honra.
Y será tomada Edom, será también tomada Seir por sus enemigos, e Israel se portará varonilmente.
Y el de Jacob se enseñoreará, y destruirá de la ciudad lo que quedare.
Y Jehová dijo á Moisés: Toma todos los príncipes del pueblo, y ahórcalos á Jehová delante del sol; y la ira del furor de Jehová se apartará de Israel.
Y viólo Phinees, hijo de Eleazar, hijo de Aarón el sacerdote, y levantóse de en medio de la congregación, y tomó una lanza en su mano:
Y Jehová habló á Moisés, diciendo:
Hostilizaréis á los Madianitas, y los heriréis:
Y aconteció después de la mortandad, que Jehová habló á Moisés, y á Eleazar hijo del sacerdote Aarón, diciendo:
De Zera, la familia de los Zeraitas; de Saul, la familia de los Saulitas.
Estas son las familias de Judá, por sus contados, setenta y seis mil y quinientos.
Los hijos de Beria: de Heber, la familia de los Heberitas; de Malchîel, la familia de los Malchîelitas.
Estos son los contados de los hijos de Israel, seiscientos y un mil setecientos y treinta.
Y presentáronse delante de Moisés, y delante del sacerdote Eleazar, y delante de los príncipes, y de toda la congregación, á la puerta del tabernáculo del testimonio, y dijeron:
Ponga Jehová, Dios de los espíritus de toda carne, varón sobre la congregación,
Y ponerlo has delante de Eleazar el sacerdote, y delante de toda la congregación; y le darás órdenes en presencia de ellos.
Y puso sobre él sus manos, y dióle órdenes, como Jehová había mandado por mano de Moisés.
Mas el día del sábado dos corderos de un año sin defecto, y dos décimas de flor de harina amasada con aceite, por presente, con su libación:
Y una décima de flor de harina amasada con aceite, en ofrenda por presente con cada cordero: holocausto de olor suave, ofrenda encendida á Jehová.
Y un macho cabrío en expiación se ofrecerá á Jehová, además del holocausto continuo con su libación.
Y con cada uno de los siete corderos, una décima;
Y con cada uno de los siete corderos, una décima;
Y un macho cabrío por expiación: además del holocausto continuo, y su presente y su libación.
Y un macho cabrío por expiación: además del holocausto continuo, su presente y su libación.
Y Jehová habló á Moisés, diciendo:
Y todas las niñas entre las mujeres, que no hayan conocido ayuntamiento de varón, os reservaréis vivas.
Y vosotros quedaos fuera del campo siete días: y todos los que hubieren matado persona, y cualquiera que hubiere tocado muerto, os purificaréis al tercero y al séptimo día, vosotros y vuestros cautivos.
Y la mitad, la parte de los que habían salido á la guerra, fué el número de trescientas treinta y siete mil y quinientas ovejas.
Y llegaron á Moisés los jefes de los millares de aquel ejército, los tribunos y centuriones;
Y los hijos de Rubén y los hijos de Gad tenían una muy grande muchedumbre de ganado; los cuales viendo la tierra de Jazer y de Galaad, parecióles el país lugar de ganado.
Y el furor de Jehová se encendió entonces, y juró diciendo:
Y á Nebo, y á Baal-meón, (mudados los nombres), y á Sibma: y pusieron nombres á las ciudades que edificaron.
Y los hijos de Machîr hijo de Manasés fueron á Galaad, y tomáronla, y echaron al Amorrheo que estaba en ella.
De Rameses partieron en el mes primero, á los quince días del mes primero: el segundo día de la pascua salieron los hijos de Israel con mano alta, á ojos de todos los Egipcios.
Y partidos de Alús, asentaron en Rephidim, donde el pueblo no tuvo aguas para beber.
Y partidos de Rimmón-peres, asentaron en Libna.
Y partidos del monte de Sepher, asentaron en Harada.
Y partidos de Bene-jaacán, asentaron en el monte de Gidgad.
Y partidos de Cades, asentaron en el monte de Hor, en la extremidad del país de Edom.
Y habló Jehová á Moisés en los campos de Moab junto al Jordán de Jericó, diciendo:
Estos son á los que mandó Jehová que hiciesen la partición de la herencia á los hijos de Israel en la tierra de Canaán.
Entonces la congregación juzgará entre el heridor y el pariente del muerto conforme á estas leyes:
Pues en su ciudad de refugio deberá aquél habitar hasta que muera el gran sacerdote: y después que muriere el gran sacerdote, el homicida volverá á la tierra de su posesión.
Y no contaminaréis la tierra donde estuviereis: porque esta sangre amancillará la tierra: y la tierra no será expiada de la sangre que fué derramada en ella, sino por la sangre del que la derramó.
Y así Maala, y Tirsa, y Hogla, y Milchâ, y Noa, hijas de Salphaad, se casaron con hijos de sus tíos:
Estos son los mandamientos y los estatutos que mandó Jehová por mano de Moisés á los hijos de Israel en los campos de Moab, junto al Jordán de Jericó.
Y entonces mandé á vuestros jueces, diciendo: Oid entre vuestros hermanos, y juzgad justamente entre el hombre y su hermano, y el que le es extranjero.
Y Jehová me dijo: Diles: No subáis, ni peleéis, pues no estoy entre vosotros; porque no seáis heridos delante de vuestros enemigos.
Harto habéis rodeado este monte; volveos al aquilón.
Por gigantes eran ellos también contados, como los Anaceos; y los Moabitas los llaman Emimeos.
Y á los Heveos que habitaban en Haserin hasta Gaza, los Caftoreos que salieron de Caftor los destruyeron, y habitaron en su lugar.)
Y díjome Jehová: He aquí yo he comenzado á dar delante de ti á Sehón y á su tierra; comienza á tomar posesión, para que heredes su tierra.
Y tomamos entonces todas sus ciudades, y destruimos todas las ciudades, hombres, y mujeres, y niños; no dejamos ninguno:
Y esta tierra que heredamos entonces desde Aroer, que está al arroyo de Arnón, y la mitad del monte de Galaad con sus ciudades, dí á los Rubenitas y á los Gaditas:
Solamente vuestras mujeres, vuestros niños, y vuestros ganados, (yo sé que tenéis mucho ganado,) quedarán en vuestras ciudades que os he dado,
Y manda á Josué, y anímalo, y confórtalo; porque él ha de pasar delante de este pueblo, y él les hará heredar la tierra que verás.
Figura de ningún animal que vaya arrastrando por la tierra, figura de pez alguno que haya en el agua debajo de la tierra:
Para echar de delante de ti gentes grandes y más fuertes que tú, y para introducirte, y darte su tierra por heredad, como hoy.
Esta, pues, es la ley que Moisés propuso delante de los hijos de Israel.
Y toda la llanura de esta parte del Jordán, al oriente, hasta la mar del llano, las vertientes de las aguas abajo del Pisga.
No harás para ti escultura, ni imagen alguna de cosa que está arriba en los cielos, ó abajo en la tierra, ó en las aguas debajo de la tierra:
Seis días trabajarás y harás toda tu obra:
Y aconteció, que como vosotros oisteis la voz de en medio de las tinieblas, y visteis al monte que ardía en fuego, llegasteis á mí todos los príncipes de vuestras tribus, y vuestros ancianos;
Andad en todo camino que Jehová vuestro Dios os ha mandado, para que viváis, y os vaya bien, y tengáis largos días en la tierra que habéis de poseer.
Oye pues, oh Israel, y cuida de ponerlos por obra, para que te vaya bien, y seáis multiplicados, como te ha dicho Jehová el Dios de tus padres, en la tierra que destila leche y miel.
Cuando mañana te preguntare tu hijo, diciendo: ¿Qué significan los testimonios, y estatutos, y derechos, que Jehová nuestro Dios os mandó?
Y no emparentarás con ellos: no darás tu hija á su hijo, ni tomarás á su hija para tu hijo.
Y consumirás á todos los pueblos que te da Jehová tu Dios: no los perdonará tu ojo; ni servirás á sus dioses, que te será tropiezo.
Entonces tomé las dos tablas, y arrojélas de mis dos manos, y quebrélas delante de vuestros ojos.
Que hace justicia al huérfano y á la viuda; que ama también al extranjero dándole pan y vestido.
Mas vuestros ojos han visto todos los grandes hechos que Jehová ha ejecutado.
Y las escribirás en los postes de tu casa, y en tus portadas:
Y la maldición, si no oyereis los mandamientos de Jehová vuestro Dios, y os apartareis del camino que yo os ordeno hoy, para ir en pos de dioses ajenos que no habéis conocido.
Mas pasaréis el Jordán, y habitaréis en la tierra que Jehová vuestro Dios os hace heredar, y él os dará reposo de todos vuestros enemigos alrededor, y habitaréis seguros.
Guarda y escucha todas estas palabras que yo te mando, porque te vaya bien á ti y á tus hijos después de ti para siempre, cuando hicieres lo bueno y lo recto en los ojos de Jehová tu Dios.
Guárdate que no tropieces en pos de ellas, después que fueren destruídas delante de ti: no preguntes acerca de sus dioses, diciendo: De la manera que servían aquellas gentes á sus dioses, así haré yo también.
Cuando se levantare en medio de ti profeta, ó soñador de sueños, y te diere señal ó prodigio,
Porque eres pueblo santo á Jehová tu Dios, y Jehová te ha escogido para que le seas un pueblo singular de entre todos los pueblos que están sobre la haz de la tierra.
Y todo cuervo según su especie,
Ya que Jehová tu Dios te habrá bendecido, como te ha dicho, prestarás entonces á muchas gentes, mas tú no tomarás prestado; y enseñorearte has de muchas gentes, pero de ti no se enseñorearán.
Cuando se vendiere á ti tu hermano Hebreo ó Hebrea, y te hubiere servido seis años, al séptimo año le despedirás libre de ti.
Y será que, si él te dijere: No saldré de contigo; porque te ama á ti y á tu casa, que le va bien contigo;
Entonces tomarás una lesna, y horadarás su oreja junto á la puerta, y será tu siervo para siempre: así también harás á tu criada.
Y sacrificarás la pascua á Jehová tu Dios, de las ovejas y de las vacas, en el lugar que Jehová escogiere para hacer habitar allí su nombre.
Y la asarás y comerás en el lugar que Jehová tu Dios hubiere escogido; y por la mañana te volverás y restituirás á tu morada.
Que hubiere ido y servido á dioses ajenos, y se hubiere inclinado á ellos, ora al sol, ó á la luna, ó á todo el ejército del cielo, lo cual yo no he mandado;
Ni fraguador de encantamentos, ni quien pregunte á pitón, ni mágico, ni quien pregunte á los muertos.
Porque es abominación á Jehová cualquiera que hace estas cosas, y por estas abominaciones Jehová tu Dios las echó de delante de ti.
Y este es el caso del homicida que ha de huir allí, y vivirá: el que hiriere á su prójimo por yerro, que no le tenía enemistad desde ayer ni antes de ayer:
Mas cuando hubiere alguno que aborreciere á su prójimo, y lo acechare, y se levantare sobre él, y lo hiriere de muerte, y muriere, y huyere á alguna de estas ciudades;
Y los que quedaren oirán, y temerán, y no volverán más á hacer una mala cosa como ésta, en medio de ti.
Entonces tus ancianos y tus jueces saldrán y medirán hasta las ciudades que están alrededor del muerto:
Y todos los ancianos de aquella ciudad más cercana al muerto lavarán sus manos sobre la becerra degollada en el valle.
Entonces tomarlo han su padre y su madre, y lo sacarán á los ancianos de su ciudad, y á la puerta del lugar suyo;
Cuando edificares casa nueva, harás pretil á tu terrado, porque no pongas sangre en tu casa, si de él cayere alguno.
Cuando se sorprendiere alguno echado con mujer casada con marido, entrambos morirán, el hombre que se acostó con la mujer, y la mujer: así quitarás el mal de Israel.
Porque él la halló en el campo: dió voces la moza desposada, y no hubo quien la valiese.
Cuando alguno hallare moza virgen, que no fuere desposada, y la tomare, y se echare con ella, y fueren hallados;
No entrará en la congregación de Jehová el que fuere quebrado, ni el castrado.
No entrará bastardo en la congregación de Jehová: ni aun en la décima generación entrará en la congregación de Jehová.
Cuando salieres á campaña contra tus enemigos, guárdate de toda cosa mala.
Y será que al declinar de la tarde se lavará con agua, y cuando fuere puesto el sol, entrará en el campo.
No entregarás á su señor el siervo que se huyere á ti de su amo:
Cuando prometieres voto á Jehová tu Dios, no tardarás en pagarlo; porque ciertamente lo demandará Jehová tu Dios de ti, y habría en ti pecado.
Cuando entrares en la mies de tu prójimo, podrás cortar espigas con tu mano; mas no aplicarás hoz á la mies de tu prójimo.
Cuando dieres á tu prójimo alguna cosa emprestada, no entrarás en su casa para tomarle prenda:
Entonces los ancianos de aquella ciudad lo harán venir, y hablarán con él: y si él se levantare, y dijere, No quiero tomarla,
Cuando algunos riñeren juntos el uno con el otro, y llegare la mujer del uno para librar á su marido de mano del que le hiriere, y metiere su mano y le trabare de sus vergüenzas;
Porque abominación es á Jehová tu Dios cualquiera que hace esto, cualquiera que hace agravio.
Y te alegrarás con todo el bien que Jehová tu Dios te hubiere dado á ti y á tu casa, tú y el Levita, y el extranjero que está en medio de ti.
Y escribirás en las piedras todas las palabras de esta ley muy claramente.
Maldito el hombre que hiciere escultura ó imagen de fundición, abominación á Jehová, obra de mano de artífice, y la pusiere en oculto. Y todo el pueblo responderá y dirá: Amén.
Maldito el que se echare con su hermana, hija de su padre, ó hija de su madre. Y dirá todo el pueblo: Amén.
Enviará Jehová contigo la bendición en tus graneros, y en todo aquello en que pusieres tu mano; y te bendecirá en la tierra que Jehová tu Dios te da.
Y Jehová enviará contra ti la maldición, quebranto y asombro en todo cuanto pusieres mano é hicieres, hasta que seas destruído, y perezcas presto á causa de la maldad de tus obras, por las cuales me habrás dejado.
Herirte ha Jehová con maligna pústula en las rodillas y en las piernas, sin que puedas ser curado: aun desde la planta de tu pie hasta tu mollera.
Jehová llevará á ti, y á tu rey que hubieres puesto sobre ti, á gente que no conociste tú ni tus padres; y allá servirás á dioses ajenos, al palo y á la piedra.
Tendrás olivas en todo tu término, mas no te ungirás con el aceite; porque tu aceituna se caerá.
Jehová aumentará maravillosamente tus plagas y las plagas de tu simiente, plagas grandes y estables, y enfermedades malignas y duraderas;
Y dirá la generación venidera, vuestros hijos que vendrán después de vosotros, y el extranjero que vendrá de lejanas tierras, cuando vieren las plagas de aquesta tierra, y sus enfermedades de que Jehová la hizo enfermar,
Las cosas secretas pertenecen á Jehová nuestro Dios: mas las reveladas son para nosotros y para nuestros hijos por siempre, para que cumplamos todas las palabras de esta ley.
Y circuncidará Jehová tu Dios tu corazón, y el corazón de tu simiente, para que ames á Jehová tu Dios con todo tu corazón y con toda tu alma, á fin de que tú vivas.
Ni está de la otra parte de la mar, para que digas: ¿Quién pasará por nosotros la mar, para que nos lo traiga y nos lo represente, á fin de que lo cumplamos?
Mira, yo he puesto delante de ti hoy la vida y el bien, la muerte y el mal:
Mandó Moisés á los Levitas que llevaban el arca del pacto de Jehová, diciendo:
Hízolo subir sobre las alturas de la tierra, y comió los frutos del campo, é hizo que chupase miel de la peña, y aceite del duro pedernal;
Y dirá: ¿Dónde están sus dioses, la roca en que se guarecían;
Cuando yo alzaré á los cielos mi mano, y diré: Vivo yo para siempre,
Porque no os es cosa vana, mas es vuestra vida: y por ellas haréis prolongar los días sobre la tierra, para poseer la cual pasáis el Jordán.
Bendice, oh Jehová, lo que hicieren, y recibe con agrado la obra de sus manos: hiere los lomos de sus enemigos, y de los que le aborrecieren; para que nunca se levanten.
Y á Dan dijo: Dan, cachorro de león: saltará desde Basán.
Y á Nephtalí dijo: Nephtalí, saciado de benevolencia, y lleno de la bendición de Jehová, posee el occidente y el mediodía.
Y la parte meridional, y la campiña, la vega de Jericó, ciudad de las palmas, hasta Soar.
Desde el desierto y este Líbano hasta el gran río Eufrates, toda la tierra de los Hetheos hasta la gran mar del poniente del sol, será vuestro término.
Entonces respondieron á Josué, diciendo: Nosotros haremos todas las cosas que nos has mandado, é iremos adonde quiera que nos mandares.
Y díjoles: Marchaos al monte, porque los que fueron tras vosotros no os encuentren; y estad escondidos allí tres días, hasta que los que os siguen hayan vuelto; y después os iréis vuestro camino.
Y ella respondió: Sea así como habéis dicho. Luego los despidió, y se fueron: y ella ató el cordón de grana á la ventana.
Entonces Jehová dijo á Josué: Desde aqueste día comenzaré á hacerte grande delante de los ojos de todo Israel, para que entiendan que como fuí con Moisés, así seré contigo.
En aquel día Jehová engrandeció á Josué en ojos de todo Israel: y temiéronle, como habían temido á Moisés, todos los días de su vida.
En aquel tiempo Jehová dijo á Josué: Hazte cuchillos afilados, y vuelve á circuncidar la segunda vez á los hijos de Israel.
Y él respondió: No; mas Príncipe del ejército de Jehová, ahora he venido. Entonces Josué postrándose sobre su rostro en tierra le adoró; y díjole: ¿Qué dice mi Señor á su siervo?
Y así que Josué hubo hablado al pueblo, los siete sacerdotes, llevando las siete bocinas de cuernos de carneros, pasaron delante del arca de Jehová, y tocaron las bocinas: y el arca del pacto de Jehová los seguía.
Y los armados iban delante de los sacerdotes que tocaban las bocinas, y la gente reunida iba detrás del arca, andando y tocando bocinas.
Y Josué mandó al pueblo, diciendo: Vosotros no daréis grita, ni se oirá vuestra voz, ni saldrá palabra de vuestra boca, hasta el día que yo os diga: Gritad: entonces daréis grita.
Y al séptimo día levantáronse cuando subía el alba, y dieron vuelta á la ciudad de la misma manera siete veces: solamente este día dieron vuelta alrededor de ella siete veces.
Mas toda la plata, y el oro, y vasos de metal y de hierro, sea consagrado á Jehová, y venga al tesoro de Jehová.
Fué pues Jehová con Josué, y su nombre se divulgó por toda la tierra.
Josué entonces envió mensajeros, los cuales fueron corriendo á la tienda; y he aquí estaba escondido en su tienda, y el dinero debajo de ello:
Y todo el pueblo que estaba en Hai se juntó para seguirlos: y siguieron á Josué, siendo así arrancados de la ciudad.
Y tomaron vivo al rey de Hai, y trajéronle á Josué.
También escribió allí en piedras la repetición de la ley de Moisés, la cual él había escrito delante de los hijos de Israel.
Y Josué hizo paz con ellos, y concertó con ellos que les dejaría la vida: también los príncipes de la congregación les juraron.
Y subió Josué de Gilgal, él y todo el pueblo de guerra con él, y todos los hombres valientes.
Y vosotros no os paréis, sino seguid á vuestros enemigos, y heridles la retaguardia, sin dejarles entrar en sus ciudades; porque Jehová vuestro Dios los ha entregado en vuestra mano.
Y aconteció que como Josué y los hijos de Israel hubieron acabado de herirlos con mortandad muy grande, hasta destruirlos, los que quedaron de ellos se metieron en las ciudades fuertes.
Todos estos reyes y sus tierras tomó Josué de una vez; porque Jehová el Dios de Israel peleaba por Israel.
Empero todas las ciudades que estaban en sus cabezos, no las quemó Israel, sacando á sola Asor, la cual quemó Josué.
El rey de Tappua, otro: el rey de Hepher, otro:
Dió, pues, Moisés á la tribu de los hijos de Rubén conforme á sus familias:
Hesbón, con todas sus villas que están en la llanura; Dibón, y Bamoth-baal, y Beth-baal-meón;
Y fueron los términos de los hijos de Rubén el Jordán con su término. Esta fué la herencia de los hijos de Rubén conforme á sus familias, estas ciudades con sus villas.
Esta es la herencia de los hijos de Gad, por sus familias, estas ciudades con sus villas.
También dió Moisés herencia á la media tribu de Manasés: y fué de la media tribu de los hijos de Manasés, conforme á sus familias.
Yo era de edad de cuarenta años, cuando Moisés siervo de Jehová me envió de Cades-barnea á reconocer la tierra; y yo le referí el negocio como lo tenía en mi corazón:
Y sube este término por Beth-hogla, y pasa del norte á Beth-araba, y de aquí sube este término á la piedra de Bohán, hijo de Rubén.
Y fueron las ciudades del término de la tribu de los hijos de Judá hacia el término de Edom al mediodía: Cabseel, y Eder, y Jagur,
Y Cedes, y Asor, é Itnán,
Y Ceila, y Achzib, y Maresa; nueve ciudades con sus aldeas.
Arab, y Dumah, y Esán,
Y torna á descender hacia la mar al término de Japhlet, hasta el término de Beth-oron la de abajo, y hasta Gezer; y sale á la mar.
Entonces Josué respondió á la casa de José, á Ephraim y Manasés, diciendo: Tú eres gran pueblo, y tienes gran fuerza; no tendrás una sola suerte;
Y la dividirán en siete partes: y Judá estará en su término al mediodía, y los de la casa de José estarán en el suyo al norte.
Vosotros, pues, delinearéis la tierra en siete partes, y me traeréis la descripción aquí, y yo os echaré las suertes aquí delante de Jehová nuestro Dios.
Hasar-sual, Bala, y Esem,
Y abraza Catah, y Naalal, y Simrón, é Ideala, y Beth-lehem; doce ciudades con sus aldeas.
Y Rameth, y En-gannim, y En-hadda y Beth-passes;
Y abraza á Hebrón, y Rehob, y Hammón, y Cana, hasta la gran Sidón;
Y las ciudades fuertes son Siddim, Ser, y Hamath, Raccath, y Cinneroth,
Y Elón, y Timnatha, y Ecrón,
Y Mejarcón, y Raccón, con el término que está delante de Joppa.
A Helón con sus ejidos, y á Debir con sus ejidos,
Y de la tribu de Issachâr, á Cesión con sus ejidos, á Dabereth con sus ejidos,
Y todas la villas de los Levitas en medio de la posesión de los hijos de Israel, fueron cuarenta y ocho villas con sus ejidos.
Así dió Jehová á Israel toda la tierra que había jurado dar á sus padres; y poseyéronla, y habitaron en ella.
¿No cometió Achân, hijo de Zera, prevaricación en el anatema, y vino ira sobre toda la congregación de Israel? y aquel hombre no pereció solo en su iniquidad.
Mas yo no quise escuchar á Balaam, antes os bendijo repetidamente, y os libré de sus manos.
Y después de estas cosas murió Josué, hijo de Nun, siervo de Jehová, siendo de ciento y diez años.
Y tomóla Othoniel hijo de Cenez, hermano menor de Caleb: y él le dió á Axa su hija por mujer.
Porque ya Josué había despedido al pueblo, y los hijos de Israel se habían ido cada uno á su heredad para poseerla.
Y el furor de Jehová se encendió contra Israel, el cual los entregó en manos de robadores que los despojaron, y los vendió en manos de sus enemigos de alrededor: y no pudieron parar más delante de sus enemigos.
Por donde quiera que salían, la mano de Jehová era contra ellos para mal, como Jehová había dicho, y como Jehová se lo había jurado; así los afligió en gran manera.
Y la ira de Jehová se encendió contra Israel, y dijo: Pues que esta gente traspasa mi pacto que ordené á sus padres, y no obedecen mi voz,
Estas, pues, son las gentes que dejó Jehová para probar con ellas á Israel, á todos aquellos que no habían conocido todas las guerras de Canaán;
Estos pues fueron para probar por ellos á Israel, para saber si obedecerían á los mandamientos de Jehová, que él había prescrito á sus padres por mano de Moisés.
Así los hijos de Israel habitaban entre los Cananeos, Hetheos, Amorrheos, Pherezeos, Heveos, y Jebuseos:
Mas Aod metió su mano izquierda, y tomó el puñal de su lado derecho, y metióselo por el vientre;
Después de éste fué Samgar hijo de Anat, el cual hirió seiscientos hombres de los Filisteos con una aguijada de bueyes; y él también salvó á Israel.
Mas los hijos de Israel tornaron á hacer lo malo en ojos de Jehová, después de la muerte de Aod.
Y saliendo Jael á recibir á Sísara, díjole: Ven, señor mío, ven á mí, no tengas temor. Y él vino á ella á la tienda, y ella le cubrió con una manta.
Cuando saliste de Seir, oh Jehová, cuando te apartaste del campo de Edom, la tierra tembló, y los cielos destilaron, y las nubes gotearon aguas.
Vosotros los que cabalgáis en asnas blancas, los que presidís en juicio, y vosotros los que viajáis, hablad.
Entonces ha hecho que el que quedó del pueblo, señoree á los magníficos: Jehová me hizo enseñorear sobre los fuertes.
Barriólos el torrente de Cisón, el antiguo torrente, el torrente de Cisón. Hollaste, oh alma mía, con fortaleza.
Bendita sea entre las mujeres Jael, mujer de Heber Cineo; sobre las mujeres bendita sea en la tienda.
Las más avisadas de sus damas le respondían; y aun ella se respondía á sí misma.
Ruégote que no te vayas de aquí, hasta que á ti vuelva, y saque mi presente, y lo ponga delante de ti. Y él respondió: Yo esperaré hasta que vuelvas.
Y aconteció así: porque como se levantó de mañana, exprimiendo el vellón sacó de él el rocío, un vaso lleno de agua.
Y los de Ephraim le dijeron: ¿Qué es esto que has hecho con nosotros, no llamándonos cuando ibas á la guerra contra Madián? Y reconviniéronlo fuertemente.
Y los principales de Succoth respondieron: ¿Está ya la mano de Zeba y Zalmunna en tu mano, para que hayamos nosotros de dar pan á tu ejército?
Y hablaron por él los hermanos de su madre á oídos de todos los de Sichêm todas estas palabras: y el corazón de ellos se inclinó en favor de Abimelech, porque decían: Nuestro hermano es.
Y reunidos todos los de Sichêm con toda la casa de Millo, fueron y eligieron á Abimelech por rey, cerca de la llanura del pilar que estaba en Sichêm.
Y como se lo dijesen á Jotham, fué y púsose en la cumbre del monte de Gerizim, y alzando su voz clamó, y díjoles: Oidme, varones de Sichêm; que Dios os oiga.
Y el escaramujo respondió á los árboles: Si en verdad me elegís por rey sobre vosotros, venid, y aseguraos debajo de mi sombra: y si no, fuego salga del escaramujo que devore los cedros del Líbano.
(Pues que mi padre peleó por vosotros, y echó lejos su vida por libraros de mano de Madián;
Y después de combatir Abimelech la ciudad todo aquel día, tomóla, y mató el pueblo que en ella estaba, y asoló la ciudad, y sembróla de sal.
Y después de Abimelech levantóse para librar á Israel, Tola hijo de Púa, hijo de Dodo, varón de Issachâr, el cual habitaba en Samir, en el monte de Ephraim.
Y juzgó á Israel veintitrés años, y murió, y fué sepultado en Samir.
De los de Sidón, de Amalec, y de Maón, y clamando á mí os he librado de sus manos?
Y quitaron de entre sí los dioses ajenos, y sirvieron á Jehová: y su alma fué angustiada á causa del trabajo de Israel.
Y los príncipes y el pueblo de Galaad dijeron el uno al otro: ¿Quién será el que comenzará la batalla contra los hijos de Ammón? él será cabeza sobre todos los que habitan en Galaad.
Y los ancianos de Galaad respondieron á Jephté: Por esta misma causa tornamos ahora á ti, para que vengas con nosotros, y pelees contra los hijos de Ammón, y nos seas cabeza á todos los que moramos en Galaad.
Y los ancianos de Galaad respondieron á Jephté: Jehová oiga entre nosotros, si no hiciéremos como tú dices.
Y Jephté tornó á enviar otros embajadores al rey de los Ammonitas,
Mas el rey de los hijos de Ammón no atendió las razones de Jephté que le envió.
Y tornó á decir á su padre: Hágasme esto: déjame por dos meses que vaya y descienda por los montes, y llore mi virginidad, yo y mis compañeras.
Pasados los dos meses volvió á su padre, é hizo de ella conforme á su voto que había hecho. Y ella nunca conoció varón.
De aquí fué la costumbre en Israel que de año en año iban las doncellas de Israel á endechar á la hija de Jephté Galaadita, cuatro días en el año.
Después de él juzgó á Israel Ibzan de Beth-lehem;
Ella no comerá cosa que proceda de vid que da vino; no beberá vino ni sidra, y no comerá cosa inmunda: ha de guardar todo lo que le mandé.
Y Samsón les respondió: Yo seré sin culpa esta vez para con los Filisteos, si mal les hiciere.
Entonces Dalila dijo á Samsón: He aquí tú me has engañado, y me has dicho mentiras: descúbreme pues ahora, yo te ruego, cómo podrás ser atado.
Y ella hizo que él se durmiese sobre sus rodillas; y llamado un hombre, rapóle siete guedejas de su cabeza, y comenzó á afligirlo, pues su fuerza se apartó de él.
Mas los Filisteos echaron mano de él, y sacáronle los ojos, y le llevaron á Gaza; y le ataron con cadenas, para que moliese en la cárcel.
Asió luego Samsón las dos columnas del medio sobre las cuales se sustentaba la casa, y estribó en ellas, la una con la mano derecha, y la otra con la izquierda;
Y Michâs le dijo: ¿De dónde vienes? Y el Levita le respondió: Soy de Beth-lehem de Judá, y voy á vivir donde hallare.
Fueron y asentaron campo en Chîriath-jearim, en Judá; de donde aquel lugar fué llamado el campo de Dan, hasta hoy: está detrás de Chîriath-jearim.
Y pasando de allí al monte de Ephraim, vinieron hasta la casa de Michâs.
Y levantáronse la imagen de Michâs, la cual él había hecho, todo el tiempo que la casa de Dios estuvo en Silo.
Y metiéndolos en su casa, dió de comer á sus asnos; y ellos se lavaron los pies, y comieron y bebieron.
He aquí mi hija virgen, y la concubina de él: yo os las sacaré ahora; humilladlas, y haced con ellas como os pareciere, y no hagáis á este hombre cosa tan infame.
Entonces tomando yo mi concubina, cortéla en piezas, y enviélas por todo el término de la posesión de Israel: por cuanto han hecho maldad y crimen en Israel.
Entonces, levantándose todos los de Israel de su lugar, pusiéronse en orden en Baal-tamar: y también las emboscadas de Israel salieron de su lugar, del prado de Gabaa.
Ya los Israelitas estaban concertados con las emboscadas, que hiciesen mucho fuego, para que subiese gran humo de la ciudad.
Y su competidora la irritaba, enojándola y entristeciéndola, porque Jehová había cerrado su matriz.
Ella con amargura de alma oró á Jehová, y lloró abundantemente.
Y Eli respondió, y dijo: Ve en paz, y el Dios de Israel te otorgue la petición que le has hecho.
Y después que lo hubo destetado, llevólo consigo, con tres becerros, y un epha de harina, y una vasija de vino, y trájolo á la casa de Jehová en Silo: y el niño era pequeño.
Por este niño oraba, y Jehová me dió lo que le pedí.
Jehová mata, y él da vida: él hace descender al sepulcro, y hace subir.
¿Por qué habéis hollado mis sacrificios y mis presentes, que yo mandé ofrecer en el tabernáculo; y has honrado á tus hijos más que á mí, engordándoos de lo principal de todas las ofrendas de mi pueblo Israel?
He aquí vienen días, en que cortaré tu brazo, y el brazo de la casa de tu padre, que no haya viejo en tu casa.
Y no te cortaré del todo varón de mi altar, para hacerte marchitar tus ojos, y henchir tu ánimo de dolor; mas toda la cría de tu casa morirá en la edad varonil.
Y aconteció un día, que estando Eli acostado en su aposento, cuando sus ojos comenzaban á oscurecerse, que no podía ver,
Samuel estaba durmiendo en el templo de Jehová, donde el arca de Dios estaba: y antes que la lámpara de Dios fuese apagada,
Y dijo Eli á Samuel: Ve, y acuéstate: y si te llamare, dirás: Habla, Jehová, que tu siervo oye. Así se fué Samuel, y acostóse en su lugar.
Aquel día yo despertaré contra Eli todas las cosas que he dicho sobre su casa. En comenzando, acabaré también.
¡Ay de nosotros! ¿Quién nos librará de las manos de estos dioses fuertes? Estos son los dioses que hirieron á Egipto con toda plaga en el desierto.
Pelearon pues los Filisteos, é Israel fué vencido, y huyeron cada cual á sus tiendas; y fué hecha muy grande mortandad, pues cayeron de Israel treinta mil hombres de á pie.
Era ya Eli de edad de noventa y ocho años, y sus ojos se habían entenebrecido, de modo que no podía ver.
Dijo pues aquel hombre á Eli: Yo vengo de la batalla, yo he escapado hoy del combate. Y él dijo: ¿Qué ha acontecido, hijo mío?
Y el mensajero respondió, y dijo: Israel huyó delante de los Filisteos, y también fué hecha gran mortandad en el pueblo; y también tus dos hijos, Ophni y Phinees, son muertos, y el arca de Dios fué tomada.
Y el siguiente día los de Asdod se levantaron de mañana, y he aquí Dagón postrado en tierra delante del arca de Jehová: y tomaron á Dagón, y volviéronlo á su lugar.
Y aconteció que como la hubieron pasado, la mano de Jehová fué contra la ciudad con grande quebrantamiento; é hirió los hombres de aquella ciudad desde el chico hasta el grande, que se llenaron de hemorroides.
Entonces enviaron el arca de Dios á Ecrón. Y como el arca de Dios vino á Ecrón, los Ecronitas dieron voces diciendo: Han pasado á mí el arca del Dios de Israel por matarme á mí y á mi pueblo.
Entonces hirió Dios á los de Beth-semes, porque habían mirado en el arca de Jehová; hirió en el pueblo cincuenta mil y setenta hombres. Y el pueblo puso luto, porque Jehová le había herido de tan gran plaga.
Y dijéronle: He aquí tú has envejecido, y tus hijos no van por tus caminos: por tanto, constitúyenos ahora un rey que nos juzgue, como todas las gentes.
Y Jehová dijo á Samuel: Oye su voz, y pon rey sobre ellos. Entonces dijo Samuel á los varones de Israel: Idos cada uno á su ciudad.
Y cuando vinieron á la tierra de Suph, Saúl dijo á su criado que tenía consigo: Ven, volvámonos; porque quizá mi padre, dejado el cuidado de las asnas, estará congojado por nosotros.
Y llegando Saúl á Samuel en medio de la puerta, díjole: Ruégote que me enseñes dónde está la casa del vidente.
Y dijo Samuel al cocinero: Trae acá la porción que te dí, la cual te dije que guardases aparte.
E hizo llegar la tribu de Benjamín por sus linajes, y fué tomada la familia de Matri; y de ella fué tomado Saúl hijo de Cis. Y le buscaron, mas no fué hallado.
Entonces corrieron, y tomáronlo de allí, y puesto en medio del pueblo, desde el hombro arriba era más alto que todo el pueblo.
El pueblo entonces dijo á Samuel: ¿Quiénes son lo que decían: Reinará Saúl sobre nosotros? Dadnos esos hombres, y los mataremos.
Mas Samuel dijo al pueblo: Venid, vamos á Gilgal para que renovemos allí el reino.
Ahora pues, he aquí vuestro rey va delante de vosotros. Yo soy ya viejo y cano: mas mis hijos están con vosotros, y yo he andado delante de vosotros desde mi mocedad hasta este día.
Y Samuel clamó á Jehová; y Jehová dió truenos y aguas en aquel día; y todo el pueblo temió en gran manera á Jehová y á Samuel.
Mas si perseverareis en hacer mal, vosotros y vuestro rey pereceréis.
Y levantándose Samuel, subió de Gilgal á Gabaa de Benjamín. Y Saúl contó la gente que se hallaba con él, como seiscientos hombres.
Y Saúl dijo á Achîas: Trae el arca de Dios. Porque el arca de Dios estaba entonces con los hijos de Israel.
Y los Hebreos que habían estado con los Filisteos de tiempo antes, y habían venido con ellos de los alrededores al campo, también éstos se volvieron para ser con los Israelitas que estaban con Saúl y con Jonathán.
Asimismo todos los Israelitas que se habían escondido en el monte de Ephraim, oyendo que los Filisteos huían, ellos también los persiguieron en aquella batalla.
Entonces habló uno del pueblo, diciendo: Tu padre ha conjurado expresamente al pueblo, diciendo: Maldito sea el hombre que comiere hoy manjar. Y el pueblo desfallecía.
¿Cuánto más si el pueblo hubiera hoy comido del despojo de sus enemigos que halló? ¿no se habría hecho ahora mayor estrago en los Filisteos?
Ve pues, y hiere á Amalec, y destruiréis en él todo lo que tuviere: y no te apiades de él: mata hombres y mujeres, niños y mamantes, vacas y ovejas, camellos y asnos.
Y fué palabra de Jehová á Samuel, diciendo:
Pésame de haber puesto por rey á Saúl, porque se ha vuelto de en pos de mí, y no ha cumplido mis palabras. Y apesadumbróse Samuel, y clamó á Jehová toda aquella noche.
Y dijo Samuel: Siendo tú pequeño en tus ojos ¿no has sido hecho cabeza á las tribus de Israel, y Jehová te ha ungido por rey sobre Israel?
Porque como pecado de adivinación es la rebelión, y como ídolos é idolatría el infringir. Por cuanto tú desechaste la palabra de Jehová, él también te ha desechado para que no seas rey.
Después dijo Samuel: Traedme á Agag rey de Amalec. Y Agag vino á él delicadamente. Y dijo Agag: Ciertamente se pasó la amargura de la muerte.
Y dijo Samuel: ¿Cómo iré? Si Saúl lo entendiere, me matará. Jehová respondió: Toma contigo una becerra de la vacada, y di: A sacrificar á Jehová he venido.
Y traía un almete de acero en su cabeza, é iba vestido con corazas de planchas: y era el peso de la coraza cinco mil siclos de metal:
Y sobre sus piernas traía grebas de hierro, y escudo de acero á sus hombros.
Si él pudiere pelear conmigo, y me venciere, nosotros seremos vuestros siervos: y si yo pudiere más que él, y lo venciere, vosotros seréis nuestros siervos y nos serviréis.
Y oyendo Saúl y todo Israel estas palabras del Filisteo, conturbáronse, y tuvieron gran miedo.
Y David era hijo de aquel hombre Ephrateo de Beth-lehem de Judá, cuyo nombre era Isaí, el cual tenía ocho hijos; y era este hombre en el tiempo de Saúl, viejo, y de grande edad entre los hombres.
Y Saúl y ellos y todos lo de Israel, estaban en el valle del Alcornoque, peleando con los Filisteos.
Y David respondió á Saúl: Tu siervo era pastor en las ovejas de su padre, y venía un león, ó un oso, y tomaba algún cordero de la manada,
Y ciñó David su espada sobre sus vestidos, y probó á andar, porque nunca había probado. Y dijo David á Saúl: Yo no puedo andar con esto, porque nunca lo practiqué. Y echando de sí David aquellas cosas,
Y dijo el Filisteo á David: ¿Soy yo perro para que vengas á mí con palos? Y maldijo á David por sus dioses.
Dijo luego el Filisteo á David: Ven á mí, y daré tu carne á las aves del cielo, y á las bestias del campo.
Mas Saúl se temía de David, por cuanto Jehová era con él, y se había apartado de Saúl.
Porque él puso su alma en su palma, é hirió al Filisteo, y Jehová hizo una gran salud á todo Israel. Tú lo viste, y te holgaste: ¿por qué pues pecarás contra la sangre inocente, matando á David sin causa?
Y el espíritu malo de parte de Jehová fué sobre Saúl: y estando sentado en su casa tenía una lanza á mano, mientras David estaba tañendo con su mano.
Entonces Saúl dijo á Michâl: ¿Por qué me has así engañado, y has dejado escapar á mi enemigo? Y Michâl respondió á Saúl: Porque él me dijo: Déjame ir; si no, yo te mataré.
Y hecho que fué saber á Saúl, él envió otros mensajeros, los cuales también profetizaron. Y Saúl volvió á enviar por tercera vez mensajeros, y ellos también profetizaron.
Y él le dijo: En ninguna manera; no morirás. He aquí que mi padre ninguna cosa hará, grande ni pequeña, que no me la descubra: ¿por qué pues me encubrirá mi padre este negocio? No será así.
No quitarás perpetuamente tu misericordia de mi casa. Cuando desarraigare Jehová uno por uno los enemigos de David de la tierra, aun á Jonathán quite de su casa, si te faltare.
Y levantándose David aquel día, huyó de la presencia de Saúl, y vínose á Achîs rey de Gath.
Y fuése David de allí á Mizpa de Moab, y dijo al rey de Moab: Yo te ruego que mi padre y mi madre estén con vosotros, hasta que sepa lo que Dios hará de mí.
Y oyó Saúl como había parecido David, y los que estaban con él. Estaba entonces Saúl en Gabaa debajo de un árbol en Rama, y tenía su lanza en su mano, y todos sus criados estaban en derredor de él.
Entonces Ahimelech respondió al rey, y dijo: ¿Y quién entre todos tus siervos es tan fiel como David, yerno además del rey, y que va por tu mandado, y es ilustre en tu casa?
Y Abiathar notició á David como Saúl había muerto los sacerdotes de Jehová.
Mas los que estaban con David le dijeron: He aquí que nosotros aquí en Judá estamos con miedo; ¿cuánto más si fuéremos á Keila contra el ejército de los Filisteos?
Y aconteció que, huyendo Abiathar hijo de Ahimelech á David á Keila, vino también con él el ephod.
Y entrambos hicieron alianza delante de Jehová: y David se quedó en el bosque, y Jonathán se volvió á su casa.
Volvióse por tanto Saúl de perseguir á David, y partió contra los Filisteos. Por esta causa pusieron á aquel lugar por nombre Sela-hammah-lecoth.
También David se levantó después, y saliendo de la cueva dió voces á las espaldas de Saúl, diciendo: ¡Mi señor el rey! Y como Saúl miró atrás, David inclinó su rostro á tierra, é hizo reverencia.
Y tornándose los criados de David, volviéronse por su camino, y vinieron y dijeron á David todas estas palabras.
Y dijo David á Abigail: Bendito sea Jehová Dios de Israel, que te envió para que hoy me encontrases;
Saúl entonces se levantó, y descendió al desierto de Ziph, llevando consigo tres mil hombres escogidos de Israel, para buscar á David en el desierto de Ziph.
Pues como los Filisteos se juntaron, vinieron y asentaron campo en Sunam: y Saúl juntó á todo Israel, y asentaron campo en Gilboa.
¿Por qué me has engañado? que tú eres Saúl. Y el rey le dijo: No temas: ¿qué has visto? Y la mujer respondió á Saúl: He visto dioses que suben de la tierra.
Como tú no obedeciste á la voz de Jehová, ni cumpliste el furor de su ira sobre Amalec, por eso Jehová te ha hecho esto hoy.
Y él lo rehusó, diciendo: No comeré. Mas sus criados juntamente con la mujer le constriñeron, y él los obedeció. Levantóse pues del suelo, y sentóse sobre una cama.
Las dos mujeres de David, Ahinoam Jezreelita y Abigail la que fué mujer de Nabal del Carmelo, también eran cautivas.
Y David consultó á Jehová, diciendo: ¿Seguiré esta tropa? ¿podréla alcanzar? Y él le dijo: Síguela, que de cierto la alcanzarás, y sin falta librarás la presa.
Y libró David todo lo que los Amalecitas habían tomado: y asimismo libertó David á sus dos mujeres.
Y no les faltó cosa chica ni grande, así de hijos como de hijas, del robo, y de todas las cosas que les habían tomado: todo lo recobró David.
Y á los que estaban en Aroer, y en Siphmoth, y á los que estaban en Esthemoa;
Y á los que estaban en Rachâl, y á los que estaban en las ciudades de Jerameel, y á los que estaban en las ciudades del Cineo;
Los Filisteos pues pelearon con Israel, y los de Israel huyeron delante de los Filisteos, y cayeron muertos en el monte de Gilboa.
Así murió Saúl en aquel día, juntamente con sus tres hijos, y su escudero, y todos sus varones.
Y aconteció después de la muerte de Saúl, que vuelto David de la derrota de los Amalecitas, estuvo dos días en Siclag:
Y preguntóle David: ¿De dónde vienes? Y él respondió: Heme escapado del campo de Israel.
Y dijo David á aquel mancebo que le daba las nuevas: ¿Cómo sabes que Saúl es muerto, y Jonathán su hijo?
No lo denunciéis en Gath, no deis las nuevas en las plazas de Ascalón; porque no se alegren las hijas de los Filisteos, porque no salten de gozo las hijas de los incircuncisos.
Montes de Gilboa, ni rocío ni lluvia caiga sobre vosotros, ni seáis tierras de ofrendas; porque allí fué desechado el escudo de los valientes, el escudo de Saúl, como si no hubiera sido ungido con aceite.
Y envió David mensajeros á los de Jabes de Galaad, diciéndoles: Benditos seáis vosotros de Jehová, que habéis hecho esta misericordia con vuestro señor Saúl en haberle dado sepultura.
Y fué el número de los días que David reinó en Hebrón sobre la casa de Judá, siete años y seis meses.
Mas Joab y Abisai siguieron á Abner; y púsoseles el sol cuando llegaron al collado de Amma, que está delante de Gía, junto al camino del desierto de Gabaón.
Y Joab respondió: Vive Dios que si no hubieras hablado, ya desde esta mañana el pueblo hubiera dejado de seguir á sus hermanos.
Y envió Abner mensajeros á David de su parte, diciendo: ¿Cúya es la tierra? Y que le dijesen: Haz alianza conmigo, y he aquí que mi mano será contigo para volver á ti á todo Israel.
Y saliéndose Joab de con David, envió mensajeros tras Abner, los cuales le volvieron desde el pozo de Sira, sin saberlo David.
Entonces dijo David á Joab, y á todo el pueblo que con él estaba: Romped vuestros vestidos, y ceñíos de sacos, y haced duelo delante de Abner. Y el rey iba detrás del féretro.
Luego que oyó el hijo de Saúl que Abner había sido muerto en Hebrón, las manos se le descoyuntaron, y fué atemorizado todo Israel.
Entonces el rey y los suyos fueron á Jerusalem al Jebuseo que habitaba en la tierra; el cual habló á David, diciendo: Tú no entrarás acá, si no echares los ciegos y los cojos; diciendo: No entrará acá David.
Y entendió David que Jehová le había confirmado por rey sobre Israel, y que había ensalzado su reino por amor de su pueblo Israel.
Y cuando lo llevaban de la casa de Abinadab que estaba en Gabaa, con el arca de Dios, Ahio iba delante del arca.
Dijo el rey al profeta Nathán: Mira ahora, yo moro en edificios de cedro, y el arca de Dios está entre cortinas.
Y Nathán dijo al rey: Anda, y haz todo lo que está en tu corazón, que Jehová es contigo.
Y he sido contigo en todo cuanto has andado, y delante de ti he talado todos tus enemigos, y te he hecho nombre grande, como el nombre de los grandes que son en la tierra.
Y entró el rey David, y púsose delante de Jehová, y dijo: Señor Jehová, ¿quién soy yo, y qué es mi casa, para que tú me traigas hasta aquí?
Porque tú te has confirmado á tu pueblo Israel por pueblo tuyo para siempre: y tú, oh Jehová, fuiste á ellos por Dios.
Porque tú, Jehová de los ejércitos, Dios de Israel, revelaste al oído de tu siervo, diciendo: Yo te edificaré casa. Por esto tu siervo ha hallado en su corazón para hacer delante de ti esta súplica.
Y tomó David de ellos mil y setecientos de á caballo, y veinte mil hombres de á pie; y desjarretó David los caballos de todos los carros, excepto cien carros de ellos que dejó.
Puso luego David guarnición en Siria la de Damasco, y fueron los Siros siervos de David sujetos á tributo. Y Jehová guardó á David donde quiera que fué.
Los cuales el rey David dedicó á Jehová, con la plata y el oro que tenía dedicado de todas las naciones que había sometido:
Y reinó David sobre todo Israel; y hacía David derecho y justicia á todo su pueblo.
Y venido Mephi-boseth, hijo de Jonathán hijo de Saúl, á David, postróse sobre su rostro, é hizo reverencia. Y dijo David: Mephi-boseth. Y él respondió: He aquí tu siervo.
Y envió Hadad-ezer, y sacó los Siros que estaban de la otra parte del río, los cuales vinieron á Helam, llevando por jefe á Sobach general del ejército de Hadad-ezer.
Y como fué dado aviso á David, juntó á todo Israel, y pasando el Jordán vino á Helam: y los Siros se pusieron en orden contra David, y pelearon con él.
Mas los Siros huyeron delante de Israel: é hirió David de los Siros la gente de setecientos carros, y cuarenta mil hombres de á caballo: hirió también á Sobach general del ejército, y murió allí.
Porque tú lo hiciste en secreto; mas yo haré esto delante de todo Israel, y delante del sol.
Entonces dijo David á Nathán: Pequé contra Jehová. Y Nathán dijo á David: También Jehová ha remitido tu pecado: no morirás.
Antes llamando su criado que le servía dijo: Echame ésta allá fuera, y tras ella cierra la puerta.
Y luego que el rey David oyó todo esto, fué muy enojado.
Y después que Absalom huyó y se fué á Gessur, estuvo allá tres años.
Y no había en todo Israel hombre tan hermoso como Absalom, de alabar en gran manera: desde la planta de su pie hasta la mollera no había en él defecto.
Entonces Absalom le decía: Mira, tus palabras son buenas y justas: mas no tienes quien te oiga por el rey.
Y vino el rey David hasta Bahurim: y he aquí, salía uno de la familia de la casa de Saúl, el cual se llamaba Semei, hijo de Gera; y salía maldiciendo,
Y como David y los suyos iban por el camino, Semei iba por el lado del monte delante de él, andando y maldiciendo, y arrojando piedras delante de él, y esparciendo polvo.
Y Absalom y todo el pueblo, los varones de Israel, entraron en Jerusalem, y con él Achitophel.
Entonces pusieron una tienda á Absalom sobre el terrado, y entró Absalom á las concubinas de su padre, en ojos de todo Israel.
Así tornaré á todo el pueblo á ti: y cuando ellos hubieren vuelto, (pues aquel hombre es el que tú quieres) todo el pueblo estará en paz.
Y dijo Absalom: Llama también ahora á Husai Arachîta, para que asimismo oigamos lo que él dirá.
Así aun el hombre valiente, cuyo corazón sea como corazón de león, sin duda desmayará: porque todo Israel sabe que tu padre es hombre valiente, y que los que están con él son esforzados.
Entonces el rey les dijo: Yo haré lo que bien os pareciere. Y púsose el rey á la entrada de la puerta, mientras salía todo el pueblo de ciento en ciento y de mil en mil.
Y viéndolo uno, avisó á Joab, diciendo: He aquí que he visto á Absalom colgado de un alcornoque.
Y respondió Joab: No es razón que yo te ruegue. Y tomando tres dardos en sus manos, hincólos en el corazón de Absalom, que aun estaba vivo en medio del alcornoque.
Y volvióse aquel día la victoria en luto para todo el pueblo; porque oyó decir el pueblo aquel día que el rey tenía dolor por su hijo.
Y era Barzillai muy viejo, de ochenta años, el cual había dado provisión al rey cuando estaba en Mahanaim, porque era hombre muy rico.
Pasará tu siervo un poco el Jordán con el rey: ¿por qué me ha de dar el rey tan grande recompensa?
Así se fueron de en pos de David todos los hombres de Israel, y seguían á Seba hijo de Bichri: mas los de Judá fueron adheridos á su rey, desde el Jordán hasta Jerusalem.
Y vinieron y cercáronlo en Abel de Beth-maachâ, y pusieron baluarte contra la ciudad; y puesto que fué al muro, todo el pueblo que estaba con Joab trabajaba por derribar la muralla.
Así quedó Joab sobre todo el ejército de Israel; y Benaía hijo de Joiada sobre los Ceretheos y Peletheos;
Y Adoram sobre los tributos; y Josaphat hijo de Ahillud, el canciller;
Y como los Filisteos tornaron á hacer guerra á Israel, descendió David y sus siervos con él, y pelearon con los Filisteos: y David se cansó.
Otra segunda guerra hubo después en Gob contra los Filisteos: entonces Sibechâi Husathita hirió á Saph, que era de los hijos del gigante.
La tierra se removió, y tembló; los fundamentos de los cielos fueron movidos, y se estremecieron, porque él se airó.
Y abajó los cielos, y descendió: una oscuridad debajo de sus pies.
Subió sobre el querubín, y voló: aparecióse sobre las alas del viento.
Puso tinieblas alrededor de sí á modo de pabellones; aguas negras y espesas nubes.
Remuneróme por tanto Jehová conforme á mi justicia, y conforme á mi limpieza delante de sus ojos.
Porque en ti romperé ejércitos, y con mi Dios saltaré las murallas.
Los consumiré, y los heriré, y no se levantarán; y caerán debajo de mis pies.
Yo los desmenuzaré como polvo de la tierra; hollarélos como á lodo de las plazas, y los disiparé.
Y que me saca de entre mis enemigos: tú me sacaste en alto de entre los que se levantaron contra mí: librásteme del varón de iniquidades.
Después de éste fué Samma, hijo de Age Araita: que habiéndose juntado los Filisteos en una aldea, había allí una suerte de tierra llena de lentejas, y el pueblo había huído delante de los Filisteos:
Y Abisai hermano de Joab, hijo de Sarvia, fué el principal de los tres; el cual alzó su lanza contra trescientos, que mató; y tuvo nombre entre los tres.
Elipheleth hijo de Asbai hijo de Maachâti; Eliam hijo de Achîtophel de Gelón;
Hesrai del Carmelo, Pharai de Arbi;
Y buscaron una moza hermosa por todo el término de Israel, y hallaron á Abisag Sunamita, y trajéronla al rey.
Después subió todo el pueblo en pos de él, y cantaba la gente con flautas, y hacían grandes alegrías, que parecía que la tierra se hundía con el clamor de ellos.
Estando aún él hablando, he aquí Jonathán hijo de Abiathar sacerdote vino, al cual dijo Adonía: Entra, porque tú eres hombre de esfuerzo, y traerás buenas nuevas.
Y también Salomón se ha sentado en el trono del reino.
Y envió el rey Salomón, y trajéronlo del altar; y él vino, é inclinóse al rey Salomón. Y Salomón le dijo: Vete á tu casa.
Los días que reinó David sobre Israel fueron cuarenta años: siete años reinó en Hebrón, y treinta y tres años reinó en Jerusalem.
El entonces dijo: Yo te ruego que hables al rey Salomón, (porque él no te hará volver tu rostro,) para que me dé á Abisag Sunamita por mujer.
Y ella dijo: Una pequeña petición pretendo de ti; no me hagas volver mi rostro. Y el rey le dijo: Pide, madre mía, que yo no te haré volver el rostro.
Y vino la noticia hasta Joab: porque también Joab se había adherido á Adonía, si bien no se había adherido á Absalom. Y huyó Joab al tabernáculo de Jehová, y asióse á los cornijales del altar.
Y el rey puso en su lugar á Benaía hijo de Joiada sobre el ejército: y á Sadoc puso el rey por sacerdote en lugar de Abiathar.
Después envió el rey, é hizo venir á Semei, y díjole: Edifícate una casa en Jerusalem, y mora ahí, y no salgas de allá á una parte ni á otra;
Y el rey Salomón será bendito, y el trono de David será firme perpetuamente delante de Jehová.
Y aun también te he dado las cosas que no pediste, riquezas y gloria: tal, que entre los reyes ninguno haya como tú en todos tus días.
Y si anduvieres en mis caminos, guardando mis estatutos y mis mandamientos, como anduvo David tu padre, yo alargaré tus días.
Y estos fueron los príncipes que tuvo: Azarías hijo de Sadoc, sacerdote;
Josaphat hijo de Pharua, en Issachâr;
Que fué mayor la sabiduría de Salomón que la de todos los orientales, y que toda la sabiduría de los Egipcios.
Entonces Salomón envió á decir á Hiram:
Y como Hiram oyó las palabras de Salomón, holgóse en gran manera, y dijo: Bendito sea hoy Jehová, que dió hijo sabio á David sobre este pueblo tan grande.
Y Salomón daba á Hiram veinte mil coros de trigo para el sustento de su familia, y veinte coros de aceite limpio: esto daba Salomón á Hiram cada un año.
Sin los principales oficiales de Salomón que estaban sobre la obra, tres mil y trescientos, los cuales tenían cargo del pueblo que hacía la obra.
Y la casa, á saber, el templo de dentro, tenía cuarenta codos.
Cubrió pues de oro toda la casa hasta el cabo; y asimismo vistió de oro todo el altar que estaba delante del oráculo.
Las dos puertas eran de madera de oliva; y entalló en ellas figuras de querubines y de palmas y de botones de flores, y cubriólas de oro: cubrió también de oro los querubines y las palmas.
Y edificó el atrio interior de tres órdenes de piedras labradas, y de un orden de vigas de cedro.
De allí arriba eran también piedras de precio, labradas conforme á sus medidas, y obra de cedro.
Mas Jehová dijo á David mi padre: Cuanto á haber tú tenido en el corazón edificar casa á mi nombre, bien has hecho en tener tal voluntad;
Dijo: Jehová Dios de Israel, no hay Dios como tú, ni arriba en los cielos ni abajo en la tierra, que guardas el pacto y la misericordia á tus siervos, los que andan delante de ti de todo su corazón;
Que has guardado á tu siervo David mi padre lo que le dijiste: dijístelo con tu boca, y con tu mano lo has cumplido, como aparece este día.
Porque ellos son tu pueblo y tu heredad, que tú sacaste de Egipto, de en medio del horno de hierro.
Bendito sea Jehová, que ha dado reposo á su pueblo Israel, conforme á todo lo que él había dicho; ninguna palabra de todas sus promesas que expresó por Moisés su siervo, ha faltado.
Y como Salomón hubo acabado la obra de la casa de Jehová, y la casa real, y todo lo que Salomón quiso hacer,
Faraón el rey de Egipto había subido y tomado á Gezer, y quemádola, y había muerto los Cananeos que habitaban la ciudad, y dádola en don á su hija la mujer de Salomón.
Y los que Salomón había hecho jefes y prepósitos sobre las obras, eran quinientos y cincuenta, los cuales estaban sobre el pueblo que trabajaba en aquella obra.
Hizo también el rey Salomón navíos en Ezión-geber, que es junto á Elath en la ribera del mar Bermejo, en la tierra de Edom.
Mas yo no lo creía, hasta que he venido, y mis ojos han visto, que ni aun la mitad fué lo que se me dijo: es mayor tu sabiduría y bien que la fama que yo había oído.
Entonces edificó Salomón un alto á Chêmos, abominación de Moab, en el monte que está enfrente de Jerusalem; y á Moloch, abominación de los hijos de Ammón.
Y así hizo para todas sus mujeres extranjeras, las cuales quemaban perfumes, y sacrificaban á sus dioses.
Y enojóse Jehová contra Salomón, por cuanto estaba su corazón desviado de Jehová Dios de Israel, que le había aparecido dos veces,
Y halló Adad grande gracia delante de Faraón, el cual le dió por mujer á la hermana de su esposa, á la hermana de la reina Thaphnes.
Y respondióle Faraón: ¿Por qué? ¿qué te falta conmigo, que procuras irte á tu tierra? Y él respondió: Nada; con todo, ruégote que me dejes ir.
Y los días que Salomón reinó en Jerusalem sobre todo Israel, fueron cuarenta años.
Y fué Roboam á Sichêm; porque todo Israel había venido á Sichêm para hacerlo rey.
Y ellos le hablaron, diciendo: Si tú fueres hoy siervo de este pueblo, y lo sirvieres, y respondiéndole buenas palabras les hablares, ellos te servirán para siempre.
Mas reinó Roboam sobre los hijos de Israel que moraban en las ciudades de Judá.
Hizo también casa de altos, é hizo sacerdotes de la clase del pueblo, que no eran de los hijos de Leví.
Sino que volviste, y comiste del pan y bebiste del agua en el lugar donde Jehová te había dicho no comieses pan ni bebieses agua, no entrará tu cuerpo en el sepulcro de tus padres.
Y como hubo comido del pan y bebido, el profeta que le había hecho volver le enalbardó un asno;
Después de esto no se tornó Jeroboam de su mal camino: antes volvió á hacer sacerdotes de los altos de la clase del pueblo, y quien quería se consagraba, y era de los sacerdotes de los altos.
Y Jehová se levantará un rey sobre Israel, el cual talará la casa de Jeroboam en este día; ¿y qué, si ahora?
Y enterráronlo, y endechólo todo Israel, conforme á la palabra de Jehová, que él había hablado por mano de su siervo Ahías profeta.
Al quinto año del rey Roboam subió Sisac rey de Egipto contra Jerusalem.
Lo demás de los hechos de Roboam, y todas las cosas que hizo, ¿no están escritas en las crónicas de los reyes de Judá?
Y anduvo en todos los pecados de su padre, que había éste hecho antes de él; y no fué su corazón perfecto con Jehová su Dios, como el corazón de David su padre.
Y Baasa hijo de Ahía, el cual era de la casa de Issachâr, hizo conspiración contra él: é hiriólo Baasa en Gibbethón, que era de los Filisteos: porque Nadab y todo Israel tenían cercado á Gibbethón.
Y luego que llegó á reinar y estuvo sentado en su trono, hirió toda la casa de Baasa, sin dejar en ella meante á la pared, ni sus parientes ni amigos.
Por sus pecados que él había cometido, haciendo lo malo á los ojos de Jehová, y andando en los caminos de Jeroboam, y en su pecado que cometió, haciendo pecar á Israel.
Mas el pueblo que seguía á Omri, pudo más que el que seguía á Thibni hijo de Gineth; y Thibni murió, y Omri fué rey.
Y ella dijo á Elías: ¿Qué tengo yo contigo, varón de Dios? ¿has venido á mí para traer en memoria mis iniquidades, y para hacerme morir mi hijo?
Y Jehová oyó la voz de Elías, y el alma del niño volvió á sus entrañas, y revivió.
Y yendo Abdías por el camino, topóse con Elías; y como le conoció, postróse sobre su rostro, y dijo: ¿No eres tú mi señor Elías?
Elías dijo entonces á todo el pueblo: Acercaos á mí. Y todo el pueblo se llegó á él: y él reparó el altar de Jehová que estaba arruinado.
Edificó con las piedras un altar en el nombre de Jehová: después hizo una reguera alrededor del altar, cuanto cupieran dos satos de simiente.
Entonces cayó fuego de Jehová, el cual consumió el holocausto, y la leña, y las piedras, y el polvo, y aun lamió las aguas que estaban en la reguera.
Y todos los ancianos y todo el pueblo le respondieron: No le obedezcas, ni hagas lo que te pide.
Y los criados de los príncipes de las provincias salieron los primeros. Y había Ben-adad enviado quien le dió aviso, diciendo: Han salido hombres de Samaria.
Salieron pues de la ciudad los criados de los príncipes de las provincias, y en pos de ellos el ejército.
Y salió el rey de Israel, é hirió la gente de á caballo, y los carros; y deshizo los Siros con grande estrago.
Llegándose luego el profeta al rey de Israel, le dijo: Ve, fortalécete, y considera y mira lo que has de hacer; porque pasado el año, el rey de Siria ha de venir contra ti.
Los demás huyeron á Aphec, á la ciudad: y el muro cayó sobre veinte y siete mil hombres que habían quedado. También Ben-adad vino huyendo á la ciudad, y escondíase de cámara en cámara.
Pero él se quitó de presto el velo de sobre sus ojos, y el rey de Israel conoció que era de los profetas.
De Jezabel también ha hablado Jehová, diciendo: Los perros comerán á Jezabel en la barbacana de Jezreel.
El que de Achâb fuere muerto en la ciudad, perros le comerán: y el que fuere muerto en el campo, comerlo han las aves del cielo.
Y aconteció al tercer año, que Josaphat rey de Judá descendió al rey de Israel.
Y el rey de Israel dijo á sus siervos: ¿No sabéis que es nuestra Ramoth de Galaad? y nosotros callamos en orden á tomarla de mano del rey de Siria.
Y dijo Michêas: Si llegares á volver en paz, Jehová no ha hablado por mí. En seguida dijo: Oid, pueblos todos.
Viendo entonces los capitanes de los carros que no era el rey de Israel, apartáronse de él.
Había Josaphat hecho navíos en Tharsis, los cuales habían de ir á Ophir por oro; mas no fueron, porque se rompieron en Ezion-geber.
Y respondióle Elías, y dijo: Si yo soy varón de Dios, descienda fuego del cielo, y consúmate con tus cincuenta. Y descendió fuego del cielo, que lo consumió á él y á sus cincuenta.
Mas muerto Achâb, el rey de Moab se rebeló contra el rey de Israel.
Partieron pues el rey de Israel, y el rey de Judá, y el rey de Idumea; y como anduvieron rodeando por el desierto siete días de camino, faltóles el agua para el ejército, y para las bestias que los seguían.
Y partióse la mujer de él, y cerró la puerta tras sí y tras sus hijos; y ellos le llegaban los vasos, y ella echaba del aceite.
Y como los vasos fueron llenos, dijo á un hijo suyo: Tráeme aún otro vaso. Y él dijo: No hay más vasos. Entonces cesó el aceite.
Y como el niño fué grande, aconteció que un día salió á su padre, á los segadores.
Entrando él entonces, cerró la puerta sobre ambos, y oró á Jehová.
Entonces Naamán dijo: Ruégote pues, ¿no se dará á tu siervo una carga de un par de acémilas de aquesta tierra? porque de aquí adelante tu siervo no sacrificará holocausto ni sacrificio á otros dioses, sino á Jehová.
Y llegado que hubo á un lugar secreto, él lo tomó de mano de ellos, y guardólo en casa: luego mandó á los hombres que se fuesen.
Y el varón de Dios dijo: ¿Dónde cayó? Y él le mostró el lugar. Entonces cortó él un palo, y echólo allí; é hizo nadar el hierro.
Y él le dijo: No hayas miedo: porque más son los que están con nosotros que los que están con ellos.
Y así se habían levantado y huído al principio de la noche, dejando sus tiendas, sus caballos, sus asnos, y el campo como se estaba; y habían huído por salvar las vidas.
Sustrájose no obstante Edom de bajo la mano de Judá, hasta hoy. Rebelóse además Libna en el mismo tiempo.
Mas Jehú flechó su arco, é hirió á Joram entre las espaldas, y la saeta salió por su corazón, y cayó en su carro.
Vino después Jehú á Jezreel: y como Jezabel lo oyó, adornó sus ojos con alcohol, y atavió su cabeza, y asomóse á una ventana.
Y volvieron, y dijéronselo. Y él dijo: La palabra de Dios es ésta, la cual él habló por mano de su siervo Elías Thisbita, diciendo: En la heredad de Jezreel comerán los perros las carnes de Jezabel.
Mató entonces Jehú á todos los que habían quedado de la casa de Achâb en Jezreel, y á todos sus príncipes, y á todos sus familiares, y á sus sacerdotes, que no le quedó ninguno.
Y dijo Jehú: Santificad un día solemne á Baal. Y ellos convocaron.
Y quebraron la estatua de Baal, y derribaron la casa de Baal, é hiciéronla necesaria, hasta hoy.
Con todo eso Jehú no se apartó de los pecados de Jeroboam hijo de Nabat, que hizo pecar á Israel; á saber, de en pos de los becerros de oro que estaban en Beth-el y en Dan.
Lo demás de los hechos de Jehú, y todas las cosas que hizo, y toda su valentía, ¿no está escrito en el libro de las crónicas de los reyes de Israel?
El tiempo que reinó Jehú sobre Israel en Samaria, fué veintiocho años.
Diéronle pues lugar, y como iba el camino por donde entran los de á caballo á la casa del rey, allí la mataron.
En el séptimo año de Jehú comenzó á reinar Joas, y reinó cuarenta años en Jerusalem. El nombre de su madre fué Sibia, de Beer-seba.
Recíbanlo los sacerdotes, cada uno de sus familiares, y reparen los portillos del templo donde quiera que se hallare abertura.
Mas Jehová tuvo misericordia de ellos, y compadecióse de ellos, y mirólos, por amor de su pacto con Abraham, Isaac y Jacob; y no quiso destruirlos ni echarlos de delante de sí hasta ahora.
Lo demás de los hechos de Joas que ejecutó, y sus hazañas, y cómo peleó contra Amasías rey de Judá, ¿no está escrito en el libro de las crónicas de los reyes de Israel?
Trajéronlo luego sobre caballos, y sepultáronlo en Jerusalem con sus padres, en la ciudad de David.
Entonces todo el pueblo de Judá tomó á Azarías, que era de diez y seis años, é hiciéronlo rey en lugar de Amasías su padre.
Mas Jehová hirió al rey con lepra, y fué leproso hasta el día de su muerte, y habitó en casa separada, y Jotham hijo del rey tenía el cargo del palacio, gobernando al pueblo de la tierra.
Lo demás de los hechos de Sallum, y su conjuración con que conspiró, he aquí está escrito en el libro de las crónicas de los reyes de Israel.
Lo demás de los hechos de Manahem, y todas las cosas que hizo, ¿no está escrito en el libro de las crónicas de los reyes de Israel?
En el año cincuenta de Azarías rey de Judá, reinó Pekaía hijo de Manahem sobre Israel en Samaria, dos años.
Cuando comenzó á reinar Achâz, era de veinte años, y reinó en Jerusalem dieciséis años: y no hizo lo recto en ojos de Jehová su Dios, como David su padre;
Y se levantasen estatuas y bosques en todo collado alto, y debajo de todo árbol umbroso,
Mas cada nación se hizo sus dioses, y pusiéronlos en los templos de los altos que habían hecho los de Samaria; cada nación en su ciudad donde habitaba.
Los de Babilonia hicieron á Succoth-benoth, y los de Cutha hicieron á Nergal, y los de Hamath hicieron á Asima;
Y díjoles Rabsaces: Decid ahora á Ezechîas: Así dice el gran rey de Asiria: ¿Qué confianza es esta en que tú estás?
¿Cómo pues harás volver el rostro de un capitán el menor de los siervos de mi señor, aunque estés confiado en Egipto por sus carros y su gente de á caballo?
Es verdad, oh Jehová, que los reyes de Asiria han destruído las gentes y sus tierras;
¿A quién has injuriado y á quién has blasfemado? ¿y contra quién has hablado alto, y has alzado en alto tus ojos? Contra el Santo de Israel.
Y sus moradores, cortos de manos, quebrantados y confusos, fueron cual hierba del campo, como legumbre verde, y heno de los tejados, que antes que venga á madurez es seco.
Y durmió Ezechîas con sus padres, y reinó en su lugar Manasés su hijo.
Y los siervos de Amón conspiraron contra él, y mataron al rey en su casa.
Y cuando el rey hubo oído las palabras del libro de la ley, rasgó sus vestidos.
Además derribó las casas de los sodomitas que estaban en la casa de Jehová, en las cuales tejían las mujeres pabellones para el bosque.
Mató además sobre los altares á todos los sacerdotes de los altos que allí estaban, y quemó sobre ellos huesos de hombres, y volvióse á Jerusalem.
Y echólo preso Faraón Nechâo en Ribla en la provincia de Hamath, reinando él en Jerusalem; é impuso sobre la tierra una multa de cien talentos de plata, y uno de oro.
Entonces Faraón Nechâo puso por rey á Eliacim hijo de Josías, en lugar de Josías su padre, y mudóle el nombre en el de Joacim; y tomó á Joachâz, y llevólo á Egipto, y murió allí.
Ciertamente vino esto contra Judá por dicho de Jehová, para quitarla de su presencia, por los pecados de Manasés, conforme á todo lo que hizo;
En aquel tiempo subieron los siervos de Nabucodonosor rey de Babilonia contra Jerusalem, y la ciudad fué cercada.
Asimismo trasportó á Joachîn á Babilonia, y á la madre del rey, y á las mujeres del rey, y á sus eunucos, y á los poderosos de la tierra; cautivos los llevó de Jerusalem á Babilonia.
Y el rey de Babilonia puso por rey en lugar de Joachîn á Mathanías su tío, y mudóle el nombre en el de Sedecías.
Y el ejército de los Caldeos siguió al rey, y tomólo en las llanuras de Jericó, habiéndose esparcido de él todo su ejército.
Y degollaron á los hijos de Sedecías en presencia suya; y á Sedecías sacaron los ojos, y atado con cadenas lleváronlo á Babilonia.
Y hablóle bien, y puso su asiento sobre el asiento de los reyes que con él estaban en Babilonia.
Y mudóle los vestidos de su prisión, y comió siempre delante de él todos los días de su vida.
Los hijos de Gomer: Askenaz, Riphath, y Thogorma.
Los hijos de Châm: Chûs, Misraim, Phuth, y Canaán.
Canaán engendró á Sidón, su primogénito;
Y al Heveo, y al Araceo, y al Sineo;
Los hijos de Sem: Elam, Assur, Arphaxad, Lud, Aram, Hus, Hul, Gether, y Mesec.
Los hijos de Madián: Epha, Epher, Henoch, Abida, y Eldaa; todos estos fueron hijos de Cethura.
Los hijos de Eliphas: Themán, Omar, Sephi, Hatham, Chênas, Timna, y Amalec.
Los hijos de Lotán: Hori, y Homam: y Timna fué hermana de Lotán.
Y muerto Belah, reinó en su lugar Jobab hijo de Zera, de Bosra.
El duque Magdiel, el duque Iram. Estos fueron los duques de Edom.
Caleb hijo de Hesrón engendró á Jerioth de su mujer Azuba. Y los hijos de ella fueron Jeser, Sobad, y Ardón.
Y Gesur y Aram tomaron las ciudades de Jair de ellos, y á Cenath con sus aldeas, sesenta lugares. Todos estos fueron de los hijos de Machîr padre de Galaad.
Elisama, Eliada, y Eliphelet.
Mechiram, Pedaía, Seneaser, y Jecamía, Hosama, y Nedabía.
Los hijos de Hananías: Pelatías, y Jesaías, hijo de Rephaías, hijo de Arnán, hijo de Obdías, hijo de Sechânías.
Hijo de Sechânías fué Semaías; y los hijos de Semaías: Hattus, Igheal, Barias, Nearías, y Saphat; seis.
Y Reaias hijo de Sobal, engendró á Jahath; y Jahath engendró á Ahumai y á Laad. Estas son las familias de los Sorathitas.
Y Cos engendró á Anob, y á Sobeba, y la familia de Aharhel hijo de Arum.
Y Jabes fué más ilustre que sus hermanos, al cual su madre llamó Jabes, diciendo: Por cuanto le parí en dolor.
Los hijos de Simi fueron diez y seis, y seis hijas: mas sus hermanos no tuvieron muchos hijos, ni multiplicaron toda su familia como los hijos de Judá.
Y todos su villajes que estaban en contorno de estas ciudades hasta Baal. Esta fué su habitación, y esta su descendencia.
E hirieron á las reliquias que habían quedado de Amalec, y habitaron allí hasta hoy.
Y cayeron muchos heridos, porque la guerra era de Dios; y habitaron en sus lugares hasta la transmigración.
Y Achîtob engendró á Sadoc, y Sadoc engendró á Sallum;
Joab su hijo, Iddo su hijo, Zera su hijo, Jeothrai su hijo.
Eliab su hijo, Jeroham su hijo, Elcana su hijo.
Los cuales servían delante de la tienda del tabernáculo del testimonio en cantares, hasta que Salomón edificó la casa de Jehová en Jerusalem: después estuvieron en su ministerio según su costumbre.
Hijo de Ethán, hijo de Zimma, hijo de Simi;
Y sus hermanos los Levitas fueron puestos sobre todo el ministerio del tabernáculo de la casa de Dios.
Sadoc su hijo, Achîmaas su hijo.
Y de la tribu de Benjamín, á Geba con sus ejidos, y á Alemeth con sus ejidos, y á Anathoth con sus ejidos. Todas sus ciudades fueron trece ciudades, repartidas por sus linajes.
Y á Ajalón con sus ejidos, y á Gath-rimmón con sus ejidos.
Y de la tribu de Gad, á Ramot en Galaad con sus ejidos, y á Mahanaim con sus ejidos,
Todos estos fueron hijos de Jediael, cabezas de familias, hombres muy valerosos, diecisiete mil y doscientos que salían á combatir en la guerra.
Zabad su hijo, y Suthela su hijo, Ezer, y Elad. Mas los hijos de Gath, naturales de aquella tierra, los mataron, porque vinieron á tomarles sus ganados.
Laadán su hijo, Ammiud su hijo, Elisama su hijo,
Nun su hijo, Josué su hijo.
Los hijos de Aser: Imna, Isua, Isui, Bería, y su hermana Sera.
Los hijos de Sopha: Sua, Harnapher, Sual, Beri, Imra,
Y todos estos fueron hijos de Aser, cabezas de familias paternas, escogidos, esforzados, cabezas de príncipes: y contados que fueron por sus linajes entre los de armas tomar, el número de ellos fué veintiséis mil hombres.
Es á saber: Naamán, Achîas, y Gera: éste los trasportó, y engendró á Uzza, y á Ahihud.
Y los hijos de Esec su hermano: Ulam su primogénito, Jehus el segundo, Elipheleth el tercero.
Y fueron los hijos de Ulam hombres valientes y vigorosos, flecheros diestros, los cuales tuvieron muchos hijos y nietos, ciento y cincuenta. Todos estos fueron de los hijos de Benjamín.
Y de los hijos de Benjamín: Sallu hijo de Mesullam, hijo de Odavía, hijo de Asenua;
Y Azarías hijo de Hilcías, hijo de Mesullam, hijo de Sadoc, hijo de Meraioth, hijo de Achîtob, príncipe de la casa de Dios;
Y los porteros: Sallum, Accub, Talmon, Ahiman, y sus hermanos. Sallum era el jefe.
Algunos de estos tenían cargo de los vasos del ministerio, los cuales se metían por cuenta, y por cuenta se sacaban.
Y de estos había cantores, principales de familias de los Levitas, los cuales estaban en sus cámaras exentos; porque de día y de noche estaban en aquella obra.
Y en Gabaón habitaban Jehiel padre de Gabaón, el nombre de cuya mujer era Maachâ;
Y Micloth engendró á Samaán. Y estos habitaban también en Jerusalem con sus hermanos enfrente de ellos.
Y David había dicho: El que primero hiriere al Jebuseo, será cabeza y jefe. Entonces Joab hijo de Sarvia subió el primero, y fué hecho jefe.
Y edificó la ciudad alrededor, desde Millo hasta la cerca: y Joab reparó el resto de la ciudad.
Y tres de los treinta principales descendieron á la peña á David, á la cueva de Adullam, estando el campo de los Filisteos en el valle de Raphaim.
Uría Hetheo, Zabad hijo de Ahli;
Adina hijo de Siza Rubenita, príncipe de los Rubenitas, y con él treinta;
Estos son los que vinieron á David á Siclag, estando él aún encerrado por causa de Saúl hijo de Cis, y eran de los valientes ayudadores de la guerra.
Eluzai, y Jeremoth, Bealías, Semarías, y Sephatías Haruphita;
Asimismo Joiada, príncipe de los del linaje de Aarón, y con él tres mil y setecientos;
Y de Aser, á punto de guerra y aparejados á pelear, cuarenta mil.
Y subió David con todo Israel á Baala de Chîriath-jearim, que es en Judá, para pasar de allí el arca de Jehová Dios que habita entre los querubines, sobre la cual su nombre es invocado.
Y David y todo Israel hacían alegrías delante de Dios con todas sus fuerzas, con canciones, arpas, salterios, tamboriles, címbalos y trompetas.
Noga, Nepheg, Japhías,
Hizo también casas para sí en la ciudad de David, y labró un lugar para el arca de Dios, y tendióle una tienda.
David pues y los ancianos de Israel, y los capitanes de millares, fueron á traer el arca del pacto de Jehová, de casa de Obed-edom, con alegría.
Y repartió á todo Israel, así á hombres como á mujeres, á cada uno una torta de pan, y una pieza de carne, y un frasco de vino.
Entonces cantarán los árboles de los bosques delante de Jehová, porque viene á juzgar la tierra.
Celebrad á Jehová, porque es bueno; porque su misericordia es eterna.
Y con ellos á Hemán y á Jeduthún, y los otros escogidos declarados por sus nombres, para glorificar á Jehová, porque es eterna su misericordia;
Y desde el tiempo que puse los jueces sobre mi pueblo Israel; mas humillaré á todos tus enemigos. Hágote además saber que Jehová te ha de edificar casa.
Y será que, cuando tus días fueren cumplidos para irte con tus padres, levantaré tu simiente después de ti, la cual será de tus hijos, y afirmaré su reino.
Mas yo lo confirmaré en mi casa y en mi reino eternalmente; y su trono será firme para siempre.
Y viniendo los Siros de Damasco en ayuda de Adarezer rey de Soba, David hirió de los Siros veintidós mil hombres.
Y oyendo Tou rey de Hamath, que David había deshecho todo el ejército de Adarezer, rey de Soba,
Y los hijos de Ammón salieron, y ordenaron su tropa á la entrada de la ciudad; y los reyes que habían venido, estaban por sí en el campo.
Acercóse luego Joab y el pueblo que tenía consigo, para pelear contra los Siros; mas ellos huyeron delante de él.
Entonces el rey David dijo á Ornán: No, sino que efectivamente la compraré por su justo precio: porque no tomaré para Jehová lo que es tuyo, ni sacrificaré holocausto que nada me cueste.
Y dió David á Ornán por el lugar seiscientos siclos de oro por peso.
Y dijo David: Esta es la casa de Jehová Dios, y este es el altar del holocausto para Israel.
Después mandó David que se juntasen los extranjeros que estaban en la tierra de Israel, y señaló de ellos canteros que labrasen piedras para edificar la casa de Dios.
Mas vino á mí palabra de Jehová, diciendo: Tú has derramado mucha sangre, y has traído grandes guerras: no edificarás casa á mi nombre, porque has derramado mucha sangre en la tierra delante de mí:
Asimismo mandó David á todos los principales de Israel que diesen ayuda á Salomón su hijo, diciendo:
Y juntando á todos los principales de Israel, y á los sacerdotes y Levitas,
Los hijos de Simi, tres: Selomith, Haziel, y Arán. Estos fueron los príncipes de las familias de Ladán.
Hijo de Ishar fué Selomith el primero.
Los hijos de Merari: Mahali y Musi. Los hijos de Mahali: Eleazar y Cis.
Y para ofrecer todos los holocaustos á Jehová los sábados, nuevas lunas, y solemnidades, por la cuenta y forma que tenían, continuamente delante de Jehová.
También los hijos de Aarón tuvieron sus repartimientos. Los hijos de Aarón: Nadab, Abiú, Eleazar é Ithamar.
La séptima por Cos, la octava por Abías;
La décimaquinta por Bilga, la décimasexta por Immer;
Y de Mahali, Eleazar, el cual no tuvo hijos.
La undécima á Azareel, con sus hijos y sus hermanos, doce;
La vigésimaprima á Othir, con sus hijos y sus hermanos, doce;
Los hijos de Meselemia: Zachârías el primogénito, Jediael el segundo, Zebadías el tercero, Jatnael el cuarto;
Sobre la primera división del primer mes estaba Jasobam hijo de Zabdiel; y había en su división veinte y cuatro mil.
De los hijos de Phares fué él jefe de todos los capitanes de las compañías del primer mes.
El jefe de la tercera división para el tercer mes era Benaías, hijo de Joiada sumo sacerdote; y en su división había veinte y cuatro mil.
Y de las viñas Simi Ramathita; y del fruto de las viñas para las bodegas, Zabdías Siphmita;
De las vacas que pastaban en Sarón, Sitrai Saronita; y de las vacas que estaban en los valles, Saphat hijo de Adlai;
Y también Achitophel era consejero del rey; y Husai Arachîta amigo del rey.
Y me ha dicho: Salomón tu hijo, él edificará mi casa y mis atrios: porque á éste me he escogido por hijo, y yo le seré á él por padre.
Mira, pues, ahora que Jehová te ha elegido para que edifiques casa para santuario: esfuérzate, y hazla.
Y dió oro por peso para lo de oro, para todos los vasos de cada servicio: y plata por peso para todos los vasos, para todos los vasos de cada servicio.
A saber, tres mil talentos de oro, de oro de Ophir, y siete mil talentos de plata afinada para cubrir las paredes de las casas:
Asimismo holgóse mucho el rey David, y bendijo á Jehová delante de toda la congregación; y dijo David: Bendito seas tú, oh Jehová, Dios de Israel nuestro padre, de uno á otro siglo.
Porque nosotros, extranjeros y advenedizos somos delante de ti, como todos nuestros padres; y nuestros días cual sombra sobre la tierra, y no dan espera.
Y murió en buena vejez, lleno de días, de riquezas, y de gloria: y reinó en su lugar Salomón su hijo.
Y Salomón hijo de David fué afirmado en su reino; y Jehová su Dios fué con él, y le engrandeció sobremanera.
Y llamó Salomón á todo Israel, tribunos, centuriones, y jueces, y á todos los príncipes de todo Israel, cabezas de familias.
Mas David había traído el arca de Dios de Chîriath-jearim al lugar que él le había preparado; porque él le había tendido una tienda en Jerusalem.
Subió pues Salomón allá delante de Jehová, al altar de bronce que estaba en el tabernáculo del testimonio, y ofreció sobre él mil holocaustos.
Y Salomón dijo á Dios: Tú has hecho con David mi padre grande misericordia, y á mí me has puesto por rey en lugar suyo.
Entonces Hiram rey de Tiro respondió por letras, las que envió á Salomón: Porque Jehová amó á su pueblo, te ha puesto por rey sobre ellos.
Ahora pues, enviará mi señor á sus siervos el trigo y cebada, y aceite y vino, que ha dicho;
Y nosotros cortaremos en el Líbano la madera que hubieres menester, y te la traeremos en balsas por la mar hasta Joppe, y tú la harás llevar hasta Jerusalem.
Y señaló de ellos setenta mil para llevar cargas, y ochenta mil que cortasen en el monte, y tres mil y seiscientos por sobrestantes para hacer trabajar al pueblo.
Y el peso de los clavos tuvo cincuenta siclos de oro. Cubrió también de oro las salas.
De la misma manera la una ala del otro querubín era de cinco codos: la cual llegaba hasta la pared de la casa; y la otra ala era de cinco codos, que tocaba al ala del otro querubín.
Hizo además un altar de bronce de veinte codos de longitud, y veinte codos de anchura, y diez codos de altura.
Hizo también las basas, sobre las cuales asentó las fuentes;
Y calderos, y palas, y garfios; y todos sus enseres hizo Hiram su padre al rey Salomón para la casa de Jehová, de metal purísimo.
Y fundiólos el rey en los llanos del Jordán, en tierra arcillosa, entre Suchôt y Seredat.
Y Salomón hizo todos estos vasos en grande abundancia, porque no pudo ser hallado el peso del metal.
Y vinieron todos los ancianos de Israel, y tomaron los Levitas el arca:
Y como los sacerdotes salieron del santuario, (porque todos los sacerdotes que se hallaron habían sido santificados, y no guardaban sus veces;
Y él dijo: Bendito sea Jehová Dios de Israel, el cual con su mano ha cumplido lo que habló por su boca á David mi padre, diciendo:
Mas Jehová dijo á David mi padre: Respecto á haber tenido en tu corazón edificar casa á mi nombre, bien has hecho en haber tenido esto en tu corazón.
Y aconteció que al cabo de veinte años que Salomón había edificado la casa de Jehová y su casa,
Después vino Salomón á Amath de Soba, y la tomó.
Y de los hijos de Israel no puso Salomón siervos en su obra; porque eran hombres de guerra, y sus príncipes y sus capitanes, y comandantes de sus carros, y su gente de á caballo.
Entonces ofreció Salomón holocaustos á Jehová sobre el altar de Jehová, que había él edificado delante del pórtico,
E hizo el rey de la madera de Algummim gradas en la casa de Jehová, y en las casas reales, y arpas y salterios para los cantores: nunca en tierra de Judá se había visto madera semejante.
Y el rey Salomón dió á la reina de Seba todo lo que ella quiso y le pidió, más de lo que había traído al rey. Después se volvió y fuése á su tierra con sus siervos.
Y Roboam fué á Sichêm porque en Sichêm se había juntado todo Israel para hacerlo rey.
Entonces el rey Roboam tomó consejo con los viejos, que habían estado delante de Salomón su padre cuando vivía, y díjoles: ¿Cómo aconsejáis vosotros que responda á este pueblo?
Vino pues Jeroboam con todo el pueblo á Roboam al tercer día: según el rey les había mandado diciendo: Volved á mí de aquí á tres días.
Habla á Roboam hijo de Salomón, rey de Judá, y á todos los Israelitas en Judá y Benjamín, diciéndoles:
Y habitó Roboam en Jerusalem, y edificó ciudades para fortificar á Judá.
Y á Gath, y á Maresa, y á Ziph,
Fortificó también las fortalezas, y puso en ellas capitanes, y vituallas, y vino, y aceite;
E hizo lo malo, porque no apercibió su corazón para buscar á Jehová.
Y se allegaron á él hombres vanos, hijos de iniquidad, y pudieron más que Roboam hijo de Salomón, porque Roboam era mozo y tierno de corazón, y no se defendió de ellos.
Y ahora vosotros tratáis de fortificaros contra el reino de Jehová en mano de los hijos de David, porque sois muchos, y tenéis con vosotros los becerros de oro que Jeroboam os hizo por dioses.
Y he aquí Dios está con nosotros por cabeza, y sus sacerdotes con las trompetas del júbilo para que suenen contra vosotros. Oh hijos de Israel, no peleéis contra Jehová el Dios de vuestros padres, porque no os sucederá bien.
Tuvo también Asa ejército que traía escudos y lanzas: de Judá trescientos mil, y de Benjamín doscientos y ochenta mil que traían escudos y flechaban arcos; todos hombres diestros.
Mas con todo eso los altos no eran quitados de Israel, aunque el corazón de Asa fué perfecto mientras vivió.
Los Etiopes y los Libios, ¿no eran un ejército numerosísimo, con carros y muy mucha gente de á caballo? con todo, porque te apoyaste en Jehová, él los entregó en tus manos.
Porque los ojos de Jehová contemplan toda la tierra, para corroborar á los que tienen corazón perfecto para con él. Locamente has hecho en esto; porque de aquí adelante habrá guerra contra ti.
Y animóse su corazón en los caminos de Jehová, y quitó los altos y los bosques de Judá.
Y cayó el pavor de Jehová sobre todos los reinos de las tierras que estaban alrededor de Judá; que no osaron hacer guerra contra Josaphat.
Después de él, el jefe Johanán, y con él doscientos y ochenta mil;
Y dijo el rey de Israel á Josaphat: Yo me disfrazaré para entrar en la batalla: mas tú vístete tus vestidos. Y disfrazóse el rey de Israel, y entró en la batalla.
Y Josaphat rey de Judá se volvió en paz á su casa en Jerusalem.
Y puso en la tierra jueces en todas las ciudades fuertes de Judá, por todos los lugares.
Y dijo á los jueces: Mirad lo que hacéis: porque no juzgáis en lugar de hombre, sino en lugar de Jehová, el cual está con vosotros en el negocio del juicio.
Pasadas estas cosas, aconteció que los hijos de Moab y de Ammón, y con ellos otros de los Ammonitas, vinieron contra Josaphat á la guerra.
He aquí ellos nos dan el pago, viniendo á echarnos de tu heredad, que tú nos diste á poseer.
Y dijo: Oid, Judá todo, y vosotros moradores de Jerusalem, y tú, rey Josaphat. Jehová os dice así: No temáis ni os amedrentéis delante de esta tan grande multitud; porque no es vuestra la guerra, sino de Dios.
Y como comenzaron con clamor y con alabanza, puso Jehová contra los hijos de Ammón, de Moab, y del monte de Seir, las emboscadas de ellos mismos que venían contra Judá, y matáronse los unos á los otros:
Demás de esto hizo altos en los montes de Judá, é hizo que los moradores de Jerusalem fornicasen, y á ello impelió á Judá.
También él anduvo en los caminos de la casa de Achâb: porque su madre le aconsejaba á obrar impíamente.
Porque aunque el ejército de Siria había venido con poca gente, Jehová les entregó en sus manos un ejército muy numeroso; por cuanto habían dejado á Jehová el Dios de sus padres. Y con Joas hicieron juicios.
Y Amasías rey de Judá, habido su consejo, envió á decir á Joas, hijo de Joachâz hijo de Jehú, rey de Israel: Ven, y veámonos cara á cara.
Y miróle Azarías el sumo sacerdote, y todos los sacerdotes, y he aquí la lepra estaba en su frente; é hiciéronle salir apriesa de aquel lugar; y él también se dió priesa á salir, porque Jehová lo había herido.
Así que Joatham fué fortificado, porque preparó sus caminos delante de Jehová su Dios.
Porque á más de esto, los Idumeos habían venido y herido á los de Judá, y habían llevado cautivos.
Lo demás de sus hechos, y todos sus caminos, primeros y postreros, he aquí ello está escrito en el libro de los reyes de Judá y de Israel.
Entonces mandó Ezechîas sacrificar el holocausto en el altar; y al tiempo que comenzó el holocausto, comenzó también el cántico de Jehová, con las trompetas y los instrumentos de David rey de Israel.
Y toda la multitud adoraba, y los cantores cantaban, y los trompetas sonaban las trompetas; todo hasta acabarse el holocausto.
Y fué el número de los holocaustos que trajo la congregación, setenta bueyes, cien carneros, doscientos corderos; todo para el holocausto de Jehová.
Entonces sacrificaron la pascua, á los catorce del mes segundo; y los sacerdotes y los Levitas se santificaron con vergüenza, y trajeron los holocaustos á la casa de Jehová.
Y pusiéronse en su orden conforme á su costumbre, conforme á la ley de Moisés varón de Dios; los sacerdotes esparcían la sangre que recibían de manos de los Levitas:
Entonces mandó Ezechîas que preparasen cámaras en la casa de Jehová; y preparáronlas.
En todo cuanto comenzó en el servicio de la casa de Dios, y en la ley y mandamientos, buscó á su Dios, é hízolo de todo corazón, y fué prosperado.
En aquel tiempo Ezechîas enfermó de muerte: y oró á Jehová, el cual le respondió, y dióle una señal.
Empero el pueblo aun sacrificaba en los altos, bien que á Jehová su Dios.
De OCHO años era Josías cuando comenzó á reinar, y treinta y un años reinó en Jerusalem.
De veinte y un años era Sedecías cuando comenzó á reinar, y once años reinó en Jerusalem.
Todos los vasos de oro y de plata, cinco mil y cuatrocientos. Todos los hizo llevar Sesbassar con los que subieron del cautiverio de Babilonia á Jerusalem.
Los hijos de Pahath-moab, de los hijos de Josué y de Joab, dos mil ochocientos y doce;
Los hijos de Asmaveth, cuarenta y dos;
Los hijos de Nebo, cincuenta y dos;
Los sacerdotes: los hijos de Jedaía, de la casa de Jesuá, novecientos setenta y tres;
Los hijos de Hagab, los hijos de Samlai, los hijos de Hanán;
Los hijos de Bacbuc, los hijos de Hacusa, los hijos de Harhur;
Y en el reinado de Assuero, en el principio de su reinado, escribieron acusaciones contra los moradores de Judá y de Jerusalem.
Ahora pues dad orden que cesen aquellos hombres, y no sea esa ciudad edificada, hasta que por mí sea dado mandamiento.
Y también les preguntamos sus nombres para hacértelo saber, para escribirte los nombres de los varones que estaban por cabezas de ellos.
Los órdenes, tres de piedra de mármol, y un orden de madera nueva: y que el gasto sea dado de la casa del rey.
Artajerjes, rey de los reyes, á Esdras sacerdote, escriba perfecto de la ley del Dios del cielo: Salud, etc.
E hicieron pasar pregón por Judá y por Jerusalem á todos los hijos de la transmigración, que se juntasen en Jerusalem:
Fueron pues puestos sobre este negocio Jonathán hijo de Asael, y Jaazías hijo de Tikvah; y Mesullam y Sabethai, Levitas, les ayudaron.
Y concluyeron, con todos aquellos que habían tomado mujeres extranjeras, al primer día del mes primero.
Y de los hijos de Elam: Mathanías, Zachârías, y Jehiel, y Abdi, y Jeremoth, y Elía.
Y Selemías y Nathán y Adaías,
En extremo nos hemos corrompido contra ti, y no hemos guardado los mandamientos, y estatutos y juicios, que mandaste á Moisés tu siervo.
Pasé luego á la puerta de la Fuente, y al estanque del Rey; mas no había lugar por donde pasase la cabalgadura en que iba.
Y subí por el torrente de noche, y consideré el muro, y regresando entré por la puerta del Valle, y volvíme.
Díjeles pues: Vosotros veis el mal en que estamos, que Jerusalem está desierta, y sus puertas consumidas del fuego: venid, y edifiquemos el muro de Jerusalem, y no seamos más en oprobio.
Y volvíles respuesta, y díjeles: El Dios de los cielos, él nos prosperará, y nosotros sus siervos nos levantaremos y edificaremos: que vosotros no tenéis parte, ni derecho, ni memoria en Jerusalem.
Y junto á ellos restauró Meremoth hijo de Urías, hijo de Cos: y al lado de ellos, restauró Mesullam hijo de Berechîas, hijo de Mesezabeel. Junto á ellos restauró Sadoc hijo de Baana.
Asimismo restauró junto á ellos, y frente á su casa, Jedaías hijo de Harumaph; y junto á él restauró Hattus hijo de Hasbanías.
Tras él restauraron los Levitas, Rehum hijo de Bani; junto á él restauró Asabías, príncipe de la mitad de la región de Ceila en su región.
Después de ellos restauró Sadoc hijo de Immer, enfrente de su casa: y después de él restauró Semaías hijo de Sechânías, guarda de la puerta oriental.
Después de él restauró Malchîas hijo del platero, hasta la casa de los Nethineos y de los tratantes, enfrente de la puerta del Juicio, y hasta la sala de la esquina.
Entonces oramos á nuestro Dios, y por causa de ellos pusimos guarda contra ellos de día y de noche.
Y sucedió que como oyeron nuestros enemigos que lo habíamos entendido, Dios disipó el consejo de ellos, y volvímonos todos al muro, cada uno á su obra.
Entonces fué grande el clamor del pueblo y de sus mujeres contra los Judíos sus hermanos.
Y había quienes decían: Hemos tomado prestado dinero para el tributo del rey, sobre nuestras tierras y viñas.
Acuérdate, Dios mío, de Tobías y de Sanballat, conforme á estas sus obras, y también de Noadías profetisa, y de los otros profetas que hacían por ponerme miedo.
Asimismo en aquellos días iban muchas cartas de los principales de Judá á Tobías, y las de Tobías venían á ellos.
Porque muchos en Judá se habían conjurado con él, porque era yerno de Sechânías hijo de Ara; y Johanán su hijo había tomado la hija de Mesullam, hijo de Berechîas.
También contaban delante de mí sus buenas obras, y referíanle mis palabras. Y enviaba Tobías cartas para atemorizarme.
Los cuales vinieron con Zorobabel, Jesuá, Nehemías, Azarías, Raamías, Nahamani, Mardochêo, Bilsán, Misperet, Bigvai, Nehum, Baana. La cuenta de los varones del pueblo de Israel:
Los hijos de Hasum, trescientos veintiocho;
Los hijos de Hariph, ciento doce;
Los varones de Beth-el y de Ai, ciento veintitrés;
Los hijos de Immer, mil cincuenta y dos;
Nethineos: los hijos de Siha, los hijos de Hasupha, los hijos de Thabaoth,
Los hijos de Lebana, los hijos de Hagaba, los hijos de Salmai,
Los hijos de Bacbuc, los hijos de Hacupha, los hijos de Harhur,
Los hijos de los siervos de Salomón: los hijos de Sotai, los hijos de Sophereth, los hijos de Perida,
Y leían en el libro de la ley de Dios claramente, y ponían el sentido, de modo que entendiesen la lectura.
Y sobre el monte de Sinaí descendiste, y hablaste con ellos desde el cielo, y dísteles juicios rectos, leyes verdaderas, y estatutos y mandamientos buenos:
Y sustentástelos cuarenta años en el desierto; de ninguna cosa tuvieron necesidad: sus vestidos no se envejecieron, ni se hincharon sus pies.
Y ellos en su reino y en tu mucho bien que les diste, y en la tierra espaciosa y pingüe que entregaste delante de ellos, no te sirvieron, ni se convirtieron de sus malas obras.
Harim, Meremoth, Obadías,
Michâ, Rehob, Hasabías,
Ater, Ezekías, Azur,
Ariph, Anathoth, Nebai,
Pelatías, Hanán, Anaías,
Y Ahijas, Hanán, Anan,
Y Maasías hijo de Baruch, hijo de Colhoze, hijo de Hazaías, hijo de Adaías, hijo de Joiarib, hijo de Zacarías, hijo de Siloni.
Y de los Levitas: Semaías hijo de Hassub, hijo de Azricam, hijo de Hasabías, hijo de Buni;
Y los Nethineos habitaban en Ophel; y Siha y Gispa eran sobre los Nethineos.
Amarías, Malluch, Hartus,
De Joiarib, Mathenai; de Jedaías, Uzzi;
Estos fueron en los días de Joiacim, hijo de Jesuá, hijo de Josadac, y en los días del gobernador Nehemías, y del sacerdote Esdras, escriba.
Y Azarías, Esdras y Mesullam,
Y Maaseías, y Semeías, y Eleazar, y Uzzi, y Johanán, y Malchías, y Elam, y Ezer. Y los cantores cantaban alto, é Israhía era el prefecto.
Y reprendí á los magistrados, y dije: ¿Por qué está la casa de Dios abandonada? Y juntélos, y púselos en su lugar.
Asimismo la reina Vasthi hizo banquete de mujeres, en la casa real del rey Assuero.
Y estaban junto á él, Carsena, y Sethar, y Admatha, y Tharsis, y Meres, y Marsena, y Memucán, siete príncipes de Persia y de Media que veían la cara del rey, y se sentaban los primeros del reino:)
Y el mandamiento que hará el rey será oído en todo su reino, aunque es grande, y todas las mujeres darán honra á sus maridos, desde el mayor hasta el menor.
Y la moza que agradare á los ojos del rey, reine en lugar de Vasthi. Y la cosa plugo en ojos del rey, é hízolo así.
Y cada día Mardochêo se paseaba delante del patio de la casa de las mujeres, por saber cómo iba á Esther, y qué se hacía de ella.
Mas entendido que fué esto por Mardochêo, él lo denunció á la reina Esther, y Esther lo dijo al rey en nombre de Mardochêo.
La copia del escrito que se diese por mandamiento en cada provincia, fué publicada á todos los pueblos, á fin de que estuviesen apercibidos para aquel día.
Y vino hasta delante de la puerta del rey: porque no era lícito pasar adentro de la puerta del rey con vestido de saco.
Y dijeron á Mardochêo las palabras de Esther.
Y añadió Amán: También la reina Esther á ninguno hizo venir con el rey al banquete que ella dispuso, sino á mí: y aun para mañana soy convidado de ella con el rey.
Y hallóse escrito que Mardochêo había denunciado de Bigthan y de Teres, dos eunucos del rey, de la guarda de la puerta, que habían procurado meter mano en el rey Assuero.
Así colgaron á Amán en la horca que él había hecho aparejar para Mardochêo; y apaciguóse la ira del rey.
El MISMO día dió el rey Assuero á la reina Esther la casa de Amán enemigo de los Judíos; y Mardochêo vino delante del rey, porque Esther le declaró lo que era respecto de ella.
Y quitóse el rey su anillo que había vuelto á tomar de Amán, y diólo á Mardochêo. Y Esther puso á Mardochêo sobre la casa de Amán.
Volvió luego Esther á hablar delante del rey, y echóse á sus pies, llorando y rogándole que hiciese nula la maldad de Amán Agageo, y su designio que había formado contra los Judíos.
La copia de la escritura que había de darse por ordenanza en cada provincia, para que fuese manifiesta á todos los pueblos, decía que los Judíos estuviesen apercibidos para aquel día, para vengarse de sus enemigos.
En el día trece del mes de Adar fué esto; y reposaron en el día catorce del mismo, é hiciéronlo día de banquete y de alegría.
Por esto llamaron á estos días Purim, del nombre Pur. Por todas las palabras pues de esta carta, y por lo que ellos vieron sobre esto, y lo que llegó á su noticia,
Y salió Satán de delante de Jehová, é hirió á Job de una maligna sarna desde la planta de su pie hasta la mollera de su cabeza.
Maldíganla los que maldicen al día, los que se aprestan para levantar su llanto.
Oscurézcanse las estrellas de su alba; espere la luz, y no venga, ni vea los párpados de la mañana:
¿Por qué me previnieron las rodillas? ¿y para qué las tetas que mamase?
Pues que ahora yaciera yo, y reposara; durmiera, y entonces tuviera reposo,
O con los príncipes que poseían el oro, que henchían sus casas de plata.
O ¿por qué no fuí escondido como aborto, como los pequeñitos que nunca vieron luz?
Allí asimismo reposan los cautivos; no oyen la voz del exactor.
Su mies comerán los hambrientos, y sacaránla de entre las espinas, y los sedientos beberán su hacienda.
Del azote de la lengua serás encubierto; ni temerás de la destrucción cuando viniere.
Y vendrás en la vejez á la sepultura, como el montón de trigo que se coge á su tiempo.
Las cosas que mi alma no quería tocar, por los dolores son mi comida.
¡Quién me diera que viniese mi petición, y que Dios me otorgase lo que espero;
Y sería aún mi consuelo, si me asaltase con dolor sin dar más tregua, que yo no he escondido las palabras del Santo.
¿Es mi fortaleza la de las piedras? ¿ó mi carne, es de acero?
Tornad ahora, y no haya iniquidad; volved aún á considerar mi justicia en esto.
Mi carne está vestida de gusanos, y de costras de polvo; mi piel hendida y abominable.
Por tanto yo no reprimiré mi boca; hablaré en la angustia de mi espíritu, y quejaréme con la amargura de mi alma.
Entonces me quebrantarás con sueños, y me turbarás con visiones.
Y así mi alma tuvo por mejor el ahogamiento, y quiso la muerte más que mis huesos.
Si quisiere contender con él, no le podrá responder á una cosa de mil.
No me ha concedido que tome mi aliento; mas hame hartado de amarguras.
Si yo me justificare, me condenará mi boca; si me dijere perfecto, esto me hará inicuo.
Bien que yo fuese íntegro, no conozco mi alma: reprocharé mi vida.
Si digo: Olvidaré mi queja, dejaré mi aburrimiento, y esforzaréme:
Contúrbanme todos mis trabajos; sé que no me darás por libre.
Y subirá de punto, pues me cazas como á león, y tornas á hacer en mí maravillas.
¿No son mis días poca cosa? Cesa pues, y déjame, para que me conforte un poco.
Porque él conoce á los hombres vanos: ve asimismo la iniquidad, ¿y no hará caso?
Aquel cuyos pies van á resbalar, es como una lámpara despreciada de aquel que está á sus anchuras.
En su mano está el alma de todo viviente, y el espíritu de toda carne humana.
He aquí, él derribará, y no será edificado: encerrará al hombre, y no habrá quien le abra.
El lleva despojados á los príncipes, y trastorna á los poderosos.
Llama luego, y yo responderé; ó yo hablaré, y respóndeme tú.
Y el cuerpo mío se va gastando como de carcoma, como vestido que se come de polilla.
Al percibir el agua reverdecerá, y hará copa como planta.
Porque tu boca declaró tu iniquidad, pues has escogido el hablar de los astutos.
¿Naciste tú primero que Adam? ¿ó fuiste formado antes que los collados?
¿Qué sabes tú que no sepamos? ¿qué entiendes que no se halle en nosotros?
¿En tan poco tienes las consolaciones de Dios? ¿tienes acaso alguna cosa oculta cerca de ti?
El no creerá que ha de volver de las tinieblas, y está mirando al cuchillo.
Si hablo, mi dolor no cesa; y si dejo de hablar, no se aparta de mí.
Hame entregado Dios al mentiroso, y en las manos de los impíos me hizo estremecer
Mas he aquí que en los cielos está mi testigo, y mi testimonio en las alturas.
Y respondió Bildad Suhita, y dijo:
¿Cuándo pondréis fin á las palabras? Entended, y después hablemos.
Y respondió Job, y dijo:
¿Por qué me perseguís como Dios, y no os hartáis de mis carnes?
Mas debierais decir: ¿Por qué lo perseguimos? ya que la raíz del negocio en mí se halla.
Si subiere su altivez hasta el cielo, y su cabeza tocare en las nubes,
Desenvainará y sacará saeta de su aljaba, y relumbrante pasará por su hiel: sobre él vendrán terrores.
Soportadme, y yo hablaré; y después que hubiere hablado, escarneced.
Salen sus chiquitos como manada, y sus hijos andan saltando.
Igualmente yacerán ellos en el polvo, y gusanos los cubrirán.
Amístate ahora con él, y tendrás paz; y por ello te vendrá bien.
Hoy también hablaré con amargura; que es más grave mi llaga que mi gemido.
Traspasan los términos, roban los ganados, y apaciéntanlos.
Ellos son los que, rebeldes á la luz, nunca conocieron sus caminos, ni estuvieron en sus veredas.
Y respondió Bildad Suhita, y dijo:
¿Cómo pues se justificará el hombre con Dios? ¿y cómo será limpio el que nace de mujer?
El restriñe la faz de su trono, y sobre él extiende su nube.
Porque ¿cuál es la esperanza del hipócrita, por mucho que hubiere robado, cuando Dios arrebatare su alma?
¿Deleitaráse en el Omnipotente? ¿invocará á Dios en todo tiempo?
Ciertamente la plata tiene sus veneros, y el oro lugar donde se forma.
Brota el torrente de junto al morador, aguas que el pie había olvidado: sécanse luego, vanse del hombre.
Senda que nunca la conoció ave, ni ojo de buitre la vió:
Empero ¿dónde se hallará la sabiduría? ¿y dónde está el lugar de la prudencia?
El abismo dice: No está en mí: y la mar dijo: Ni conmigo.
¿De dónde pues vendrá la sabiduría? ¿y dónde está el lugar de la inteligencia?
Porque encubierta está á los ojos de todo viviente, y á toda ave del cielo es oculta.
Y ahora yo soy su canción, y he sido hecho su refrán.
Mas él no extenderá la mano contra el sepulcro; ¿clamarán los sepultados cuando él los quebrantare?
¿No ve él mis caminos, y cuenta todos mis pasos?
Si fué mi corazón engañado acerca de mujer, y si estuve acechando á la puerta de mi prójimo:
Si hubiera tenido en poco el derecho de mi siervo y de mi sierva, cuando ellos pleitearan conmigo,
Si puse en oro mi esperanza, y dije al oro: Mi confianza eres tú;
Si me alegré en el quebrantamiento del que me aborrecía, y me regocijé cuando le halló el mal;
¡Quién me diera quien me oyese! He aquí mi impresión es que el Omnipotente testificaría por mí, aunque mi adversario me hiciera el proceso.
Por tanto yo dije: Escuchadme; declararé yo también mi sabiduría.
¿Quién visitó por él la tierra? ¿y quién puso en orden todo el mundo?
De seguro conviene se diga á Dios: Llevado he ya castigo, no más ofenderé:
Que Job no habla con sabiduría, y que sus palabras no son con entendimiento.
Que nos enseña más que á las bestias de la tierra, y nos hace sabios más que las aves del cielo?
Y añadió Eliú, y dijo:
No quitará sus ojos del justo; antes bien con los reyes los pondrá en solio para siempre, y serán ensalzados.
Si oyeren, y le sirvieren, acabarán sus días en bien, y sus años en deleites.
Mas si no oyeren, serán pasados á cuchillo, y perecerán sin sabiduría.
Escucha esto, Job; repósate, y considera las maravillas de Dios.
¿Has entrado tú hasta los profundos de la mar, y has andado escudriñando el abismo?
¿Sabíaslo tú porque hubieses ya nacido, ó porque es grande el número de tus días?
¿De qué vientre salió el hielo? y la escarcha del cielo, ¿quién la engendró?
¿Cazarás tú la presa para el león? ¿y saciarás el hambre de los leoncillos,
Cuando están echados en las cuevas, ó se están en sus guaridas para acechar?
¿Fiarás de él que te tornará tu simiente, y que la allegará en tu era?
Luego que se levanta en alto, búrlase del caballo y de su jinete.
Antes como que dice entre los clarines: ¡Ea!, y desde lejos huele la batalla, el grito de los capitanes, y la vocería.
¿Vuela el gavilán por tu industria, y extiende hacia el mediodía sus alas?
Entonces respondió Jehová á Job desde la oscuridad, y dijo:
Ciertamente los montes producen hierba para él: y toda bestia del campo retoza allá.
Yo no callaré sus miembros, ni lo de sus fuerzas y la gracia de su disposición.
En su cerviz mora la fortaleza, y espárcese el desaliento delante de él.
Las partes momias de su carne están apretadas: están en él firmes, y no se mueven.
Y respondió Job á Jehová, y dijo:
Por tanto me aborrezco, y me arrepiento en el polvo y en la ceniza.
Bienaventurado el varón que no anduvo en consejo de malos, ni estuvo en camino de pecadores, ni en silla de escarnecedores se ha sentado;
Y será como el árbol plantado junto á arroyos de aguas, que da su fruto en su tiempo, y su hoja no cae; y todo lo que hace, prosperará.
No así los malos: sino como el tamo que arrebata el viento.
Yo publicaré el decreto: Jehová me ha dicho: Mi hijo eres tú; yo te engendré hoy.
Guíame, Jehová, en tu justicia á causa de mis enemigos; endereza delante de mí tu camino.
Porque no hay en su boca rectitud: sus entrañas son pravedades; sepulcro abierto su garganta: con su lengua lisonjearán.
Y alegrarse han todos los que en ti confían; para siempre darán voces de júbilo, porque tú los defiendes: y en ti se regocijarán los que aman tu nombre.
Heme consumido á fuerza de gemir: todas las noches inundo mi lecho, riego mi estrado con mis lágrimas.
Mis ojos están carcomidos de descontento; hanse envejecido á causa de todos mis angustiadores.
Jehová Dios mío, si yo he hecho esto, si hay en mis manos iniquidad;
Si no se convirtiere, él afilará su espada: armado tiene ya su arco, y lo ha preparado.
Cuando veo tus cielos, obra de tus dedos, la luna y las estrellas que tú formaste:
Mas Jehová permanecerá para siempre: dispuesto ha su trono para juicio.
Y él juzgará el mundo con justicia; y juzgará los pueblos con rectitud.
Porque demandando la sangre se acordó de ellos: no se olvidó del clamor de los pobres.
Está en las guaridas de las aldeas: en los escondrijos mata al inocente: sus ojos están acechando al pobre.
Porque he aquí, los malos flecharon el arco, apercibieron sus saetas sobre la cuerda, para asaetear en oculto á los rectos de corazón.
Jehová en el templo de su santidad: la silla de Jehová está en el cielo: sus ojos ven, sus párpados examinan á los hijos de los hombres.
Jehová prueba al justo; empero al malo y al que ama la violencia, su alma aborrece.
Porque no diga mi enemigo, Vencílo: mis enemigos se alegrarán, si yo resbalare.
Jehová miró desde los cielos sobre los hijos de los hombres, por ver si había algún entendido, que buscara á Dios.
¡Quién diese de Sión la salud de Israel! En tornando Jehová la cautividad de su pueblo, se gozará Jacob, y alegraráse Israel.
Quien su dinero no dió á usura, ni contra el inocente tomó cohecho. El que hace estas cosas, no resbalará para siempre.
Dijiste, oh alma mía, á Jehová: Tú eres el Señor: mi bien á ti no aprovecha;
Sino á los santos que están en la tierra, y á los íntegros: toda mi afición en ellos.
Jehová es la porción de mi parte y de mi copa; tú sustentarás mi suerte.
Parecen al león que desea hacer presa, y al leoncillo que está escondido.
Asaltáronme en el día de mi quebranto: mas Jehová fué mi apoyo.
Pagóme pues Jehová conforme á mi justicia; conforme á la limpieza de mis manos delante de sus ojos.
Tú pues alumbrarás mi lámpara: Jehová mi Dios alumbrará mis tinieblas.
El un día emite palabra al otro día, y la una noche á la otra noche declara sabiduría.
Del un cabo de los cielos es su salida, y su giro hasta la extremidad de ellos: y no hay quien se esconda de su calor.
Deseables son más que el oro, y más que mucho oro afinado; y dulces más que miel, y que la que destila del panal.
Estos confían en carros, y aquéllos en caballos: mas nosotros del nombre de Jehová nuestro Dios tendremos memoria.
Tú empero eres santo, tú que habitas entre las alabanzas de Israel.
Heme escurrido como aguas, y todos mis huesos se descoyuntaron: mi corazón fué como cera, desliéndose en medio de mis entrañas.
Secóse como un tiesto mi vigor, y mi lengua se pegó á mi paladar; y me has puesto en el polvo de la muerte.
Confortará mi alma; guiaráme por sendas de justicia por amor de su nombre.
Alzad, oh puertas, vuestras cabezas, y alzaos vosotras, puertas eternas, y entrará el Rey de gloria.
¿Quién es este Rey de gloria? Jehová de los ejércitos, él es el Rey de la gloria. (Selah.)
Encamíname en tu verdad, y enséñame; porque tú eres el Dios de mi salud: en ti he esperado todo el día.
Acuérdate, oh Jehová, de tus conmiseraciones y de tus misericordias, que son perpetuas.
De los pecados de mi mocedad, y de mis rebeliones, no te acuerdes; conforme á tu misericordia acuérdate de mí, por tu bondad, oh Jehová.
Todas las sendas de Jehová son misericordia y verdad, para los que guardan su pacto y sus testimonios.
Mírame, y ten misericordia de mí; porque estoy solo y afligido.
Integridad y rectitud me guarden; porque en ti he esperado.
Para exclamar con voz de acción de gracias, y para contar todas tus maravillas.
Una cosa he demandado á Jehová, ésta buscaré: que esté yo en la casa de Jehová todos los días de mi vida, para contemplar la hermosura de Jehová, y para inquirir en su templo.
Salmo de David. A ti clamaré, oh Jehová, fortaleza mía: no te desentiendas de mí; porque no sea yo, dejándome tú, semejante á los que descienden al sepulcro.
Dales conforme á su obra, y conforme á la malicia de sus hechos: dales conforme á la obra de sus manos, dales su paga.
Porque no atendieron á las obras de Jehová, ni al hecho de sus manos, derribarálos, y no los edificará.
Jehová es mi fortaleza y mi escudo: en él esperó mi corazón, y fuí ayudado; por lo que se gozó mi corazón, y con mi canción le alabaré.
Dad á Jehová la gloria debida á su nombre: humillaos á Jehová en el glorioso santuario.
Me gozaré y alegraré en tu misericordia; porque has visto mi aflicción; has conocido mi alma en las angustias.
Porque mi vida se va gastando de dolor, y mis años de suspirar: hase enflaquecido mi fuerza á causa de mi iniquidad, y mis huesos se han consumido.
No sea yo confundido, oh Jehová, ya que te he invocado; sean corridos los impíos, estén mudos en el profundo.
Salmo de David: Masquil. Bienaventurado aquel cuyas iniquidades son perdonadas, y borrados sus pecados.
No seáis como el caballo, ó como el mulo, sin entendimiento: con cabestro y con freno su boca ha de ser reprimida, para que no lleguen á ti.
Muchos dolores para el impío; mas el que espera en Jehová, lo cercará misericordia.
Celebrad á Jehová con arpa: cantadle con salterio y decacordio.
Por la palabra de Jehová fueron hechos los cielos, y todo el ejército de ellos por el espíritu de su boca.
El junta como en un montón las aguas de la mar: él pone en depósitos los abismos.
Jehová hace nulo el consejo de las gentes, y frustra las maquinaciones de los pueblos.
Por tanto en él se alegrará nuestro corazón, porque en su santo nombre hemos confiado.
A él miraron y fueron alumbrados: y sus rostros no se avergonzaron.
Echa mano al escudo y al pavés, y levántate en mi ayuda.
Y saca la lanza, cierra contra mis perseguidores; di á mi alma: Yo soy tu salud.
Sea su camino oscuridad y resbaladeros; y el ángel de Jehová los persiga.
Mas yo, cuando ellos enfermaron, me vestí de saco; afligí con ayuno mi alma, y mi oración se revolvía en mi seno.
Como por mi compañero, como por mi hermano andaba; como el que trae luto por madre, enlutado me humillaba.
Avergüéncense, y sean confundidos á una los que de mi mal se alegran: vístanse de vergüenza y de confusión los que se engrandecen contra mí.
Encomienda á Jehová tu camino, y espera en él; y él hará.
Porque los malignos serán talados, mas los que esperan en Jehová, ellos heredarán la tierra.
Pero los mansos heredarán la tierra, y se recrearán con abundancia de paz.
Mejor es lo poco del justo, que las riquezas de muchos pecadores.
No serán avergonzados en el mal tiempo; y en los días de hambre serán hartos.
Pero la salvación de los justos es de Jehová, y él es su fortaleza en el tiempo de angustia.
Mis amigos y mis compañeros se quitaron de delante de mi plaga; y mis cercanos se pusieron lejos.
Enmudecí con silencio, calléme aun respecto de lo bueno: y excitóse mi dolor.
Enardecióse mi corazón dentro de mí; encendióse fuego en mi meditación, y así proferí con mi lengua:
Bienaventurado el hombre que puso á Jehová por su confianza, y no mira á los soberbios, ni á los que declinan á la mentira.
Jehová lo guarde, y le dé vida: sea bienaventurado en la tierra, y no lo entregues á la voluntad de sus enemigos.
Yo dije: Jehová, ten misericordia de mí; sana mi alma, porque contra ti he pecado.
Júzgame, oh Dios, y aboga mi causa: líbrame de gente impía, del hombre de engaño é iniquidad.
Pues que tú eres el Dios de mi fortaleza, ¿por qué me has desechado? ¿por qué andaré enlutado por la opresión del enemigo?
Y entraré al altar de Dios, al Dios alegría de mi gozo; y alabaréte con arpa, oh Dios, Dios mío.
Porque no se apoderaron de la tierra por su espada, ni su brazo los libró; sino tu diestra, y tu brazo, y la luz de tu rostro, porque te complaciste en ellos.
Haste hermoseado más que los hijos de los hombres; la gracia se derramó en tus labios: por tanto Dios te ha bendecido para siempre.
Amaste la justicia y aborreciste la maldad: por tanto te ungió Dios, el Dios tuyo, con óleo de gozo sobre tus compañeros.
Jehová de los ejércitos es con nosotros; nuestro refugio es el Dios de Jacob. (Selah.)
Al Músico principal: de los hijos de Coré: Salmo. Pueblos todos, batid las manos; aclamad á Dios con voz de júbilo.
Los príncipes de los pueblos se juntaron al pueblo del Dios de Abraham: porque de Dios son los escudos de la tierra; él es muy ensalzado.
Y viéndola ellos así, maravilláronse, se turbaron, diéronse priesa á huir.
Como lo oímos, así hemos visto en la ciudad de Jehová de los ejércitos, en la ciudad de nuestro Dios: afirmarála Dios para siempre. (Selah.)
(Porque la redención de su vida es de gran precio, y no se hará jamás;)
Mas el hombre no permanecerá en honra: es semejante á las bestias que perecen.
Si bien mientras viviere, dirá dichosa á su alma: y tú serás loado cuando bien te tratares.
Y denunciarán los cielos su justicia; porque Dios es el juez. (Selah.)
Conozco todas las aves de los montes, y en mi poder están las fieras del campo.
¿Tengo de comer yo carne de toros, ó de beber sangre de machos cabríos?
Si veías al ladrón, tú corrías con él; y con los adúlteros era tu parte.
Haz bien con tu benevolencia á Sión: edifica los muros de Jerusalem.
Al Músico principal: Masquil de David, cuando vino Doeg Idumeo y dió cuenta á Saúl, diciéndole: David ha venido á casa de Ahimelech. ¿Por qué te glorías de maldad, oh poderoso? La misericordia de Dios es continua.
Agravios maquina tu lengua: como navaja amolada hace engaño.
El volverá el mal á mis enemigos: córtalos por tu verdad.
Y dije: ¡Quién me diese alas como de paloma! volaría yo, y descansaría.
Apresuraríame á escapar del viento tempestuoso, de la tempestad.
Mis huídas has tú contado: pon mis lágrimas en tu redoma: ¿no están ellas en tu libro?
Porque has librado mi vida de la muerte, y mis pies de caída, para que ande delante de Dios en la luz de los que viven.
Al Músico principal: sobre No destruyas: Michtam de David. Oh congregación, ¿pronunciáis en verdad justicia? ¿juzgáis rectamente, hijos de los hombres?
Vuelvan pues á la tarde, y ladren como perros, y rodeen la ciudad.
Yo empero cantaré tu fortaleza, y loaré de mañana tu misericordia: porque has sido mi amparo y refugio en el día de mi angustia.
Has dado á los que te temen bandera que alcen por la verdad. (Selah.)
Dios pronunció por su santuario; yo me alegraré; partiré á Sichêm, y mediré el valle de Succoth.
Así te bendeciré en mi vida: en tu nombre alzaré mis manos.
Como de meollo y de grosura será saciada mi alma; y con labios de júbilo te alabará mi boca,
Mas los que para destrucción buscaron mi alma, caerán en los sitios bajos de la tierra.
Destruiránlos á filo de espada; serán porción de las zorras.
Mas Dios los herirá con saeta; de repente serán sus plagas.
Tú oyes la oración: á ti vendrá toda carne.
Dichoso el que tú escogieres, é hicieres llegar á ti, para que habite en tus atrios: seremos saciados del bien de tu casa, de tu santo templo.
Tú, el que afirma los montes con su potencia, ceñido de valentía:
Vístense los llanos de manadas, y los valles se cubren de grano: dan voces de júbilo, y aun cantan.
Holocaustos de cebados te ofreceré, con perfume de carneros: sacrificaré bueyes y machos cabríos. (Selah.)
Alábente los pueblos, oh Dios; alábente los pueblos todos.
Bendíganos Dios, y témanlo todos los fines de la tierra.
Cantad á Dios, cantad salmos á su nombre: ensalzad al que sube sobre los cielos en JAH su nombre, y alegraos delante de él.
Monte de Dios es el monte de Basán; monte alto el de Basán.
Los carros de Dios son veinte mil, y más millares de ángeles. El Señor entre ellos, como en Sinaí, así en el santuario.
Los cantores iban delante, los tañedores detrás; en medio, las doncellas con adufes.
Reprime la reunión de gentes armadas, la multitud de toros con los becerros de los pueblos, hasta que todos se sometan con sus piezas de plata: disipa los pueblos que se complacen en la guerra.
Hanse aumentado más que los cabellos de mi cabeza los que me aborrecen sin causa; hanse fortalecido mis enemigos, los que me destruyen sin por qué: he venido pues á pagar lo que no he tomado.
Acércate á mi alma, redímela: líbrame á causa de mis enemigos.
Tú sabes mi afrenta, y mi confusión, y mi oprobio: delante de ti están todos mis enemigos.
La afrenta ha quebrantado mi corazón, y estoy acongojado: y esperé quien se compadeciese de mí, y no lo hubo: y consoladores, y ninguno hallé.
Derrama sobre ellos tu ira, y el furor de tu enojo los alcance.
Sean raídos del libro de los vivientes, y no sean escritos con los justos.
Alabaré yo el nombre de Dios con cántico, ensalzarélo con alabanza.
Hazme escapar, y líbrame en tu justicia: inclina tu oído y sálvame.
Mas yo siempre esperaré, y añadiré sobre toda tu alabanza.
Vendré á las valentías del Señor Jehová: haré memoria de sola tu justicia.
Asimismo yo te alabaré con instrumento de salterio, oh Dios mío: tu verdad cantaré yo á ti en el arpa, oh Santo de Israel.
Mi lengua hablará también de tu justicia todo el día: por cuanto fueron avergonzados, porque fueron confusos los que mi mal procuraban.
Para Salomón. Oh Dios, da tus juicios al rey, y tu justicia al hijo del rey.
Descenderá como la lluvia sobre la hierba cortada; como el rocío que destila sobre la tierra.
Porque él librará al menesteroso que clamare, y al afligido que no tuviere quien le socorra.
Soltáronse, y hablan con maldad de hacer violencia; hablan con altanería.
Tú abriste fuente y río; tú secaste ríos impetuosos.
No vuelva avergonzado el abatido: el afligido y el menesteroso alabarán tu nombre.
Y quebraré todos los cuernos de los pecadores: los cuernos del justo serán ensalzados.
Allí quebró las saetas del arco, el escudo, y la espada, y tren de guerra. (Selah.)
Y dije: Enfermedad mía es esta; traeré pues á la memoria los años de la diestra del Altísimo.
Tú eres el Dios que hace maravillas: tú hiciste notoria en los pueblos tu fortaleza.
Las cuales hemos oído y entendido; que nuestros padres nos las contaron.
Movió el solano en el cielo, y trajo con su fortaleza el austro.
Con todo esto pecaron aún, y no dieron crédito á sus maravillas.
No se acordaron de su mano, del día que los redimió de angustia;
Envió sobre ellos el furor de su saña, ira y enojo y angustia, con misión de malos ángeles.
Empero hizo salir á su pueblo como ovejas, y llevólos por el desierto, como un rebaño.
Y echó las gentes de delante de ellos, y repartióles una herencia con cuerdas; é hizo habitar en sus moradas á las tribus de Israel.
Dejó por tanto el tabernáculo de Silo, la tienda en que habitó entre los hombres;
Entregó también su pueblo á cuchillo, y airóse contra su heredad.
Y eligió á David su siervo, y tomólo de las majadas de las ovejas:
No recuerdes contra nosotros las iniquidades antiguas: anticípennos presto tus misericordias, porque estamos muy abatidos.
Y nosotros, pueblo tuyo, y ovejas de tu dehesa, te alabaremos para siempre: por generación y generación cantaremos tus alabanzas.
Oh Dios, haznos tornar; y haz resplandecer tu rostro, y seremos salvos.
Jehová, Dios de los ejércitos, ¿hasta cuándo humearás tú contra la oración de tu pueblo?
Oh Dios de los ejércitos, vuelve ahora: mira desde el cielo, y considera, y visita esta viña,
Quemada á fuego está, asolada: perezcan por la reprensión de tu rostro.
Sea tu mano sobre el varón de tu diestra, sobre el hijo del hombre que para ti corroboraste.
No habrá en ti dios ajeno, ni te encorvarás á dios extraño.
¿Hasta cuándo juzgaréis injustamente, y aceptaréis las personas de los impíos? (Selah.)
Que perecieron en Endor, fueron hechos muladar de la tierra.
Porque mejor es un día en tus atrios que mil fuera de ellos: escogería antes estar á la puerta de la casa de mi Dios, que habitar en las moradas de maldad.
Porque sol y escudo es Jehová Dios: gracia y gloria dará Jehová: no quitará el bien á los que en integridad andan.
Guarda mi alma, porque soy pío: salva tú, oh Dios mío, á tu siervo que en ti, confía.
Porque tú eres grande, y hacedor de maravillas: tú solo eres Dios.
Haz conmigo señal para bien, y véanla los que me aborrecen, y sean avergonzados; porque tú, Jehová, me ayudaste, y me consolaste.
Ama Jehová las puertas de Sión más que todas las moradas de Jacob.
Sobre mí se ha acostado tu ira, y me has afligido con todas tus ondas. (Selah.)
¿Por qué, oh Jehová, desechas mi alma? ¿por qué escondes de mí tu rostro?
Hanme rodeado como aguas de continuo; hanme cercado á una.
Oh Jehová, Dios de los ejércitos, ¿quién como tú? Poderoso eres, Jehová, y tu verdad está en torno de ti.
Tú quebrantaste á Rahab como á un muerto: con el brazo de tu fortaleza esparciste á tus enemigos.
En tu nombre se alegrarán todo el día; y en tu justicia serán ensalzados.
Porque Jehová es nuestro escudo; y nuestro rey es el Santo de Israel.
Si profanaren mis estatutos, y no guardaren mis mandamientos;
Hiciste cesar su brillo, y echaste su trono por tierra.
Porque todos nuestros días declinan á causa de tu ira; acabamos nuestros años como un pensamiento.
Ni de pestilencia que ande en oscuridad, ni de mortandad que en medio del día destruya.
Ciertamente con tus ojos mirarás, y verás la recompensa de los impíos.
Jehová reina, vistióse de magnificencia, vistióse Jehová, ciñóse de fortaleza; afirmó también el mundo, que no se moverá.
Entended, necios del pueblo; y vosotros fatuos, ¿cuándo seréis sabios?
Bienaventurado el hombre á quien tú, JAH, castigares, y en tu ley lo instruyeres;
Cuando yo decía: Mi pie resbala: tu misericordia, oh Jehová, me sustentaba.
¿Juntaráse contigo el trono de iniquidades, que forma agravio en el mandamiento?
Porque grande es Jehová, y digno de suprema alabanza; terrible sobre todos los dioses.
Oyó Sión, y alegróse; y las hijas de Judá, oh Jehová, se gozaron por tus juicios.
Brame la mar y su plenitud; el mundo y los que en él habitan;
En columna de nube hablaba con ellos: guardaban sus testimonios, y el estatuto que les había dado.
Entenderé en el camino de la perfección cuando vinieres á mí: en integridad de mi corazón andaré en medio de mi casa.
Mis ojos pondré en los fieles de la tierra, para que estén conmigo: el que anduviere en el camino de la perfección, éste me servirá.
Velo, y soy como el pájaro solitario sobre el tejado.
Cada día me afrentan mis enemigos; los que se enfurecen contra mí, hanse contra mí conjurado.
Cuando los pueblos se congregaren en uno, y los reinos, para servir á Jehová.
El afligió mi fuerza en el camino; acortó mis días.
Ellos perecerán, y tú permanecerás; y todos ellos como un vestido se envejecerán; como una ropa de vestir los mudarás, y serán mudados:
Jehová el que hace justicia y derecho á todos los que padecen violencia.
Abrevan á todas las bestias del campo: quebrantan su sed los asnos montaraces.
Acordóse para siempre de su alianza; de la palabra que mandó para mil generaciones,
La cual concertó con Abraham; y de su juramento á Isaac.
Y establecióla á Jacob por decreto, á Israel por pacto sempiterno,
No consintió que hombre los agraviase; y por causa de ellos castigó los reyes.
Y llamó al hambre sobre la tierra, y quebrantó todo mantenimiento de pan.
Hasta la hora que llegó su palabra, el dicho de Jehová le probó.
Después entró Israel en Egipto, y Jacob fué extranjero en la tierra de Châm.
Produjo su tierra ranas, aun en las cámaras de sus reyes.
Y comieron toda la hierba de su país, y devoraron el fruto de su tierra.
Y dióles las tierras de las gentes; y las labores de las naciones heredaron:
Para que guardasen sus estatutos, y observasen sus leyes. Aleluya.
Para que yo vea el bien de tus escogidos, para que me goce en la alegría de tu gente, y me gloríe con tu heredad.
Abrióse la tierra, y tragó á Dathán, y cubrió la compañía de Abiram.
Olvidaron al Dios de su salud, que había hecho grandezas en Egipto;
Y trató de destruirlos, á no haberse puesto Moisés su escogido al portillo delante de él, á fin de apartar su ira, para que no los destruyese.
Antes murmuraron en sus tiendas, y no oyeron la voz de Jehová.
Allegáronse asimismo á Baal-peor, y comieron los sacrificios de los muertos.
Porque hicieron se rebelase su espíritu, como lo expresó con sus labios.
Y derramaron la sangre inocente, la sangre de sus hijos y de sus hijas, que sacrificaron á los ídolos de Canaán: y la tierra fué contaminada con sangre.
El con todo, miraba cuando estaban en angustia, y oía su clamor:
Alabad á Jehová, porque es bueno; porque para siempre es su misericordia.
Hambrientos y sedientos, su alma desfallecía en ellos.
Los que moraban en tinieblas y sombra de muerte, aprisionados en aflicción y en hierros;
Luego que clamaron á Jehová en su angustia, librólos de sus aflicciones.
Sacólos de las tinieblas y de la sombra de muerte, y rompió sus prisiones.
Su alma abominó toda vianda, y llegaron hasta las puertas de la muerte.
Alaben la misericordia de Jehová, y sus maravillas para con los hijos de los hombres:
Tiemblan, y titubean como borrachos, y toda su ciencia es perdida.
Y ensálcenlo en la congregación del pueblo; y en consistorio de ancianos lo alaben.
Y luego son menoscabados y abatidos á causa de tiranía, de males y congojas.
Y pusieron contra mí mal por bien, y odio por amor.
Cuando fuere juzgado, salga impío; y su oración sea para pecado.
Estén siempre delante de Jehová, y él corte de la tierra su memoria.
Y tú, Jehová Señor, haz conmigo por amor de tu nombre: líbrame, porque tu misericordia es buena.
Gloria y hermosura es su obra; y su justicia permanece para siempre.
Redención ha enviado á su pueblo; para siempre ha ordenado su pacto: santo y terrible es su nombre.
¿Quién como Jehová nuestro Dios, que ha enaltecido su habitación,
Cuando salió Israel de Egipto, la casa de Jacob del pueblo bárbaro,
Oh montes, ¿por qué saltasteis como carneros, y vosotros, collados, como corderitos?
A la presencia del Señor tiembla la tierra, á la presencia del Dios de Jacob;
Como ellos son los que los hacen; cualquiera que en ellos confía.
Oh Israel, confía en Jehová: él es su ayuda y su escudo.
Casa de Aarón, confiad en Jehová: él es su ayuda y su escudo.
Amo á Jehová, pues ha oído mi voz y mis súplicas.
Rodeáronme los dolores de la muerte, me encontraron las angustias del sepulcro: angustia y dolor había yo hallado.
Creí; por tanto hablé, estando afligido en gran manera.
¿Qué pagaré á Jehová por todos sus beneficios para conmigo?
Ahora pagaré mis votos á Jehová delante de todo su pueblo.
Diga ahora Israel: Que para siempre es su misericordia.
Desde la angustia invoqué á JAH; y respondióme JAH, poniéndome en anchura.
Jehová está por mí entre los que me ayudan: por tanto yo veré mi deseo en los que me aborrecen.
Mi fortaleza y mi canción es JAH; y él me ha sido por salud.
Alabad á Jehová porque es bueno; porque para siempre es su misericordia.
Bienaventurados los que guardan sus testimonios, y con todo el corazón le buscan:
Pues no hacen iniquidad los que andan en sus caminos.
Tú encargaste que sean muy guardados tus mandamientos.
Quebrantada está mi alma de desear tus juicios en todo tiempo.
Mis caminos te conté, y me has respondido: enséñame tus estatutos.
Confirma tu palabra á tu siervo, que te teme.
Horror se apoderó de mí, á causa de los impíos que dejan tu ley.
Bien has hecho con tu siervo, oh Jehová, conforme á tu palabra.
Engrasóse el corazón de ellos como sebo; mas yo en tu ley me he deleitado.
Por generación y generación es tu verdad: tú afirmaste la tierra, y persevera.
Me has hecho más sabio que mis enemigos con tus mandamientos; porque me son eternos.
No me aparté de tus juicios; porque tú me enseñaste.
Lámpara es á mis pies tu palabra, y lumbrera á mi camino.
Ruégote, oh Jehová, te sean agradables los sacrificios voluntarios de mi boca; y enséñame tus juicios.
Responde por tu siervo para bien: no me hagan violencia los soberbios.
El principio de tus palabras alumbra; hace entender á los simples.
Ordena mis pasos con tu palabra; y ninguna iniquidad se enseñoree de mí.
Justo eres tú, oh Jehová, y rectos tus juicios.
Clamé con todo mi corazón; respóndeme, Jehová, y guardaré tus estatutos.
Oye mi voz conforme á tu misericordia; oh Jehová, vivifícame conforme á tu juicio.
Muchas son tus misericordias, oh Jehová: vivifícame conforme á tus juicios.
Mi alma ha guardado tus testimonios, y helos amado en gran manera.
Venga mi oración delante de ti: líbrame conforme á tu dicho.
Deseado he tu salud, oh Jehová; y tu ley es mi delicia.
Cántico gradual. A Jehová llamé estando en angustia, y él me respondió.
Jehová te guardará de todo mal: él guardará tu alma.
Porque no reposará la vara de la impiedad sobre la suerte de los justos; porque no extiendan los justos sus manos á la iniquidad.
Y veas los hijos de tus hijos, y la paz sobre Israel.
De la cual no hinchió segador su mano, ni sus brazos el que hace gavillas.
Mi alma espera á Jehová más que los centinelas á la mañana, más que los vigilantes á la mañana.
No daré sueño á mis ojos, ni á mis párpados adormecimiento,
Hasta que halle lugar para Jehová, moradas para el Fuerte de Jacob.
Alzad vuestras manos al santuario, y bendecid á Jehová.
El es el que hirió los primogénitos de Egipto, desde el hombre hasta la bestia.
Bendito de Sión Jehová, que mora en Jerusalem. Aleluya.
Al que hizo los cielos con entendimiento, porque para siempre es su misericordia.
Al que sacó á Israel de en medio de ellos, porque para siempre es su misericordia;
Junto á los ríos de Babilonia, allí nos sentábamos, y aun llorábamos, acordándonos de Sión.
Hija de Babilonia destruída, bienaventurado el que te diere el pago de lo que tú nos hiciste.
Confesarte han, oh Jehová, todos los reyes de la tierra, cuando habrán oído los dichos de tu boca.
Detrás y delante me guarneciste, y sobre mí pusiste tu mano.
Mi embrión vieron tus ojos, y en tu libro estaban escritas todas aquellas cosas que fueron luego formadas, sin faltar una de ellas.
Aborrézcolos con perfecto odio; téngolos por enemigos.
Guárdame, oh Jehová, de manos del impío, presérvame del hombre injurioso; que han pensado de trastornar mis pasos.
Como quien hiende y rompe la tierra, son esparcidos nuestros huesos á la boca de la sepultura.
Miraba á la mano derecha, y observaba; mas no había quien me conociese; no tuve refugio, no había quien volviese por mi vida.
Saca mi alma de la cárcel para que alabe tu nombre: Me rodearán los justos, porque tú me serás propicio.
Porque ha perseguido el enemigo mi alma; ha postrado en tierra mi vida; hame hecho habitar en tinieblas como los ya muertos.
Hazme oir por la mañana tu misericordia, porque en ti he confiado: hazme saber el camino por donde ande, porque á ti he alzado mi alma.
El hombre es semejante á la vanidad: sus días son como la sombra que pasa.
Envía tu mano desde lo alto; redímeme, y sácame de las muchas aguas, de la mano de los hijos extraños;
Cuya boca habla vanidad, y su diestra es diestra de mentira.
Y la terribilidad de tus valentías dirán los hombres; y yo recontaré tu grandeza.
Para notificar á los hijos de los hombres sus valentías, y la gloria de la magnificencia de su reino.
Los ojos de todos esperan en ti, y tú les das su comida en su tiempo.
Cumplirá el deseo de los que le temen; oirá asimismo el clamor de ellos, y los salvará.
Jehová guarda á los extranjeros; al huérfano y á la viuda levanta; y el camino de los impíos trastorna.
No toma contentamiento en la fortaleza del caballo, ni se complace en las piernas del hombre.
Alaben su nombre con corro: con adufe y arpa á él canten.
Vanidad de vanidades, dijo el Predicador; vanidad de vanidades, todo vanidad.
Todas las cosas andan en trabajo más que el hombre pueda decir: ni los ojos viendo se hartan de ver, ni los oídos se hinchen de oir.
Y fuí engrandecido, y aumentado más que todos los que fueron antes de mí en Jerusalem: á más de esto perseveró conmigo mi sabiduría.
Entonces dije yo en mi corazón: Como sucederá al necio me sucederá también á mí: ¿para qué pues he trabajado hasta ahora por hacerme más sabio? Y dije en mi corazón, que también esto era vanidad.
Yo asimismo aborrecí todo mi trabajo que había puesto por obra debajo del sol; el cual dejaré á otro que vendrá después de mí.
¡Que el hombre trabaje con sabiduría, y con ciencia, y con rectitud, y que haya de dar su hacienda á hombre que nunca trabajó en ello! También es esto vanidad y mal grande.
No hay cosa mejor para el hombre sino que coma y beba, y que su alma vea el bien de su trabajo. También tengo yo visto que esto es de la mano de Dios.
¿Quién sabe que el espíritu de los hijos de los hombres suba arriba, y que el espíritu del animal descienda debajo de la tierra?
Visto he asimismo que todo trabajo y toda excelencia de obras mueve la envidia del hombre contra su prójimo. También esto es vanidad y aflicción de espíritu.
Todo el trabajo del hombre es para su boca, y con todo eso su alma no se harta.
La sabiduría fortifica al sabio más que diez poderosos la ciudad en que fueron.
En todo tiempo sean blancos tus vestidos, y nunca falte ungüento sobre tu cabeza.
Si se embotare el hierro, y su filo no fuere amolado, hay que añadir entonces más fuerza: empero excede la bondad de la sabiduría.
Por la pereza se cae la techumbre, y por flojedad de manos se llueve la casa.
Y las puertas de afuera se cerrarán, por la bajeza de la voz de la muela; y levantaráse á la voz del ave, y todas las hijas de canción serán humilladas;
No miréis en que soy morena, porque el sol me miró. Los hijos de mi madre se airaron contra mí, hiciéronme guarda de viñas; y mi viña, que era mía, no guardé.
Sustentadme con frascos, corroboradme con manzanas; porque estoy enferma de amor.
Hanse mostrado las flores en la tierra, el tiempo de la canción es venido, y en nuestro país se ha oído la voz de la tórtola;
Tus labios, como un hilo de grana, y tu habla hermosa; tus sienes, como cachos de granada á la parte adentro de tus guedejas.
Toda tú eres hermosa, amiga mía, y en ti no hay mancha.
Conmigo del Líbano, oh esposa, conmigo ven del Líbano: mira desde la cumbre de Amana, desde la cumbre de Senir y de Hermón, desde las guaridas de los leones, desde los montes de los tigres.
Como panal de miel destilan tus labios, oh esposa; miel y leche hay debajo de tu lengua; y el olor de tus vestidos como el olor del Líbano.
Abrí yo á mi amado; mas mi amado se había ido, había ya pasado: y tras su hablar salió mi alma: busquélo, y no lo hallé; llamélo, y no me respondió.
Yo te llevaría, te metiera en casa de mi madre: tú me enseñarías, y yo te hiciera beber vino adobado del mosto de mis granadas.
El buey conoce á su dueño, y el asno el pesebre de su señor: Israel no conoce, mi pueblo no tiene entendimiento.
¿Para qué habéis de ser castigados aún? todavía os rebelaréis. Toda cabeza está enferma, y todo corazón doliente.
¿Quién demandó esto de vuestras manos, cuando vinieseis á presentaros delante de mí, para hollar mis atrios?
Vuestras lunas nuevas y vuestras solemnidades tiene aborrecidas mi alma: me son gravosas; cansado estoy de llevarlas.
Tus príncipes, prevaricadores y compañeros de ladrones: todos aman las dádivas, y van tras las recompensas: no oyen en juicio al huérfano, ni llega á ellos la causa de la viuda.
Y volveré mi mano sobre ti, y limpiaré hasta lo más puro tus escorias, y quitaré todo tu estaño:
Mas los rebeldes y pecadores á una serán quebrantados, y los que dejan á Jehová serán consumidos.
Y meteránse en las cavernas de las peñas, y en las aberturas de la tierra, por la presencia espantosa de Jehová, y por el resplandor de su majestad, cuando se levantare él para herir la tierra.
Dejaos del hombre, cuyo hálito está en su nariz; porque ¿de qué es él estimado?
¿Qué pensáis vosotros que majáis mi pueblo, y moléis las caras de los pobres? dice el Señor Jehová de los ejércitos.
Y el hombre será humillado, y el varón será abatido, y bajados serán los ojos de los altivos.
Y encima de él estaban serafines: cada uno tenía seis alas; con dos cubrían sus rostros, y con dos cubrían sus pies, y con dos volaban.
Y los quiciales de las puertas se estremecieron con la voz del que clamaba, y la casa se hinchió de humo.
Entonces dijo Jehová á Isaías: Sal ahora al encuentro de Achâz, tú, y Sear-jasub tu hijo, al cabo del conducto de la Pesquera de arriba, en el camino de la heredad del Lavador,
Por haber acordado maligno consejo contra ti el Siro, con Ephraim y con el hijo de Remalías, diciendo:
Por tanto el mismo Señor os dará señal: He aquí que la virgen concebirá, y parirá hijo, y llamará su nombre Emmanuel.
He aquí por tanto que el Señor hace subir sobre ellos aguas de ríos, impetuosas y muchas, á saber, al rey de Asiria con todo su poder; el cual subirá sobre todos sus ríos, y pasará sobre todas sus riberas:
Entonces él será por santuario; mas á las dos casas de Israel por piedra para tropezar, y por tropezadero para caer, y por lazo y por red al morador de Jerusalem.
Y si os dijeren: Preguntad á los pythones y á los adivinos, que susurran hablando, responded: ¿No consultará el pueblo á su Dios? ¿Apelará por los vivos á los muertos?
El viejo y venerable de rostro es la cabeza: el profeta que enseña mentira, este es cola.
Porque él dice: Mis príncipes ¿no son todos reyes?
Y dirás en aquel día: Cantaré á ti, oh Jehová: pues aunque te enojaste contra mí, tu furor se apartó, y me has consolado.
Y será que como corza amontada, y como oveja sin pastor, cada cual mirará hacia su pueblo, y cada uno huirá á su tierra.
Sus niños serán estrellados delante de ellos; sus casas serán saqueadas, y forzadas sus mujeres.
Porque Jehová tendrá piedad de Jacob, y todavía escogerá á Israel, y les hará reposar en su tierra: y á ellos se unirán extranjeros, y allegaránse á la familia de Jacob.
Aun las hayas se holgaron de ti, y los cedros del Líbano, diciendo: Desde que tú pereciste, no ha subido cortador contra nosotros.
Descendió al sepulcro tu soberbia, y el sonido de tus vihuelas: gusanos serán tu cama, y gusanos te cubrirán.
¡Cómo caiste del cielo, oh Lucero, hijo de la mañana! Cortado fuiste por tierra, tú que debilitabas las gentes.
¿Y qué se responderá á los mensajeros de la gentilidad? Que Jehová fundó á Sión, y que á ella se acogerán los afligidos de su pueblo.
Subió á Bayith y á Dibón, lugares altos, á llorar; sobre Nebo y sobre Medeba aullará Moab: toda cabeza de ella será raída, y toda barba se mesará.
Mi corazón dará gritos por Moab; sus fugitivos huirán hasta Zoar, como novilla de tres años. Por la cuesta de Luhith subirán llorando, y levantarán grito de quebrantamiento por el camino de Horonaim.
Y será que cual ave espantada que se huye de su nido, así serán las hijas de Moab en los vados de Arnón.
Y cesará el socorro de Ephraim, y el reino de Damasco; y lo que quedare de Siria, será como la gloria de los hijos de Israel, dice Jehová de los ejércitos.
En aquel día las ciudades de su fortaleza serán como los frutos que quedan en los pimpollos y en las ramas, las cuales fueron dejadas á causa de los hijos de Israel; y habrá asolamiento.
Porque antes de la siega, cuando el fruto fuere perfecto, y pasada la flor fueren madurando los frutos, entonces podará con podaderas los ramitos, y cortará y quitará las ramas.
Y no aprovechará á Egipto cosa que haga la cabeza ó la cola, el ramo ó el junco.
Todos tus príncipes juntos huyeron del arco, fueron atados: todos los que en ti se hallaron, fueron atados juntamente, aunque lejos se habían huído.
E hicisteis foso entre los dos muros con las aguas de la pesquera vieja: y no tuvisteis respeto al que la hizo, ni mirasteis de lejos al que la labró.
Por tanto el Señor Jehová de los ejércitos llamó en este día á llanto y á endechas, á mesar y á vestir saco.
Y arrojarte he de tu lugar, y de tu puesto te empujaré.
Extendió su mano sobre la mar, hizo temblar los reinos: Jehová mandó sobre Canaán que sus fuerzas sean debilitadas.
Mira la tierra de los Caldeos; este pueblo no era; Assur la fundó para los que habitaban en el desierto: levantaron sus fortalezas, edificaron sus palacios; él la convirtió en ruinas.
Y acontecerá en aquel día, que Tiro será puesta en olvido por setenta años, como días de un rey. Después de los setenta años, cantará Tiro canción como de ramera.
Perdióse el vino, enfermó la vid, gimieron todos los que eran alegres de corazón.
Quebrantada está la ciudad de la vanidad; toda casa se ha cerrado, porque no entre nadie.
Voces sobre el vino en las plazas; todo gozo se oscureció, desterróse la alegría de la tierra.
En la ciudad quedó soledad, y con asolamiento fué herida la puerta.
Estos alzarán su voz, cantarán gozosos en la grandeza de Jehová, desde la mar darán voces.
Porque la mano de Jehová reposará en este monte, y Moab será trillado debajo de él, como es trillada la paja en el muladar.
En aquel día cantarán este cantar en tierra de Judá: Fuerte ciudad tenemos: salud puso Dios por muros y antemuro.
En aquel día Jehová visitará con su espada dura, grande y fuerte, sobre leviathán, serpiente rolliza, y sobre leviathán serpiente retuerta; y matará al dragón que está en la mar.
Porque en lengua de tartamudos, y en extraña lengua hablará á este pueblo,
¡Ay de Ariel, ciudad donde habitó David! Añadid un año á otro, mátense víctimas.
Deteneos y maravillaos; ofuscaos y cegad; embriagaos, y no de vino; titubead, y no de sidra.
Y os será toda visión como palabras de libro sellado, el cual si dieren al que sabe leer, y le dijeren: Lee ahora esto; él dirá: No puedo, porque está sellado.
Entonces los humildes crecerán en alegría en Jehová, y los pobres de los hombres se gozarán en el Santo de Israel.
Ve pues ahora, y escribe esta visión en una tabla delante de ellos, y asiéntala en un libro, para que quede hasta el postrero día, para siempre por todos los siglos.
Sino que dijisteis: No, antes huiremos en caballos: por tanto vosotros huiréis. Sobre ligeros cabalgaremos: por tanto serán ligeros vuestros perseguidores.
Y su aliento, cual torrente que inunda: llegará hasta el cuello, para zarandear las gentes con criba de destrucción; y el freno estará en las quijadas de los pueblos, haciéndoles errar.
Entonces caerá el Assur por cuhillo, no de varón; y consumirálo espada, no de hombre; y huirá de la presencia de la espada, y sus mancebos serán tributarios.
No se ofuscarán entonces los ojos de los que ven, y los oídos de los oyentes oirán atentos.
Cierto los avaros malas medidas tienen: él maquina pensamientos para enredar á los simples con palabras cautelosas, y para hablar en juicio contra el pobre.
Mas el liberal pensará liberalidades, y por liberalidades subirá.
Temblad, oh reposadas; turbaos, oh confiadas: despojaos, desnudaos, ceñid los lomos con saco.
Sobre los pechos lamentarán por los campos deleitosos, por la vid fértil.
Y habitará el juicio en el desierto, y en el campo labrado asentará la justicia.
Será ensalzado Jehová, el cual mora en las alturas: llenó á Sión de juicio y de justicia.
Las calzadas están deshechas, cesaron los caminantes: anulado ha la alianza, aborreció las ciudades, tuvo en nada los hombres.
Ahora me levantaré, dice Jehová; ahora seré ensalzado, ahora seré engrandecido.
Tu corazón imaginará el espanto, y dirá: ¿Qué es del escriba? ¿qué del pesador? ¿qué del que pone en lista las casas más insignes?
Porque ciertamente allí será Jehová para con nosotros fuerte, lugar de ríos, de arroyos muy anchos, por el cual no andará galera, ni por él pasará grande navío.
Confortad á las manos cansadas, roborad las vacilantes rodillas.
Ni os haga Ezechîas confiar en Jehová, diciendo: Ciertamente Jehová nos librará: no será entregada esta ciudad en manos del rey de Asiria.
¿Qué dios hay entre los dioses de estas tierras, que haya librado su tierra de mi mano, para que Jehová libre de mi mano á Jerusalem?
Aconteció pues, que el rey Ezechîas, oído esto, rasgó sus vestidos, y cubierto de saco vino á la casa de Jehová.
Y díjoles Isaías: Diréis así á vuestro señor: Así dice Jehová: No temas por las palabras que has oído, con las cuales me han blasfemado los siervos del rey de Asiria.
He aquí que yo doy en él un espíritu, y oirá un rumor, y volveráse á su tierra: y yo haré que en su tierra caiga á cuchillo.
Y sus moradores, cortos de manos, quebrantados y confusos, serán como grama del campo y hortaliza verde, como hierba de los tejados, que antes de sazón se seca.
Y esto te será señal de parte de Jehová, que Jehová hará esto que ha dicho:
Porque el sepulcro no te celebrará, ni te alabará la muerte; ni los que descienden al hoyo esperarán tu verdad.
Había asimismo dicho Ezechîas: ¿Qué señal tendré de que he de subir á la casa de Jehová?
He aquí que el Señor Jehová vendrá con fortaleza, y su brazo se enseñoreará: he aquí que su salario viene con él, y su obra delante de su rostro.
¿A quién demandó consejo para ser avisado? ¿Quién le enseñó el camino del juicio, ó le enseñó ciencia, ó le mostró la senda de la prudencia?
¿Quién obró é hizo esto? ¿Quién llama las generaciones desde el principio? Yo Jehová, el primero, y yo mismo con los postreros.
No temas, que yo soy contigo; no desmayes, que yo soy tu Dios que te esfuerzo: siempre te ayudaré, siempre te sustentaré con la diestra de mi justicia.
Cuando pasares por las aguas, yo seré contigo; y por los ríos, no te anegarán. Cuando pasares por el fuego, no te quemarás, ni la llama arderá en ti.
He aquí que todos sus compañeros serán avergonzados; porque los mismos artífices son de los hombres. Todos ellos se juntarán, estarán, se asombrarán, y serán avergonzados á una.
Yo deshice como á nube tus rebeliones, y como á niebla tus pecados: tórnate á mí, porque yo te redimí.
Cantad loores, oh cielos, porque Jehová lo hizo; gritad con júbilo, lugares bajos de la tierra; prorrumpid, montes, en alabanza; bosque, y todo árbol que en él está: porque Jehová redimió á Jacob, y en Israel será glorificado.
Que deshago las señales de los adivinos, y enloquezco á los agoreros; que hago tornar atrás los sabios, y desvanezco su sabiduría;
Así dice Jehová á su ungido, á Ciro, al cual tomé yo por su mano derecha, para sujetar gentes delante de él y desatar lomos de reyes; para abrir delante de él puertas, y las puertas no se cerrarán:
¡Ay del que pleitea con su Hacedor! ¡el tiesto con los tiestos de la tierra! ¿Dirá el barro al que lo labra: Qué haces; ó tu obra: No tiene manos?
Así dice Jehová, el Santo de Israel, y su Formador: Preguntadme de las cosas por venir; mandadme acerca de mis hijos, y acerca de la obra de mis manos.
Yo lo desperté en justicia, y enderezaré todos sus caminos; él edificará mi ciudad, y soltará mis cautivos, no por precio ni por dones, dice Jehová de los ejércitos.
En Jehová será justificada y se gloriará toda la generación de Israel.
Sacan oro del talego, y pesan plata con balanzas, alquilan un platero para hacer un dios de ello; humíllanse y adoran.
Que llamo desde el oriente al ave, y de tierra lejana al varón de mi consejo. Yo hablé, y lo haré venir: helo pensado, y también lo haré.
Toma el molino, y muele harina: descubre tus guedejas, descalza los pies, descubre las piernas, pasa los ríos.
Lo que pasó, ya antes lo dije; y de mi boca salió; publiquélo, hícelo presto, y vino á ser.
He aquí te he purificado, y no como á plata; hete escogido en horno de aflicción.
Por mí, por amor de mí lo haré, para que no sea amancillado mi nombre, y mi honra no la daré á otro.
¿No eres tú el que secó la mar, las aguas del grande abismo; el que al profundo de la mar tornó en camino, para que pasasen los redimidos?
El preso se da prisa para ser suelto, por no morir en la mazmorra, ni que le falte su pan.
Despierta, despierta, levántate, oh Jerusalem, que bebiste de la mano de Jehová el cáliz de su furor; las heces del cáliz de aturdimiento bebiste, y chupaste.
¡Voz de tus atalayas! alzarán la voz, juntamente darán voces de júbilo; porque ojo á ojo verán que Jehová vuelve á traer á Sión.
He aquí que mi siervo será prosperado, será engrandecido y ensalzado, y será muy sublimado.
Porque á la mano derecha y á la mano izquierda has de crecer; y tu simiente heredará gentes, y habitarán las ciudades asoladas.
Porque tu marido es tu Hacedor; Jehová de los ejércitos es su nombre: y tu redentor, el Santo de Israel; Dios de toda la tierra será llamado.
He aquí que yo crié al herrero que sopla las ascuas en el fuego, y que saca la herramienta para su obra; y yo he criado al destruidor para destruir.
Bienaventurado el hombre que esto hiciere, y el hijo del hombre que esto abrazare: que guarda el sábado de profanarlo, y que guarda su mano de hacer todo mal.
Y esos perros ansiosos no conocen hartura; y los mismos pastores no supieron entender: todos ellos miran á sus caminos, cada uno á su provecho, cada uno por su cabo.
Yo publicaré tu justicia y tus obras, que no te aprovecharán.
Y la verdad fué detenida; y el que se apartó del mal, fué puesto en presa: y viólo Jehová, y desagradó en sus ojos, porque pereció el derecho.
Y temerán desde el occidente el nombre de Jehová, y desde el nacimiento del sol su gloria: porque vendrá el enemigo como río, mas el espíritu de Jehová levantará bandera contra él.
Alza tus ojos en derredor, y mira: todos estos se han juntado, vinieron á ti: tus hijos vendrán de lejos, y tus hijas sobre el lado serán criadas.
Entonces verás y resplandecerás; y se maravillará y ensanchará tu corazón, que se haya vuelto á ti la multitud de la mar, y la fortaleza de las gentes haya venido á ti.
Entonces verán las gentes tu justicia, y todos los reyes tu gloria; y te será puesto un nombre nuevo, que la boca de Jehová nombrará.
Nunca más te llamarán Desamparada, ni tu tierra se dirá más Asolamiento; sino que serás llamada Hephzibah, y tu tierra, Beulah; porque el amor de Jehová será en ti, y tu tierra será casada.
Ni le deis tregua, hasta que confirme, y hasta que ponga á Jerusalem en alabanza en la tierra.
¿El que los guió por la diestra de Moisés con el brazo de su gloria; el que rompió las aguas delante de ellos, haciéndose así nombre perpetuo?
Por poco tiempo lo poseyó el pueblo de tu santidad: nuestros enemigos han hollado tu santuario.
Cuando, haciendo terriblezas cuales nunca esperábamos, descendiste, fluyeron los montes delante de ti.
Y nadie hay que invoque tu nombre, que se despierte para tenerte; por lo cual escondiste de nosotros tu rostro, y nos dejaste marchitar en poder de nuestras maldades.
Que dicen: Estáte en tu lugar, no te llegues á mí, que soy más santo que tú: éstos son humo en mi furor, fuego que arde todo el día.
Mas os gozaréis y os alegraréis por siglo de siglo en las cosas que yo crío: porque he aquí que yo crío á Jerusalem alegría, y á su pueblo gozo.
Y edificarán casas, y morarán en ellas; plantarán viñas, y comerán el fruto de ellas.
El lobo y el cordero serán apacentados juntos, y el león comerá paja como el buey; y á la serpiente el polvo será su comida. No afligirán, ni harán mal en todo mi santo monte, dijo Jehová.
Porque Jehová juzgará con fuego y con su espada á toda carne: y los muertos de Jehová serán multiplicados.
Y será que de mes en mes, y de sábado en sábado, vendrá toda carne á adorar delante de mí, dijo Jehová.
Las palabras de Jeremías hijo de Hilcías, de los sacerdotes que estuvieron en Anathoth, en tierra de Benjamín.
La palabra de Jehová que fué á él en los días de Josías hijo de Amón, rey de Judá, en el año décimotercio de su reinado.
No temas delante de ellos, porque contigo soy para librarte, dice Jehová.
Tú pues, ciñe tus lomos, y te levantarás, y les hablarás todo lo que te mandaré: no temas delante de ellos, porque no te haga yo quebrantar delante de ellos.
Si alguna gente ha mudado sus dioses, bien que ellos no son dioses. Pero mi pueblo ha trocado su gloria por lo que no aprovecha.
¡Oh generación! ved vosotros la palabra de Jehová. ¿He sido yo á Israel soledad, ó tierra de tinieblas? ¿Por qué ha dicho mi pueblo: Señores somos; nunca más vendremos á ti?
También saldrás de él con tus manos sobre tu cabeza: porque Jehová deshechó tus confianzas, y en ellas no tendrás buen suceso.
Por esta causa las aguas han sido detenidas, y faltó la lluvia de la tarde; y has tenido frente de mala mujer, ni quisiste tener vergüenza.
Y dije después que hizo todo esto: Vuélvete á mí; mas no se volvió. Y vió la rebelde su hermana Judá,
Si te has de convertir, oh Israel, dice Jehová, conviértete á mí; y si quitares de delante de mí tus abominaciones, no andarás de acá para allá.
En aquel tiempo se dirá de este pueblo y de Jerusalem: Viento seco de las alturas del desierto vino á la hija de mi pueblo, no para aventar, ni para limpiar.
Viento más vehemente que estos vendrá á mí: y ahora yo hablaré juicios con ellos.
Como las guardas de las heredades, estuvieron sobre ella en derredor, porque se rebeló contra mí, dice Jehová.
Por esto se enlutará la tierra, y los cielos arriba se oscurecerán, porque hablé, pensé, y no me arrepentí, ni me tornaré de ello.
Antes los profetas serán como viento, y no hay en ellos palabra; así se hará á ellos.
Denunciad esto en la casa de Jacob, y haced que esto se oiga en Judá, diciendo:
Corrígete, Jerusalem, porque no se aparte mi alma de ti, porque no te torne desierta, tierra no habitada.
Así dijo Jehová: Paraos en los caminos, y mirad, y preguntad por las sendas antiguas, cuál sea el buen camino, y andad por él, y hallaréis descanso para vuestra alma. Mas dijeron: No andaremos.
Así ha dicho Jehová: He aquí que viene pueblo de tierra del aquilón, y gente grande se levantará de los cantones de la tierra.
Los sabios se avergonzaron, espantáronse y fueron presos: he aquí que aborrecieron la palabra de Jehová; ¿y qué sabiduría tienen?
Esperamos paz, y no hubo bien; día de cura, y he aquí turbación.
Guárdese cada uno de su compañero, ni en ningún hermano tenga confianza: porque todo hermano engaña con falacia, y todo compañero anda con falsedades.
Por tanto, así ha dicho Jehová de los ejércitos: He aquí que yo los fundiré, y los ensayaré; porque ¿cómo he de hacer por la hija de mi pueblo?
¿No los tengo de visitar sobre estas cosas? dice Jehová. ¿De tal gente no se vengará mi alma?
Castígame, oh Jehová, mas con juicio; no con tu furor, porque no me aniquiles.
Palabra que fué de Jehová, á Jeremías, diciendo:
Y les dirás tú: Así dijo Jehová Dios de Israel: Maldito el varón que no obedeciere las palabras de este pacto,
Justo eres tú, oh Jehová, aunque yo contigo dispute: hablaré empero juicios contigo. ¿Por qué es prosperado el camino de los impíos, y tienen bien todos los que se portan deslealmente?
Les dirás pues esta palabra: Así ha dicho Jehová, Dios de Israel: Henchiráse de vino todo odre. Y ellos te dirán: ¿No sabemos que todo odre se henchirá de vino?
Mas si no oyereis esto, en secreto llorará mi alma á causa de vuestra soberbia; y llorando amargamente, se desharán mis ojos en lágrimas, porque el rebaño de Jehová fué cautivo.
Y los principales de ellos enviaron sus criados al agua: vinieron á las lagunas, y no hallaron agua: volviéronse con sus vasos vacíos; se avergonzaron, confundiéronse, y cubrieron sus cabezas.
¿Has desechado enteramente á Judá? ¿ha aborrecido tu alma á Sión? ¿Por qué nos hiciste herir sin que nos quede cura? Esperamos paz, y no hubo bien; tiempo de cura, y he aquí turbación.
Y entregarélos á ser agitados por todos los reinos de la tierra, á causa de Manasés hijo de Ezechîas rey de Judá, por lo que hizo en Jerusalem.
Porque así ha dicho Jehová acerca de los hijos y de las hijas que nacieren en este lugar, y de sus madres que los parieren, y de los padres que los engendraren en esta tierra.
Ni por ellos partirán pan por luto, para consolarlos de sus muertos; ni les darán á beber vaso de consolaciones por su padre ó por su madre.
Mas primero pagaré al doble su iniquidad y su pecado; porque contaminaron mi tierra con los cuerpos muertos de sus abominaciones, y de sus abominaciones llenaron mi heredad.
¿Ha de hacer el hombre dioses para sí? mas ellos no son dioses.
Bendito el varón que se fía en Jehová, y cuya confianza es Jehová.
Yo Jehová, que escudriño el corazón, que pruebo los riñones, para dar á cada uno según su camino, según el fruto de sus obras.
No me seas tú por espanto: esperanza mía eres tú en el día malo.
La palabra que fué á Jeremías de Jehová, diciendo:
Entonces fué á mí palabra de Jehová, diciendo:
Y en un instante hablaré de la gente y del reino, para edificar y para plantar;
Y edificaron alto á Baal, para quemar con fuego sus hijos en holocaustos al mismo Baal; cosa que no les mandé, ni hablé, ni me vino al pensamiento.
Maldito el día en que nací: el día en que mi madre me parió no sea bendito.
Porque no me mató en el vientre, y mi madre me hubiera sido mi sepulcro, y su vientre concebimiento perpetuo.
Yo os visitaré conforme al fruto de vuestras obras, dice Jehová, y haré encender fuego en su breña, y consumirá todo lo que está alrededor de ella.
Mas si no oyereis estas palabras, por mí he jurado, dice Jehová, que esta casa será desierta.
Mas tus ojos y tu corazón no son sino á tu avaricia, y á derramar la sangre inocente, y á opresión, y á hacer agravio.
¡Tierra, tierra, tierra! oye palabra de Jehová.
Y yo recogeré el resto de mis ovejas de todas las tierras adonde las eché, y harélas volver á sus moradas; y crecerán, y se multiplicarán.
Y les daré corazón para que me conozcan, que yo soy Jehová: y me serán por pueblo, y yo les seré á ellos por Dios; porque se volverán á mí de todo su corazón.
Empero no me habéis oído, dice Jehová, para provocarme á ira con la obra de vuestras manos para mal vuestro.
Y traeré sobre aquella tierra todas mis palabras que he hablado contra ella, con todo lo que está escrito en este libro, profetizado por Jeremías contra todas gentes.
Y tomé el vaso de la mano de Jehová, y dí de beber á todas las gentes á las cuales me envió Jehová:
Y á Dedán, y Tema, y Buz, y á todos los que están al cabo del mundo;
Y será que, si no quieren tomar el vaso de tu mano para beber, les dirás tú: Así ha dicho Jehová de los ejércitos: Habéis de beber.
Y habló Jeremías á todos los príncipes y á todo el pueblo, diciendo: Jehová me envió á que profetizase contra esta casa y contra esta ciudad, todas las palabras que habéis oído.
Jehová me ha dicho así: Hazte coyundas y yugos, y ponlos sobre tu cuello;
Y les mandarás que digan á sus señores: Así ha dicho Jehová de los ejércitos, Dios de Israel: Así habéis de decir á vuestros señores:
Porque ellos os profetizan mentira, por haceros alejar de vuestra tierra, y para que yo os arroje y perezcáis.
Mas la gente que sometiere su cuello al yugo del rey de Babilonia, y le sirviere, haréla dejar en su tierra, dice Jehová, y labrarála, y morará en ella.
A Babilonia serán trasportados, y allí estarán hasta el día en que yo los visitaré, dice Jehová; y después los haré subir, y restituirélos á este lugar.
Y dijo Jeremías profeta: Amén, así lo haga Jehová. Confirme Jehová tus palabras, con las cuales profetizaste que los vasos de la casa de Jehová, y todos los trasportados, han de ser tornados de Babilonia á este lugar.
Los profetas que fueron antes de mí y antes de ti en tiempos pasados, profetizaron sobre muchas tierras y grandes reinos, de guerra, y de aflicción, y de pestilencia.
Casaos, y engendrad hijos é hijas; dad mujeres á vuestros hijos, y dad maridos á vuestras hijas, para que paran hijos é hijas; y multiplicaos ahí, y no os hagáis pocos.
Porque así ha dicho Jehová de los ejércitos, Dios de Israel: No os engañen vuestros profetas que están entre vosotros, ni vuestros adivinos; ni miréis á vuestros sueños que soñáis.
Así habló Jehová Dios de Israel, diciendo: Escríbete en un libro todas las palabras que te he hablado.
Sino que servirán á Jehová su Dios, y á David su rey, el cual les levantaré.
¿Por qué gritas á causa de tu quebrantamiento? Desahuciado es tu dolor: porque por la grandeza de tu iniquidad, y por tus muchos pecados te he hecho esto.
Y me seréis por pueblo, y yo seré vuestro Dios.
Porque habrá día en que clamarán los guardas en el monte de Ephraim: Levantaos, y subamos á Sión, á Jehová nuestro Dios.
Oid palabra de Jehová, oh gentes, y hacedlo saber en las islas que están lejos, y decid: El que esparció á Israel lo juntará y guardará, como pastor á su ganado.
Porque Jehová redimió á Jacob, redimiólo de mano del más fuerte que él.
Esperanza también hay para tu fin, dice Jehová, y los hijos volverán á su término.
¿Hasta cuándo andarás errante, oh hija contumaz? porque Jehová criará una cosa nueva sobre la tierra: una hembra rodeará al varón.
Así ha dicho Jehová de los ejércitos, Dios de Israel: Aun dirán esta palabra en la tierra de Judá y en sus ciudades, cuando yo convertiré su cautiverio: Jehová te bendiga, oh morada de justicia, oh monte santo.
Y será que, como tuve cuidado de ellos para arrancar y derribar, y trastornar y perder, y afligir, así tendré cuidado de ellos para edificar y plantar, dice Jehová.
Así ha dicho Jehová: Si los cielos arriba se pueden medir, y buscarse abajo los fundamentos de la tierra, también yo desecharé toda la simiente de Israel por todo lo que hicieron, dice Jehová.
Palabra que fué á Jeremías, de Jehová el año décimo de Sedechîas rey de Judá, que fué el año décimo octavo de Nabucodonosor.
Y hará llevar á Sedechîas á Babilonia, y allá estará hasta que yo le visite, dice Jehová: si peleareis con los Caldeos, no os sucederá bien?
Y escribí la carta, y selléla, é hice atestiguar á testigos, y pesé el dinero con balanza.
Y dísteles esta tierra, de la cual juraste á sus padres que se la darías, tierra que mana leche y miel:
Y fué palabra de Jehová á Jeremías, diciendo:
He aquí que yo soy Jehová, Dios de toda carne; ¿encubriráseme á mí alguna cosa?
Y daréles un corazón, y un camino, para que me teman perpetuamente, para que hayan bien ellos, y sus hijos después de ellos.
Así dice Jehová Dios de Israel: Yo hice pacto con vuestros padres el día que los saqué de tierra de Egipto, de casa de siervos, diciendo:
Ni edificaréis casa, ni sembraréis sementera, ni plantaréis viña, ni la tendréis: mas moraréis en tiendas todos vuestros días, para que viváis muchos días sobre la haz de la tierra donde vosotros peregrináis.
Después mandó Jeremías á Baruch, diciendo: Yo estoy preso, no puedo entrar en la casa de Jehová:
Y Baruch hijo de Nerías hizo conforme á todas las cosas que le mandó Jeremías profeta, leyendo en el libro las palabras de Jehová en la casa de Jehová.
Ahora pues, oye, te ruego, oh rey mi señor: caiga ahora mi súplica delante de ti, y no me hagas volver á casa de Jonathán escriba, porque no me muera allí.
Y dijo el rey Sedechîas: Helo ahí, en vuestras manos está; que el rey no podrá contra vosotros nada.
Y juró el rey Sedechîas en secreto á Jeremías, diciendo: Vive Jehová que nos hizo esta alma, que no te mataré, ni te entregaré en mano de estos varones que buscan tu alma.
Mas si no quisieres salir, esta es la palabra que me ha mostrado Jehová:
Y los Caldeos pusieron á fuego la casa del rey y las casas del pueblo, y derribaron los muros de Jerusalem.
Porque ciertamente te libraré, y no caerás á cuchillo, sino que tu vida te será por despojo, porque tuviste confianza en mí, dice Jehová.
Tomó pues el capitán de la guardia á Jeremías, y díjole: Jehová tu Dios habló este mal contra este lugar;
Y fueron y habitaron en Geruth-chimham, que es cerca de Bethlehem, á fin de partir y meterse en Egipto,
Mas si dijereis: No moraremos en esta tierra, no obedeciendo así á la voz de Jehová vuestro Dios,
No obedeció pues Johanán hijo de Carea, y todos los oficiales de la gente de guerra, y todo el pueblo, á la voz de Jehová para quedarse en tierra de Judá;
Antes tomó Johanán hijo de Carea, y todos los oficiales de la gente de guerra, á todo el resto de Judá, que de todas las gentes adonde habían sido echados habían vuelto para morar en tierra de Judá:
Y fué palabra de Jehová á Jeremías en Taphnes, diciendo:
A causa de la maldad de ellos que cometieron para hacerme enojar, yendo á ofrecer sahumerios, honrando dioses ajenos que ellos no habían conocido, vosotros, ni vuestros padres.
Mas no oyeron ni inclinaron su oído para convertirse de su maldad, para no ofrecer sahumerios á dioses ajenos.
He aquí que yo velo sobre ellos para mal, y no para bien; y todos los hombres de Judá que están en tierra de Egipto, serán consumidos á cuchillo y de hambre, hasta que perezcan del todo.
Tú dijiste: ¡Ay de mí ahora! porque me ha añadido Jehová tristeza sobre mi dolor; trabajé en mi gemido, y no he hallado descanso.
Subid, caballos, y alborotaos, carros; y salgan los valientes: los de Cus y los de Phut que toman escudo, y los de Lut que toman y entesan arco.
Sube á Galaad, y toma bálsamo, virgen hija de Egipto: por demás multiplicarás medicinas; no hay cura para ti.
Cortaron su bosque, dice Jehová, porque no podrán ser contados; porque serán más que langostas, ni tendrán número.
Acerca de Moab. Así ha dicho Jehová de los ejércitos, Dios de Israel: ¡Ay de Nebo! que fué destruída, fué avergonzada; Chîriathaim fué tomada; fué confusa Misgab, y desmayó.
Desciende de la gloria, siéntate en seco, moradora hija de Dibón; porque el destruidor de Moab subió contra ti, disipó tus fortalezas.
Y sobre Dibón, y sobre Nebo, y sobre Beth-diblathaim,
Yo conozco, dice Jehová, su cólera; mas no tendrá efecto: sus mentiras no han de aprovecharle.
Por tanto, mi corazón resonará como flautas por causa de Moab, asimismo resonará mi corazón á modo de flautas por los hombres de Kir-heres: porque perecieron las riquezas que había hecho.
Empero haré tornar el cautiverio de Moab en lo postrero de los tiempos, dice Jehová. Hasta aquí es el juicio de Moab.
Aulla, oh Hesbón, porque destruída es Hai; clamad, hijas de Rabba, vestíos de sacos, endechad, y rodead por los vallados, porque el rey de ellos fué en cautiverio, sus sacerdotes y sus príncipes juntamente.
De Edom. Así ha dicho Jehová de los ejércitos: ¿No hay más sabiduría en Temán? ¿ha perecido el consejo en los sabios? ¿corrompióse su sabiduría?
He aquí que como águila subirá y volará, y extenderá sus alas sobre Bosra: y el corazón de los valientes de Edom será en aquel día como el corazón de mujer en angustias.
Por tanto, sus mancebos caerán en sus plazas, y todos los hombres de guerra morirán en aquel día, ha dicho Jehová de los ejércitos.
Y haré encender fuego en el muro de Damasco, y consumirá las casas de Ben-hadad.
Por la ira de Jehová no será habitada, sino que asolada será toda ella; todo hombre que pasare por Babilonia se asombrará, y silbará sobre todas sus plagas.
Gritad contra ella en derredor; dió su mano; caído han sus fundamentos, derribados son sus muros; porque venganza es de Jehová. Tomad venganza de ella; haced con ella como ella hizo.
Venid contra ella desde el cabo de la tierra: abrid sus almacenes: hacedla montones, y destruidla: no le queden reliquias.
Cuchillo sobre los adivinos, y se atontarán; cuchillo sobre sus valientes, y serán quebrantados.
Cuchillo sobre sus caballos, y sobre sus carros, y sobre todo el vulgo que está en medio de ella, y serán como mujeres: cuchillo sobre sus tesoros, y serán saqueados.
Arco y lanza manejarán; serán crueles, y no tendrán compasión; su voz sonará como la mar, y montarán sobre caballos: apercibirse han como hombre á la pelea, contra ti, oh hija de Babilonia.
Levantad bandera sobre los muros de Babilonia, reforzad la guardia, poned centinelas, disponed celadas; porque deliberó Jehová, y aun pondrá en efecto lo que ha dicho sobre los moradores de Babilonia.
Jehová de los ejércitos juró por su vida, diciendo: Yo te llenaré de hombres como de langostas, y levantarán contra ti gritería.
Y nadie tomará de ti piedra para esquina, ni piedra para cimiento; porque perpetuos asolamientos serás, ha dicho Jehová.
Correo se encontrará con correo, mensajero se encontrará con mensajero, para noticiar al rey de Babilonia que su ciudad es tomada por todas partes:
Por tanto, he aquí vienen días que yo visitaré las esculturas de Babilonia, y toda su tierra será avergonzada, y todos sus muertos caerán en medio de ella.
Pues que Babilonia fué causa que cayesen muertos de Israel, también de Babilonia caerán muertos de toda la tierra.
Los que escapasteis del cuchillo, andad, no os detengáis; acordaos por muchos días de Jehová, y acordaos de Jerusalem.
Porque vino destruidor contra ella, contra Babilonia, y sus valientes fueron presos, el arco de ellos fué quebrado: porque Jehová, Dios de retribuciones, dará la paga.
Y quemó la casa de Jehová, y la casa del rey, y todas las casas de Jerusalem; y abrasó con fuego todo grande edificio.
Tomó también el capitán de la guardia á Seraías principal sacerdote, y á Sophonías segundo sacerdote, y tres guardas del atrio.
Tomólos pues Nabuzaradán, capitán de la guardia, y llevólos al rey de Babilonia á Ribla.
Y continuamente se le daba ración por el rey de Babilonia, cada cosa en su día por todos los de su vida, hasta el día de su muerte.
Pecado cometió Jerusalem; por lo cual ella ha sido removida: todos los que la honraban la han menospreciado, porque vieron su vergüenza; y ella suspira, y se vuelve atrás.
Extendió su mano el enemigo á todas sus cosas preciosas; y ella ha visto entrar en su santuario las gentes, de las cuales mandaste que no entrasen en tu congregación.
¿No os conmueve á cuantos pasáis por el camino? Mirad, y ved si hay dolor como mi dolor que me ha venido; porque Jehová me ha angustiado en el día de la ira de su furor.
Dí voces á mis amadores, mas ellos me han engañado; mis sacerdotes y mis ancianos en la ciudad perecieron, buscando comida para sí con que entretener su vida.
Ciertamente contra mí volvió y revolvió su mano todo el día.
Torció mis caminos, y depedazóme; tornóme asolado.
Fuí escarnio á todo mi pueblo, canción de ellos todos los días.
Tendrálo aún en memoria mi alma, porque en mí está humillada.
Bueno es esperar callando en la salud de Jehová.
Porque el Señor no desechará para siempre:
¿Por qué murmura el hombre viviente, el hombre en su pecado?
Levantemos nuestros corazones con las manos á Dios en los cielos.
Sus Nazareos fueron blancos más que la nieve, más lustrosos que la leche, su compostura más rubicunda que los rubíes, más bellos que el zafiro:
Cumplió Jehová su enojo, derramó el ardor de su ira; y encendió fuego en Sión, que consumió sus fundamentos.
Apartaos ¡inmundos!, les gritaban, Apartaos, apartaos, no toquéis. Cuando huyeron y fueron dispersos, dijeron entre las gentes: Nunca más morarán aquí.
Cazaron nuestros pasos, que no anduviésemos por nuestras calles: acercóse nuestro fin, cumpliéronse nuestros días; porque nuestro fin vino.
Ligeros fueron nuestros perseguidores más que las águilas del cielo: sobre los montes nos persiguieron, en el desierto nos pusieron emboscadas.
Cumplido es tu castigo, oh hija de Sión: nunca más te hará trasportar. Visitará tu iniquidad, oh hija de Edom; descubrirá tus pecados.
Acuérdate, oh Jehová, de lo que nos ha sucedido: ve y mira nuestro oprobio.
Al Egipcio y al Asirio dimos la mano, para saciarnos de pan.
Y el parecer de las ruedas y su obra semejábase al color del topacio. Y las cuatro tenían una misma semejanza: su apariencia y su obra como rueda en medio de rueda.
Y díjome: Hijo del hombre, está sobre tus pies, y hablaré contigo.
Acaso ellos escuchen; y si no escucharen, (porque son una rebelde familia,) siempre conocerán que hubo profeta entre ellos.
Y díjome: Hijo del hombre, come lo que hallares; come este rollo, y ve y habla á la casa de Israel.
Díjome luego: Hijo del hombre, ve y entra á la casa de Israel, y habla á ellos con mis palabras.
He aquí he hecho yo tu rostro fuerte contra los rostros de ellos, y tu frente fuerte contra su frente.
Y sabrán que yo soy Jehová: no en vano dije que les había de hacer este mal.
Y extenderé mi mano sobre ellos, y tornaré la tierra asolada y desierta, más que el desierto hacia Diblath, en todas sus habitaciones: y conocerán que yo soy Jehová.
Y mi ojo no perdonará, ni tendré misericordia: según tus caminos pondré sobre ti, y en medio de ti serán tus abominaciones; y sabréis que yo Jehová soy el que hiero.
Y llevóme á la entrada del atrio, y miré, y he aquí en la pared un agujero.
Díjome después: Vuélvete aún, verás abominaciones mayores que hacen éstos.
Luego me dijo: ¿No ves, hijo del hombre? Vuélvete aún, verás abominaciones mayores que éstas.
Y toda su carne, y sus costillas, y sus manos, y sus alas, y las ruedas, lleno estaba de ojos alrededor en sus cuatro ruedas.
Y la gloria de Jehová se salió de sobre el umbral de la casa, y paró sobre los querubines.
Cada uno tenía cuatro rostros, y cada uno cuatro alas, y figuras de manos humanas debajo de sus alas.
Y aconteció que, estando yo profetizando, Pelatías hijo de Benaías murió. Entonces caí sobre mi rostro, y clamé con grande voz, y dije: ¡Ah, Señor Jehová! ¿harás tú consumación del resto de Israel?
Di por tanto: Así ha dicho el Señor Jehová: Yo os recogeré de los pueblos, y os allegaré de las tierras en las cuales estáis esparcidos, y os daré la tierra de Israel.
Luego me levantó el espíritu, y volvióme á llevar en visión del espíritu de Dios á la tierra de los Caldeos, á los trasportados. Y partióse de mí la visión que había visto.
Hijo del hombre, ¿no te ha dicho la casa de Israel, aquella casa rebelde: ¿Qué haces?
Y haré que de ellos queden pocos en número, del cuchillo, y del hambre, y de la pestilencia, para que cuenten todas sus abominaciones entre las gentes adonde llegaren; y sabrán que yo soy Jehová.
Y fué á mí palabra de Jehová, diciendo:
Y fué á mí palabra de Jehová, diciendo:
Como zorras en los desiertos fueron tus profetas, oh Israel.
Por tanto, y por cuanto engañaron á mi pueblo, diciendo, Paz, no habiendo paz; y el uno edificaba la pared, y he aquí que los otros la encostraban con lodo suelto;
Los profetas de Israel que profetizan á Jerusalem, y ven para ella visión de paz, no habiendo paz, dice el Señor Jehová.
Y tú, hijo del hombre, pon tu rostro á las hijas de tu pueblo que profetizan de su corazón, y profetiza contra ellas,
Para tomar á la casa de Israel en su corazón, que se han apartado de mí todos ellos en sus ídolos.
Y el profeta, cuando fuere engañado y hablare palabra, yo Jehová engañé al tal profeta; y extenderé mi mano sobre él, y raeréle de en medio de mi pueblo de Israel.
Y fué á mí palabra de Jehová, diciendo:
Y si hiciere pasar malas bestias por la tierra, y la asolaren, y fuere desolada que no haya quien pase á causa de las bestias,
Y estos tres varones estuvieren en medio de ella, vivo yo, dice el Señor Jehová, ni á sus hijos ni á sus hijas librarán; ellos solos serán libres, y la tierra será asolada.
He aquí que cuando estaba entero no era para obra alguna: ¿cuánto menos después que el fuego lo hubiere consumido, y fuere quemado? ¿será más para alguna obra?
Y tornaré la tierra en asolamiento, por cuanto cometieron prevaricación, dice el Señor Jehová.
Y fué á mí palabra de Jehová, diciendo:
Y te vestí de bordado, y te calcé de tejón, y ceñíte de lino, y te vestí de seda.
A todas las rameras dan dones; mas tú diste tus dones á todos tus enamorados; y les diste presentes, porque entrasen á ti de todas partes por tus fornicaciones.
Hija de tu madre eres tú, que desechó á su marido y á sus hijos; y hermana de tus hermanas eres tú, que desecharon á sus maridos y á sus hijos: vuestra madre fué Hethea, y vuestro padre Amorrheo.
Y acordarte has de tus caminos y te avergonzarás, cuando recibirás á tus hermanas, las mayores que tú con las menores que tú, las cuales yo te daré por hijas, mas no por tu pacto.
Y brotó, é hízose una vid de mucha rama, baja de estatura, que sus ramas la miraban, y sus raíces estaban debajo de ella: así que se hizo una vid, y arrojó sarmientos, y echó mugrones.
Y he aquí que plantada está ella, ¿será prosperada? ¿No se secará del todo cuando el viento solano la tocare? En los surcos de su verdor se secará.
Y fué á mí palabra de Jehová, diciendo:
Por tanto, así ha dicho el Señor Jehová: Vivo yo, que el juramento mío que menospreció, y mi concierto que ha invalidado, tornaré sobre su cabeza.
Y extenderé sobre él mi red, y será preso en mi malla; y hacerlo he venir á Babilonia, y allí estaré á juicio con él, por su prevaricación con que contra mí se ha rebelado.
Y el hombre que fuere justo, é hiciere juicio y justicia;
Pero si éste engendrare hijo, el cual viere todos los pecados que su padre hizo, y viéndolos no hiciere según ellos:
Y si dijereis: No es derecho el camino del Señor: oid ahora, casa de Israel: ¿No es derecho mi camino? ¿no son vuestros caminos torcidos?
Que no quiero la muerte del que muere, dice el Señor Jehová; convertíos pues, y viviréis.
Y ella tuvo varas fuertes para cetros de señores; y levantóse su estatura por encima entre las ramas, y fué vista en su altura, y con la multitud de sus sarmientos.
Y ha salido fuego de la vara de sus ramos, ha consumido su fruto, y no ha quedado en ella vara fuerte, cetro para enseñorear. Endecha es esta, y de endecha servirá.
Con todo los perdonó mi ojo, no matándolos, ni los consumí en el desierto;
Yo soy Jehová vuestro Dios; andad en mis ordenanzas, y guardad mis derechos, y ponedlos por obra:
Y allí os acordaréis de vuestros caminos, y de todos vuestros hechos en que os contaminasteis; y seréis confusos en vuestra misma presencia por todos vuestros pecados que cometisteis.
Y verá toda carne que yo Jehová lo encendí; no se apagará.
Hijo del hombre, pon tu rostro contra Jerusalem, y derrama palabra sobre los santuarios, y profetiza sobre la tierra de Israel;
Y tú, profano é impío príncipe de Israel, cuyo día vino en el tiempo de la consumación de la maldad;
Las que están cerca, y las que están lejos de ti, se reirán de ti, amancillada de fama, y de grande turbación.
Y yo te esparciré por las gentes, y te aventaré por las tierras; y haré fenecer de ti tu inmundicia.
Por tanto, así ha dicho el Señor Jehová: Por cuanto todos vosotros os habéis tornado en escorias, por tanto, he aquí que yo os junto en medio de Jerusalem.
Hijo del hombre, hubo dos mujeres, hijas de una madre,
Enamoróse de los hijos de los Asirios, sus vecinos, capitanes y príncipes, vestidos en perfección, caballeros que andaban á caballo, todos ellos mancebos de codiciar.
Y vi que se había contaminado: un camino era el de ambas.
Así tornaste á la memoria la suciedad de tu mocedad, cuando comprimieron tus pechos en Egipto por los pechos de tu mocedad.
En el camino de tu hermana anduviste: yo pues pondré su cáliz en tu mano.
Y dije á la envejecida en adulterios: Sus prostituciones cumplirán ellos ahora, y ella con ellos:
Asentando después la olla vacía sobre sus brasas, para que se caldee, y se queme su fondo, y se funda en ella su suciedad, y se consuma su espuma.
Y vuestros bonetes estarán sobre vuestras cabezas, y vuestros zapatos en vuestros pies: no endecharéis ni lloraréis, sino que os consumiréis á causa de vuestras maldades, y gemiréis unos con otros.
Y tú, hijo del hombre, el día que yo quitaré de ellos su fortaleza, el gozo de su gloria, el deseo de sus ojos, y el cuidado de sus almas, sus hijos y sus hijas,
A los hijos del oriente contra los hijos de Ammón; y entregaréla por heredad para que no haya más memoria de los hijos de Ammón entre las gentes.
Y haré en ellos grandes venganzas con reprensiones de ira; y sabrán que yo soy Jehová, cuando diere mi venganza en ellos.
Con las uñas de sus caballos hollará todas tus calles; á tu pueblo matará á cuchillo, y las estatuas de tu fortaleza caerán á tierra.
Así ha dicho el Señor Jehová á Tiro: ¿No se estremecerán las islas al estruendo de tu caída, cuando gritarán los heridos, cuando se hará la matanza en medio de ti?
¿Hablarás delante de tu matador, diciendo: Yo soy Dios? Tú, hombre eres, y no Dios, en la mano de tu matador.
Y fué á mí palabra de Jehová, diciendo:
Y secaré los ríos, y entregaré la tierra en manos de malos, y destruiré la tierra y su plenitud por mano de extranjeros: yo Jehová he hablado.
Y asolaré á Patros, y pondré fuego á Zoán, y haré juicios en No.
Por tanto, así ha dicho el Señor Jehová: Heme aquí contra Faraón rey de Egipto, y quebraré sus brazos, el fuerte y el fracturado, y haré que la espada se le caiga de la mano.
Y esparciré los Egipcios entre las gentes, y aventarélos por las tierras.
Por tanto, se encumbró su altura sobre todos los árboles del campo, y multiplicáronse sus ramos, y á causa de las muchas aguas se alargaron sus ramas que había echado.
En sus ramas hacían nido todas las aves del cielo, y debajo de su ramaje parían todas las bestias del campo, y á su sombra habitaban muchas gentes.
Hícelo hermoso con la multitud de sus ramas; y todos los árboles de Edén, que estaban en el huerto de Dios, tuvieron de él envidia.
Con espadas de fuertes haré caer tu pueblo; todos ellos serán los fuertes de las gentes: y destruirán la soberbia de Egipto, y toda su multitud será deshecha.
Porque eres tan hermoso, desciende, y yace con los incircuncisos.
Y si tú avisares al impío de su camino para que de él se aparte, y él no se apartare de su camino, por su pecado morirá él, y tú libraste tu vida.
Y dijisteis: No es recta la vía del Señor. Yo os juzgaré, oh casa de Israel, á cada uno conforme á sus caminos.
Y aconteció en el año duodécimo de nuestro cautiverio, en el mes décimo, á los cinco del mes, que vino á mí un escapado de Jerusalem, diciendo: La ciudad ha sido herida.
Coméis la leche, y os vestís de la lana: la gruesa degolláis, no apacentáis las ovejas.
Y están derramadas por falta de pastor; y fueron para ser comidas de toda bestia del campo, y fueron esparcidas.
Y fué á mí palabra de Jehová, diciendo:
Hijo del hombre, pon tu rostro hacia el monte de Seir, y profetiza contra él,
Por cuanto tuviste enemistades perpetuas, y esparciste los hijos de Israel á poder de espada en el tiempo de su aflicción, en el tiempo extremadamente malo;
Y yo os tomaré de las gentes, y os juntaré de todas las tierras, y os traeré á vuestro país.
Y esparciré sobre vosotros agua limpia, y seréis limpiados de todas vuestras inmundicias; y de todos vuestros ídolos os limpiaré.
Y habitaréis en la tierra que dí á vuestros padres; y vosotros me seréis por pueblo, y yo seré á vosotros por Dios.
Y os acordaréis de vuestros malos caminos, y de vuestras obras que no fueron buenas; y os avergonzaréis de vosotros mismos por vuestras iniquidades, y por vuestras abominaciones.
Y la tierra asolada será labrada, en lugar de haber sido asolada en ojos de todos los que pasaron;
Como las ovejas santas, como las ovejas de Jerusalem en sus solemnidades, así las ciudades desiertas serán llenas de rebaños de hombres; y sabrán que yo soy Jehová.
Díjome entonces: Profetiza sobre estos huesos, y diles: Huesos secos, oid palabra de Jehová.
Y sabréis que yo soy Jehová, cuando abriere vuestros sepulcros, y os sacare de vuestras sepulturas, pueblo mío.
Y fué á mí palabra de Jehová, diciendo:
Y les dirás: Así ha dicho el Señor Jehová: He aquí, yo tomo á los hijos de Israel de entre las gentes á las cuales fueron, y los juntaré de todas partes, y los traeré á su tierra:
Y sabrán las gentes que yo Jehová santifico á Israel, estando mi santuario entre ellos para siempre.
Así ha dicho el Señor Jehová: Y será en aquel día, que subirán palabras en tu corazón, y concebirás mal pensamiento;
Y será en aquel tiempo, cuando vendrá Gog contra la tierra de Israel, dijo el Señor Jehová, que subirá mi ira en mi enojo.
Y haré notorio mi santo nombre en medio de mi pueblo Israel, y nunca más dejaré amancillar mi santo nombre; y sabrán las gentes que yo soy Jehová, el Santo en Israel.
Y la casa de Israel los estará enterrando por siete meses, para limpiar la tierra:
Cuando los volveré de los pueblos, y los juntaré de las tierras de sus enemigos, y fuere santificado en ellos en ojos de muchas gentes.
Y sabrán que yo soy Jehová su Dios, cuando después de haberlos hecho pasar á las gentes, los juntaré sobre su tierra, sin dejar más allá ninguno de ellos.
Y el solado al lado de las puertas, en proporción á la longitud de los portales, era el solado más bajo.
Y sus ventanas, y sus arcos, y sus palmas, eran conforme á la medida de la puerta que estaba hacia el oriente; y subían á ella por siete gradas; y delante de ellas estaban sus arcos.
Y había allí una cámara, y su puerta con postes de portales; allí lavarán el holocausto.
Y midió el atrio, cien codos de longitud, y la anchura de cien codos cuadrados; y el altar estaba delante de la casa.
Y la anchura de la puerta era de diez codos; y los lados de la puerta, de cinco codos de una parte, y cinco de otra. Y midió su longitud de cuarenta codos, y la anchura de veinte codos.
Y pasó al interior, y midió cada poste de la puerta de dos codos; y la puerta de seis codos; y la anchura de la entrada de siete codos.
Y la puerta de cada cámara salía al espacio que quedaba; una puerta hacia el norte, y otra puerta hacia el mediodía: y la anchura del espacio que quedaba era de cinco codos por todo alrededor.
Y el corredor que había delante de ellas era semejante al de las cámaras que estaban hacia el norte, conforme á su longitud, asimismo su anchura, y todas sus salidas; conforme á sus puertas, y conforme á sus entradas.
Y la gloria de Jehová entró en la casa por la vía de la puerta que daba cara al oriente.
Y al segundo día ofrecerás un macho de cabrío sin defecto, para expiación; y purificarán el altar como lo purificaron con el becerro.
Por siete días expiarán el altar, y lo limpiarán, y ellos henchirán sus manos.
Y será que cuando entraren por las puertas del atrio interior, se vestirán de vestimentas de lino: no asentará sobre ellos lana, cuando ministraren en las puertas del atrio de adentro, y en el interior.
Y á hombre muerto no entrará para contaminarse; mas sobre padre, ó madre, ó hijo, ó hija, hermano, ó hermana que no haya tenido marido, se contaminará.
Luego me sacó al atrio de afuera, y llevóme por los cuatro rincones del atrio; y en cada rincón había un patio.
Y al lado del mediodía, hacia el mediodía, desde Tamar hasta las aguas de las rencillas; desde Cades y el arroyo hasta la gran mar: y esto será el lado austral, al mediodía.
Y será que en la tribu en que peregrinare el extranjero, allí le daréis su heredad, ha dicho el Señor Jehová.
Y lo que quedare de longitud delante de la suerte santa, diez mil cañas al oriente y diez mil al occidente, que será lo que quedará de la suerte santa, será para sembrar para los que sirven á la ciudad.
Cuanto á las demás tribus, desde la parte del oriente hasta la parte de la mar, tendrá Benjamín una parte.
Y estas son las salidas de la ciudad á la parte del norte, cuatro mil y quinientas cañas por medida.
A los cuales el príncipe de los eunucos puso nombres: y puso á Daniel, Beltsasar; y á Ananías, Sadrach; y á Misael, Mesach; y á Azarías, Abed-nego.
Y en el segundo año del reinado de Nabucodonosor, soñó Nabucodonosor sueños, y perturbóse su espíritu, y su sueño se huyó de él.
Habló y dijo á Arioch capitán del rey: ¿Qué es la causa que este mandamiento se publica de parte del rey tan apresuradamente? Entonces Arioch declaró el negocio á Daniel.
Entonces Arioch llevó prestamente á Daniel delante del rey, y díjole así: Un varón de los trasportados de Judá he hallado, el cual declarará al rey la interpretación.
La cabeza de esta imagen era de fino oro; sus pechos y sus brazos, de plata; su vientre y sus muslos, de metal;
Entonces el rey engrandeció á Daniel, y le dió muchos y grandes dones, y púsolo por gobernador de toda la provincia de Babilonia, y por príncipe de los gobernadores sobre todos los sabios de Babilonia.
Por esto en el mismo tiempo algunos varones Caldeos se llegaron, y denunciaron de los Judíos,
Tú, oh rey, pusiste ley que todo hombre en oyendo el son de la bocina, del pífano, del tamboril, del arpa, del salterio, de la zampoña, y de todo instrumento músico, se postrase y adorase la estatua de oro:
Yo Nabucodonosor estaba quieto en mi casa, y floreciente en mi palacio.
Veía en las visiones de mi cabeza en mi cama, y he aquí que un vigilante y santo descendía del cielo.
Y cuya copa era hermosa, y su fruto en abundancia, y que para todos había mantenimiento en él; debajo del cual moraban las bestias del campo, y en sus ramas habitaban las aves del cielo,
Entonces fueron traídos los vasos de oro que habían traído del templo de la casa de Dios que estaba en Jerusalem, y bebieron con ellos el rey y sus príncipes, sus mujeres y sus concubinas.
Mas cuando su corazón se ensoberbeció, y su espíritu se endureció en altivez, fué depuesto del trono de su reino, y traspasaron de él la gloria:
Que salva y libra, y hace señales y maravillas en el cielo y en la tierra; el cual libró á Daniel del poder de los leones.
Y cuatro bestias grandes, diferentes la una de la otra, subían de la mar.
Vi que el carnero hería con los cuernos al poniente, al norte, y al mediodía, y que ninguna bestia podía parar delante de él, ni había quien escapase de su mano: y hacía conforme á su voluntad, y engrandecíase.
Y del uno de ellos salió un cuerno pequeño, el cual creció mucho al mediodía, y al oriente, y hacia la tierra deseable.
Y estando él hablando conmigo, caí dormido en tierra sobre mi rostro: y él me tocó, é hízome estar en pie.
Y su poder se fortalecerá, mas no con fuerza suya; y destruirá maravillosamente, y prosperará; y hará arbitrariamente, y destruirá fuertes y al pueblo de los santos.
Y, he aquí, una mano me tocó, é hizo que me moviese sobre mis rodillas, y sobre las palmas de mis manos.
Y haráse fuerte el rey del mediodía: mas uno de los príncipes de aquél le sobrepujará, y se hará poderoso; su señorío será grande señorío.
Y en aquellos tiempos se levantarán muchos contra el rey del mediodía; é hijos de disipadores de tu pueblo se levantarán para confirmar la profecía, y caerán.
Entonces sucederá en su silla uno que hará pasar exactor por la gloria del reino; mas en pocos días será quebrantado, no en enojo, ni en batalla.
Y el corazón de estos dos reyes será para hacer mal, y en una misma mesa tratarán mentira: mas no servirá de nada, porque el plazo aun no es llegado.
Asimismo extenderá su mano á las otras tierras, y no escapará el país de Egipto.
Y dijo: Anda, Daniel, que estas palabras están cerradas y selladas hasta el tiempo del cumplimiento.
Bienaventurado el que esperare, y llegare hasta mil trescientos treinta y cinco días.
Mas de la casa de Judá tendré misericordia, y salvarélos en Jehová su Dios: y no los salvaré con arco, ni con espada, ni con batalla, ni con caballos ni caballeros.
No sea que yo la despoje desnuda, y la haga tornar como el día en que nació, y la ponga como un desierto, y la deje como tierra seca, y la mate de sed.
Y haré cesar todo su gozo, sus fiestas, sus nuevas lunas y sus sábados, y todas sus festividades.
Empero he aquí, yo la induciré, y la llevaré al desierto, y hablaré á su corazón.
Compréla entonces para mí por quince dineros de plata, y un homer y medio de cebada;
Caerás por tanto en el día, y caerá también contigo el profeta de noche; y á tu madre talaré.
Mi pueblo fué talado, porque le faltó sabiduría. Porque tú desechaste la sabiduría, yo te echaré del sacerdocio: y pues que olvidaste la ley de tu Dios, también yo me olvidaré de tus hijos.
Comen del pecado de mi pueblo, y en su maldad levantan su alma.
Sacerdotes, oid esto, y estad atentos, casa de Israel; y casa del rey, escuchad: porque á vosotros es el juicio, pues habéis sido lazo en Mizpa, y red extendida sobre Tabor.
¿Qué haré á ti, Ephraim? ¿Qué haré á ti, oh Judá? La piedad vuestra es como la nube de la mañana, y como el rocío que de madrugada viene.
Galaad, ciudad de obradores de iniquidad, ensuciada de sangre.
Todos ellos adúlteros; son como horno encendido por el hornero, el cual cesará de avivar después que esté hecha la masa, hasta que esté leuda.
Porque aplicaron su corazón, semejante á un horno, á sus artificios: toda la noche duerme su hornero; á la mañana está encendido como llama de fuego.
La era y el lagar no los mantendrán; les fallará el mosto.
Dividióse su corazón. Ahora serán hallados culpables: él quebrantará sus altares, asolará sus estatuas.
Por tanto, en tus pueblos se levantará alboroto, y todas tus fortalezas serán destruídas, como destruyó Salmán á Beth-arbel el día de la batalla: la madre fué arrojada sobre los hijos.
Cuando Ephraim hablaba, hubo temor; fué ensalzado en Israel; mas pecó en Baal, y murió.
De la mano del sepulcro los redimiré, librarélos de la muerte. Oh muerte, yo seré tu muerte; y seré tu destrucción, oh sepulcro; arrepentimiento será escondido de mis ojos.
No nos librará Assur; no subiremos sobre caballos, ni nunca más diremos á la obra de nuestras manos: Dioses nuestros: porque en ti el huérfano alcanzará misericordia.
El grano se pudrió debajo de sus terrones, los bastimentos fueron asolados, los alfolíes destruídos; porque se secó el trigo.
Las bestias del campo bramarán también á ti; porque se secaron los arroyos de las aguas, y fuego consumió las praderías del desierto.
Irán por la ciudad, correrán por el muro, subirán por las casas, entrarán por las ventanas á manera de ladrones.
Reunid el pueblo, santificad la reunión, juntad los viejos, congregad los niños y los que maman: salga de su cámara el novio, y de su tálamo la novia.
Y Jehová celará su tierra, y perdonará su pueblo.
Y os restituiré los años que comió la oruga, la langosta, el pulgón, y el revoltón; mi grande ejército que envié contra vosotros.
Y también, ¿qué tengo yo con vosotras, Tiro y Sidón, y todos los términos de Palestina? ¿Queréis vengaros de mí? Y si de mí os vengáis, bien pronto haré yo recaer la paga sobre vuestra cabeza.
Así ha dicho Jehová: Por tres pecados de Tiro, y por el cuarto, no desviaré su castigo; porque entregaron la cautividad entera á Edom, y no se acordaron del concierto de hermanos.
¿Caerá el ave en el lazo en la tierra, sin haber armador? ¿alzaráse el lazo de la tierra, si no se ha prendido algo?
Porque no hará nada el Señor Jehová, sin que revele su secreto á sus siervos los profetas.
Oid esta palabra, porque yo levanto endecha sobre vosotros, casa de Israel.
Que da esfuerzo al despojador sobre el fuerte, y que el despojador venga contra la fortaleza.
¿Habéisme ofrecido sacrificios y presentes en el desierto en cuarenta años, casa de Israel?
Por tanto, ahora pasarán en el principio de los que á cautividad pasaren, y se acercará el clamor de los extendidos.
Y dije: Señor Jehová, cesa ahora; ¿quién levantará á Jacob? porque es pequeño.
Enseñóme así: he aquí, el Señor estaba sobre un muro hecho á plomo, y en su mano una plomada de albañil.
Y los altares de Isaac serán destruídos, y los santuarios de Israel serán asolados; y levantaréme con espada sobre la casa de Jeroboam.
Oid esto, los que tragáis á los menesterosos, y arruináis los pobres de la tierra,
Jehová juró por la gloria de Jacob: No me olvidaré para siempre de todas sus obras.
He aquí los ojos del Señor Jehová están contra el reino pecador, y yo lo asolaré de la haz de la tierra: mas no destruiré del todo la casa de Jacob, dice Jehová.
He aquí, pequeño te he hecho entre las gentes; abatido eres tú en gran manera.
El que ayer era mi pueblo, se ha levantado como enemigo: tras las vestiduras quitasteis las capas atrevidamente á los que pasaban, como los que vuelven de la guerra.
Que comen asimismo la carne de mi pueblo, y les desuellan su piel de sobre ellos, y les quebrantan sus huesos y los rompen, como para el caldero, y como carnes en olla.
Y cada uno se sentará debajo de su vid y debajo de su higuera, y no habrá quien amedrente: porque la boca de Jehová de los ejércitos lo ha hablado.
Pueblo mío, ¿qué te he hecho, ó en qué te he molestado? Responde contra mí.
¿Seré limpio con peso falso, y con bolsa de engañosas pesas?
El día en que se edificarán tus muros, aquel día será alejado el mandamiento.
El tornará, él tendrá misericordia de nosotros; él sujetará nuestras iniquidades, y echará en los profundos de la mar todos nuestros pecados.
Los montes tiemblan de él, y los collados se deslíen; y la tierra se abrasa á su presencia, y el mundo, y todos los que en él habitan.
Los carros se precipitarán á las plazas, discurrirán por las calles: su aspecto como hachas encendidas; correrán como relámpagos.
Y fué Nínive de tiempo antiguo como estanque de aguas; mas ellos huyen: Parad, parad; y ninguno mira.
Caballero enhiesto, y resplandor de espada, y resplandor de lanza; y multitud de muertos, y multitud de cadáveres; y de sus cadáveres no habrá fin, y en sus cadáveres tropezarán:
Tú también serás embriagada, serás encerrada; tú también buscarás fortaleza á causa del enemigo.
He aquí, tu pueblo será como mujeres en medio de ti: las puertas de tu tierra se abrirán de par en par á tus enemigos: fuego consumirá tus barras.
La carga que vió Habacuc profeta.
Mirad en las gentes, y ved, y maravillaos pasmosamente; porque obra será hecha en vuestros días, que aun cuando se os contare, no la creeréis.
Y Jehová me respondió, y dijo: Escribe la visión, y declárala en tablas, para que corra el que leyere en ella.
¡Ay del que edifica la ciudad con sangres, y del que funda la villa con iniquidad!
Porque la rapiña del Líbano caerá sobre ti, y la destrucción de las fieras lo quebrantará; á causa de las sangres humanas, y del robo de la tierra, de las ciudades, y de todos los que en ellas moraban.
Oración de Habacuc profeta, sobre Sigionoth.
Y á los que tornan atrás de en pos de Jehová; y á los que no buscaron á Jehová, ni preguntaron por él.
Aullad, moradores de Mactes, porque todo el pueblo mercader es destruído; talados son todos los que traían dinero.
Cercano está el día grande de Jehová, cercano y muy presuroso; voz amarga del día de Jehová; gritará allí el valiente.
Día de ira aquel día, día de angustia y de aprieto, día de alboroto y de asolamiento, día de tiniebla y de oscuridad, día de nublado y de entenebrecimiento,
Buscad á Jehová todos los humildes de la tierra, que pusisteis en obra su juicio; buscad justicia, buscad mansedumbre: quizás seréis guardados en el día del enojo de Jehová.
Vosotros también los de Etiopía seréis muertos con mi espada.
¡Ay de la ciudad ensuciada y contaminada y opresora!
Canta, oh hija de Sión: da voces de júbilo, oh Israel; gózate y regocíjate de todo corazón, hija de Jerusalem.
Según el pacto que concerté con vosotros á vuestra salida de Egipto, así mi espíritu estará en medio de vosotros: no temáis.
A veinticuatro del noveno mes, en el segundo año de Darío, fué palabra de Jehová por mano del profeta Haggeo, diciendo:
Y dijo Haggeo: Si un inmundo á causa de cuerpo muerto tocare alguna cosa de éstas, ¿será inmunda? Y respondieron los sacerdotes, y dijeron: Inmunda será.
Vuestros padres, ¿dónde están? y los profetas ¿han de vivir para siempre?
Y Jehová respondió buenas palabras, palabras consolatorias á aquel ángel que hablaba conmigo.
Por tanto, así ha dicho Jehová: Yo me he tornado á Jerusalem con miseraciones; en ella será edificada mi casa, dice Jehová de los ejércitos, y la plomada será tendida sobre Jerusalem.
Alcé después mis ojos, y miré y he aquí un varón que tenía en su mano un cordel de medir.
Yo seré para ella, dice Jehová, muro de fuego en derredor, y seré por gloria en medio de ella.
Después dijo: Pongan mitra limpia sobre su cabeza. Y pusieron una mitra limpia sobre su cabeza, y vistiéronle de ropas. Y el ángel de Jehová estaba en pie.
Entonces respondió y hablóme, diciendo: Esta es palabra de Jehová á Zorobabel, en que se dice: No con ejército, ni con fuerza, sino con mi espíritu, ha dicho Jehová de los ejércitos.
Y el ángel me respondió, y díjome: Estos son los cuatro vientos de los cielos, que salen de donde están delante del Señor de toda la tierra.
Luego me llamó, y hablóme diciendo: Mira, los que salieron hacia la tierra del aquilón hicieron reposar mi espíritu en la tierra del aquilón.
Y los que están lejos vendrán y edificarán en el templo de Jehová, y conoceréis que Jehová de los ejércitos me ha enviado á vosotros. Y será esto, si oyereis obedientes la voz de Jehová vuestro Dios.
Y fué palabra de Jehová á Zacarías, diciendo:
Y pusieron su corazón como diamante, para no oir la ley ni las palabras que Jehová de los ejércitos enviaba por su espíritu, por mano de los profetas primeros: fué, por tanto, hecho grande castigo por Jehová de los ejércitos.
Y las calles de la ciudad serán llenas de muchachos y muchachas, que jugarán en las calles.
Y fué á mí palabra de Jehová de los ejércitos, diciendo:
Y los salvará en aquel día Jehová su Dios como á rebaño de su pueblo: porque serán engrandecidos en su tierra como piedras de corona.
Porque las imágenes han hablado vanidad, y los adivinos han visto mentira, y han hablado sueños vanos, en vano consuelan: por lo cual se fueron ellos como ovejas, fueron humillados porque no tuvieron pastor.
Contra los pastores se ha encendido mi enojo, y castigaré los machos de cabrío: mas Jehová de los ejércitos visitará su rebaño, la casa de Judá, y tornarálos como su caballo de honor en la guerra.
Y díjeles: Si os parece bien, dadme mi salario; y si no, dejadlo. Y pesaron para mi salario treinta piezas de plata.
Y díjome Jehová: Toma aún el hato de un pastor insensato;
Y los capitanes de Judá dirán en su corazón: Mi fuerza son los moradores de Jerusalem en Jehová de los ejércitos su Dios.
Y acontecerá en toda la tierra, dice Jehová, que las dos partes serán taladas en ella, y se perderán; mas la tercera quedará en ella.
Y todos los que quedaren de las gentes que vinieron contra Jerusalem, subirán de año en año á adorar al Rey, Jehová de los ejércitos, y á celebrar la fiesta de las Cabañas.
Esta será la pena del pecado de Egipto, y del pecado de todas las gentes que no subieren á celebrar la fiesta de las Cabañas.
Y vuestros ojos lo verán, y diréis: Sea Jehová engrandecido sobre la provincia de Israel.
Mi pacto fué con él de vida y de paz, las cuales cosas yo le dí por el temor; porque me temió, y delante de mi nombre estuvo humillado.
¿No tenemos todos un mismo padre? ¿No nos ha criado un mismo Dios? ¿Por qué menospreciaremos cada uno á su hermano, quebrantando el pacto de nuestros padres?
Jehová talará de las tiendas de Jacob al hombre que hiciere esto, al que vela, y al que responde, y al que ofrece presente á Jehová de los ejércitos.
Y sentarse ha para afinar y limpiar la plata: porque limpiará los hijos de Leví, los afinará como á oro y como á plata; y ofrecerán á Jehová ofrenda con justicia.
Malditos sois con maldición, porque vosotros, la nación toda, me habéis robado.
He aquí, yo os envío á Elías el profeta, antes que venga el día de Jehová grande y terrible.
Abraham engendró á Isaac: é Isaac engendró á Jacob: y Jacob engendró á Judas y á sus hermanos:
Y Aram engendró á Aminadab: y Aminadab engendró á Naassón: y Naassón engendró á Salmón:
Y Salmón engendró de Rachâb á Booz, y Booz engendró de Ruth á Obed: y Obed engendró á Jessé:
Y Jacob engendró á José, marido de María, de la cual nació Jesús, el cual es llamado el Cristo.
Y el nacimiento de Jesucristo fué así: Que siendo María su madre desposada con José, antes que se juntasen, se halló haber concebido del Espíritu Santo.
Y José su marido, como era justo, y no quisiese infamarla, quiso dejarla secretamente.
Voz fué oída en Ramá, grande lamentación, lloro y gemido: Rachêl que llora sus hijos; y no quiso ser consolada, porque perecieron.
Mas muerto Herodes, he aquí el ángel del Señor aparece en sueños á José en Egipto,
Entonces él se levantó, y tomó al niño y á su madre, y se vino á tierra de Israel.
Y oyendo que Archelao reinaba en Judea en lugar de Herodes su padre, temió ir allá: mas amonestado por revelación en sueños, se fué á las partes de Galilea.
Porque éste es aquel del cual fué dicho por el profeta Isaías, que dijo: Voz de uno que clama en el desierto: Aparejad el camino del Señor, enderezad sus veredas.
Entonces Jesús fué llevado del Espíritu al desierto, para ser tentado del diablo.
El diablo entonces le dejó: y he aquí los ángeles llegaron y le servían.
Mas oyendo Jesús que Juan era preso, se volvió á Galilea;
Vosotros sois la sal de la tierra: y si la sal se desvaneciere ¿con qué será salada? no vale más para nada, sino para ser echada fuera y hollada de los hombres.
Ni por tu cabeza jurarás, porque no puedes hacer un cabello blanco ó negro.
Mirad que no hagáis vuestra justicia delante de los hombres, para ser vistos de ellos: de otra manera no tendréis merced de vuestro Padre que está en los cielos.
Pedid, y se os dará; buscad, y hallaréis; llamad, y se os abrirá.
¿Y si le pidiere un pez, le dará una serpiente?
Porque estrecha es la puerta, y angosto el camino que lleva á la vida, y pocos son los que la hallan.
Todo árbol que no lleva buen fruto, córtase y échase en el fuego.
Y entonces les protestaré: Nunca os conocí; apartaos de mí, obradores de maldad.
Porque les enseñaba como quien tiene autoridad, y no como los escribas.
Y como descendió del monte, le seguían muchas gentes.
Y les dijo: Id. Y ellos salieron, y se fueron á aquel hato de puercos: y he aquí, todo el hato de los puercos se precipitó de un despeñadero en la mar, y murieron en las aguas.
Y he aquí, toda la ciudad salió á encontrar á Jesús: y cuando le vieron, le rogaban que saliese de sus términos.
Entonces entrando en el barco, pasó á la otra parte, y vino á su ciudad.
Y viendo Jesús sus pensamientos, dijo: ¿Por qué pensáis mal en vuestros corazones?
Y las gentes, viéndolo, se maravillaron, y glorificaron á Dios, que había dado tal potestad á los hombres.
Y he aquí una mujer enferma de flujo de sangre doce años había, llegándose por detrás, tocó la franja de su vestido:
Y salió esta fama por toda aquella tierra.
Y los ojos de ellos fueron abiertos. Y Jesús les encargó rigurosamente, diciendo: Mirad que nadie lo sepa.
Entonces dice á sus discípulos: A la verdad la mies es mucha, mas los obreros pocos.
Felipe, y Bartolomé; Tomás, y Mateo el publicano; Jacobo hijo de Alfeo, y Lebeo, por sobrenombre Tadeo;
Y entrando en la casa, saludadla.
Porque no sois vosotros los que habláis, sino el Espíritu de vuestro Padre que habla en vosotros.
¿No se venden dos pajarillos por un cuarto? Con todo, ni uno de ellos cae á tierra sin vuestro Padre.
Cualquiera pues, que me confesare delante de los hombres, le confesaré yo también delante de mi Padre que está en los cielos.
No penséis que he venido para meter paz en la tierra: no he venido para meter paz, sino espada.
Y oyendo Juan en la prisión los hechos de Cristo, le envió dos de sus discípulos,
Diciendo: ¿Eres tú aquél que había de venir, ó esperaremos á otro?
Por tanto os digo, que á la tierra de los de Sodoma será más tolerable el castigo en el día del juicio, que á ti.
Y viéndolo los Fariseos, le dijeron: He aquí tus discípulos hacen lo que no es lícito hacer en sábado.
Mas sabiéndolo Jesús, se apartó de allí: y le siguieron muchas gentes, y sanaba á todos.
Entonces fué traído á él un endemoniado, ciego y mudo, y le sanó; de tal manera, que el ciego y mudo hablaba y veía.
Cuando el espíritu inmundo ha salido del hombre, anda por lugares secos, buscando reposo, y no lo halla.
Y se allegaron á él muchas gentes; y entrándose él en el barco, se sentó, y toda la gente estaba á la ribera.
Y sembrando, parte de la simiente cayó junto al camino; y vinieron las aves, y la comieron.
Y parte cayó en espinas; y las espinas crecieron, y la ahogaron.
Porque á cualquiera que tiene, se le dará, y tendrá más; pero al que no tiene, aun lo que tiene le será quitado.
Oyendo cualquiera la palabra del reino, y no entendiéndola, viene el malo, y arrebata lo que fué sembrado en su corazón: éste es el que fué sembrado junto al camino.
Otra parábola les propuso, diciendo: El reino de los cielos es semejante al hombre que siembra buena simiente en su campo:
Y el campo es el mundo; y la buena simiente son los hijos del reino, y la cizaña son los hijos del malo;
Y él les dijo: Por eso todo escriba docto en el reino de los cielos, es semejante á un padre de familia, que saca de su tesoro cosas nuevas y cosas viejas.
Y dijo á sus criados: Este es Juan el Bautista: él ha resucitado de los muertos, y por eso virtudes obran en él.
Entonces el rey se entristeció; mas por el juramento, y por los que estaban juntamente á la mesa, mandó que se le diese.
Y enviando, degolló á Juan en la cárcel.
Y llegando á la otra parte, vinieron á la tierra de Genezaret.
Este pueblo de labios me honra; mas su corazón lejos está de mí.
Y respondiendo él, dijo: No es bien tomar el pan de los hijos, y echarlo á los perrillos.
Y partido Jesús de allí, vino junto al mar de Galilea: y subiendo al monte, se sentó allí.
Y Jesús les dijo: Mirad, y guardaos de la levadura de los Fariseos y de los Saduceos.
Y viniendo Jesús á las partes de Cesarea de Filipo, preguntó á sus discípulos, diciendo: ¿Quién dicen los hombres que es el Hijo del hombre?
Y respondiendo Simón Pedro, dijo: Tú eres el Cristo, el Hijo del Dios viviente.
Y estando ellos en Galilea, Jesús les dijo: El Hijo del hombre será entregado en manos de hombres,
¿Qué os parece? Si tuviese algún hombre cien ovejas, y se descarriase una de ellas, ¿no iría por los montes, dejadas las noventa y nueve, á buscar la que se había descarriado?
Y si no oyere á ellos, dilo á la iglesia: y si no oyere á la iglesia, tenle por étnico y publicano.
Y saliendo aquel siervo, halló á uno de sus consiervos, que le debía cien denarios; y trabando de él, le ahogaba, diciendo: Págame lo que debes.
Mas él no quiso; sino fué, y le echó en la cárcel hasta que pagase la deuda.
Entonces llamándole su señor, le dice: Siervo malvado, toda aquella deuda te perdoné, porque me rogaste:
Y aconteció que acabando Jesús estas palabras, se pasó de Galilea, y vino á los términos de Judea, pasado el Jordán.
Entonces se llegaron á él los Fariseos, tentándole, y diciéndole: ¿Es lícito al hombre repudiar á su mujer por cualquiera causa?
Y él respondiendo, les dijo: ¿No habéis leído que el que los hizo al principio, macho y hembra los hizo,
Entonces él les dijo: No todos reciben esta palabra, sino aquellos á quienes es dado.
Mas muchos primeros serán postreros, y postreros primeros.
Porque el reino de los cielos es semejante á un hombre, padre de familia, que salió por la mañana á ajustar obreros para su viña.
Y saliendo cerca de la hora undécima, halló otros que estaban ociosos; y díceles: ¿Por qué estáis aquí todo el día ociosos?
Y viniendo los que habían ido cerca de la hora undécima, recibieron cada uno un denario.
Diciendo: Estos postreros sólo han trabajado una hora, y los has hecho iguales á nosotros, que hemos llevado la carga y el calor del día.
Y subiendo Jesús á Jerusalem, tomó sus doce discípulos aparte en el camino, y les dijo:
Y él le dijo: ¿Qué quieres? Ella le dijo: Di que se sienten estos dos hijos míos, el uno á tu mano derecha, y el otro á tu izquierda, en tu reino.
Mas entre vosotros no será así; sino el que quisiere entre vosotros hacerse grande, será vuestro servidor;
Y todo esto fué hecho, para que se cumpliese lo que fué dicho por el profeta, que dijo:
Y la compañía, que era muy numerosa, tendía sus mantos en el camino: y otros cortaban ramos de los árboles, y los tendían por el camino.
Y por la mañana volviendo á la ciudad, tuvo hambre.
El bautismo de Juan, ¿de dónde era? ¿del cielo, ó de los hombres? Ellos entonces pensaron entre sí, diciendo: Si dijéremos, del cielo, nos dirá: ¿Por qué pues no le creísteis?
Mas los labradores, tomando á los siervos, al uno hirieron, y al otro mataron, y al otro apedrearon.
Y envió sus siervos para que llamasen los llamados á las bodas; mas no quisieron venir.
Volvió á enviar otros siervos, diciendo: Decid á los llamados: He aquí, mi comida he aparejado; mis toros y animales engordados son muertos, y todo está prevenido: venid á las bodas.
Porque en la resurrección, ni los hombres tomarán mujeres, ni las mujeres maridos; mas son como los ángeles de Dios en el cielo.
Yo soy el Dios de Abraham, y el Dios de Isaac, y el Dios de Jacob? Dios no es Dios de muertos, sino de vivos.
Maestro, ¿cuál es el mandamiento grande en la ley?
Dijo el Señor á mi Señor: Siéntate á mi diestra, entre tanto que pongo tus enemigos por estrado de tus pies?
Y nadie le podía responder palabra; ni osó alguno desde aquel día preguntarle más.
Antes, todas sus obras hacen para ser mirados de los hombres; porque ensanchan sus filacterias, y extienden los flecos de sus mantos;
Ni seáis llamados maestros; porque uno es vuestro Maestro, el Cristo.
¡Guías ciegos, que coláis el mosquito, mas tragáis el camello!
¡Serpientes, generación de víboras! ¿cómo evitaréis el juicio del infierno?
Entonces los que están en Judea, huyan á los montes;
Y enviará sus ángeles con gran voz de trompeta, y juntarán sus escogidos de los cuatro vientos, de un cabo del cielo hasta el otro.
De cierto os digo, que no pasará esta generación, que todas estas cosas no acontezcan.
Empero del día y hora nadie sabe, ni aun los ángeles de los cielos, sino mi Padre solo.
Porque como en los días antes del diluvio estaban comiendo y bebiendo, casándose y dando en casamiento, hasta el día que Noé entró en el arca,
Dos mujeres moliendo á un molinillo; la una será tomada, y la otra será dejada.
Mas las prudentes tomaron aceite en sus vasos, juntamente con sus lámparas.
Y á la media noche fué oído un clamor: He aquí, el esposo viene; salid á recibirle.
Asimismo el que había recibido dos, ganó también él otros dos.
Entonces dirá también á los que estarán á la izquierda: Apartaos de mí, malditos, al fuego eterno preparado para el diablo y para sus ángeles:
Mas después que haya resucitado, iré delante de vosotros á Galilea.
Entonces vino á sus discípulos y díceles: Dormid ya, y descansad: he aquí ha llegado la hora, y el Hijo del hombre es entregado en manos de pecadores.
Y hablando aún él, he aquí Judas, uno de los doce, vino, y con él mucha gente con espadas y con palos, de parte de los príncipes de los sacerdotes, y de los ancianos del pueblo.
Y luego que llegó á Jesús, dijo: Salve, Maestro. Y le besó.
Y Jesús le dijo: Amigo, ¿á qué vienes? Entonces llegaron, y echaron mano á Jesús, y le prendieron.
Y he aquí, uno de los que estaban con Jesús, extendiendo la mano, sacó su espada, é hiriendo á un siervo del pontífice, le quitó la oreja.
Mas todo esto se hace, para que se cumplan las Escrituras de los profetas. Entonces todos los discípulos huyeron, dejándole.
Y negó otra vez con juramento: No conozco al hombre.
Y no le respondió ni una palabra; de tal manera que el presidente se maravillaba mucho.
Y saliendo, hallaron á un Cireneo, que se llamaba Simón: á éste cargaron para que llevase su cruz.
Y cerca de la hora de nona, Jesús exclamó con grande voz, diciendo: Eli, Eli, ¿lama sabachtani? Esto es: Dios mío, Dios mío, ¿por qué me has desamparado?
Y los otros decían: Deja, veamos si viene Elías á librarle.
Y salidos de los sepulcros, después de su resurrección, vinieron á la santa ciudad, y aparecieron á muchos.
Este llegó á Pilato, y pidió el cuerpo de Jesús: entonces Pilato mandó que se le diese el cuerpo.
Y el siguiente día, que es después de la preparación, se juntaron los príncipes de los sacerdotes y los Fariseos á Pilato,
Y Pilato les dijo: Tenéis una guardia: id, aseguradlo como sabéis.
Y luego los llamó: y dejando á su padre Zebedeo en el barco con los jornaleros, fueron en pos de él.
Y le siguió Simón, y los que estaban con él;
A ti te digo: Levántate, y toma tu lecho, y vete á tu casa.
Y mirándolos alrededor con enojo, condoleciéndose de la ceguedad de su corazón, dice al hombre: Extiende tu mano. Y la extendió, y su mano fué restituída sana.
Porque había sanado á muchos; de manera que caían sobre él cuantos tenían plagas, por tocarle.
Y subió al monte, y llamó á sí á los que él quiso; y vinieron á él.
A Simón, al cual puso por nombre Pedro;
Y los escribas que habían venido de Jerusalem, decían que tenía á Beelzebub, y que por el príncipe de los demonios echaba fuera los demonios.
Mas cualquiera que blasfemare contra el Espíritu Santo, no tiene jamás perdón, mas está expuesto á eterno juicio.
Mas salido el sol, se quemó; y por cuanto no tenía raíz, se secó.
Mas los cuidados de este siglo, y el engaño de las riquezas, y las codicias que hay en las otras cosas, entrando, ahogan la palabra, y se hace infructuosa.
También les dijo: ¿Tráese la antorcha para ser puesta debajo del almud, ó debajo de la cama? ¿No es para ser puesta en el candelero?
Y se levantó una grande tempestad de viento, y echaba las olas en el barco, de tal manera que ya se henchía.
Y él estaba en la popa, durmiendo sobre un cabezal, y le despertaron, y le dicen: ¿Maestro, no tienes cuidado que perecemos?
Y le rogaba mucho, diciendo: Mi hija está á la muerte: ven y pondrás las manos sobre ella para que sea salva, y vivirá.
Y una mujer que estaba con flujo de sangre doce años hacía,
Y él le dijo: Hija, tu fe te ha hecho salva: ve en paz, y queda sana de tu azote.
Mas luego Jesús, oyendo esta razón que se decía, dijo al príncipe de la sinagoga: No temas, cree solamente.
Y vino á casa del príncipe de la sinagoga, y vió el alboroto, los que lloraban y gemían mucho.
¿No es éste el carpintero, hijo de María, hermano de Jacobo, y de José, y de Judas, y de Simón? ¿No están también aquí con nosotros, sus hermanas? Y se escandalizaban en él.
Y les decía: Donde quiera que entréis en una casa, posad en ella hasta que salgáis de allí.
Y saliendo ella, dijo á su madre: ¿Qué pediré? Y ella dijo: La cabeza de Juan Bautista.
El cual fué, y le degolló en la cárcel, y trajo su cabeza en un plato, y la dió á la muchacha, y la muchacha la dió á su madre.
Y los apóstoles se juntaron con Jesús, y le contaron todo lo que habían hecho, y lo que habían enseñado.
Y saliendo Jesús vió grande multitud, y tuvo compasión de ellos, porque eran como ovejas que no tenían pastor; y les comenzó á enseñar muchas cosas.
Y él les dice: ¿Cuántos panes tenéis? Id, y vedlo. Y sabiéndolo, dijeron: Cinco, y dos peces.
Y tomados los cinco panes y los dos peces, mirando al cielo, bendijo, y partió los panes, y dió á sus discípulos para que los pusiesen delante: y repartió á todos los dos peces.
Y comieron todos, y se hartaron.
Y los que comieron eran cinco mil hombres.
Y cuando estuvieron de la otra parte, vinieron á tierra de Genezaret, y tomaron puerto.
Los cuales, viendo á algunos de sus discípulos comer pan con manos comunes, es á saber, no lavadas, los condenaban.
Invalidando la palabra de Dios con vuestra tradición que disteis: y muchas cosas hacéis semejantes á éstas.
Si alguno tiene oídos para oir, oiga.
Porque no entra en su corazón, sino en el vientre, y sale á la secreta? Esto decía, haciendo limpias todas las viandas.
Y la mujer era Griega, Sirofenisa de nación; y le rogaba que echase fuera de su hija al demonio.
Y mirando al cielo, gimió, y le dijo: Ephphatha: que es decir: Sé abierto.
Y luego fueron abiertos sus oídos, y fué desatada la ligadura de su lengua, y hablaba bien.
Y les preguntó: ¿Cuántos panes tenéis? Y ellos dijeron: Siete.
Y luego entrando en el barco con sus discípulos, vino á las partes de Dalmanutha.
¿Teniendo ojos no veis, y teniendo oídos no oís? ¿y no os acordáis?
Y ellos respondieron: Juan Bautista; y otros, Elías; y otros, Alguno de los profetas.
Porque el que quisiere salvar su vida, la perderá; y el que perdiere su vida por causa de mí y del evangelio, la salvará.
Y le preguntaron, diciendo: ¿Qué es lo que los escribas dicen, que es necesario que Elías venga antes?
Y preguntóles: ¿Qué disputáis con ellos?
Y como él entró en casa, sus discípulos le preguntaron aparte: ¿Por qué nosotros no pudimos echarle fuera?
Y habiendo salido de allí, caminaron por Galilea; y no quería que nadie lo supiese.
Y respondióle Juan, diciendo: Maestro, hemos visto á uno que en tu nombre echaba fuera los demonios, el cual no nos sigue; y se lo prohibimos, porque no nos sigue.
Porque el que no es contra nosotros, por nosotros es.
Donde el gusano de ellos no muere, y el fuego nunca se apaga.
Y los que eran dos, serán hechos una carne: así que no son más dos, sino una carne.
Y le presentaban niños para que los tocase; y los discípulos reñían á los que los presentaban.
Y tomándolos en los brazos, poniendo las manos sobre ellos, los bendecía.
Mas él, entristecido por esta palabra, se fué triste, porque tenía muchas posesiones.
Y los discípulos se espantaron de sus palabras; mas Jesús respondiendo, les volvió á decir: ¡Hijos, cuán difícil es entrar en el reino de Dios, los que confían en las riquezas!
Entonces Jacobo y Juan, hijos de Zebedeo, se llegaron á él, diciendo: Maestro, querríamos que nos hagas lo que pidiéremos.
Y como lo oyeron los diez, comenzaron á enojarse de Jacobo y de Juan.
Y si alguien os dijere: ¿Por qué hacéis eso? decid que el Señor lo ha menester: y luego lo enviará acá.
Y lo oyeron los escribas y los príncipes de los sacerdotes, y procuraban cómo le matarían; porque le tenían miedo, por cuanto todo el pueblo estaba maravillado de su doctrina.
Y volvió á enviar otro, y á aquél mataron; y á otros muchos, hiriendo á unos y matando á otros.
Entonces vienen á él los Saduceos, que dicen que no hay resurrección, y le preguntaron, diciendo:
Y la tomó el segundo, y murió, y ni aquél tampoco dejó simiente; y el tercero, de la misma manera.
Orad pues, que no acontezca vuestra huída en invierno.
Velad pues, porque no sabéis cuándo el señor de la casa vendrá; si á la tarde, ó á la media noche, ó al canto del gallo, ó á la mañana;
Mas Jesús dijo: Dejadla; ¿por qué la fatigáis? buena obra me ha hecho;
Esta ha hecho lo que podía; porque se ha anticipado á ungir mi cuerpo para la sepultura.
Y el primer día de los panes sin levadura, cuando sacrificaban la pascua, sus discípulos le dicen: ¿Dónde quieres que vayamos á disponer para que comas la pascua?
Y donde entrare, decid al señor de la casa: El Maestro dice: ¿Dónde está el aposento donde he de comer la pascua con mis discípulos?
Mas él con mayor porfía decía: Si me fuere menester morir contigo, no te negaré. También todos decían lo mismo.
Y yéndose un poco adelante, se postró en tierra, y oró que si fuese posible, pasase de él aquella hora.
Mas él, dejando la sábana, se huyó de ellos desnudo.
Y trajeron á Jesús al sumo sacerdote; y se juntaron á él todos los príncipes de los sacerdotes y los ancianos y los escribas.
Porque muchos decían falso testimonio contra él; mas sus testimonios no concertaban.
Nosotros le hemos oído decir: Yo derribaré este templo que es hecho de mano, y en tres días edificaré otro echo sin mano.
Entonces el sumo sacerdote, rasgando sus vestidos, dijo: ¿Qué más tenemos necesidad de testigos?
Y los príncipes de los sacerdotes le acusaban mucho.
Empero en el día de la fiesta les soltaba un preso, cualquiera que pidiesen.
Entonces los soldados le llevaron dentro de la sala, es á saber, al Pretorio; y convocan toda la cohorte.
Y le dieron á beber vino mezclado con mirra; mas él no lo tomó.
Y cuando le hubieron crucificado, repartieron sus vestidos, echando suertes sobre ellos, qué llevaría cada uno.
El Cristo, Rey de Israel, descienda ahora de la cruz, para que veamos y creamos. También los que estaban crucificados con él le denostaban.
Y á la hora de nona, exclamó Jesús á gran voz, diciendo: Eloi, Eloi, ¿lama sabachthani? que declarado, quiere decir: Dios mío, Dios mío, ¿por qué me has desamparado?
Mas Jesús, dando una grande voz, espiró.
Y cuando fué la tarde, porque era la preparación, es decir, la víspera del sábado,
Y Pilato se maravilló que ya fuese muerto; y haciendo venir al centurión, preguntóle si era ya muerto.
El cual compró una sábana, y quitándole, le envolvió en la sábana: y le puso en un sepulcro que estaba cavado en una peña; y revolvió una piedra á la puerta del sepulcro.
Y el Señor, después que les habló, fué recibido arriba en el cielo, y sentóse á la diestra de Dios.
Y el pueblo estaba esperando á Zacarías, y se maravillaban de que él se detuviese en el templo.
Este será grande, y será llamado Hijo del Altísimo: y le dará el Señor Dios el trono de David su padre:
Y reinará en la casa de Jacob por siempre; y de su reino no habrá fin.
Porque ninguna cosa es imposible para Dios.
Recibió á Israel su siervo, acordándose de la misericordia,
Y le dijeron: ¿Por qué? nadie hay en tu parentela que se llame de este nombre.
Y hablaron por señas á su padre, cómo le quería llamar.
Y nos alzó un cuerno de salvación en la casa de David su siervo,
Y parió á su hijo primogénito, y le envolvió en pañales, y acostóle en un pesebre, porque no había lugar para ellos en el mesón.
Entonces él les dice: ¿Qué hay? ¿por qué me buscabais? ¿No sabíais que en los negocios de mi Padre me conviene estar?
Y verá toda carne la salvación de Dios.
Y descendió el Espíritu Santo sobre él en forma corporal, como paloma, y fué hecha una voz del cielo que decía: Tú eres mi Hijo amado, en ti me he complacido.
Que fué de David, que fué de Jessé, que fué de Obed, que fué de Booz, que fué de Salmón, que fué de Naassón,
Y respondiendo Jesús, le dijo: Dicho está: No tentarás al Señor tu Dios.
Y rollando el libro, lo dió al ministro, y sentóse: y los ojos de todos en la sinagoga estaban fijos en él.
Y dijo: De cierto os digo, que ningún profeta es acepto en su tierra.
Mas él, pasando por medio de ellos, se fué.
Y hubo espanto en todos, y hablaban unos á otros, diciendo: ¿Qué palabra es ésta, que con autoridad y potencia manda á los espíritus inmundos, y salen?
Y aconteció, que estando él junto al lago de Genezaret, las gentes se agolpaban sobre él para oir la palabra de Dios.
Y los escribas y los Fariseos murmuraban contra sus discípulos, diciendo: ¿Por qué coméis y bebéis con los publicanos y pecadores?
Porque no es buen árbol el que da malos frutos; ni árbol malo el que da buen fruto.
¿Por qué me llamáis, Señor, Señor, y no hacéis lo que digo?
Y Jesús fué con ellos. Mas como ya no estuviesen lejos de su casa, envió el centurión amigos á él, diciéndole: Señor, no te incomodes, que no soy digno que entres debajo de mi tejado;
Lo cual oyendo Jesús, se maravilló de él, y vuelto, dijo á las gentes que le seguían: Os digo que ni aun en Israel he hallado tanta fe.
Y aconteció después, que él iba á la ciudad que se llama Naín, é iban con él muchos de sus discípulos, y gran compañía.
Entonces se incorporó el que había muerto, y comenzó á hablar. Y dióle á su madre.
Y como se fueron los mensajeros de Juan, comenzó á hablar de Juan á las gentes: ¿Qué salisteis á ver al desierto? ¿una caña que es agitada por el viento?
Mas ¿qué salisteis á ver? ¿un hombre cubierto de vestidos delicados? He aquí, los que están en vestido precioso, y viven en delicias, en los palacios de los reyes están.
Mas ¿qué salisteis á ver? ¿un profeta? También os digo, y aun más que profeta.
Porque os digo que entre los nacidos de mujeres, no hay mayor profeta que Juan el Bautista: mas el más pequeño en el reino de los cielos es mayor que él.
Semejantes son á los muchachos sentados en la plaza, y que dan voces los unos á los otros, y dicen: Os tañimos con flautas, y no bailasteis: os endechamos, y no llorasteis.
Y otra parte cayó sobre la piedra; y nacida, se secó, porque no tenía humedad.
Y los de junto al camino, éstos son los que oyen; y luego viene el diablo, y quita la palabra de su corazón, porque no crean y se salven.
Y le preguntó Jesús, diciendo: ¿Qué nombre tienes? Y él dijo: Legión. Porque muchos demonios habían entrado en él.
Y salieron á ver lo que había acontecido; y vinieron á Jesús, y hallaron sentado al hombre de quien habían salido los demonios, vestido, y en su juicio, á los pies de Jesús; y tuvieron miedo.
Estando aún él hablando, vino uno del príncipe de la sinagoga á decirle: Tu hija es muerta, no des trabajo al Maestro.
Y así lo hicieron, haciéndolos sentar á todos.
Y les dijo: ¿Y vosotros, quién decís que soy? Entonces respondiendo Simón Pedro, dijo: El Cristo de Dios.
Porque ¿qué aprovecha al hombre, si granjeare todo el mundo, y se pierda él á sí mismo, ó corra peligro de sí?
Y os digo en verdad, que hay algunos de los que están aquí, que no gustarán la muerte, hasta que vean el reino de Dios.
Y estando él hablando esto, vino una nube que los cubrió; y tuvieron temor, entrando ellos en la nube.
Y he aquí, un hombre de la compañía clamó, diciendo: Maestro, ruégote que veas á mi hijo; que es el único que tengo:
Y les decía: La mies á la verdad es mucha, mas los obreros pocos; por tanto, rogad al Señor de la mies que envíe obreros á su mies.
¡Ay de ti, Corazín! ¡Ay de ti, Bethsaida! que si en Tiro y en Sidón hubieran sido hechas las maravillas que se han hecho en vosotras, ya días ha que, sentados en cilicio y ceniza, se habrían arrepentido.
El que á vosotros oye, á mí oye; y el que á vosotros desecha, á mí desecha; y el que á mí desecha, desecha al que me envió.
Y les dijo: Yo veía á Satanás, como un rayo, que caía del cielo.
Mas no os gocéis de esto, que los espíritus se os sujetan; antes gozaos de que vuestros nombres están escritos en los cielos.
Porque os digo que muchos profetas y reyes desearon ver lo que vosotros veis, y no lo vieron; y oir lo que oís, y no lo oyeron.
Y díjole: Bien has respondido: haz esto, y vivirás.
Y respondiendo Jesús, dijo: Un hombre descendía de Jerusalem á Jericó, y cayó en manos de ladrones, los cuales le despojaron; é hiriéndole, se fueron, dejándole medio muerto.
Y aconteció, que descendió un sacerdote por aquel camino, y viéndole, se pasó de un lado.
Y otro día al partir, sacó dos denarios, y diólos al huésped, y le dijo: Cuídamele; y todo lo que de más gastares, yo cuando vuelva te lo pagaré.
Empero Marta se distraía en muchos servicios; y sobreviniendo, dice: Señor, ¿no tienes cuidado que mi hermana me deja servir sola? Dile pues, que me ayude.
Y aconteció que estando él orando en un lugar, como acabó, uno de sus discípulos le dijo: Señor, enséñanos á orar, como también Juan enseñó á sus discípulos.
Cuando el fuerte armado guarda su atrio, en paz está lo que posee.
Y viniendo, la halla barrida y adornada.
Porque como Jonás fué señal á los Ninivitas, así también será el Hijo del hombre á esta generación.
¡Ay de vosotros, Fariseos! que amáis las primeras sillas en las sinagogas, y las salutaciones en las plazas.
¡Ay de vosotros, doctores de la ley! que habéis quitado la llave de la ciencia; vosotros mismos no entrasteis, y á los que entraban impedisteis.
Y diciéndoles estas cosas, los escribas y los Fariseos comenzaron á apretarle en gran manera, y á provocarle á que hablase de muchas cosas;
Por tanto, las cosas que dijisteis en tinieblas, á la luz serán oídas; y lo que hablasteis al oído en las cámaras, será pregonado en los terrados.
La vida más es que la comida, y el cuerpo que el vestido.
Considerad los lirios, cómo crecen: no labran, ni hilan; y os digo, que ni Salomón con toda su gloria se vistió como uno de ellos.
Y vosotros semejantes á hombres que esperan cuando su señor ha de volver de las bodas; para que cuando viniere y llamare, luego le abran.
Porque el siervo que entendió la voluntad de su señor, y no se apercibió, ni hizo conforme á su voluntad, será azotado mucho.
El padre estará dividido contra el hijo, y el hijo contra el padre; la madre contra la hija, y la hija contra la madre; la suegra contra su nuera, y la nuera contra su suegra.
Y enseñaba en una sinagoga en sábado.
Semejante es al grano de la mostaza, que tomándolo un hombre lo metió en su huerto; y creció, y fué hecho árbol grande, y las aves del cielo hicieron nidos en sus ramas.
¡Jerusalem, Jerusalem! que matas á los profetas, y apedreas á los que son enviados á ti: ¡cuántas veces quise juntar tus hijos, como la gallina sus pollos debajo de sus alas, y no quisiste!
Y respondiendo Jesús, habló á los doctores de la ley y á los Fariseos, diciendo: ¿Es lícito sanar en sábado?
Y ellos callaron. Entonces él tomándole, le sanó, y despidióle.
Y respondiendo á ellos dijo: ¿El asno ó el buey de cuál de vosotros caerá en algún pozo, y no lo sacará luego en día de sábado?
Y observando cómo escogían los primeros asientos á la mesa, propuso una parábola á los convidados, diciéndoles:
Cuando fueres convidado de alguno á bodas, no te sientes en el primer lugar, no sea que otro más honrado que tú esté por él convidado,
Mas cuando haces banquete, llama á los pobres, los mancos, los cojos, los ciegos;
Y el otro dijo: He comprado cinco yuntas de bueyes, y voy á probarlos; ruégote que me des por excusado.
Diciendo: Este hombre comenzó á edificar, y no pudo acabar.
Y se llegaban á él todos los publicanos y pecadores á oirle.
Y cuando la hubiere hallado, junta las amigas y las vecinas, diciendo: Dadme el parabién, porque he hallado la dracma que había perdido.
Y cuando todo lo hubo malgastado, vino una grande hambre en aquella provincia, y comenzóle á faltar.
Me levantaré, é iré á mi padre, y le diré: Padre, he pecado contra el cielo, y contra ti;
Mas el padre dijo á sus siervos: Sacad el principal vestido, y vestidle; y poned un anillo en su mano, y zapatos en sus pies.
Empero más fácil cosa es pasar el cielo y la tierra, que frustrarse un tilde de la ley.
Y deseando hartarse de las migajas que caían de la mesa del rico; y aun los perros venían y le lamían las llagas.
Y Á sus discípulos dice: Imposible es que no vengan escándalos; mas ¡ay de aquél por quien vienen!
Ni dirán: Helo aquí, ó helo allí: porque he aquí el reino de Dios entre vosotros está.
Y dijo á sus discípulos: Tiempo vendrá, cuando desearéis ver uno de los días del Hijo del hombre, y no lo veréis.
Y propúsoles también una parábola sobre que es necesario orar siempre, y no desmayar,
Había también en aquella ciudad una viuda, la cual venía á él diciendo: Hazme justicia de mi adversario.
Os digo que los defenderá presto. Empero cuando el Hijo del hombre viniere, ¿hallará fe en la tierra?
Y dijo también á unos que confiaban de sí como justos, y menospreciaban á los otros, esta parábola:
Mas Jesús llamándolos, dijo: Dejad los niños venir á mí, y no los impidáis; porque de tales es el reino de Dios.
Y aconteció que acercándose él á Jericó, un ciego estaba sentado junto al camino mendigando;
Y los que iban delante, le reñían que callase; mas él clamaba mucho más: Hijo de David, ten misericordia de mí.
Jesús entonces parándose, mandó traerle á sí: y como él llegó, le preguntó,
Y luego vió, y le seguía, glorificando á Dios: y todo el pueblo como lo vió, dió á Dios alabanza.
Y vino el primero, diciendo: Señor, tu mina ha ganado diez minas.
Y ellos le dijeron: Señor, tiene diez minas.
Y también á aquellos mis enemigos que no querían que yo reinase sobre ellos, traedlos acá, y degolladlos delante de mí.
Y trajéronlo á Jesús; y habiendo echado sus vestidos sobre el pollino, pusieron á Jesús encima.
Porque vendrán días sobre ti, que tus enemigos te cercarán con baluarte, y te pondrán cerco, y de todas partes te pondrán en estrecho,
Diciéndoles: Escrito está: Mi casa, casa de oración es; mas vosotros la habéis hecho cueva de ladrones.
Entonces el señor de la viña dijo: ¿Qué haré? Enviaré mi hijo amado: quizás cuando á éste vieren, tendrán respeto.
Vendrá, y destruirá á estos labradores, y dará su viña á otros. Y como ellos lo oyeron, dijeron: ¡Dios nos libre!
Entonces les dijo: Pues dad á César lo que es de César; y lo que es de Dios, á Dios.
Y la tomó el tercero: asimismo también todos siete: y murieron sin dejar prole.
Porque no pueden ya más morir: porque son iguales á los ángeles, y son hijos de Dios, cuando son hijos de la resurrección.
Guardaos de los escribas, que quieren andar con ropas largas, y aman las salutaciones en las plazas, y las primeras sillas en las sinagogas, y los primeros asientos en las cenas;
Porque todos estos, de lo que les sobra echaron para las ofrendas de Dios; mas ésta de su pobreza echó todo el sustento que tenía.
Estas cosas que veis, días vendrán que no quedará piedra sobre piedra que no sea destruída.
Entonces les dijo: Se levantará gente contra gente, y reino contra reino;
Mas un pelo de vuestra cabeza no perecerá.
Y cuando viereis á Jerusalem cercada de ejércitos, sabed entonces que su destrucción ha llegado.
Porque estos son días de venganza: para que se cumplan todas las cosas que están escritas.
Y fué, y habló con los príncipes de los sacerdotes, y con los magistrados, de cómo se lo entregaría.
Asimismo también el vaso, después que hubo cenado, diciendo: Este vaso es el nuevo pacto en mi sangre, que por vosotros se derrama.
Porque, ¿cuál es mayor, el que se sienta á la mesa, ó el que sirve? ¿No es el que se sienta á la mesa? Y yo soy entre vosotros como el que sirve.
Para que comáis y bebáis en mi mesa en mi reino, y os sentéis sobre tronos juzgando á las doce tribus de Israel.
Mas yo he rogado por ti que tu fe no falte: y tú, una vez vuelto, confirma á tus hermanos.
Y Jesús dijo á los que habían venido á él, los príncipes de los sacerdotes, y los magistrados del templo, y los ancianos: ¿Como á ladrón habéis salido con espadas y con palos?
Y habiendo encendido fuego en medio de la sala, y sentándose todos alrededor, se sentó también Pedro entre ellos.
Y como una hora pasada otro afirmaba, diciendo: Verdaderamente también éste estaba con él, porque es Galileo.
Y Pedro dijo: Hombre, no sé qué dices. Y luego, estando él aún hablando, el gallo cantó.
Diciendo: ¿Eres tú el Cristo? dínoslo. Y les dijo: Si os lo dijere, no creeréis;
Y comenzaron á acusarle, diciendo: A éste hemos hallado que pervierte la nación, y que veda dar tributo á César, diciendo que él es el Cristo, el rey.
Mas Herodes con su corte le menospreció, y escarneció, vistiéndole de una ropa rica; y volvióle á enviar á Pilato.
Pero ellos volvieron á dar voces, diciendo: Crucifícale, crucifícale.
Y les soltó á aquél que había sido echado en la cárcel por sedición y una muerte, al cual habían pedido; y entregó á Jesús á la voluntad de ellos.
Entonces Jesús, clamando á gran voz, dijo: Padre, en tus manos encomiendo mi espíritu. Y habiendo dicho esto, espiró.
Y he aquí un varón llamado José, el cual era senador, varón bueno y justo,
Este llegó á Pilato, y pidió el cuerpo de Jesús.
Y quitado, lo envolvió en una sábana, y le puso en un sepulcro abierto en una peña, en el cual ninguno había aún sido puesto.
Y vueltas, aparejaron drogas aromáticas y ungüentos; y reposaron el sábado, conforme al mandamiento.
Y eran María Magdalena, y Juana, y María madre de Jacobo, y las demás con ellas, las que dijeron estas cosas á los apóstoles.
Y he aquí, dos de ellos iban el mismo día á una aldea que estaba de Jerusalem sesenta estadios, llamada Emmaús.
Y comenzando desde Moisés, y de todos los profetas, declarábales en todas las Escrituras lo que de él decían.
Y levantándose en la misma hora, tornáronse á Jerusalem, y hallaron á los once reunidos, y á los que estaban con ellos.
Y entre tanto que ellos hablaban estas cosas, él se puso en medio de ellos, y les dijo: Paz á vosotros.
Y él tomó, y comió delante de ellos.
Mas no quiero, hermanos, que ignoréis que muchas veces me he propuesto ir á vosotros (empero hasta ahora he sido estorbado), para tener también entre vosotros algún fruto, como entre los demás Gentiles.
Porque manifiesta es la ira de Dios del cielo contra toda impiedad é injusticia de los hombres, que detienen la verdad con injusticia:
Los cuales mudaron la verdad de Dios en mentira, honrando y sirviendo á las criaturas antes que al Criador, el cual es bendito por los siglos. Amén.
Necios, desleales, sin afecto natural, implacables, sin misericordia:
Que, habiendo entendido el juicio de Dios que los que hacen tales cosas son dignos de muerte, no sólo las hacen, mas aun consienten á los que las hacen.
¿Y piensas esto, oh hombre, que juzgas á los que hacen tales cosas, y haces las mismas, que tú escaparás del juicio de Dios?
Mostrando la obra de la ley escrita en sus corazones, dando testimonio juntamente sus conciencias, y acusándose y también excusándose sus pensamientos unos con otros;
En el día que juzgará el Señor lo encubierto de los hombres, conforme á mi evangelio, por Jesucristo.
He aquí, tú tienes el sobrenombre de Judío, y estás reposado en la ley, y te glorías en Dios,
¿Tú, que te jactas de la ley, con infracción de la ley deshonras á Dios?
Porque el nombre de Dios es blasfemado por causa de vosotros entre los Gentiles, como está escrito.
De manera que, si el incircunciso guardare las justicias de la ley, ¿no será tenida su incircuncisión por circuncisión?
Empero si la verdad de Dios por mi mentira creció á gloria suya, ¿por qué aun así yo soy juzgado como pecador?
Quebrantamiento y desventura hay en sus caminos;
Y camino de paz no conocieron:
Empero sabemos que todo lo que la ley dice, á los que están en la ley lo dice, para que toda boca se tape, y que todo el mundo se sujete á Dios:
Al cual Dios ha propuesto en propiciación por la fe en su sangre, para manifestación de su justicia, atento á haber pasado por alto, en su paciencia, los pecados pasados,
Que si Abraham fué justificado por la obras, tiene de qué gloriarse; mas no para con Dios.
Como también David dice ser bienaventurado el hombre al cual Dios atribuye justicia sin obras,
¿Es pues esta bienaventuranza solamente en la circuncisión, ó también en la incircuncisión? porque decimos que á Abraham fué contada la fe por justicia.
Sino también por nosotros, á quienes será imputado, esto es, á los que creemos en el que levantó de los muertos á Jesús Señor nuestro,
Luego mucho más ahora, justificados en su sangre, por él seremos salvos de la ira.
Porque como por la desobediencia de un hombre los muchos fueron constituídos pecadores, así por la obediencia de uno los muchos serán constituídos justos.
Así también vosotros, pensad que de cierto estáis muertos al pecado, mas vivos á Dios en Cristo Jesús Señor nuestro.
¿Ignoráis, hermanos, (porque hablo con los que saben la ley) que la ley se enseñorea del hombre entre tanto que vive?
Porque la mujer que está sujeta á marido, mientras el marido vive está obligada á la ley; mas muerto el marido, libre es de la ley del marido.
De manera que la ley á la verdad es santa, y el mandamiento santo, y justo, y bueno.
Porque sabemos que la ley es espiritual; mas yo soy carnal, vendido á sujeción del pecado.
Gracias doy á Dios, por Jesucristo Señor nuestro. Así que, yo mismo con la mente sirvo á la ley de Dios, mas con la carne á la ley del pecado.
Y si el Espíritu de aquel que levantó de los muertos á Jesús mora en vosotros, el que levantó á Cristo Jesús de los muertos, vivificará también vuestros cuerpos mortales por su Espíritu que mora en vosotros.
Porque sabemos que todas las criaturas gimen á una, y á una están de parto hasta ahora.
Y sabemos que á los que á Dios aman, todas las cosas les ayudan á bien, es á saber, á los que conforme al propósito son llamados.
Antes, en todas estas cosas hacemos más que vencer por medio de aquel que nos amó.
¿Pues qué diremos? ¿Que hay injusticia en Dios? En ninguna manera.
Porque yo les doy testimonio que tienen celo de Dios, mas no conforme á ciencia.
Mas la justicia que es por la fe dice así: No digas en tu corazón: ¿Quién subirá al cielo? (esto es, para traer abajo á Cristo:)
Que si confesares con tu boca al Señor Jesús, y creyeres en tu corazón que Dios le levantó de los muertos, serás salvo.
¿Cómo, pues invocarán á aquel en el cual no han creído? ¿y cómo creerán á aquel de quien no han oído? ¿y cómo oirán sin haber quien les predique?
Digo pues: ¿Ha desechado Dios á su pueblo? En ninguna manera. Porque también yo soy Israelita, de la simiente de Abraham, de la tribu de Benjamín.
Y si el primer fruto es santo, también lo es el todo, y si la raíz es santa, también lo son las ramas.
Mira, pues, la bondad y la severidad de Dios: la severidad ciertamente en los que cayeron; mas la bondad para contigo, si permanecieres en la bondad; pues de otra manera tú también serás cortado.
Y aun ellos, si no permanecieren en incredulidad, serán ingeridos; que poderoso es Dios para volverlos á ingerir.
Porque sin arrepentimiento son las mercedes y la vocación de Dios.
Así que, hermanos, os ruego por las misericordias de Dios, que presentéis vuestros cuerpos en sacrificio vivo, santo, agradable á Dios, que es vuestro racional culto.
Y no os conforméis á este siglo; mas reformaos por la renovación de vuestro entendimiento, para que experimentéis cuál sea la buena voluntad de Dios, agradable y perfecta.
Amándoos los unos á los otros con caridad fraternal; previniéndoos con honra los unos á los otros;
Gozosos en la esperanza; sufridos en la tribulación; constantes en la oración;
Si se puede hacer, cuanto está en vosotros, tened paz con todos los hombres.
No seas vencido de lo malo; mas vence con el bien el mal.
Porque por esto pagáis también los tributos; porque son ministros de Dios que sirven á esto mismo.
Porque escrito está: Vivo yo, dice el Señor, que á mí se doblará toda rodilla, y toda lengua confesará á Dios.
Así que, no juzguemos más los unos de los otros: antes bien juzgad de no poner tropiezo ó escándalo al hermano.
Así que, sigamos lo que hace á la paz, y á la edificación de los unos á los otros.
Por tanto, sobrellevaos los unos á los otros, como también Cristo nos sobrellevó, para gloria de Dios.
Y otra vez dice: Alegraos, Gentiles, con su pueblo.
Mas ahora no teniendo más lugar en estas regiones, y deseando ir á vosotros muchos años há,
Que sea librado de los rebeldes que están en Judea, y que la ofrenda de mi servicio á los santos en Jerusalem sea acepta;
Encomiéndoos empero á Febe nuestra hermana, la cual es diaconisa de la iglesia que está en Cencreas:
Gracia y paz de Dios nuestro Padre, y del Señor Jesucristo.
Mas nosotros predicamos á Cristo crucificado, á los Judíos ciertamente tropezadero, y á los Gentiles locura;
Para que ninguna carne se jacte en su presencia.
Mas de él sois vosotros en Cristo Jesús, el cual nos ha sido hecho por Dios sabiduría, y justificación, y santificación, y redención:
Porque ¿quién conoció la mente del Señor? ¿quién le instruyó? Mas nosotros tenemos la mente de Cristo.
Así que, ni el que planta es algo, ni el que riega; sino Dios, que da el crecimiento.
Y si alguno edificare sobre este fundamento oro, plata, piedras preciosas, madera, heno, hojarasca;
Téngannos los hombres por ministros de Cristo, y dispensadores de los misterios de Dios.
Mas algunos están envanecidos, como si nunca hubiese yo de ir á vosotros.
En el nombre del Señor nuestro Jesucristo, juntados vosotros y mi espíritu, con la facultad de nuestro Señor Jesucristo,
Limpiad pues la vieja levadura, para que seáis nueva masa, como sois sin levadura: porque nuestra pascua, que es Cristo, fué sacrificada por nosotros.
¿No sabéis que los injustos no poseerán el reino de Dios? No erréis, que ni los fornicarios, ni los idólatras, ni los adúlteros, ni los afeminados, ni los que se echan con varones,
Y Dios que levantó al Señor, también á nosotros nos levantará con su poder.
Porque comprados sois por precio: glorificad pues á Dios en vuestro cuerpo y en vuestro espíritu, los cuales son de Dios.
¿Es llamado alguno circuncidado? quédese circunciso. ¿Es llamado alguno incircuncidado? que no se circuncide.
La circuncisión nada es, y la incircuncisión nada es; sino la observancia de las mandamientos de Dios.
Porque el que en el Señor es llamado siendo siervo, liberto es del Señor: asimismo también el que es llamado siendo libre, siervo es de Cristo.
Esto empero digo, hermanos, que el tiempo es corto: lo que resta es, que los que tienen mujeres sean como los que no las tienen;
Empero más venturosa será si se quedare así, según mi consejo; y pienso que también yo tengo Espíritu de Dios.
Si á los otros no soy apóstol, á vosotros ciertamente lo soy: porque el sello de mi apostolado sois vosotros en el Señor.
Si otros tienen en vosotros esta potestad, ¿no más bien nosotros? Mas no hemos usado de esta potestad: antes lo sufrimos todo, por no poner ningún obstáculo al evangelio de Cristo.
Por lo cual, si lo hago de voluntad, premio tendré; mas si por fuerza, la dispensación me ha sido encargada.
¿Cuál, pues, es mi merced? Que predicando el evangelio, ponga el evangelio de Cristo de balde, para no usar mal de mi potestad en el evangelio.
Porque no quiero, hermanos, que ignoréis que nuestros padres todos estuvieron bajo la nube, y todos pasaron la mar;
Ni seáis honradores de ídolos, como algunos de ellos; según está escrito: Sentóse el pueblo á comer y á beber, y se levantaron á jugar.
Ni murmuréis, como algunos de ellos murmuraron, y perecieron por el destructor.
Y estas cosas les acontecieron en figura; y son escritas para nuestra admonición, en quienes los fines de los siglos han parado.
Porque del Señor es la tierra y lo que la hinche.
Y si algún infiel os llama, y queréis ir, de todo lo que se os pone delante comed, sin preguntar nada por causa de la conciencia.
Y os alabo, hermanos, que en todo os acordáis de mí, y retenéis las instrucciones mías, de la manera que os enseñé.
Mas toda mujer que ora ó profetiza no cubierta su cabeza, afrenta su cabeza; porque lo mismo es que si se rayese.
Mas ni el varón sin la mujer, ni la mujer sin el varón, en el Señor.
Y habiendo dado gracias, lo partió, y dijo: Tomad, comed: esto es mi cuerpo que por vosotros es partido: haced esto en memoria de mí.
Porque el que come y bebe indignamente, juicio come y bebe para sí, no discerniendo el cuerpo del Señor.
Si alguno tuviere hambre, coma en su casa, porque no os juntéis para juicio. Las demás cosas ordenaré cuando llegare.
Mas ahora Dios ha colocado los miembros cada uno de ellos en el cuerpo, como quiso.
Mas ahora muchos miembros son á la verdad, empero un cuerpo.
¿Tienen todos dones de sanidad? ¿hablan todos lenguas? ¿interpretan todos?
Porque Dios no es Dios de disensión, sino de paz; como en todas las iglesias de los santos.
Así que, hermanos, procurad profetizar; y no impidáis el hablar lenguas.
Luego el fin; cuando entregará el reino á Dios y al Padre, cuando habrá quitado todo imperio, y toda potencia y potestad.
Y el postrer enemigo que será deshecho, será la muerte.
Así también es la resurrección de los muertos. Se siembra en corrupción, se levantará en incorrupción;
Mas lo espiritual no es primero, sino lo animal; luego lo espiritual.
Porque no os quiero ahora ver de paso; porque espero estar con vosotros algún tiempo, si el Señor lo permitiere.
Velad, estad firmes en la fe; portaos varonilmente, y esforzaos.
Os saludan todos los hermanos. Saludaos los unos á los otros con ósculo santo.
Porque nuestra gloria es esta: el testimonio de nuestra conciencia, que con simplicidad y sinceridad de Dios, no con sabiduría carnal, mas con la gracia de Dios, hemos conversado en el mundo, y muy más con vosotros.
Antes, Dios fiel sabe que nuestra palabra para con vosotros no es Sí y No.
Mas yo llamo á Dios por testigo sobre mi alma, que por ser indulgente con vosotros no he pasado todavía á Corinto.
Cuando vine á Troas para el evangelio de Cristo, aunque me fué abierta puerta en el Señor,
Nuestras letras sois vosotros, escritas en nuestros corazones, sabidas y leídas de todos los hombres;
Por lo cual teniendo nosotros esta administración según la misericordia que hemos alcanzado, no desmayamos;
En los cuales el dios de este siglo cegó los entendimientos de los incrédulos, para que no les resplandezca la lumbre del evangelio de la gloria de Cristo, el cual es la imagen de Dios.
Tenemos empero este tesoro en vasos de barro, para que la alteza del poder sea de Dios, y no de nosotros:
Perseguidos, mas no desamparados; abatidos, mas no perecemos;
Porque nosotros que vivimos, siempre estamos entregados á muerte por Jesús, para que también la vida de Jesús sea manifestada en nuestra carne mortal.
Porque lo que al presente es momentáneo y leve de nuestra tribulación, nos obra un sobremanera alto y eterno peso de gloria;
Y todo esto es de Dios, el cual nos reconcilió á sí por Cristo; y nos dió el ministerio de la reconciliación.
Así que, somos embajadores en nombre de Cristo, como si Dios rogase por medio nuestro; os rogamos en nombre de Cristo: Reconciliaos con Dios.
Mas Dios, que consuela á los humildes, nos consoló con la venida de Tito:
Por tanto, tomamos consolación de vuestra consolación: empero mucho más nos gozamos por el gozo de Tito, que haya sido recreado su espíritu de todos vosotros.
De manera que exhortamos á Tito, que como comenzó antes, así también acabe esta gracia entre vosotros también.
Por tanto, como en todo abundáis, en fe, y en palabra, y en ciencia, y en toda solicitud, y en vuestro amor para con nosotros, que también abundéis en esta gracia.
No hablo como quien manda, sino para poner á prueba, por la eficacia de otros, la sinceridad también de la caridad vuestra.
Y en esto doy mi consejo; porque esto os conviene á vosotros, que comenzasteis antes, no sólo á hacerlo, mas aun á quererlo desde el año pasado.
Sino para que en este tiempo, con igualdad, vuestra abundancia supla la falta de ellos, para que también la abundancia de ellos supla vuestra falta, porque haya igualdad;
Pues á la verdad recibió la exhortación; mas estando también muy solícito, de su voluntad partió para vosotros.
Y no sólo esto, mas también fué ordenado por las iglesias el compañero de nuestra peregrinación para llevar esta gracia, que es administrada de nosotros para gloria del mismo Señor, y para demostrar vuestro pronto ánimo:
Evitando que nadie nos vitupere en esta abundancia que ministramos;
Procurando las cosas honestas, no sólo delante del Señor, mas aun delante de los hombres.
Enviamos también con ellos á nuestro hermano, al cual muchas veces hemos experimentado diligente, mas ahora mucho más con la mucha confianza que tiene en vosotros.
No sea que, si vinieren conmigo Macedonios, y os hallaren desapercibidos, nos avergoncemos nosotros, por no decir vosotros, de este firme gloriarnos.
Como está escrito: Derramó, dió á los pobres; su justicia permanece para siempre.
Porque aunque me gloríe aún un poco de nuestra potestad (la cual el Señor nos dió para edificación y no para vuestra destrucción), no me avergonzaré;
Cierto pienso que en nada he sido inferior á aquellos grandes apóstoles.
Porque toleráis si alguno os pone en servidumbre, si alguno os devora, si alguno toma, si alguno se ensalza, si alguno os hiere en la cara.
¿Son Hebreos? yo también. ¿Son Israelitas? yo también. ¿Son simiente de Abraham? también yo.
Tres veces he sido azotado con varas; una vez apedreado; tres veces he padecido naufragio; una noche y un día he estado en lo profundo de la mar;
En Damasco, el gobernador de la provincia del rey Aretas guardaba la ciudad de los Damascenos para prenderme;
Por lo cual me gozo en las flaquezas, en afrentas, en necesidades, en persecuciones, en angustias por Cristo; porque cuando soy flaco, entonces soy poderoso.
¿Acaso os he engañado por alguno de los que he enviado á vosotros?
Resta, hermanos, que tengáis gozo, seáis perfectos, tengáis consolación, sintáis una misma cosa, tengáis paz; y el Dios de paz y de caridad será con vosotros.
Al cual sea la gloria por siglos de siglos. Amén.
Porque ya habéis oído acerca de mi conducta otro tiempo en el Judaismo, que perseguía sobremanera la iglesia de Dios, y la destruía;
Mas á ningún otro de los apóstoles vi, sino á Jacobo el hermano del Señor.
¡Oh Gálatas insensatos! ¿quién os fascinó, para no obedecer á la verdad, ante cuyos ojos Jesucristo fué ya descrito como crucificado entre vosotros?
¿Tan necios sois? ¿habiendo comenzado por el Espíritu, ahora os perfeccionáis por la carne?
Porque todos los que son de las obras de la ley, están bajo de maldición. Porque escrito está: Maldito todo aquel que no permaneciere en todas las cosas que están escritas en el libro de la ley, para hacerlas.
Cristo nos redimió de la maldición de la ley, hecho por nosotros maldición; (porque está escrito: Maldito cualquiera que es colgado en madero:)
Esto pues digo: Que el contrato confirmado de Dios para con Cristo, la ley que fué hecha cuatrocientos treinta años después, no lo abroga, para invalidar la promesa.
Porque si la herencia es por la ley, ya no es por la promesa: empero Dios por la promesa hizo la donación á Abraham.
También digo: Entre tanto que el heredero es niño, en nada difiere del siervo, aunque es señor de todo;
Así también nosotros, cuando éramos niños, éramos siervos bajo los rudimentos del mundo.
Temo de vosotros, que no haya trabajado en vano en vosotros.
Hermanos, os ruego, sed como yo, porque yo soy como vosotros: ningún agravio me habéis hecho.
Bueno es ser celosos en bien siempre; y no solamente cuando estoy presente con vosotros.
Porque está escrito: Alégrate, estéril, que no pares: prorrumpe y clama, la que no estás de parto; porque más son los hijos de la dejada, que de la que tiene marido.
Y otra vez vuelvo á protestar á todo hombre que se circuncidare, que está obligado á hacer toda la ley.
Mansedumbre, templanza: contra tales cosas no hay ley.
Porque los que son de Cristo, han crucificado la carne con los afectos y concupiscencias.
Porque cada cual llevará su carga.
Y el que es enseñado en la palabra, comunique en todos los bienes al que lo instruye.
Según nos escogió en él antes de la fundación del mundo, para que fuésemos santos y sin mancha delante de él en amor;
Que el Dios del Señor nuestro Jesucristo, el Padre de gloria, os dé espíritu de sabiduría y de revelación para su conocimiento;
En que en otro tiempo anduvisteis conforme á la condición de este mundo, conforme al príncipe de la potestad del aire, el espíritu que ahora obra en los hijos de desobediencia:
Y juntamente nos resucitó, y asimismo nos hizo sentar en los cielos con Cristo Jesús,
Porque por gracia sois salvos por la fe; y esto no de vosotros, pues es don de Dios:
No por obras, para que nadie se gloríe.
Porque somos hechura suya, criados en Cristo Jesús para buenas obras, las cuales Dios preparó para que anduviésemos en ellas.
Que los Gentiles sean juntamente herederos, é incorporados, y consortes de su promesa en Cristo por el evangelio:
Hasta que todos lleguemos á la unidad de la fe y del conocimiento del Hijo de Dios, á un varón perfecto, á la medida de la edad de la plenitud de Cristo:
Que ya no seamos niños fluctuantes, y llevados por doquiera de todo viento de doctrina, por estratagema de hombres que, para engañar, emplean con astucia los artificios del error:
Antes siguiendo la verdad en amor, crezcamos en todas cosas en aquel que es la cabeza, á saber, Cristo;
Y no contristéis al Espíritu Santo de Dios, con el cual estáis sellados para el día de la redención.
No seáis pues aparceros con ellos;
Por tanto, tomad toda la armadura de Dios, para que podáis resistir en el día malo, y estar firmes, habiendo acabado todo.
Pero los otros por amor, sabiendo que soy puesto por la defensa del evangelio.
Porque de ambas cosas estoy puesto en estrecho, teniendo deseo de ser desatado, y estar con Cristo, lo cual es mucho mejor:
No mirando cada uno á lo suyo propio, sino cada cual también á lo de los otros.
Haya, pues, en vosotros este sentir que hubo también en Cristo Jesús:
El cual, siendo en forma de Dios, no tuvo por usurpación ser igual á Dios:
Así que á éste espero enviaros, luego que yo viere cómo van mis negocios;
Aunque yo tengo también de qué confiar en la carne. Si alguno parece que tiene de qué confiar en la carne, yo más:
Así que, todos los que somos perfectos, esto mismo sintamos: y si otra cosa sentís, esto también os revelará Dios.
Hermanos, sed imitadores de mí, y mirad los que así anduvieren como nos tenéis por ejemplo.
Todo lo puedo en Cristo que me fortalece.
El cual también nos ha declarado vuestro amor en el Espíritu.
Que ahora me gozo en lo que padezco por vosotros, y cumplo en mi carne lo que falta de las aflicciones de Cristo por su cuerpo, que es la iglesia;
De la cual soy hecho ministro, según la dispensación de Dios que me fué dada en orden á vosotros, para que cumpla la palabra de Dios;
Arraigados y sobreedificados en él, y confirmados en la fe, así como habéis aprendido, creciendo en ella con hacimiento de gracias.
Por tanto, nadie os juzgue en comida, ó en bebida, ó en parte de día de fiesta, ó de nueva luna, ó de sábados:
Tales como, No manejes, ni gustes, ni aun toques,
Tales cosas tienen á la verdad cierta reputación de sabiduría en culto voluntario, y humildad, y en duro trato del cuerpo; no en alguna honra para el saciar de la carne.
Amortiguad, pues, vuestros miembros que están sobre la tierra: fornicación, inmundicia, molicie, mala concupiscencia, y avaricia, que es idolatría:
Y Jesús, el que se llama Justo; los cuales son de la circuncisión: éstos solos son los que me ayudan en el reino de Dios, y me han sido consuelo.
Y cuando esta carta fuere leída entre vosotros, haced que también sea leída en la iglesia de los Laodicenses; y la de Laodicea que la leáis también vosotros.
Sino según fuimos aprobados de Dios para que se nos encargase el evangelio, así hablamos; no como los que agradan á los hombres, sino á Dios, el cual prueba nuestros corazones.
En ello, hermanos, recibimos consolación de vosotros en toda nuestra necesidad y aflicción por causa de vuestra fe:
Porque ahora vivimos, si vosotros estáis firmes en el Señor.
Por lo cual, os decimos esto en palabra del Señor: que nosotros que vivimos, que habremos quedado hasta la venida del Señor, no seremos delanteros á los que durmieron.
Porque el mismo Señor con aclamación, con voz de arcángel, y con trompeta de Dios, descenderá del cielo; y los muertos en Cristo resucitarán primero:
Mas nosotros, que somos del día, estemos sobrios, vestidos de cota de fe y de caridad, y la esperanza de salud por yelmo.
Y os rogamos, hermanos, que reconozcáis á los que trabajan entre vosotros, y os presiden en el Señor, y os amonestan:
Y el Dios de paz os santifique en todo; para que vuestro espíritu y alma y cuerpo sea guardado entero sin reprensión para la venida de nuestro Señor Jesucristo.
Conjúroos por el Señor, que esta carta sea leída á todos los santos hermanos.
Porque es justo para con Dios pagar con tribulación á los que os atribulan.
Empero os rogamos, hermanos, cuanto á la venida de nuestro Señor Jesucristo, y nuestro recogimiento á él,
¿No os acordáis que cuando estaba todavía con vosotros, os decía esto?
Y el mismo Señor nuestro Jesucristo, y Dios y Padre nuestro, el cual nos amó, y nos dió consolación eterna, y buena esperanza por gracia,
Ni comimos el pan de ninguno de balde; antes, obrando con trabajo y fatiga de noche y de día, por no ser gravosos á ninguno de vosotros;
No porque no tuviésemos potestad, sino por daros en nosotros un dechado, para que nos imitaseis.
Y vosotros, hermanos, no os canséis de hacer bien.
Mas no lo tengáis como á enemigo, sino amonestadle como á hermano.
De lo cual distrayéndose algunos, se apartaron á vanas pláticas;
Conociendo esto, que la ley no es puesta para el justo, sino para los injustos y para los desobedientes, para los impíos y pecadores, para los malos y profanos, para los parricidas y matricidas, para los homicidas,
Mas la gracia de nuestro Señor fué más abundante con la fe y amor que es en Cristo Jesús.
Mas por esto fuí recibido á misericordia, para que Jesucristo mostrase en mí el primero toda su clemencia, para ejemplo de los que habían de creer en él para vida eterna.
Por los reyes y por todos los que están en eminencia, para que vivamos quieta y reposadamente en toda piedad y honestidad.
De lo que yo soy puesto por predicador y apóstol, (digo verdad en Cristo, no miento) doctor de los Gentiles en fidelidad y verdad.
Que gobierne bien su casa, que tenga sus hijos en sujeción con toda honestidad;
No un neófito, porque inflándose no caiga en juicio del diablo.
Pero viudas más jóvenes no admitas: porque después de hacerse licenciosas contra Cristo, quieren casarse.
Los ancianos que gobiernan bien, sean tenidos por dignos de doblada honra; mayormente los que trabajan en predicar y enseñar.
Te requiero delante de Dios y del Señor Jesucristo, y de sus ángeles escogidos, que guardes estas cosas sin perjuicio de nadie, que nada hagas inclinándote á la una parte.
Porque nada hemos traído á este mundo, y sin duda nada podremos sacar.
Porque los que quieren enriquecerse, caen en tentación y lazo, y en muchas codicias locas y dañosas, que hunden á los hombres en perdición y muerte.
Doy gracias á Dios, al cual sirvo desde mis mayores con limpia conciencia, de que sin cesar tengo memoria de ti en mis oraciones noche y día;
Retén la forma de las sanas palabras que de mí oíste, en la fe y amor que es en Cristo Jesús.
Guarda el buen depósito por el Espíritu Santo que habita en nosotros.
Pues tú, hijo mío, esfuérzate en la gracia que es en Cristo Jesús.
Persecuciones, aflicciones, cuales me sobrevinieron en Antioquía, en Iconio, en Listra, cuales persecuciones he sufrido; y de todas me ha librado el Señor.
Procura venir presto á mí:
El Señor Jesucristo sea con tu espíritu. La gracia sea con vosotros. Amén.
Para la esperanza de la vida eterna, la cual Dios, que no puede mentir, prometió antes de los tiempos de los siglos,
Sino hospedador, amador de lo bueno, templado, justo, santo, continente;
A ser templadas, castas, que tengan cuidado de la casa, buenas, sujetas á sus maridos; porque la palabra de Dios no sea blasfemada.
No defraudando, antes mostrando toda buena lealtad, para que adornen en todo la doctrina de nuestro Salvador Dios.
Amonéstales que se sujeten á los príncipes y potestades, que obedezcan, que estén prontos á toda buena obra.
Gracia á vosotros y paz de Dios nuestro Padre, y del Señor Jesucristo.
No ya como siervo, antes más que siervo, como hermano amado, mayormente de mí, pero cuánto más de ti, en la carne y en el Señor.
Te he escrito confiando en tu obediencia, sabiendo que aun harás más de lo que digo.
Te saludan Epafras, mi compañero en la prisión por Cristo Jesús,
Dios, habiendo hablado muchas veces y en muchas maneras en otro tiempo á los padres por los profetas,
Y otra vez, cuando introduce al Primogénito en la tierra, dice: Y adórenle todos los ángeles de Dios.
Tú le hiciste un poco menor que los ángeles, coronástele de gloria y de honra, y pusístele sobre las obras de tus manos;
Por tanto, hermanos santos, participantes de la vocación celestial, considerad al Apóstol y Pontífice de nuestra profesión, Cristo Jesús;
Entre tanto que se dice: Si oyereis hoy su voz, no endurezcáis vuestros corazones, como en la provocación.
Porque en un cierto lugar dijo así del séptimo día: Y reposó Dios de todas sus obras en el séptimo día.
Porque todo pontífice, tomado de entre los hombres, es constituído á favor de los hombres en lo que á Dios toca, para que ofrezca presentes y sacrificios por los pecados:
Mas la vianda firme es para los perfectos, para los que por la costumbre tienen los sentidos ejercitados en el discernimiento del bien y del mal.
Porque Dios no es injusto para olvidar vuestra obra y el trabajo de amor que habéis mostrado á su nombre, habiendo asistido y asistiendo aún á los santos.
Que no os hagáis perezosos, mas imitadores de aquellos que por la fe y la paciencia heredan las promesas.
El mandamiento precedente, cierto se abroga por su flaqueza é inutilidad;
Y los otros cierto fueron muchos sacerdotes, en cuanto por la muerte no podían permanecer.
Porque reprendiéndolos dice: He aquí vienen días, dice el Señor, y consumaré para con la casa de Israel y para con la casa de Judá un nuevo pacto;
Tenía empero también el primer pacto reglamentos del culto, y santuario mundano.
Tras el segundo velo estaba el tabernáculo, que llaman el Lugar Santísimo;
Y sobre ella los querubines de gloria que cubrían el propiciatorio; de las cuales cosas no se puede ahora hablar en particular.
Dando en esto á entender el Espíritu Santo, que aun no estaba descubierto el camino para el santuario, entre tanto que el primer tabernáculo estuviese en pie.
Empero en estos sacrificios cada año se hace conmemoración de los pecados.
Diciendo arriba: Sacrificio y presente, y holocaustos y expiaciones por el pecado no quisiste, ni te agradaron, (las cuales cosas se ofrecen según la ley,)
Entonces dijo: Heme aquí para que haga, oh Dios, tu voluntad. Quita lo primero, para establecer lo postrero.
Así que, hermanos, teniendo libertad para entrar en el santuario por la sangre de Jesucristo,
Y considerémonos los unos á los otros para provocarnos al amor y á las buenas obras;
Sabemos quién es el que dijo: Mía es la venganza, yo daré el pago, dice el Señor. Y otra vez: El Señor juzgará su pueblo.
Horrenda cosa es caer en las manos del Dios vivo.
Porque los que esto dicen, claramente dan á entender que buscan una patria.
Escogiendo antes ser afligido con el pueblo de Dios, que gozar de comodidades temporales de pecado.
¿Y qué más digo? porque el tiempo me faltará contando de Gedeón, de Barac, de Samsón, de Jephté, de David, de Samuel, y de los profetas:
Que por fe ganaron reinos, obraron justicia, alcanzaron promesas, taparon las bocas de leones,
Reducid pues á vuestro pensamiento á aquel que sufrió tal contradicción de pecadores contra sí mismo, porque no os fatiguéis en vuestros ánimos desmayando.
Y á la congregación de los primogénitos que están alistados en los cielos, y á Dios el Juez de todos, y á los espíritus de los justos hechos perfectos,
Mirad que no desechéis al que habla. Porque si aquellos no escaparon que desecharon al que hablaba en la tierra, mucho menos nosotros, si desecháramos al que habla de los cielos.
El hombre de doblado ánimo es inconstante en todos sus caminos.
Bienaventurado el varón que sufre la tentación; porque cuando fuere probado, recibirá la corona de vida, que Dios ha prometido á los que le aman.
Mas el que hubiere mirado atentamente en la perfecta ley, que es la de la libertad, y perseverado en ella, no siendo oidor olvidadizo, sino hacedor de la obra, este tal será bienaventurado en su hecho.
Así también la fe, si no tuviere obras, es muerta en sí misma.
Pero alguno dirá: Tú tienes fe, y yo tengo obras: muéstrame tu fe sin tus obras, y yo te mostraré mi fe por mis obras.
¿No ves que la fe obró con sus obras, y que la fe fué perfecta por las obras?
Asimismo también Rahab la ramera, ¿no fué justificada por obras, cuando recibió los mensajeros, y los echó fuera por otro camino?
Porque como el cuerpo sin espíritu está muerto, así también la fe sin obras es muerta.
Mirad también las naves: aunque tan grandes, y llevadas de impetuosos vientos, son gobernadas con un muy pequeño timón por donde quisiere el que las gobierna.
De una misma boca proceden bendición y maldición. Hermanos míos, no conviene que estas cosas sean así hechas.
¿Echa alguna fuente por una misma abertura agua dulce y amarga?
¿Quién es sabio y avisado entre vosotros? muestre por buena conversación sus obras en mansedumbre de sabiduría.
Adúlteros y adúlteras, ¿no sabéis que la amistad del mundo es enemistad con Dios? Cualquiera pues que quisiere ser amigo del mundo, se constituye enemigo de Dios.
Mas ahora os jactáis en vuestras soberbias. Toda jactancia semejante es mala.
He aquí, tenemos por bienaventurados á los que sufren. Habéis oído la paciencia de Job, y habéis visto el fin del Señor, que el Señor es muy misericordioso y piadoso.
¿Está alguno entre vosotros afligido? haga oración. ¿Está alguno alegre? cante salmos.
¿Está alguno enfermo entre vosotros? llame á los ancianos de la iglesia, y oren por él, ungiéndole con aceite en el nombre del Señor.
Confesaos vuestras faltas unos á otros, y rogad los unos por los otros, para que seáis sanos; la oración del justo, obrando eficazmente, puede mucho.
Mas la palabra del Señor permanece perpetuamente. Y esta es la palabra que por el evangelio os ha sido anunciada.
Ella es pues honor á vosotros que creéis: mas para los desobedientes, la piedra que los edificadores reprobaron, ésta fué hecha la cabeza del ángulo;
Porque esta es la voluntad de Dios; que haciendo bien, hagáis callar la ignorancia de los hombres vanos:
Siervos, sed sujetos con todo temor á vuestros amos; no solamente á los buenos y humanos, sino también á los rigurosos.
El cual mismo llevó nuestros pecados en su cuerpo sobre el madero, para que nosotros siendo muertos á los pecados, vivamos á la justicia: por la herida del cual habéis sido sanados.
Porque los ojos del Señor están sobre los justos, y sus oídos atentos á sus oraciones: pero el rostro del Señor está sobre aquellos que hacen mal.
Porque mejor es que padezcáis haciendo bien, si la voluntad de Dios así lo quiere, que haciendo mal.
Y si el justo con dificultad se salva, ¿á dónde aparecerá el infiel y el pecador?
Ruego á los ancianos que están entre vosotros, yo anciano también con ellos, y testigo de las aflicciones de Cristo, que soy también participante de la gloria que ha de ser revelada:
Echando toda vuestra solicitud en él, porque él tiene cuidado de vosotros.
Por lo cual, hermanos, procurad tanto más de hacer firme vuestra vocación y elección; porque haciendo estas cosas, no caeréis jamás.
Y si no perdonó al mundo viejo, mas guardó á Noé, pregonero de justicia, con otras siete personas, trayendo el diluvio sobre el mundo de malvados;
Sabe el Señor librar de tentación á los píos, y reservar á los injustos para ser atormentados en el día del juicio;
Como quiera que los mismos ángeles, que son mayores en fuerza y en potencia, no pronuncian juicio de maldición contra ellas delante del Señor.
Y fué reprendido por su iniquidad: una muda bestia de carga, hablando en voz de hombre, refrenó la locura del profeta.
Ciertamente, si habiéndose ellos apartado de las contaminaciones del mundo, por el conocimiento del Señor y Salvador Jesucristo, y otra vez envolviéndose en ellas, son vencidos, sus postrimerías les son hechas peores que los principios.
Por lo cual el mundo de entonces pereció anegado en agua:
Mas, oh amados, no ignoréis esta una cosa: que un día delante del Señor es como mil años y mil años como un día.
El Señor no tarda su promesa, como algunos la tienen por tardanza; sino que es paciente para con nosotros, no queriendo que ninguno perezca, sino que todos procedan al arrepentimiento.
Bien que esperamos cielos nuevos y tierra nueva, según sus promesas, en los cuales mora la justicia.
Mas si andamos en luz, como él está en luz, tenemos comunión entre nosotros, y la sangre de Jesucristo su Hijo nos limpia de todo pecado.
Hijitos míos, estas cosas os escribo, para que no pequéis; y si alguno hubiere pecado, abogado tenemos para con el Padre, á Jesucristo el justo;
El que dice que está en luz, y aborrece á su hermano, el tal aun está en tinieblas todavía.
Mas el que aborrece á su hermano, está en tinieblas, y anda en tinieblas, y no sabe á donde va; porque las tinieblas le han cegado los ojos.
Os escribo á vosotros, padres, porque habéis conocido á aquel que es desde el principio. Os escribo á vosotros, mancebos, porque habéis vencido al maligno. Os escribo á vosotros, hijitos, porque habéis conocido al Padre.
Mas vosotros tenéis la unción del Santo, y conocéis todas las cosas.
Mirad cuál amor nos ha dado el Padre, que seamos llamados hijos de Dios: por esto el mundo no nos conoce, porque no le conoce á él.
Y cualquiera que tiene esta esperanza en él, se purifica, como él también es limpio.
Y éste es su mandamiento: Que creamos en el nombre de su Hijo Jesucristo, y nos amemos unos á otros como nos lo ha mandado.
Amados, no creáis á todo espíritu, sino probad los espíritus si son de Dios: porque muchos falsos profetas son salidos en el mundo.
Toda maldad es pecado; mas hay pecado no de muerte.
Amado, yo deseo que tú seas prosperado en todas cosas, y que tengas salud, así como tu alma está en prosperidad.
No tengo yo mayor gozo que éste, el oir que mis hijos andan en la verdad.
Los cuales han dado testimonio de tu amor en presencia de la iglesia: á los cuales si ayudares como conviene según Dios, harás bien.
Pero cuando el arcángel Miguel contendía con el diablo, disputando sobre el cuerpo de Moisés, no se atrevió á usar de juicio de maldición contra él, sino que dijo: El Señor te reprenda.
Al Dios solo sabio, nuestro Salvador, sea gloria y magnificencia, imperio y potencia, ahora y en todos los siglos. Amén.
Y el que vivo, y he sido muerto; y he aquí que vivo por siglos de siglos, Amén. Y tengo las llaves del infierno y de la muerte:
Pero tengo contra ti que has dejado tu primer amor.
Y le he dado tiempo para que se arrepienta de la fornicación; y no se ha arrepentido.
Empero la que tenéis, tenedla hasta que yo venga.
El que venciere, será vestido de vestiduras blancas; y no borraré su nombre del libro de la vida, y confesaré su nombre delante de mi Padre, y delante de sus ángeles.
Mas porque eres tibio, y no frío ni caliente, te vomitaré de mi boca.
He aquí, yo estoy á la puerta y llamo: si alguno oyere mi voz y abriere la puerta, entraré á él, y cenaré con él, y él conmigo.
Al que venciere, yo le daré que se siente conmigo en mi trono; así como yo he vencido, y me he sentado con mi Padre en su trono.
Y cantaban un nuevo cántico, diciendo: Digno eres de tomar el libro, y de abrir sus sellos; porque tú fuiste inmolado, y nos has redimido para Dios con tu sangre, de todo linaje y lengua y pueblo y nación;
Y cuando él abrió el quinto sello, vi debajo del altar las almas de los que habían sido muertos por la palabra de Dios y por el testimonio que ellos tenían.
Y después de estas cosas vi cuatro ángeles que estaban sobre los cuatro ángulos de la tierra, deteniendo los cuatro vientos de la tierra, para que no soplase viento sobre la tierra, ni sobre la mar, ni sobre ningún árbol.
Y vi otro ángel que subía del nacimiento del sol, teniendo el sello del Dios vivo: y clamó con gran voz á los cuatro ángeles, á los cuales era dado hacer daño á la tierra y á la mar,
Y oí el número de los señalados: ciento cuarenta y cuatro mil señalados de todas las tribus de los hijos de Israel.
Por esto están delante del trono de Dios, y le sirven día y noche en su templo: y el que está sentado en el trono tenderá su pabellón sobre ellos.
Y el humo del incienso subió de la mano del ángel delante de Dios, con las oraciones de los santos.
Y tienen sobre sí por rey al ángel del abismo, cuyo nombre en hebraico es Abaddon, y en griego, Apollyon.
Diciendo al sexto ángel que tenía la trompeta: Desata los cuatro ángeles que están atados en el gran río Eufrates.
Y el número del ejército de los de á caballo era doscientos millones. Y oí el número de ellos.
Porque su poder está en su boca y en sus colas: porque sus colas eran semejantes á serpientes, y tenían cabezas, y con ellas dañan.
Y cuando los siete truenos hubieron hablado sus voces, yo iba á escribir, y oí una voz del cielo que me decía: Sella las cosas que los siete truenos han hablado, y no las escribas.
Y la voz que oí del cielo hablaba otra vez conmigo, y decía: Ve, y toma el librito abierto de la mano del ángel que está sobre el mar y sobre la tierra.
Y echa fuera el patio que está fuera del templo, y no lo midas, porque es dado á los Gentiles; y hollarán la ciudad santa cuarenta y dos meses.
Y los moradores de la tierra se gozarán sobre ellos, y se alegrarán, y se enviarán dones los unos á los otros; porque estos dos profetas han atormentado á los que moran sobre la tierra.
Y la mujer huyó al desierto, donde tiene lugar aparejado de Dios, para que allí la mantengan mil doscientos y sesenta días.
Y fué hecha una grande batalla en el cielo: Miguel y sus ángeles lidiaban contra el dragón; y lidiaba el dragón y sus ángeles,
Y no prevalecieron, ni su lugar fué más hallado en el cielo.
Y fué lanzado fuera aquel gran dragón, la serpiente antigua, que se llama Diablo y Satanás, el cual engaña á todo el mundo; fué arrojado en tierra, y sus ángeles fueron arrojados con él.
Por lo cual alegraos, cielos, y los que moráis en ellos. ¡Ay de los moradores de la tierra y del mar! porque el diablo ha descendido á vosotros, teniendo grande ira, sabiendo que tiene poco tiempo.
Si alguno tiene oído, oiga.
Diciendo en alta voz: Temed á Dios, y dadle honra; porque la hora de su juicio es venida; y adorad á aquel que ha hecho el cielo y la tierra y el mar y las fuentes de las aguas.
Y otro ángel le siguió, diciendo: Ha caído, ha caído Babilonia, aquella grande ciudad, porque ella ha dado á beber á todas las naciones del vino del furor de su fornicación.
Y el sexto ángel derramó su copa sobre el gran río Eufrates; y el agua de él se secó, para que fuese preparado el camino de los reyes del Oriente.
Porque son espíritus de demonios, que hacen señales, para ir á los reyes de la tierra y de todo el mundo, para congregarlos para la batalla de aquel gran día del Dios Todopoderoso.
Y vino uno de los siete ángeles que tenían las siete copas, y habló conmigo, diciéndome: Ven acá, y te mostraré la condenación de la grande ramera, la cual está sentada sobre muchas aguas:
Y la bestia que era, y no es, es también el octavo, y es de los siete, y va á perdición.
Y la mujer que has visto, es la grande ciudad que tiene reino sobre los reyes de la tierra.
Porque todas las gentes han bebido del vino del furor de su fornicación; y los reyes de la tierra han fornicado con ella, y los mercaderes de la tierra se han enriquecido de la potencia de sus deleites.
Y salió una voz del trono, que decía: Load á nuestro Dios todos sus siervos, y los que le teméis, así pequeños como grandes.
Y le fué dado que se vista de lino fino, limpio y brillante: porque el lino fino son las justificaciones de los santos.
Y él me dice: Escribe: Bienaventurados los que son llamados á la cena del Cordero. Y me dijo: Estas palabras de Dios son verdaderas.
Y vi un ángel que estaba en el sol, y clamó con gran voz, diciendo á todas las aves que volaban por medio del cielo: Venid, y congregaos á la cena del gran Dios,
Mas los otros muertos no tornaron á vivir hasta que sean cumplidos mil años. Esta es la primera resurrección.
Teniendo la claridad de Dios: y su luz era semejante á una piedra preciosísima, como piedra de jaspe, resplandeciente como cristal.
Y el que hablaba conmigo, tenía una medida de una caña de oro para medir la ciudad, y sus puertas, y su muro.
Y las doce puertas eran doce perlas, en cada una, una; cada puerta era de una perla. Y la plaza de la ciudad era de oro puro como vidrio trasparente.
Y he aquí, yo vengo presto, y mi galardón conmigo, para recompensar á cada uno según fuere su obra.
Y si alguno quitare de las palabras del libro de esta profecía, Dios quitará su parte del libro de la vida, y de la santa ciudad, y de las cosas que están escritas en este libro.
La gracia de nuestro Señor Jesucristo sea con todos vosotros. Amén.
