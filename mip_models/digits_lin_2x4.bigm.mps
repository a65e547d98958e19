* Source:     Pyomo MPS Writer
* Format:     Free MPS
*
NAME digits_lin_2x4
OBJSENSE
 MIN
ROWS
 N  obj
 L  c_u_upper(0_0)_
 L  c_u_upper(0_1)_
 L  c_u_upper(0_2)_
 L  c_u_upper(0_3)_
 L  c_u_upper(0_4)_
 L  c_u_upper(0_5)_
 L  c_u_upper(0_6)_
 L  c_u_upper(0_7)_
 L  c_u_upper(0_8)_
 L  c_u_upper(0_9)_
 L  c_u_upper(0_10)_
 L  c_u_upper(0_11)_
 L  c_u_upper(0_12)_
 L  c_u_upper(0_13)_
 L  c_u_upper(0_14)_
 L  c_u_upper(0_15)_
 L  c_u_upper(0_16)_
 L  c_u_upper(0_17)_
 L  c_u_upper(0_18)_
 L  c_u_upper(0_19)_
 L  c_u_upper(0_20)_
 L  c_u_upper(0_21)_
 L  c_u_upper(0_22)_
 L  c_u_upper(0_23)_
 L  c_u_upper(0_24)_
 L  c_u_upper(0_25)_
 L  c_u_upper(0_26)_
 L  c_u_upper(0_27)_
 L  c_u_upper(0_28)_
 L  c_u_upper(0_29)_
 L  c_u_upper(0_30)_
 L  c_u_upper(0_31)_
 L  c_u_upper(0_32)_
 L  c_u_upper(0_33)_
 L  c_u_upper(0_34)_
 L  c_u_upper(0_35)_
 L  c_u_upper(0_36)_
 L  c_u_upper(0_37)_
 L  c_u_upper(0_38)_
 L  c_u_upper(0_39)_
 L  c_u_upper(0_80)_
 L  c_u_upper(0_81)_
 L  c_u_upper(0_82)_
 L  c_u_upper(0_83)_
 L  c_u_upper(0_84)_
 L  c_u_upper(0_85)_
 L  c_u_upper(0_86)_
 L  c_u_upper(0_87)_
 L  c_u_upper(0_88)_
 L  c_u_upper(0_89)_
 L  c_u_upper(0_90)_
 L  c_u_upper(0_91)_
 L  c_u_upper(0_92)_
 L  c_u_upper(0_93)_
 L  c_u_upper(0_94)_
 L  c_u_upper(0_95)_
 L  c_u_upper(0_96)_
 L  c_u_upper(0_97)_
 L  c_u_upper(0_98)_
 L  c_u_upper(0_99)_
 L  c_u_upper(0_100)_
 L  c_u_upper(0_101)_
 L  c_u_upper(0_102)_
 L  c_u_upper(0_103)_
 L  c_u_upper(0_104)_
 L  c_u_upper(0_105)_
 L  c_u_upper(0_106)_
 L  c_u_upper(0_107)_
 L  c_u_upper(0_108)_
 L  c_u_upper(0_109)_
 L  c_u_upper(0_110)_
 L  c_u_upper(0_111)_
 L  c_u_upper(0_112)_
 L  c_u_upper(0_113)_
 L  c_u_upper(0_114)_
 L  c_u_upper(0_115)_
 L  c_u_upper(0_116)_
 L  c_u_upper(0_117)_
 L  c_u_upper(0_118)_
 L  c_u_upper(0_119)_
 L  c_u_upper(1_40)_
 L  c_u_upper(1_41)_
 L  c_u_upper(1_42)_
 L  c_u_upper(1_43)_
 L  c_u_upper(1_44)_
 L  c_u_upper(1_45)_
 L  c_u_upper(1_46)_
 L  c_u_upper(1_47)_
 L  c_u_upper(1_48)_
 L  c_u_upper(1_49)_
 L  c_u_upper(1_50)_
 L  c_u_upper(1_51)_
 L  c_u_upper(1_52)_
 L  c_u_upper(1_53)_
 L  c_u_upper(1_54)_
 L  c_u_upper(1_55)_
 L  c_u_upper(1_56)_
 L  c_u_upper(1_57)_
 L  c_u_upper(1_58)_
 L  c_u_upper(1_59)_
 L  c_u_upper(1_60)_
 L  c_u_upper(1_61)_
 L  c_u_upper(1_62)_
 L  c_u_upper(1_63)_
 L  c_u_upper(1_64)_
 L  c_u_upper(1_65)_
 L  c_u_upper(1_66)_
 L  c_u_upper(1_67)_
 L  c_u_upper(1_68)_
 L  c_u_upper(1_69)_
 L  c_u_upper(1_70)_
 L  c_u_upper(1_71)_
 L  c_u_upper(1_72)_
 L  c_u_upper(1_73)_
 L  c_u_upper(1_74)_
 L  c_u_upper(1_75)_
 L  c_u_upper(1_76)_
 L  c_u_upper(1_77)_
 L  c_u_upper(1_78)_
 L  c_u_upper(1_79)_
 L  c_u_upper(1_120)_
 L  c_u_upper(1_121)_
 L  c_u_upper(1_122)_
 L  c_u_upper(1_123)_
 L  c_u_upper(1_124)_
 L  c_u_upper(1_125)_
 L  c_u_upper(1_126)_
 L  c_u_upper(1_127)_
 L  c_u_upper(1_128)_
 L  c_u_upper(1_129)_
 L  c_u_upper(1_130)_
 L  c_u_upper(1_131)_
 L  c_u_upper(1_132)_
 L  c_u_upper(1_133)_
 L  c_u_upper(1_134)_
 L  c_u_upper(1_135)_
 L  c_u_upper(1_136)_
 L  c_u_upper(1_137)_
 L  c_u_upper(1_138)_
 L  c_u_upper(1_139)_
 L  c_u_upper(1_140)_
 L  c_u_upper(1_141)_
 L  c_u_upper(1_142)_
 L  c_u_upper(1_143)_
 L  c_u_upper(1_144)_
 L  c_u_upper(1_145)_
 L  c_u_upper(1_146)_
 L  c_u_upper(1_147)_
 L  c_u_upper(1_148)_
 L  c_u_upper(1_149)_
 L  c_u_upper(1_150)_
 L  c_u_upper(1_151)_
 L  c_u_upper(1_152)_
 L  c_u_upper(1_153)_
 L  c_u_upper(1_154)_
 L  c_u_upper(1_155)_
 L  c_u_upper(1_156)_
 L  c_u_upper(1_157)_
 L  c_u_upper(1_158)_
 L  c_u_upper(1_159)_
 L  c_u_upper(2_160)_
 L  c_u_upper(2_161)_
 L  c_u_upper(2_162)_
 L  c_u_upper(2_163)_
 L  c_u_upper(2_164)_
 L  c_u_upper(2_165)_
 L  c_u_upper(2_166)_
 L  c_u_upper(2_167)_
 L  c_u_upper(2_168)_
 L  c_u_upper(2_169)_
 L  c_u_upper(2_170)_
 L  c_u_upper(2_171)_
 L  c_u_upper(2_172)_
 L  c_u_upper(2_173)_
 L  c_u_upper(2_174)_
 L  c_u_upper(2_175)_
 L  c_u_upper(2_176)_
 L  c_u_upper(2_177)_
 L  c_u_upper(2_178)_
 L  c_u_upper(2_179)_
 L  c_u_upper(2_180)_
 L  c_u_upper(2_181)_
 L  c_u_upper(2_182)_
 L  c_u_upper(2_183)_
 L  c_u_upper(2_184)_
 L  c_u_upper(2_185)_
 L  c_u_upper(2_186)_
 L  c_u_upper(2_187)_
 L  c_u_upper(2_188)_
 L  c_u_upper(2_189)_
 L  c_u_upper(2_190)_
 L  c_u_upper(2_191)_
 L  c_u_upper(2_192)_
 L  c_u_upper(2_193)_
 L  c_u_upper(2_194)_
 L  c_u_upper(2_195)_
 L  c_u_upper(2_196)_
 L  c_u_upper(2_197)_
 L  c_u_upper(2_198)_
 L  c_u_upper(2_199)_
 L  c_u_upper(2_240)_
 L  c_u_upper(2_241)_
 L  c_u_upper(2_242)_
 L  c_u_upper(2_243)_
 L  c_u_upper(2_244)_
 L  c_u_upper(2_245)_
 L  c_u_upper(2_246)_
 L  c_u_upper(2_247)_
 L  c_u_upper(2_248)_
 L  c_u_upper(2_249)_
 L  c_u_upper(2_250)_
 L  c_u_upper(2_251)_
 L  c_u_upper(2_252)_
 L  c_u_upper(2_253)_
 L  c_u_upper(2_254)_
 L  c_u_upper(2_255)_
 L  c_u_upper(2_256)_
 L  c_u_upper(2_257)_
 L  c_u_upper(2_258)_
 L  c_u_upper(2_259)_
 L  c_u_upper(2_260)_
 L  c_u_upper(2_261)_
 L  c_u_upper(2_262)_
 L  c_u_upper(2_263)_
 L  c_u_upper(2_264)_
 L  c_u_upper(2_265)_
 L  c_u_upper(2_266)_
 L  c_u_upper(2_267)_
 L  c_u_upper(2_268)_
 L  c_u_upper(2_269)_
 L  c_u_upper(2_270)_
 L  c_u_upper(2_271)_
 L  c_u_upper(2_272)_
 L  c_u_upper(2_273)_
 L  c_u_upper(2_274)_
 L  c_u_upper(2_275)_
 L  c_u_upper(2_276)_
 L  c_u_upper(2_277)_
 L  c_u_upper(2_278)_
 L  c_u_upper(2_279)_
 L  c_u_upper(3_200)_
 L  c_u_upper(3_201)_
 L  c_u_upper(3_202)_
 L  c_u_upper(3_203)_
 L  c_u_upper(3_204)_
 L  c_u_upper(3_205)_
 L  c_u_upper(3_206)_
 L  c_u_upper(3_207)_
 L  c_u_upper(3_208)_
 L  c_u_upper(3_209)_
 L  c_u_upper(3_210)_
 L  c_u_upper(3_211)_
 L  c_u_upper(3_212)_
 L  c_u_upper(3_213)_
 L  c_u_upper(3_214)_
 L  c_u_upper(3_215)_
 L  c_u_upper(3_216)_
 L  c_u_upper(3_217)_
 L  c_u_upper(3_218)_
 L  c_u_upper(3_219)_
 L  c_u_upper(3_220)_
 L  c_u_upper(3_221)_
 L  c_u_upper(3_222)_
 L  c_u_upper(3_223)_
 L  c_u_upper(3_224)_
 L  c_u_upper(3_225)_
 L  c_u_upper(3_226)_
 L  c_u_upper(3_227)_
 L  c_u_upper(3_228)_
 L  c_u_upper(3_229)_
 L  c_u_upper(3_230)_
 L  c_u_upper(3_231)_
 L  c_u_upper(3_232)_
 L  c_u_upper(3_233)_
 L  c_u_upper(3_234)_
 L  c_u_upper(3_235)_
 L  c_u_upper(3_236)_
 L  c_u_upper(3_237)_
 L  c_u_upper(3_238)_
 L  c_u_upper(3_239)_
 L  c_u_upper(3_280)_
 L  c_u_upper(3_281)_
 L  c_u_upper(3_282)_
 L  c_u_upper(3_283)_
 L  c_u_upper(3_284)_
 L  c_u_upper(3_285)_
 L  c_u_upper(3_286)_
 L  c_u_upper(3_287)_
 L  c_u_upper(3_288)_
 L  c_u_upper(3_289)_
 L  c_u_upper(3_290)_
 L  c_u_upper(3_291)_
 L  c_u_upper(3_292)_
 L  c_u_upper(3_293)_
 L  c_u_upper(3_294)_
 L  c_u_upper(3_295)_
 L  c_u_upper(3_296)_
 L  c_u_upper(3_297)_
 L  c_u_upper(3_298)_
 L  c_u_upper(3_299)_
 L  c_u_upper(3_300)_
 L  c_u_upper(3_301)_
 L  c_u_upper(3_302)_
 L  c_u_upper(3_303)_
 L  c_u_upper(3_304)_
 L  c_u_upper(3_305)_
 L  c_u_upper(3_306)_
 L  c_u_upper(3_307)_
 L  c_u_upper(3_308)_
 L  c_u_upper(3_309)_
 L  c_u_upper(3_310)_
 L  c_u_upper(3_311)_
 L  c_u_upper(3_312)_
 L  c_u_upper(3_313)_
 L  c_u_upper(3_314)_
 L  c_u_upper(3_315)_
 L  c_u_upper(3_316)_
 L  c_u_upper(3_317)_
 L  c_u_upper(3_318)_
 L  c_u_upper(3_319)_
 L  c_u_upper(4_320)_
 L  c_u_upper(4_321)_
 L  c_u_upper(4_322)_
 L  c_u_upper(4_323)_
 L  c_u_upper(4_324)_
 L  c_u_upper(4_325)_
 L  c_u_upper(4_326)_
 L  c_u_upper(4_327)_
 L  c_u_upper(4_328)_
 L  c_u_upper(4_329)_
 L  c_u_upper(4_330)_
 L  c_u_upper(4_331)_
 L  c_u_upper(4_332)_
 L  c_u_upper(4_333)_
 L  c_u_upper(4_334)_
 L  c_u_upper(4_335)_
 L  c_u_upper(4_336)_
 L  c_u_upper(4_337)_
 L  c_u_upper(4_338)_
 L  c_u_upper(4_339)_
 L  c_u_upper(4_340)_
 L  c_u_upper(4_341)_
 L  c_u_upper(4_342)_
 L  c_u_upper(4_343)_
 L  c_u_upper(4_344)_
 L  c_u_upper(4_345)_
 L  c_u_upper(4_346)_
 L  c_u_upper(4_347)_
 L  c_u_upper(4_348)_
 L  c_u_upper(4_349)_
 L  c_u_upper(4_350)_
 L  c_u_upper(4_351)_
 L  c_u_upper(4_352)_
 L  c_u_upper(4_353)_
 L  c_u_upper(4_354)_
 L  c_u_upper(4_355)_
 L  c_u_upper(4_356)_
 L  c_u_upper(4_357)_
 L  c_u_upper(4_358)_
 L  c_u_upper(4_359)_
 L  c_u_upper(4_400)_
 L  c_u_upper(4_401)_
 L  c_u_upper(4_402)_
 L  c_u_upper(4_403)_
 L  c_u_upper(4_404)_
 L  c_u_upper(4_405)_
 L  c_u_upper(4_406)_
 L  c_u_upper(4_407)_
 L  c_u_upper(4_408)_
 L  c_u_upper(4_409)_
 L  c_u_upper(4_410)_
 L  c_u_upper(4_411)_
 L  c_u_upper(4_412)_
 L  c_u_upper(4_413)_
 L  c_u_upper(4_414)_
 L  c_u_upper(4_415)_
 L  c_u_upper(4_416)_
 L  c_u_upper(4_417)_
 L  c_u_upper(4_418)_
 L  c_u_upper(4_419)_
 L  c_u_upper(4_420)_
 L  c_u_upper(4_421)_
 L  c_u_upper(4_422)_
 L  c_u_upper(4_423)_
 L  c_u_upper(4_424)_
 L  c_u_upper(4_425)_
 L  c_u_upper(4_426)_
 L  c_u_upper(4_427)_
 L  c_u_upper(4_428)_
 L  c_u_upper(4_429)_
 L  c_u_upper(4_430)_
 L  c_u_upper(4_431)_
 L  c_u_upper(4_432)_
 L  c_u_upper(4_433)_
 L  c_u_upper(4_434)_
 L  c_u_upper(4_435)_
 L  c_u_upper(4_436)_
 L  c_u_upper(4_437)_
 L  c_u_upper(4_438)_
 L  c_u_upper(4_439)_
 L  c_u_upper(5_360)_
 L  c_u_upper(5_361)_
 L  c_u_upper(5_362)_
 L  c_u_upper(5_363)_
 L  c_u_upper(5_364)_
 L  c_u_upper(5_365)_
 L  c_u_upper(5_366)_
 L  c_u_upper(5_367)_
 L  c_u_upper(5_368)_
 L  c_u_upper(5_369)_
 L  c_u_upper(5_370)_
 L  c_u_upper(5_371)_
 L  c_u_upper(5_372)_
 L  c_u_upper(5_373)_
 L  c_u_upper(5_374)_
 L  c_u_upper(5_375)_
 L  c_u_upper(5_376)_
 L  c_u_upper(5_377)_
 L  c_u_upper(5_378)_
 L  c_u_upper(5_379)_
 L  c_u_upper(5_380)_
 L  c_u_upper(5_381)_
 L  c_u_upper(5_382)_
 L  c_u_upper(5_383)_
 L  c_u_upper(5_384)_
 L  c_u_upper(5_385)_
 L  c_u_upper(5_386)_
 L  c_u_upper(5_387)_
 L  c_u_upper(5_388)_
 L  c_u_upper(5_389)_
 L  c_u_upper(5_390)_
 L  c_u_upper(5_391)_
 L  c_u_upper(5_392)_
 L  c_u_upper(5_393)_
 L  c_u_upper(5_394)_
 L  c_u_upper(5_395)_
 L  c_u_upper(5_396)_
 L  c_u_upper(5_397)_
 L  c_u_upper(5_398)_
 L  c_u_upper(5_399)_
 L  c_u_upper(5_440)_
 L  c_u_upper(5_441)_
 L  c_u_upper(5_442)_
 L  c_u_upper(5_443)_
 L  c_u_upper(5_444)_
 L  c_u_upper(5_445)_
 L  c_u_upper(5_446)_
 L  c_u_upper(5_447)_
 L  c_u_upper(5_448)_
 L  c_u_upper(5_449)_
 L  c_u_upper(5_450)_
 L  c_u_upper(5_451)_
 L  c_u_upper(5_452)_
 L  c_u_upper(5_453)_
 L  c_u_upper(5_454)_
 L  c_u_upper(5_455)_
 L  c_u_upper(5_456)_
 L  c_u_upper(5_457)_
 L  c_u_upper(5_458)_
 L  c_u_upper(5_459)_
 L  c_u_upper(5_460)_
 L  c_u_upper(5_461)_
 L  c_u_upper(5_462)_
 L  c_u_upper(5_463)_
 L  c_u_upper(5_464)_
 L  c_u_upper(5_465)_
 L  c_u_upper(5_466)_
 L  c_u_upper(5_467)_
 L  c_u_upper(5_468)_
 L  c_u_upper(5_469)_
 L  c_u_upper(5_470)_
 L  c_u_upper(5_471)_
 L  c_u_upper(5_472)_
 L  c_u_upper(5_473)_
 L  c_u_upper(5_474)_
 L  c_u_upper(5_475)_
 L  c_u_upper(5_476)_
 L  c_u_upper(5_477)_
 L  c_u_upper(5_478)_
 L  c_u_upper(5_479)_
 L  c_u_upper(6_480)_
 L  c_u_upper(6_481)_
 L  c_u_upper(6_482)_
 L  c_u_upper(6_483)_
 L  c_u_upper(6_484)_
 L  c_u_upper(6_485)_
 L  c_u_upper(6_486)_
 L  c_u_upper(6_487)_
 L  c_u_upper(6_488)_
 L  c_u_upper(6_489)_
 L  c_u_upper(6_490)_
 L  c_u_upper(6_491)_
 L  c_u_upper(6_492)_
 L  c_u_upper(6_493)_
 L  c_u_upper(6_494)_
 L  c_u_upper(6_495)_
 L  c_u_upper(6_496)_
 L  c_u_upper(6_497)_
 L  c_u_upper(6_498)_
 L  c_u_upper(6_499)_
 L  c_u_upper(6_500)_
 L  c_u_upper(6_501)_
 L  c_u_upper(6_502)_
 L  c_u_upper(6_503)_
 L  c_u_upper(6_504)_
 L  c_u_upper(6_505)_
 L  c_u_upper(6_506)_
 L  c_u_upper(6_507)_
 L  c_u_upper(6_508)_
 L  c_u_upper(6_509)_
 L  c_u_upper(6_510)_
 L  c_u_upper(6_511)_
 L  c_u_upper(6_512)_
 L  c_u_upper(6_513)_
 L  c_u_upper(6_514)_
 L  c_u_upper(6_515)_
 L  c_u_upper(6_516)_
 L  c_u_upper(6_517)_
 L  c_u_upper(6_518)_
 L  c_u_upper(6_519)_
 L  c_u_upper(6_560)_
 L  c_u_upper(6_561)_
 L  c_u_upper(6_562)_
 L  c_u_upper(6_563)_
 L  c_u_upper(6_564)_
 L  c_u_upper(6_565)_
 L  c_u_upper(6_566)_
 L  c_u_upper(6_567)_
 L  c_u_upper(6_568)_
 L  c_u_upper(6_569)_
 L  c_u_upper(6_570)_
 L  c_u_upper(6_571)_
 L  c_u_upper(6_572)_
 L  c_u_upper(6_573)_
 L  c_u_upper(6_574)_
 L  c_u_upper(6_575)_
 L  c_u_upper(6_576)_
 L  c_u_upper(6_577)_
 L  c_u_upper(6_578)_
 L  c_u_upper(6_579)_
 L  c_u_upper(6_580)_
 L  c_u_upper(6_581)_
 L  c_u_upper(6_582)_
 L  c_u_upper(6_583)_
 L  c_u_upper(6_584)_
 L  c_u_upper(6_585)_
 L  c_u_upper(6_586)_
 L  c_u_upper(6_587)_
 L  c_u_upper(6_588)_
 L  c_u_upper(6_589)_
 L  c_u_upper(6_590)_
 L  c_u_upper(6_591)_
 L  c_u_upper(6_592)_
 L  c_u_upper(6_593)_
 L  c_u_upper(6_594)_
 L  c_u_upper(6_595)_
 L  c_u_upper(6_596)_
 L  c_u_upper(6_597)_
 L  c_u_upper(6_598)_
 L  c_u_upper(6_599)_
 L  c_u_upper(7_520)_
 L  c_u_upper(7_521)_
 L  c_u_upper(7_522)_
 L  c_u_upper(7_523)_
 L  c_u_upper(7_524)_
 L  c_u_upper(7_525)_
 L  c_u_upper(7_526)_
 L  c_u_upper(7_527)_
 L  c_u_upper(7_528)_
 L  c_u_upper(7_529)_
 L  c_u_upper(7_530)_
 L  c_u_upper(7_531)_
 L  c_u_upper(7_532)_
 L  c_u_upper(7_533)_
 L  c_u_upper(7_534)_
 L  c_u_upper(7_535)_
 L  c_u_upper(7_536)_
 L  c_u_upper(7_537)_
 L  c_u_upper(7_538)_
 L  c_u_upper(7_539)_
 L  c_u_upper(7_540)_
 L  c_u_upper(7_541)_
 L  c_u_upper(7_542)_
 L  c_u_upper(7_543)_
 L  c_u_upper(7_544)_
 L  c_u_upper(7_545)_
 L  c_u_upper(7_546)_
 L  c_u_upper(7_547)_
 L  c_u_upper(7_548)_
 L  c_u_upper(7_549)_
 L  c_u_upper(7_550)_
 L  c_u_upper(7_551)_
 L  c_u_upper(7_552)_
 L  c_u_upper(7_553)_
 L  c_u_upper(7_554)_
 L  c_u_upper(7_555)_
 L  c_u_upper(7_556)_
 L  c_u_upper(7_557)_
 L  c_u_upper(7_558)_
 L  c_u_upper(7_559)_
 L  c_u_upper(7_600)_
 L  c_u_upper(7_601)_
 L  c_u_upper(7_602)_
 L  c_u_upper(7_603)_
 L  c_u_upper(7_604)_
 L  c_u_upper(7_605)_
 L  c_u_upper(7_606)_
 L  c_u_upper(7_607)_
 L  c_u_upper(7_608)_
 L  c_u_upper(7_609)_
 L  c_u_upper(7_610)_
 L  c_u_upper(7_611)_
 L  c_u_upper(7_612)_
 L  c_u_upper(7_613)_
 L  c_u_upper(7_614)_
 L  c_u_upper(7_615)_
 L  c_u_upper(7_616)_
 L  c_u_upper(7_617)_
 L  c_u_upper(7_618)_
 L  c_u_upper(7_619)_
 L  c_u_upper(7_620)_
 L  c_u_upper(7_621)_
 L  c_u_upper(7_622)_
 L  c_u_upper(7_623)_
 L  c_u_upper(7_624)_
 L  c_u_upper(7_625)_
 L  c_u_upper(7_626)_
 L  c_u_upper(7_627)_
 L  c_u_upper(7_628)_
 L  c_u_upper(7_629)_
 L  c_u_upper(7_630)_
 L  c_u_upper(7_631)_
 L  c_u_upper(7_632)_
 L  c_u_upper(7_633)_
 L  c_u_upper(7_634)_
 L  c_u_upper(7_635)_
 L  c_u_upper(7_636)_
 L  c_u_upper(7_637)_
 L  c_u_upper(7_638)_
 L  c_u_upper(7_639)_
 L  c_u_lower(0_0)_
 L  c_u_lower(0_1)_
 L  c_u_lower(0_2)_
 L  c_u_lower(0_3)_
 L  c_u_lower(0_4)_
 L  c_u_lower(0_5)_
 L  c_u_lower(0_6)_
 L  c_u_lower(0_7)_
 L  c_u_lower(0_8)_
 L  c_u_lower(0_9)_
 L  c_u_lower(0_10)_
 L  c_u_lower(0_11)_
 L  c_u_lower(0_12)_
 L  c_u_lower(0_13)_
 L  c_u_lower(0_14)_
 L  c_u_lower(0_15)_
 L  c_u_lower(0_16)_
 L  c_u_lower(0_17)_
 L  c_u_lower(0_18)_
 L  c_u_lower(0_19)_
 L  c_u_lower(0_20)_
 L  c_u_lower(0_21)_
 L  c_u_lower(0_22)_
 L  c_u_lower(0_23)_
 L  c_u_lower(0_24)_
 L  c_u_lower(0_25)_
 L  c_u_lower(0_26)_
 L  c_u_lower(0_27)_
 L  c_u_lower(0_28)_
 L  c_u_lower(0_29)_
 L  c_u_lower(0_30)_
 L  c_u_lower(0_31)_
 L  c_u_lower(0_32)_
 L  c_u_lower(0_33)_
 L  c_u_lower(0_34)_
 L  c_u_lower(0_35)_
 L  c_u_lower(0_36)_
 L  c_u_lower(0_37)_
 L  c_u_lower(0_38)_
 L  c_u_lower(0_39)_
 L  c_u_lower(0_80)_
 L  c_u_lower(0_81)_
 L  c_u_lower(0_82)_
 L  c_u_lower(0_83)_
 L  c_u_lower(0_84)_
 L  c_u_lower(0_85)_
 L  c_u_lower(0_86)_
 L  c_u_lower(0_87)_
 L  c_u_lower(0_88)_
 L  c_u_lower(0_89)_
 L  c_u_lower(0_90)_
 L  c_u_lower(0_91)_
 L  c_u_lower(0_92)_
 L  c_u_lower(0_93)_
 L  c_u_lower(0_94)_
 L  c_u_lower(0_95)_
 L  c_u_lower(0_96)_
 L  c_u_lower(0_97)_
 L  c_u_lower(0_98)_
 L  c_u_lower(0_99)_
 L  c_u_lower(0_100)_
 L  c_u_lower(0_101)_
 L  c_u_lower(0_102)_
 L  c_u_lower(0_103)_
 L  c_u_lower(0_104)_
 L  c_u_lower(0_105)_
 L  c_u_lower(0_106)_
 L  c_u_lower(0_107)_
 L  c_u_lower(0_108)_
 L  c_u_lower(0_109)_
 L  c_u_lower(0_110)_
 L  c_u_lower(0_111)_
 L  c_u_lower(0_112)_
 L  c_u_lower(0_113)_
 L  c_u_lower(0_114)_
 L  c_u_lower(0_115)_
 L  c_u_lower(0_116)_
 L  c_u_lower(0_117)_
 L  c_u_lower(0_118)_
 L  c_u_lower(0_119)_
 L  c_u_lower(1_40)_
 L  c_u_lower(1_41)_
 L  c_u_lower(1_42)_
 L  c_u_lower(1_43)_
 L  c_u_lower(1_44)_
 L  c_u_lower(1_45)_
 L  c_u_lower(1_46)_
 L  c_u_lower(1_47)_
 L  c_u_lower(1_48)_
 L  c_u_lower(1_49)_
 L  c_u_lower(1_50)_
 L  c_u_lower(1_51)_
 L  c_u_lower(1_52)_
 L  c_u_lower(1_53)_
 L  c_u_lower(1_54)_
 L  c_u_lower(1_55)_
 L  c_u_lower(1_56)_
 L  c_u_lower(1_57)_
 L  c_u_lower(1_58)_
 L  c_u_lower(1_59)_
 L  c_u_lower(1_60)_
 L  c_u_lower(1_61)_
 L  c_u_lower(1_62)_
 L  c_u_lower(1_63)_
 L  c_u_lower(1_64)_
 L  c_u_lower(1_65)_
 L  c_u_lower(1_66)_
 L  c_u_lower(1_67)_
 L  c_u_lower(1_68)_
 L  c_u_lower(1_69)_
 L  c_u_lower(1_70)_
 L  c_u_lower(1_71)_
 L  c_u_lower(1_72)_
 L  c_u_lower(1_73)_
 L  c_u_lower(1_74)_
 L  c_u_lower(1_75)_
 L  c_u_lower(1_76)_
 L  c_u_lower(1_77)_
 L  c_u_lower(1_78)_
 L  c_u_lower(1_79)_
 L  c_u_lower(1_120)_
 L  c_u_lower(1_121)_
 L  c_u_lower(1_122)_
 L  c_u_lower(1_123)_
 L  c_u_lower(1_124)_
 L  c_u_lower(1_125)_
 L  c_u_lower(1_126)_
 L  c_u_lower(1_127)_
 L  c_u_lower(1_128)_
 L  c_u_lower(1_129)_
 L  c_u_lower(1_130)_
 L  c_u_lower(1_131)_
 L  c_u_lower(1_132)_
 L  c_u_lower(1_133)_
 L  c_u_lower(1_134)_
 L  c_u_lower(1_135)_
 L  c_u_lower(1_136)_
 L  c_u_lower(1_137)_
 L  c_u_lower(1_138)_
 L  c_u_lower(1_139)_
 L  c_u_lower(1_140)_
 L  c_u_lower(1_141)_
 L  c_u_lower(1_142)_
 L  c_u_lower(1_143)_
 L  c_u_lower(1_144)_
 L  c_u_lower(1_145)_
 L  c_u_lower(1_146)_
 L  c_u_lower(1_147)_
 L  c_u_lower(1_148)_
 L  c_u_lower(1_149)_
 L  c_u_lower(1_150)_
 L  c_u_lower(1_151)_
 L  c_u_lower(1_152)_
 L  c_u_lower(1_153)_
 L  c_u_lower(1_154)_
 L  c_u_lower(1_155)_
 L  c_u_lower(1_156)_
 L  c_u_lower(1_157)_
 L  c_u_lower(1_158)_
 L  c_u_lower(1_159)_
 L  c_u_lower(2_160)_
 L  c_u_lower(2_161)_
 L  c_u_lower(2_162)_
 L  c_u_lower(2_163)_
 L  c_u_lower(2_164)_
 L  c_u_lower(2_165)_
 L  c_u_lower(2_166)_
 L  c_u_lower(2_167)_
 L  c_u_lower(2_168)_
 L  c_u_lower(2_169)_
 L  c_u_lower(2_170)_
 L  c_u_lower(2_171)_
 L  c_u_lower(2_172)_
 L  c_u_lower(2_173)_
 L  c_u_lower(2_174)_
 L  c_u_lower(2_175)_
 L  c_u_lower(2_176)_
 L  c_u_lower(2_177)_
 L  c_u_lower(2_178)_
 L  c_u_lower(2_179)_
 L  c_u_lower(2_180)_
 L  c_u_lower(2_181)_
 L  c_u_lower(2_182)_
 L  c_u_lower(2_183)_
 L  c_u_lower(2_184)_
 L  c_u_lower(2_185)_
 L  c_u_lower(2_186)_
 L  c_u_lower(2_187)_
 L  c_u_lower(2_188)_
 L  c_u_lower(2_189)_
 L  c_u_lower(2_190)_
 L  c_u_lower(2_191)_
 L  c_u_lower(2_192)_
 L  c_u_lower(2_193)_
 L  c_u_lower(2_194)_
 L  c_u_lower(2_195)_
 L  c_u_lower(2_196)_
 L  c_u_lower(2_197)_
 L  c_u_lower(2_198)_
 L  c_u_lower(2_199)_
 L  c_u_lower(2_240)_
 L  c_u_lower(2_241)_
 L  c_u_lower(2_242)_
 L  c_u_lower(2_243)_
 L  c_u_lower(2_244)_
 L  c_u_lower(2_245)_
 L  c_u_lower(2_246)_
 L  c_u_lower(2_247)_
 L  c_u_lower(2_248)_
 L  c_u_lower(2_249)_
 L  c_u_lower(2_250)_
 L  c_u_lower(2_251)_
 L  c_u_lower(2_252)_
 L  c_u_lower(2_253)_
 L  c_u_lower(2_254)_
 L  c_u_lower(2_255)_
 L  c_u_lower(2_256)_
 L  c_u_lower(2_257)_
 L  c_u_lower(2_258)_
 L  c_u_lower(2_259)_
 L  c_u_lower(2_260)_
 L  c_u_lower(2_261)_
 L  c_u_lower(2_262)_
 L  c_u_lower(2_263)_
 L  c_u_lower(2_264)_
 L  c_u_lower(2_265)_
 L  c_u_lower(2_266)_
 L  c_u_lower(2_267)_
 L  c_u_lower(2_268)_
 L  c_u_lower(2_269)_
 L  c_u_lower(2_270)_
 L  c_u_lower(2_271)_
 L  c_u_lower(2_272)_
 L  c_u_lower(2_273)_
 L  c_u_lower(2_274)_
 L  c_u_lower(2_275)_
 L  c_u_lower(2_276)_
 L  c_u_lower(2_277)_
 L  c_u_lower(2_278)_
 L  c_u_lower(2_279)_
 L  c_u_lower(3_200)_
 L  c_u_lower(3_201)_
 L  c_u_lower(3_202)_
 L  c_u_lower(3_203)_
 L  c_u_lower(3_204)_
 L  c_u_lower(3_205)_
 L  c_u_lower(3_206)_
 L  c_u_lower(3_207)_
 L  c_u_lower(3_208)_
 L  c_u_lower(3_209)_
 L  c_u_lower(3_210)_
 L  c_u_lower(3_211)_
 L  c_u_lower(3_212)_
 L  c_u_lower(3_213)_
 L  c_u_lower(3_214)_
 L  c_u_lower(3_215)_
 L  c_u_lower(3_216)_
 L  c_u_lower(3_217)_
 L  c_u_lower(3_218)_
 L  c_u_lower(3_219)_
 L  c_u_lower(3_220)_
 L  c_u_lower(3_221)_
 L  c_u_lower(3_222)_
 L  c_u_lower(3_223)_
 L  c_u_lower(3_224)_
 L  c_u_lower(3_225)_
 L  c_u_lower(3_226)_
 L  c_u_lower(3_227)_
 L  c_u_lower(3_228)_
 L  c_u_lower(3_229)_
 L  c_u_lower(3_230)_
 L  c_u_lower(3_231)_
 L  c_u_lower(3_232)_
 L  c_u_lower(3_233)_
 L  c_u_lower(3_234)_
 L  c_u_lower(3_235)_
 L  c_u_lower(3_236)_
 L  c_u_lower(3_237)_
 L  c_u_lower(3_238)_
 L  c_u_lower(3_239)_
 L  c_u_lower(3_280)_
 L  c_u_lower(3_281)_
 L  c_u_lower(3_282)_
 L  c_u_lower(3_283)_
 L  c_u_lower(3_284)_
 L  c_u_lower(3_285)_
 L  c_u_lower(3_286)_
 L  c_u_lower(3_287)_
 L  c_u_lower(3_288)_
 L  c_u_lower(3_289)_
 L  c_u_lower(3_290)_
 L  c_u_lower(3_291)_
 L  c_u_lower(3_292)_
 L  c_u_lower(3_293)_
 L  c_u_lower(3_294)_
 L  c_u_lower(3_295)_
 L  c_u_lower(3_296)_
 L  c_u_lower(3_297)_
 L  c_u_lower(3_298)_
 L  c_u_lower(3_299)_
 L  c_u_lower(3_300)_
 L  c_u_lower(3_301)_
 L  c_u_lower(3_302)_
 L  c_u_lower(3_303)_
 L  c_u_lower(3_304)_
 L  c_u_lower(3_305)_
 L  c_u_lower(3_306)_
 L  c_u_lower(3_307)_
 L  c_u_lower(3_308)_
 L  c_u_lower(3_309)_
 L  c_u_lower(3_310)_
 L  c_u_lower(3_311)_
 L  c_u_lower(3_312)_
 L  c_u_lower(3_313)_
 L  c_u_lower(3_314)_
 L  c_u_lower(3_315)_
 L  c_u_lower(3_316)_
 L  c_u_lower(3_317)_
 L  c_u_lower(3_318)_
 L  c_u_lower(3_319)_
 L  c_u_lower(4_320)_
 L  c_u_lower(4_321)_
 L  c_u_lower(4_322)_
 L  c_u_lower(4_323)_
 L  c_u_lower(4_324)_
 L  c_u_lower(4_325)_
 L  c_u_lower(4_326)_
 L  c_u_lower(4_327)_
 L  c_u_lower(4_328)_
 L  c_u_lower(4_329)_
 L  c_u_lower(4_330)_
 L  c_u_lower(4_331)_
 L  c_u_lower(4_332)_
 L  c_u_lower(4_333)_
 L  c_u_lower(4_334)_
 L  c_u_lower(4_335)_
 L  c_u_lower(4_336)_
 L  c_u_lower(4_337)_
 L  c_u_lower(4_338)_
 L  c_u_lower(4_339)_
 L  c_u_lower(4_340)_
 L  c_u_lower(4_341)_
 L  c_u_lower(4_342)_
 L  c_u_lower(4_343)_
 L  c_u_lower(4_344)_
 L  c_u_lower(4_345)_
 L  c_u_lower(4_346)_
 L  c_u_lower(4_347)_
 L  c_u_lower(4_348)_
 L  c_u_lower(4_349)_
 L  c_u_lower(4_350)_
 L  c_u_lower(4_351)_
 L  c_u_lower(4_352)_
 L  c_u_lower(4_353)_
 L  c_u_lower(4_354)_
 L  c_u_lower(4_355)_
 L  c_u_lower(4_356)_
 L  c_u_lower(4_357)_
 L  c_u_lower(4_358)_
 L  c_u_lower(4_359)_
 L  c_u_lower(4_400)_
 L  c_u_lower(4_401)_
 L  c_u_lower(4_402)_
 L  c_u_lower(4_403)_
 L  c_u_lower(4_404)_
 L  c_u_lower(4_405)_
 L  c_u_lower(4_406)_
 L  c_u_lower(4_407)_
 L  c_u_lower(4_408)_
 L  c_u_lower(4_409)_
 L  c_u_lower(4_410)_
 L  c_u_lower(4_411)_
 L  c_u_lower(4_412)_
 L  c_u_lower(4_413)_
 L  c_u_lower(4_414)_
 L  c_u_lower(4_415)_
 L  c_u_lower(4_416)_
 L  c_u_lower(4_417)_
 L  c_u_lower(4_418)_
 L  c_u_lower(4_419)_
 L  c_u_lower(4_420)_
 L  c_u_lower(4_421)_
 L  c_u_lower(4_422)_
 L  c_u_lower(4_423)_
 L  c_u_lower(4_424)_
 L  c_u_lower(4_425)_
 L  c_u_lower(4_426)_
 L  c_u_lower(4_427)_
 L  c_u_lower(4_428)_
 L  c_u_lower(4_429)_
 L  c_u_lower(4_430)_
 L  c_u_lower(4_431)_
 L  c_u_lower(4_432)_
 L  c_u_lower(4_433)_
 L  c_u_lower(4_434)_
 L  c_u_lower(4_435)_
 L  c_u_lower(4_436)_
 L  c_u_lower(4_437)_
 L  c_u_lower(4_438)_
 L  c_u_lower(4_439)_
 L  c_u_lower(5_360)_
 L  c_u_lower(5_361)_
 L  c_u_lower(5_362)_
 L  c_u_lower(5_363)_
 L  c_u_lower(5_364)_
 L  c_u_lower(5_365)_
 L  c_u_lower(5_366)_
 L  c_u_lower(5_367)_
 L  c_u_lower(5_368)_
 L  c_u_lower(5_369)_
 L  c_u_lower(5_370)_
 L  c_u_lower(5_371)_
 L  c_u_lower(5_372)_
 L  c_u_lower(5_373)_
 L  c_u_lower(5_374)_
 L  c_u_lower(5_375)_
 L  c_u_lower(5_376)_
 L  c_u_lower(5_377)_
 L  c_u_lower(5_378)_
 L  c_u_lower(5_379)_
 L  c_u_lower(5_380)_
 L  c_u_lower(5_381)_
 L  c_u_lower(5_382)_
 L  c_u_lower(5_383)_
 L  c_u_lower(5_384)_
 L  c_u_lower(5_385)_
 L  c_u_lower(5_386)_
 L  c_u_lower(5_387)_
 L  c_u_lower(5_388)_
 L  c_u_lower(5_389)_
 L  c_u_lower(5_390)_
 L  c_u_lower(5_391)_
 L  c_u_lower(5_392)_
 L  c_u_lower(5_393)_
 L  c_u_lower(5_394)_
 L  c_u_lower(5_395)_
 L  c_u_lower(5_396)_
 L  c_u_lower(5_397)_
 L  c_u_lower(5_398)_
 L  c_u_lower(5_399)_
 L  c_u_lower(5_440)_
 L  c_u_lower(5_441)_
 L  c_u_lower(5_442)_
 L  c_u_lower(5_443)_
 L  c_u_lower(5_444)_
 L  c_u_lower(5_445)_
 L  c_u_lower(5_446)_
 L  c_u_lower(5_447)_
 L  c_u_lower(5_448)_
 L  c_u_lower(5_449)_
 L  c_u_lower(5_450)_
 L  c_u_lower(5_451)_
 L  c_u_lower(5_452)_
 L  c_u_lower(5_453)_
 L  c_u_lower(5_454)_
 L  c_u_lower(5_455)_
 L  c_u_lower(5_456)_
 L  c_u_lower(5_457)_
 L  c_u_lower(5_458)_
 L  c_u_lower(5_459)_
 L  c_u_lower(5_460)_
 L  c_u_lower(5_461)_
 L  c_u_lower(5_462)_
 L  c_u_lower(5_463)_
 L  c_u_lower(5_464)_
 L  c_u_lower(5_465)_
 L  c_u_lower(5_466)_
 L  c_u_lower(5_467)_
 L  c_u_lower(5_468)_
 L  c_u_lower(5_469)_
 L  c_u_lower(5_470)_
 L  c_u_lower(5_471)_
 L  c_u_lower(5_472)_
 L  c_u_lower(5_473)_
 L  c_u_lower(5_474)_
 L  c_u_lower(5_475)_
 L  c_u_lower(5_476)_
 L  c_u_lower(5_477)_
 L  c_u_lower(5_478)_
 L  c_u_lower(5_479)_
 L  c_u_lower(6_480)_
 L  c_u_lower(6_481)_
 L  c_u_lower(6_482)_
 L  c_u_lower(6_483)_
 L  c_u_lower(6_484)_
 L  c_u_lower(6_485)_
 L  c_u_lower(6_486)_
 L  c_u_lower(6_487)_
 L  c_u_lower(6_488)_
 L  c_u_lower(6_489)_
 L  c_u_lower(6_490)_
 L  c_u_lower(6_491)_
 L  c_u_lower(6_492)_
 L  c_u_lower(6_493)_
 L  c_u_lower(6_494)_
 L  c_u_lower(6_495)_
 L  c_u_lower(6_496)_
 L  c_u_lower(6_497)_
 L  c_u_lower(6_498)_
 L  c_u_lower(6_499)_
 L  c_u_lower(6_500)_
 L  c_u_lower(6_501)_
 L  c_u_lower(6_502)_
 L  c_u_lower(6_503)_
 L  c_u_lower(6_504)_
 L  c_u_lower(6_505)_
 L  c_u_lower(6_506)_
 L  c_u_lower(6_507)_
 L  c_u_lower(6_508)_
 L  c_u_lower(6_509)_
 L  c_u_lower(6_510)_
 L  c_u_lower(6_511)_
 L  c_u_lower(6_512)_
 L  c_u_lower(6_513)_
 L  c_u_lower(6_514)_
 L  c_u_lower(6_515)_
 L  c_u_lower(6_516)_
 L  c_u_lower(6_517)_
 L  c_u_lower(6_518)_
 L  c_u_lower(6_519)_
 L  c_u_lower(6_560)_
 L  c_u_lower(6_561)_
 L  c_u_lower(6_562)_
 L  c_u_lower(6_563)_
 L  c_u_lower(6_564)_
 L  c_u_lower(6_565)_
 L  c_u_lower(6_566)_
 L  c_u_lower(6_567)_
 L  c_u_lower(6_568)_
 L  c_u_lower(6_569)_
 L  c_u_lower(6_570)_
 L  c_u_lower(6_571)_
 L  c_u_lower(6_572)_
 L  c_u_lower(6_573)_
 L  c_u_lower(6_574)_
 L  c_u_lower(6_575)_
 L  c_u_lower(6_576)_
 L  c_u_lower(6_577)_
 L  c_u_lower(6_578)_
 L  c_u_lower(6_579)_
 L  c_u_lower(6_580)_
 L  c_u_lower(6_581)_
 L  c_u_lower(6_582)_
 L  c_u_lower(6_583)_
 L  c_u_lower(6_584)_
 L  c_u_lower(6_585)_
 L  c_u_lower(6_586)_
 L  c_u_lower(6_587)_
 L  c_u_lower(6_588)_
 L  c_u_lower(6_589)_
 L  c_u_lower(6_590)_
 L  c_u_lower(6_591)_
 L  c_u_lower(6_592)_
 L  c_u_lower(6_593)_
 L  c_u_lower(6_594)_
 L  c_u_lower(6_595)_
 L  c_u_lower(6_596)_
 L  c_u_lower(6_597)_
 L  c_u_lower(6_598)_
 L  c_u_lower(6_599)_
 L  c_u_lower(7_520)_
 L  c_u_lower(7_521)_
 L  c_u_lower(7_522)_
 L  c_u_lower(7_523)_
 L  c_u_lower(7_524)_
 L  c_u_lower(7_525)_
 L  c_u_lower(7_526)_
 L  c_u_lower(7_527)_
 L  c_u_lower(7_528)_
 L  c_u_lower(7_529)_
 L  c_u_lower(7_530)_
 L  c_u_lower(7_531)_
 L  c_u_lower(7_532)_
 L  c_u_lower(7_533)_
 L  c_u_lower(7_534)_
 L  c_u_lower(7_535)_
 L  c_u_lower(7_536)_
 L  c_u_lower(7_537)_
 L  c_u_lower(7_538)_
 L  c_u_lower(7_539)_
 L  c_u_lower(7_540)_
 L  c_u_lower(7_541)_
 L  c_u_lower(7_542)_
 L  c_u_lower(7_543)_
 L  c_u_lower(7_544)_
 L  c_u_lower(7_545)_
 L  c_u_lower(7_546)_
 L  c_u_lower(7_547)_
 L  c_u_lower(7_548)_
 L  c_u_lower(7_549)_
 L  c_u_lower(7_550)_
 L  c_u_lower(7_551)_
 L  c_u_lower(7_552)_
 L  c_u_lower(7_553)_
 L  c_u_lower(7_554)_
 L  c_u_lower(7_555)_
 L  c_u_lower(7_556)_
 L  c_u_lower(7_557)_
 L  c_u_lower(7_558)_
 L  c_u_lower(7_559)_
 L  c_u_lower(7_600)_
 L  c_u_lower(7_601)_
 L  c_u_lower(7_602)_
 L  c_u_lower(7_603)_
 L  c_u_lower(7_604)_
 L  c_u_lower(7_605)_
 L  c_u_lower(7_606)_
 L  c_u_lower(7_607)_
 L  c_u_lower(7_608)_
 L  c_u_lower(7_609)_
 L  c_u_lower(7_610)_
 L  c_u_lower(7_611)_
 L  c_u_lower(7_612)_
 L  c_u_lower(7_613)_
 L  c_u_lower(7_614)_
 L  c_u_lower(7_615)_
 L  c_u_lower(7_616)_
 L  c_u_lower(7_617)_
 L  c_u_lower(7_618)_
 L  c_u_lower(7_619)_
 L  c_u_lower(7_620)_
 L  c_u_lower(7_621)_
 L  c_u_lower(7_622)_
 L  c_u_lower(7_623)_
 L  c_u_lower(7_624)_
 L  c_u_lower(7_625)_
 L  c_u_lower(7_626)_
 L  c_u_lower(7_627)_
 L  c_u_lower(7_628)_
 L  c_u_lower(7_629)_
 L  c_u_lower(7_630)_
 L  c_u_lower(7_631)_
 L  c_u_lower(7_632)_
 L  c_u_lower(7_633)_
 L  c_u_lower(7_634)_
 L  c_u_lower(7_635)_
 L  c_u_lower(7_636)_
 L  c_u_lower(7_637)_
 L  c_u_lower(7_638)_
 L  c_u_lower(7_639)_
 E  c_e_ONE_VAR_CONSTANT
COLUMNS
     W(0) c_u_upper(0_0)_ 1
     W(0) c_u_lower(0_0)_ -1
     W(1) c_u_upper(0_1)_ 1
     W(1) c_u_lower(0_1)_ -1
     W(2) c_u_upper(0_2)_ 1
     W(2) c_u_lower(0_2)_ -1
     W(3) c_u_upper(0_3)_ 1
     W(3) c_u_lower(0_3)_ -1
     W(4) c_u_upper(0_4)_ 1
     W(4) c_u_lower(0_4)_ -1
     W(5) c_u_upper(0_5)_ 1
     W(5) c_u_lower(0_5)_ -1
     W(6) c_u_upper(0_6)_ 1
     W(6) c_u_lower(0_6)_ -1
     W(7) c_u_upper(0_7)_ 1
     W(7) c_u_lower(0_7)_ -1
     W(8) c_u_upper(0_8)_ 1
     W(8) c_u_lower(0_8)_ -1
     W(9) c_u_upper(0_9)_ 1
     W(9) c_u_lower(0_9)_ -1
     W(10) obj 0.001399999999999997
     W(10) c_u_upper(0_10)_ 1
     W(10) c_u_lower(0_10)_ -1
     W(11) obj 0.0021000000000000033
     W(11) c_u_upper(0_11)_ 1
     W(11) c_u_lower(0_11)_ -1
     W(12) obj -0.0033000000000000035
     W(12) c_u_upper(0_12)_ 1
     W(12) c_u_lower(0_12)_ -1
     W(13) obj -0.0020166666666666627
     W(13) c_u_upper(0_13)_ 1
     W(13) c_u_lower(0_13)_ -1
     W(14) obj 0.0018666666666666679
     W(14) c_u_upper(0_14)_ 1
     W(14) c_u_lower(0_14)_ -1
     W(15) obj -0.0051666666666666632
     W(15) c_u_upper(0_15)_ 1
     W(15) c_u_lower(0_15)_ -1
     W(16) obj 0.0015166666666666664
     W(16) c_u_upper(0_16)_ 1
     W(16) c_u_lower(0_16)_ -1
     W(17) obj 0.0009333333333333343
     W(17) c_u_upper(0_17)_ 1
     W(17) c_u_lower(0_17)_ -1
     W(18) obj 0.00098333333333333042
     W(18) c_u_upper(0_18)_ 1
     W(18) c_u_lower(0_18)_ -1
     W(19) obj 0.0016833333333333355
     W(19) c_u_upper(0_19)_ 1
     W(19) c_u_lower(0_19)_ -1
     W(20) obj 0.011549999999999994
     W(20) c_u_upper(0_20)_ 1
     W(20) c_u_lower(0_20)_ -1
     W(21) obj 0.025866666666666659
     W(21) c_u_upper(0_21)_ 1
     W(21) c_u_lower(0_21)_ -1
     W(22) obj -0.021044444444444459
     W(22) c_u_upper(0_22)_ 1
     W(22) c_u_lower(0_22)_ -1
     W(23) obj -0.026672222222222198
     W(23) c_u_upper(0_23)_ 1
     W(23) c_u_lower(0_23)_ -1
     W(24) obj 0.023594444444444449
     W(24) c_u_upper(0_24)_ 1
     W(24) c_u_lower(0_24)_ -1
     W(25) obj -0.027694444444444438
     W(25) c_u_upper(0_25)_ 1
     W(25) c_u_lower(0_25)_ -1
     W(26) obj 0.018311111111111111
     W(26) c_u_upper(0_26)_ 1
     W(26) c_u_lower(0_26)_ -1
     W(27) obj 0.0036722222222222213
     W(27) c_u_upper(0_27)_ 1
     W(27) c_u_lower(0_27)_ -1
     W(28) obj 0.0032166666666666676
     W(28) c_u_upper(0_28)_ 1
     W(28) c_u_lower(0_28)_ -1
     W(29) obj -0.010799999999999999
     W(29) c_u_upper(0_29)_ 1
     W(29) c_u_lower(0_29)_ -1
     W(30) obj -0.0090833333333333408
     W(30) c_u_upper(0_30)_ 1
     W(30) c_u_lower(0_30)_ -1
     W(31) obj 0.023250000000000024
     W(31) c_u_upper(0_31)_ 1
     W(31) c_u_lower(0_31)_ -1
     W(32) obj -0.011486111111111103
     W(32) c_u_upper(0_32)_ 1
     W(32) c_u_lower(0_32)_ -1
     W(33) obj -0.024222222222222211
     W(33) c_u_upper(0_33)_ 1
     W(33) c_u_lower(0_33)_ -1
     W(34) obj 0.02802777777777779
     W(34) c_u_upper(0_34)_ 1
     W(34) c_u_lower(0_34)_ -1
     W(35) obj -0.011944444444444447
     W(35) c_u_upper(0_35)_ 1
     W(35) c_u_lower(0_35)_ -1
     W(36) obj 0.0037361111111111154
     W(36) c_u_upper(0_36)_ 1
     W(36) c_u_lower(0_36)_ -1
     W(37) obj 5.5555555555556344e-05
     W(37) c_u_upper(0_37)_ 1
     W(37) c_u_lower(0_37)_ -1
     W(38) obj 0.0029999999999999962
     W(38) c_u_upper(0_38)_ 1
     W(38) c_u_lower(0_38)_ -1
     W(39) obj -0.0013333333333333376
     W(39) c_u_upper(0_39)_ 1
     W(39) c_u_lower(0_39)_ -1
     W(40) obj 0.00089999999999999651
     W(40) c_u_upper(1_40)_ 1
     W(40) c_u_lower(1_40)_ -1
     W(41) obj 0.0096833333333333198
     W(41) c_u_upper(1_41)_ 1
     W(41) c_u_lower(1_41)_ -1
     W(42) obj 0.016936111111111107
     W(42) c_u_upper(1_42)_ 1
     W(42) c_u_lower(1_42)_ -1
     W(43) obj -0.029461111111111115
     W(43) c_u_upper(1_43)_ 1
     W(43) c_u_lower(1_43)_ -1
     W(44) obj 0.0042555555555555584
     W(44) c_u_upper(1_44)_ 1
     W(44) c_u_lower(1_44)_ -1
     W(45) obj -0.026555555555555593
     W(45) c_u_upper(1_45)_ 1
     W(45) c_u_lower(1_45)_ -1
     W(46) obj 0.019030555555555558
     W(46) c_u_upper(1_46)_ 1
     W(46) c_u_lower(1_46)_ -1
     W(47) obj -0.0099555555555555404
     W(47) c_u_upper(1_47)_ 1
     W(47) c_u_lower(1_47)_ -1
     W(48) obj 0.00089999999999999748
     W(48) c_u_upper(1_48)_ 1
     W(48) c_u_lower(1_48)_ -1
     W(49) obj 0.014266666666666662
     W(49) c_u_upper(1_49)_ 1
     W(49) c_u_lower(1_49)_ -1
     W(50) obj 0.010799999999999997
     W(50) c_u_upper(1_50)_ 1
     W(50) c_u_lower(1_50)_ -1
     W(51) obj 0.0032833333333333308
     W(51) c_u_upper(1_51)_ 1
     W(51) c_u_lower(1_51)_ -1
     W(52) obj 0.02031666666666665
     W(52) c_u_upper(1_52)_ 1
     W(52) c_u_lower(1_52)_ -1
     W(53) obj -0.018533333333333336
     W(53) c_u_upper(1_53)_ 1
     W(53) c_u_lower(1_53)_ -1
     W(54) obj 0.029816666666666644
     W(54) c_u_upper(1_54)_ 1
     W(54) c_u_lower(1_54)_ -1
     W(55) obj -0.05074999999999999
     W(55) c_u_upper(1_55)_ 1
     W(55) c_u_lower(1_55)_ -1
     W(56) obj 0.030449999999999994
     W(56) c_u_upper(1_56)_ 1
     W(56) c_u_lower(1_56)_ -1
     W(57) obj -0.021966666666666652
     W(57) c_u_upper(1_57)_ 1
     W(57) c_u_lower(1_57)_ -1
     W(58) obj -0.01169999999999999
     W(58) c_u_upper(1_58)_ 1
     W(58) c_u_lower(1_58)_ -1
     W(59) obj 0.0082833333333333439
     W(59) c_u_upper(1_59)_ 1
     W(59) c_u_lower(1_59)_ -1
     W(60) obj 0.0067333333333333186
     W(60) c_u_upper(1_60)_ 1
     W(60) c_u_lower(1_60)_ -1
     W(61) obj 0.0025999999999999999
     W(61) c_u_upper(1_61)_ 1
     W(61) c_u_lower(1_61)_ -1
     W(62) obj 0.0049222222222222141
     W(62) c_u_upper(1_62)_ 1
     W(62) c_u_lower(1_62)_ -1
     W(63) obj 0.0073444444444444382
     W(63) c_u_upper(1_63)_ 1
     W(63) c_u_lower(1_63)_ -1
     W(64) obj 0.0089777777777777928
     W(64) c_u_upper(1_64)_ 1
     W(64) c_u_lower(1_64)_ -1
     W(65) obj -0.023777777777777745
     W(65) c_u_upper(1_65)_ 1
     W(65) c_u_lower(1_65)_ -1
     W(66) obj 0.0072944444444444298
     W(66) c_u_upper(1_66)_ 1
     W(66) c_u_lower(1_66)_ -1
     W(67) obj -0.013844444444444501
     W(67) c_u_upper(1_67)_ 1
     W(67) c_u_lower(1_67)_ -1
     W(68) obj 0.0017333333333333335
     W(68) c_u_upper(1_68)_ 1
     W(68) c_u_lower(1_68)_ -1
     W(69) obj -0.0019833333333333335
     W(69) c_u_upper(1_69)_ 1
     W(69) c_u_lower(1_69)_ -1
     W(70) obj 0.00026666666666666782
     W(70) c_u_upper(1_70)_ 1
     W(70) c_u_lower(1_70)_ -1
     W(71) obj 0.00040000000000000154
     W(71) c_u_upper(1_71)_ 1
     W(71) c_u_lower(1_71)_ -1
     W(72) obj 0.00024444444444444546
     W(72) c_u_upper(1_72)_ 1
     W(72) c_u_lower(1_72)_ -1
     W(73) obj 0.00048888888888889027
     W(73) c_u_upper(1_73)_ 1
     W(73) c_u_lower(1_73)_ -1
     W(74) obj 0.0003555555555555572
     W(74) c_u_upper(1_74)_ 1
     W(74) c_u_lower(1_74)_ -1
     W(75) obj 0.00044444444444444604
     W(75) c_u_upper(1_75)_ 1
     W(75) c_u_lower(1_75)_ -1
     W(76) obj 0.00028888888888889012
     W(76) c_u_upper(1_76)_ 1
     W(76) c_u_lower(1_76)_ -1
     W(77) obj -0.0027388888888888879
     W(77) c_u_upper(1_77)_ 1
     W(77) c_u_lower(1_77)_ -1
     W(78) obj 0.00026666666666666776
     W(78) c_u_upper(1_78)_ 1
     W(78) c_u_lower(1_78)_ -1
     W(79) obj -1.6666666666666037e-05
     W(79) c_u_upper(1_79)_ 1
     W(79) c_u_lower(1_79)_ -1
     W(80) obj 3.3333333333333355e-05
     W(80) c_u_upper(0_80)_ 1
     W(80) c_u_lower(0_80)_ -1
     W(81) obj 5.000000000000003e-05
     W(81) c_u_upper(0_81)_ 1
     W(81) c_u_lower(0_81)_ -1
     W(82) obj 3.0555555555555588e-05
     W(82) c_u_upper(0_82)_ 1
     W(82) c_u_lower(0_82)_ -1
     W(83) obj -0.0003555555555555553
     W(83) c_u_upper(0_83)_ 1
     W(83) c_u_lower(0_83)_ -1
     W(84) obj 4.4444444444444474e-05
     W(84) c_u_upper(0_84)_ 1
     W(84) c_u_lower(0_84)_ -1
     W(85) obj 5.5555555555555565e-05
     W(85) c_u_upper(0_85)_ 1
     W(85) c_u_lower(0_85)_ -1
     W(86) obj 3.6111111111111143e-05
     W(86) c_u_upper(0_86)_ 1
     W(86) c_u_lower(0_86)_ -1
     W(87) obj 2.222222222222224e-05
     W(87) c_u_upper(0_87)_ 1
     W(87) c_u_lower(0_87)_ -1
     W(88) obj 3.3333333333333369e-05
     W(88) c_u_upper(0_88)_ 1
     W(88) c_u_lower(0_88)_ -1
     W(89) obj 5.000000000000007e-05
     W(89) c_u_upper(0_89)_ 1
     W(89) c_u_lower(0_89)_ -1
     W(90) obj 0.0088666666666666772
     W(90) c_u_upper(0_90)_ 1
     W(90) c_u_lower(0_90)_ -1
     W(91) obj 0.015799999999999988
     W(91) c_u_upper(0_91)_ 1
     W(91) c_u_lower(0_91)_ -1
     W(92) obj -0.019927777777777815
     W(92) c_u_upper(0_92)_ 1
     W(92) c_u_lower(0_92)_ -1
     W(93) obj -0.018188888888888876
     W(93) c_u_upper(0_93)_ 1
     W(93) c_u_lower(0_93)_ -1
     W(94) obj 0.011544444444444434
     W(94) c_u_upper(0_94)_ 1
     W(94) c_u_lower(0_94)_ -1
     W(95) obj -0.013277777777777779
     W(95) c_u_upper(0_95)_ 1
     W(95) c_u_lower(0_95)_ -1
     W(96) obj 0.010994444444444454
     W(96) c_u_upper(0_96)_ 1
     W(96) c_u_lower(0_96)_ -1
     W(97) obj 0.0041055555555555559
     W(97) c_u_upper(0_97)_ 1
     W(97) c_u_lower(0_97)_ -1
     W(98) obj -0.00071666666666666786
     W(98) c_u_upper(0_98)_ 1
     W(98) c_u_lower(0_98)_ -1
     W(99) obj 0.0008000000000000008
     W(99) c_u_upper(0_99)_ 1
     W(99) c_u_lower(0_99)_ -1
     W(100) obj -0.0047500000000000042
     W(100) c_u_upper(0_100)_ 1
     W(100) c_u_lower(0_100)_ -1
     W(101) obj 0.058916666666666624
     W(101) c_u_upper(0_101)_ 1
     W(101) c_u_lower(0_101)_ -1
     W(102) obj -0.021124999999999994
     W(102) c_u_upper(0_102)_ 1
     W(102) c_u_lower(0_102)_ -1
     W(103) obj -0.021416666666666674
     W(103) c_u_upper(0_103)_ 1
     W(103) c_u_lower(0_103)_ -1
     W(104) obj 0.033666666666666636
     W(104) c_u_upper(0_104)_ 1
     W(104) c_u_lower(0_104)_ -1
     W(105) obj -0.030416666666666672
     W(105) c_u_upper(0_105)_ 1
     W(105) c_u_lower(0_105)_ -1
     W(106) obj 0.016625000000000004
     W(106) c_u_upper(0_106)_ 1
     W(106) c_u_lower(0_106)_ -1
     W(107) obj -0.0027499999999999959
     W(107) c_u_upper(0_107)_ 1
     W(107) c_u_lower(0_107)_ -1
     W(108) obj -0.0089166666666666804
     W(108) c_u_upper(0_108)_ 1
     W(108) c_u_lower(0_108)_ -1
     W(109) obj -0.019833333333333335
     W(109) c_u_upper(0_109)_ 1
     W(109) c_u_lower(0_109)_ -1
     W(110) obj -0.0055833333333333299
     W(110) c_u_upper(0_110)_ 1
     W(110) c_u_lower(0_110)_ -1
     W(111) obj -0.0069166666666666656
     W(111) c_u_upper(0_111)_ 1
     W(111) c_u_lower(0_111)_ -1
     W(112) obj -0.0063333333333333349
     W(112) c_u_upper(0_112)_ 1
     W(112) c_u_lower(0_112)_ -1
     W(113) obj 0.02399999999999999
     W(113) c_u_upper(0_113)_ 1
     W(113) c_u_lower(0_113)_ -1
     W(114) obj -0.0021666666666666687
     W(114) c_u_upper(0_114)_ 1
     W(114) c_u_lower(0_114)_ -1
     W(115) obj 0.0008333333333333335
     W(115) c_u_upper(0_115)_ 1
     W(115) c_u_lower(0_115)_ -1
     W(116) obj -0.013166666666666662
     W(116) c_u_upper(0_116)_ 1
     W(116) c_u_lower(0_116)_ -1
     W(117) obj 0.0010000000000000005
     W(117) c_u_upper(0_117)_ 1
     W(117) c_u_lower(0_117)_ -1
     W(118) obj 0.0027500000000000033
     W(118) c_u_upper(0_118)_ 1
     W(118) c_u_lower(0_118)_ -1
     W(119) obj 0.0055833333333333316
     W(119) c_u_upper(0_119)_ 1
     W(119) c_u_lower(0_119)_ -1
     W(120) obj -0.0022000000000000027
     W(120) c_u_upper(1_120)_ 1
     W(120) c_u_lower(1_120)_ -1
     W(121) obj -0.035799999999999992
     W(121) c_u_upper(1_121)_ 1
     W(121) c_u_lower(1_121)_ -1
     W(122) obj -0.0079888888888888943
     W(122) c_u_upper(1_122)_ 1
     W(122) c_u_lower(1_122)_ -1
     W(123) obj -0.0026444444444444454
     W(123) c_u_upper(1_123)_ 1
     W(123) c_u_lower(1_123)_ -1
     W(124) obj 0.015538888888888885
     W(124) c_u_upper(1_124)_ 1
     W(124) c_u_lower(1_124)_ -1
     W(125) obj 0.019944444444444445
     W(125) c_u_upper(1_125)_ 1
     W(125) c_u_lower(1_125)_ -1
     W(126) obj 0.027755555555555554
     W(126) c_u_upper(1_126)_ 1
     W(126) c_u_lower(1_126)_ -1
     W(127) obj -0.0020222222222222221
     W(127) c_u_upper(1_127)_ 1
     W(127) c_u_lower(1_127)_ -1
     W(128) obj 0.0044666666666666709
     W(128) c_u_upper(1_128)_ 1
     W(128) c_u_lower(1_128)_ -1
     W(129) obj -0.017050000000000013
     W(129) c_u_upper(1_129)_ 1
     W(129) c_u_lower(1_129)_ -1
     W(130) obj -0.018700000000000008
     W(130) c_u_upper(1_130)_ 1
     W(130) c_u_lower(1_130)_ -1
     W(131) obj -0.0030499999999999941
     W(131) c_u_upper(1_131)_ 1
     W(131) c_u_lower(1_131)_ -1
     W(132) obj 0.02119166666666665
     W(132) c_u_upper(1_132)_ 1
     W(132) c_u_lower(1_132)_ -1
     W(133) obj -0.045949999999999991
     W(133) c_u_upper(1_133)_ 1
     W(133) c_u_lower(1_133)_ -1
     W(134) obj 0.042566666666666662
     W(134) c_u_upper(1_134)_ 1
     W(134) c_u_lower(1_134)_ -1
     W(135) obj 0.018416666666666609
     W(135) c_u_upper(1_135)_ 1
     W(135) c_u_lower(1_135)_ -1
     W(136) obj 0.043908333333333341
     W(136) c_u_upper(1_136)_ 1
     W(136) c_u_lower(1_136)_ -1
     W(137) obj -0.022050000000000014
     W(137) c_u_upper(1_137)_ 1
     W(137) c_u_lower(1_137)_ -1
     W(138) obj -0.020783333333333352
     W(138) c_u_upper(1_138)_ 1
     W(138) c_u_lower(1_138)_ -1
     W(139) obj -0.015549999999999986
     W(139) c_u_upper(1_139)_ 1
     W(139) c_u_lower(1_139)_ -1
     W(140) obj 0.0034000000000000076
     W(140) c_u_upper(1_140)_ 1
     W(140) c_u_lower(1_140)_ -1
     W(141) obj 0.0042666666666666686
     W(141) c_u_upper(1_141)_ 1
     W(141) c_u_lower(1_141)_ -1
     W(142) obj 0.0067972222222222097
     W(142) c_u_upper(1_142)_ 1
     W(142) c_u_lower(1_142)_ -1
     W(143) obj -0.0005722222222222218
     W(143) c_u_upper(1_143)_ 1
     W(143) c_u_lower(1_143)_ -1
     W(144) obj 0.010644444444444429
     W(144) c_u_upper(1_144)_ 1
     W(144) c_u_lower(1_144)_ -1
     W(145) obj -0.0041944444444444468
     W(145) c_u_upper(1_145)_ 1
     W(145) c_u_lower(1_145)_ -1
     W(146) obj 0.010002777777777765
     W(146) c_u_upper(1_146)_ 1
     W(146) c_u_lower(1_146)_ -1
     W(147) obj -0.01676111111111107
     W(147) c_u_upper(1_147)_ 1
     W(147) c_u_lower(1_147)_ -1
     W(148) obj -0.012433333333333371
     W(148) c_u_upper(1_148)_ 1
     W(148) c_u_lower(1_148)_ -1
     W(149) obj -0.0011499999999999969
     W(149) c_u_upper(1_149)_ 1
     W(149) c_u_lower(1_149)_ -1
     W(150) c_u_upper(1_150)_ 1
     W(150) c_u_lower(1_150)_ -1
     W(151) c_u_upper(1_151)_ 1
     W(151) c_u_lower(1_151)_ -1
     W(152) c_u_upper(1_152)_ 1
     W(152) c_u_lower(1_152)_ -1
     W(153) c_u_upper(1_153)_ 1
     W(153) c_u_lower(1_153)_ -1
     W(154) c_u_upper(1_154)_ 1
     W(154) c_u_lower(1_154)_ -1
     W(155) c_u_upper(1_155)_ 1
     W(155) c_u_lower(1_155)_ -1
     W(156) c_u_upper(1_156)_ 1
     W(156) c_u_lower(1_156)_ -1
     W(157) c_u_upper(1_157)_ 1
     W(157) c_u_lower(1_157)_ -1
     W(158) c_u_upper(1_158)_ 1
     W(158) c_u_lower(1_158)_ -1
     W(159) c_u_upper(1_159)_ 1
     W(159) c_u_lower(1_159)_ -1
     W(160) obj 3.3333333333333355e-05
     W(160) c_u_upper(2_160)_ 1
     W(160) c_u_lower(2_160)_ -1
     W(161) obj 5.000000000000003e-05
     W(161) c_u_upper(2_161)_ 1
     W(161) c_u_lower(2_161)_ -1
     W(162) obj 3.0555555555555588e-05
     W(162) c_u_upper(2_162)_ 1
     W(162) c_u_lower(2_162)_ -1
     W(163) obj -0.0003555555555555553
     W(163) c_u_upper(2_163)_ 1
     W(163) c_u_lower(2_163)_ -1
     W(164) obj 4.4444444444444474e-05
     W(164) c_u_upper(2_164)_ 1
     W(164) c_u_lower(2_164)_ -1
     W(165) obj 5.5555555555555565e-05
     W(165) c_u_upper(2_165)_ 1
     W(165) c_u_lower(2_165)_ -1
     W(166) obj 3.6111111111111143e-05
     W(166) c_u_upper(2_166)_ 1
     W(166) c_u_lower(2_166)_ -1
     W(167) obj 2.222222222222224e-05
     W(167) c_u_upper(2_167)_ 1
     W(167) c_u_lower(2_167)_ -1
     W(168) obj 3.3333333333333369e-05
     W(168) c_u_upper(2_168)_ 1
     W(168) c_u_lower(2_168)_ -1
     W(169) obj 5.000000000000007e-05
     W(169) c_u_upper(2_169)_ 1
     W(169) c_u_lower(2_169)_ -1
     W(170) obj -0.0056833333333333345
     W(170) c_u_upper(2_170)_ 1
     W(170) c_u_lower(2_170)_ -1
     W(171) obj 0.011683333333333313
     W(171) c_u_upper(2_171)_ 1
     W(171) c_u_lower(2_171)_ -1
     W(172) obj -0.018022222222222214
     W(172) c_u_upper(2_172)_ 1
     W(172) c_u_lower(2_172)_ -1
     W(173) obj 0.0014555555555555617
     W(173) c_u_upper(2_173)_ 1
     W(173) c_u_lower(2_173)_ -1
     W(174) obj 0.0095055555555555501
     W(174) c_u_upper(2_174)_ 1
     W(174) c_u_lower(2_174)_ -1
     W(175) obj -0.0090555555555555389
     W(175) c_u_upper(2_175)_ 1
     W(175) c_u_lower(2_175)_ -1
     W(176) obj 0.012488888888888909
     W(176) c_u_upper(2_176)_ 1
     W(176) c_u_lower(2_176)_ -1
     W(177) obj 0.0082944444444444428
     W(177) c_u_upper(2_177)_ 1
     W(177) c_u_lower(2_177)_ -1
     W(178) obj -0.0094333333333333092
     W(178) c_u_upper(2_178)_ 1
     W(178) c_u_lower(2_178)_ -1
     W(179) obj -0.0012333333333333343
     W(179) c_u_upper(2_179)_ 1
     W(179) c_u_lower(2_179)_ -1
     W(180) obj -0.019399999999999997
     W(180) c_u_upper(2_180)_ 1
     W(180) c_u_lower(2_180)_ -1
     W(181) obj 0.024650000000000005
     W(181) c_u_upper(2_181)_ 1
     W(181) c_u_lower(2_181)_ -1
     W(182) obj 0.0034666666666666661
     W(182) c_u_upper(2_182)_ 1
     W(182) c_u_lower(2_182)_ -1
     W(183) obj 0.063600000000000018
     W(183) c_u_upper(2_183)_ 1
     W(183) c_u_lower(2_183)_ -1
     W(184) obj -0.0037833333333333347
     W(184) c_u_upper(2_184)_ 1
     W(184) c_u_lower(2_184)_ -1
     W(185) obj -0.032750000000000015
     W(185) c_u_upper(2_185)_ 1
     W(185) c_u_lower(2_185)_ -1
     W(186) obj -0.017266666666666666
     W(186) c_u_upper(2_186)_ 1
     W(186) c_u_lower(2_186)_ -1
     W(187) obj 0.018733333333333331
     W(187) c_u_upper(2_187)_ 1
     W(187) c_u_lower(2_187)_ -1
     W(188) obj -0.013566666666666652
     W(188) c_u_upper(2_188)_ 1
     W(188) c_u_lower(2_188)_ -1
     W(189) obj -0.023683333333333337
     W(189) c_u_upper(2_189)_ 1
     W(189) c_u_lower(2_189)_ -1
     W(190) obj 0.0057166666666666676
     W(190) c_u_upper(2_190)_ 1
     W(190) c_u_lower(2_190)_ -1
     W(191) obj -0.062883333333333305
     W(191) c_u_upper(2_191)_ 1
     W(191) c_u_lower(2_191)_ -1
     W(192) obj 0.0072888888888888882
     W(192) c_u_upper(2_192)_ 1
     W(192) c_u_lower(2_192)_ -1
     W(193) obj 0.046661111111111118
     W(193) c_u_upper(2_193)_ 1
     W(193) c_u_lower(2_193)_ -1
     W(194) obj -0.020155555555555545
     W(194) c_u_upper(2_194)_ 1
     W(194) c_u_lower(2_194)_ -1
     W(195) obj 0.014805555555555554
     W(195) c_u_upper(2_195)_ 1
     W(195) c_u_lower(2_195)_ -1
     W(196) obj -0.010022222222222221
     W(196) c_u_upper(2_196)_ 1
     W(196) c_u_lower(2_196)_ -1
     W(197) obj 0.021172222222222231
     W(197) c_u_upper(2_197)_ 1
     W(197) c_u_lower(2_197)_ -1
     W(198) obj 0.0019666666666666721
     W(198) c_u_upper(2_198)_ 1
     W(198) c_u_lower(2_198)_ -1
     W(199) obj -0.0045500000000000115
     W(199) c_u_upper(2_199)_ 1
     W(199) c_u_lower(2_199)_ -1
     W(200) obj 0.02660000000000003
     W(200) c_u_upper(3_200)_ 1
     W(200) c_u_lower(3_200)_ -1
     W(201) obj -0.053016666666666663
     W(201) c_u_upper(3_201)_ 1
     W(201) c_u_lower(3_201)_ -1
     W(202) obj -0.020200000000000003
     W(202) c_u_upper(3_202)_ 1
     W(202) c_u_lower(3_202)_ -1
     W(203) obj -0.041233333333333337
     W(203) c_u_upper(3_203)_ 1
     W(203) c_u_lower(3_203)_ -1
     W(204) obj 0.017133333333333341
     W(204) c_u_upper(3_204)_ 1
     W(204) c_u_lower(3_204)_ -1
     W(205) obj 0.052666666666666626
     W(205) c_u_upper(3_205)_ 1
     W(205) c_u_lower(3_205)_ -1
     W(206) obj 0.033816666666666668
     W(206) c_u_upper(3_206)_ 1
     W(206) c_u_lower(3_206)_ -1
     W(207) obj 0.0089833333333333328
     W(207) c_u_upper(3_207)_ 1
     W(207) c_u_lower(3_207)_ -1
     W(208) obj -0.01048333333333332
     W(208) c_u_upper(3_208)_ 1
     W(208) c_u_lower(3_208)_ -1
     W(209) obj -0.014266666666666653
     W(209) c_u_upper(3_209)_ 1
     W(209) c_u_lower(3_209)_ -1
     W(210) obj -0.020633333333333344
     W(210) c_u_upper(3_210)_ 1
     W(210) c_u_lower(3_210)_ -1
     W(211) obj 0.0048833333333333272
     W(211) c_u_upper(3_211)_ 1
     W(211) c_u_lower(3_211)_ -1
     W(212) obj 0.014419444444444455
     W(212) c_u_upper(3_212)_ 1
     W(212) c_u_lower(3_212)_ -1
     W(213) obj -0.020327777777777774
     W(213) c_u_upper(3_213)_ 1
     W(213) c_u_lower(3_213)_ -1
     W(214) obj 0.0091555555555555557
     W(214) c_u_upper(3_214)_ 1
     W(214) c_u_lower(3_214)_ -1
     W(215) obj 0.063944444444444387
     W(215) c_u_upper(3_215)_ 1
     W(215) c_u_lower(3_215)_ -1
     W(216) obj 0.040563888888888872
     W(216) c_u_upper(3_216)_ 1
     W(216) c_u_lower(3_216)_ -1
     W(217) obj -0.019588888888888902
     W(217) c_u_upper(3_217)_ 1
     W(217) c_u_lower(3_217)_ -1
     W(218) obj -0.026883333333333315
     W(218) c_u_upper(3_218)_ 1
     W(218) c_u_lower(3_218)_ -1
     W(219) obj -0.045533333333333342
     W(219) c_u_upper(3_219)_ 1
     W(219) c_u_lower(3_219)_ -1
     W(220) obj -0.014066666666666689
     W(220) c_u_upper(3_220)_ 1
     W(220) c_u_lower(3_220)_ -1
     W(221) obj 0.0051500000000000027
     W(221) c_u_upper(3_221)_ 1
     W(221) c_u_lower(3_221)_ -1
     W(222) obj 0.0065499999999999942
     W(222) c_u_upper(3_222)_ 1
     W(222) c_u_lower(3_222)_ -1
     W(223) obj 0.0076833333333333233
     W(223) c_u_upper(3_223)_ 1
     W(223) c_u_lower(3_223)_ -1
     W(224) obj -0.0065333333333333328
     W(224) c_u_upper(3_224)_ 1
     W(224) c_u_lower(3_224)_ -1
     W(225) obj 0.012666666666666689
     W(225) c_u_upper(3_225)_ 1
     W(225) c_u_lower(3_225)_ -1
     W(226) obj 0.0082333333333333425
     W(226) c_u_upper(3_226)_ 1
     W(226) c_u_lower(3_226)_ -1
     W(227) obj -0.0065999999999999974
     W(227) c_u_upper(3_227)_ 1
     W(227) c_u_lower(3_227)_ -1
     W(228) obj -0.0032333333333333342
     W(228) c_u_upper(3_228)_ 1
     W(228) c_u_lower(3_228)_ -1
     W(229) obj -0.0098499999999999803
     W(229) c_u_upper(3_229)_ 1
     W(229) c_u_lower(3_229)_ -1
     W(230) obj 3.3333333333333464e-05
     W(230) c_u_upper(3_230)_ 1
     W(230) c_u_lower(3_230)_ -1
     W(231) obj 5.0000000000000172e-05
     W(231) c_u_upper(3_231)_ 1
     W(231) c_u_lower(3_231)_ -1
     W(232) obj 3.0555555555555676e-05
     W(232) c_u_upper(3_232)_ 1
     W(232) c_u_lower(3_232)_ -1
     W(233) obj 6.1111111111111256e-05
     W(233) c_u_upper(3_233)_ 1
     W(233) c_u_lower(3_233)_ -1
     W(234) obj -0.00037222222222222187
     W(234) c_u_upper(3_234)_ 1
     W(234) c_u_lower(3_234)_ -1
     W(235) obj 5.5555555555555728e-05
     W(235) c_u_upper(3_235)_ 1
     W(235) c_u_lower(3_235)_ -1
     W(236) obj 3.6111111111111252e-05
     W(236) c_u_upper(3_236)_ 1
     W(236) c_u_lower(3_236)_ -1
     W(237) obj 2.2222222222222308e-05
     W(237) c_u_upper(3_237)_ 1
     W(237) c_u_lower(3_237)_ -1
     W(238) obj 3.3333333333333464e-05
     W(238) c_u_upper(3_238)_ 1
     W(238) c_u_lower(3_238)_ -1
     W(239) obj 5.0000000000000151e-05
     W(239) c_u_upper(3_239)_ 1
     W(239) c_u_lower(3_239)_ -1
     W(240) c_u_upper(2_240)_ 1
     W(240) c_u_lower(2_240)_ -1
     W(241) c_u_upper(2_241)_ 1
     W(241) c_u_lower(2_241)_ -1
     W(242) c_u_upper(2_242)_ 1
     W(242) c_u_lower(2_242)_ -1
     W(243) c_u_upper(2_243)_ 1
     W(243) c_u_lower(2_243)_ -1
     W(244) c_u_upper(2_244)_ 1
     W(244) c_u_lower(2_244)_ -1
     W(245) c_u_upper(2_245)_ 1
     W(245) c_u_lower(2_245)_ -1
     W(246) c_u_upper(2_246)_ 1
     W(246) c_u_lower(2_246)_ -1
     W(247) c_u_upper(2_247)_ 1
     W(247) c_u_lower(2_247)_ -1
     W(248) c_u_upper(2_248)_ 1
     W(248) c_u_lower(2_248)_ -1
     W(249) c_u_upper(2_249)_ 1
     W(249) c_u_lower(2_249)_ -1
     W(250) obj -0.015200000000000007
     W(250) c_u_upper(2_250)_ 1
     W(250) c_u_lower(2_250)_ -1
     W(251) obj -0.0069666666666666722
     W(251) c_u_upper(2_251)_ 1
     W(251) c_u_lower(2_251)_ -1
     W(252) obj 0.0049555555555555542
     W(252) c_u_upper(2_252)_ 1
     W(252) c_u_lower(2_252)_ -1
     W(253) obj 0.023244444444444422
     W(253) c_u_upper(2_253)_ 1
     W(253) c_u_lower(2_253)_ -1
     W(254) obj -0.012072222222222206
     W(254) c_u_upper(2_254)_ 1
     W(254) c_u_lower(2_254)_ -1
     W(255) obj -0.01727777777777777
     W(255) c_u_upper(2_255)_ 1
     W(255) c_u_lower(2_255)_ -1
     W(256) obj 0.0063111111111111163
     W(256) c_u_upper(2_256)_ 1
     W(256) c_u_lower(2_256)_ -1
     W(257) obj 0.0075055555555555622
     W(257) c_u_upper(2_257)_ 1
     W(257) c_u_lower(2_257)_ -1
     W(258) obj 0.0035500000000000015
     W(258) c_u_upper(2_258)_ 1
     W(258) c_u_lower(2_258)_ -1
     W(259) obj 0.0059499999999999892
     W(259) c_u_upper(2_259)_ 1
     W(259) c_u_lower(2_259)_ -1
     W(260) obj -0.014800000000000009
     W(260) c_u_upper(2_260)_ 1
     W(260) c_u_lower(2_260)_ -1
     W(261) obj -0.0042833333333333369
     W(261) c_u_upper(2_261)_ 1
     W(261) c_u_lower(2_261)_ -1
     W(262) obj 0.034627777777777743
     W(262) c_u_upper(2_262)_ 1
     W(262) c_u_lower(2_262)_ -1
     W(263) obj 0.078005555555555481
     W(263) c_u_upper(2_263)_ 1
     W(263) c_u_lower(2_263)_ -1
     W(264) obj -0.031677777777777777
     W(264) c_u_upper(2_264)_ 1
     W(264) c_u_lower(2_264)_ -1
     W(265) obj -0.042305555555555541
     W(265) c_u_upper(2_265)_ 1
     W(265) c_u_lower(2_265)_ -1
     W(266) obj -0.026727777777777795
     W(266) c_u_upper(2_266)_ 1
     W(266) c_u_lower(2_266)_ -1
     W(267) obj 0.018327777777777748
     W(267) c_u_upper(2_267)_ 1
     W(267) c_u_lower(2_267)_ -1
     W(268) obj -0.0052166666666666637
     W(268) c_u_upper(2_268)_ 1
     W(268) c_u_lower(2_268)_ -1
     W(269) obj -0.005949999999999997
     W(269) c_u_upper(2_269)_ 1
     W(269) c_u_lower(2_269)_ -1
     W(270) obj 0.038916666666666648
     W(270) c_u_upper(2_270)_ 1
     W(270) c_u_lower(2_270)_ -1
     W(271) obj -0.035583333333333328
     W(271) c_u_upper(2_271)_ 1
     W(271) c_u_lower(2_271)_ -1
     W(272) obj 0.018347222222222223
     W(272) c_u_upper(2_272)_ 1
     W(272) c_u_lower(2_272)_ -1
     W(273) obj 0.00127777777777778
     W(273) c_u_upper(2_273)_ 1
     W(273) c_u_lower(2_273)_ -1
     W(274) obj 0.012861111111111108
     W(274) c_u_upper(2_274)_ 1
     W(274) c_u_lower(2_274)_ -1
     W(275) obj -0.016527777777777784
     W(275) c_u_upper(2_275)_ 1
     W(275) c_u_lower(2_275)_ -1
     W(276) obj 0.012819444444444439
     W(276) c_u_upper(2_276)_ 1
     W(276) c_u_lower(2_276)_ -1
     W(277) obj 0.0083055555555555591
     W(277) c_u_upper(2_277)_ 1
     W(277) c_u_lower(2_277)_ -1
     W(278) obj -0.02066666666666666
     W(278) c_u_upper(2_278)_ 1
     W(278) c_u_lower(2_278)_ -1
     W(279) obj -0.019750000000000004
     W(279) c_u_upper(2_279)_ 1
     W(279) c_u_lower(2_279)_ -1
     W(280) obj 0.050466666666666639
     W(280) c_u_upper(3_280)_ 1
     W(280) c_u_lower(3_280)_ -1
     W(281) obj -0.028883333333333348
     W(281) c_u_upper(3_281)_ 1
     W(281) c_u_lower(3_281)_ -1
     W(282) obj -0.011238888888888889
     W(282) c_u_upper(3_282)_ 1
     W(282) c_u_lower(3_282)_ -1
     W(283) obj -0.033311111111111111
     W(283) c_u_upper(3_283)_ 1
     W(283) c_u_lower(3_283)_ -1
     W(284) obj 0.030205555555555565
     W(284) c_u_upper(3_284)_ 1
     W(284) c_u_lower(3_284)_ -1
     W(285) obj 0.0049444444444444388
     W(285) c_u_upper(3_285)_ 1
     W(285) c_u_lower(3_285)_ -1
     W(286) obj 0.039672222222222261
     W(286) c_u_upper(3_286)_ 1
     W(286) c_u_lower(3_286)_ -1
     W(287) obj -0.0030222222222222235
     W(287) c_u_upper(3_287)_ 1
     W(287) c_u_lower(3_287)_ -1
     W(288) obj -0.02370000000000004
     W(288) c_u_upper(3_288)_ 1
     W(288) c_u_lower(3_288)_ -1
     W(289) obj -0.025133333333333362
     W(289) c_u_upper(3_289)_ 1
     W(289) c_u_lower(3_289)_ -1
     W(290) obj -0.0090000000000000063
     W(290) c_u_upper(3_290)_ 1
     W(290) c_u_lower(3_290)_ -1
     W(291) obj 0.0048333333333333344
     W(291) c_u_upper(3_291)_ 1
     W(291) c_u_lower(3_291)_ -1
     W(292) obj 0.017513888888888902
     W(292) c_u_upper(3_292)_ 1
     W(292) c_u_lower(3_292)_ -1
     W(293) obj 0.015444444444444439
     W(293) c_u_upper(3_293)_ 1
     W(293) c_u_lower(3_293)_ -1
     W(294) obj -0.02130555555555556
     W(294) c_u_upper(3_294)_ 1
     W(294) c_u_lower(3_294)_ -1
     W(295) obj 0.026388888888888906
     W(295) c_u_upper(3_295)_ 1
     W(295) c_u_lower(3_295)_ -1
     W(296) obj 0.029486111111111133
     W(296) c_u_upper(3_296)_ 1
     W(296) c_u_lower(3_296)_ -1
     W(297) obj -0.021694444444444464
     W(297) c_u_upper(3_297)_ 1
     W(297) c_u_lower(3_297)_ -1
     W(298) obj 0.011833333333333342
     W(298) c_u_upper(3_298)_ 1
     W(298) c_u_lower(3_298)_ -1
     W(299) obj -0.053500000000000041
     W(299) c_u_upper(3_299)_ 1
     W(299) c_u_lower(3_299)_ -1
     W(300) obj -0.025183333333333363
     W(300) c_u_upper(3_300)_ 1
     W(300) c_u_lower(3_300)_ -1
     W(301) obj 0.013683333333333344
     W(301) c_u_upper(3_301)_ 1
     W(301) c_u_lower(3_301)_ -1
     W(302) obj 0.010144444444444426
     W(302) c_u_upper(3_302)_ 1
     W(302) c_u_lower(3_302)_ -1
     W(303) obj 0.01903888888888889
     W(303) c_u_upper(3_303)_ 1
     W(303) c_u_lower(3_303)_ -1
     W(304) obj -0.031077777777777729
     W(304) c_u_upper(3_304)_ 1
     W(304) c_u_lower(3_304)_ -1
     W(305) obj 0.014277777777777763
     W(305) c_u_upper(3_305)_ 1
     W(305) c_u_lower(3_305)_ -1
     W(306) obj 0.0099055555555555563
     W(306) c_u_upper(3_306)_ 1
     W(306) c_u_lower(3_306)_ -1
     W(307) obj -0.013455555555555554
     W(307) c_u_upper(3_307)_ 1
     W(307) c_u_lower(3_307)_ -1
     W(308) obj 0.011066666666666702
     W(308) c_u_upper(3_308)_ 1
     W(308) c_u_lower(3_308)_ -1
     W(309) obj -0.0083999999999999787
     W(309) c_u_upper(3_309)_ 1
     W(309) c_u_lower(3_309)_ -1
     W(310) obj 3.3333333333333464e-05
     W(310) c_u_upper(3_310)_ 1
     W(310) c_u_lower(3_310)_ -1
     W(311) obj 5.0000000000000172e-05
     W(311) c_u_upper(3_311)_ 1
     W(311) c_u_lower(3_311)_ -1
     W(312) obj 3.0555555555555676e-05
     W(312) c_u_upper(3_312)_ 1
     W(312) c_u_lower(3_312)_ -1
     W(313) obj 6.1111111111111256e-05
     W(313) c_u_upper(3_313)_ 1
     W(313) c_u_lower(3_313)_ -1
     W(314) obj -0.00037222222222222187
     W(314) c_u_upper(3_314)_ 1
     W(314) c_u_lower(3_314)_ -1
     W(315) obj 5.5555555555555728e-05
     W(315) c_u_upper(3_315)_ 1
     W(315) c_u_lower(3_315)_ -1
     W(316) obj 3.6111111111111252e-05
     W(316) c_u_upper(3_316)_ 1
     W(316) c_u_lower(3_316)_ -1
     W(317) obj 2.2222222222222308e-05
     W(317) c_u_upper(3_317)_ 1
     W(317) c_u_lower(3_317)_ -1
     W(318) obj 3.3333333333333464e-05
     W(318) c_u_upper(3_318)_ 1
     W(318) c_u_lower(3_318)_ -1
     W(319) obj 5.0000000000000151e-05
     W(319) c_u_upper(3_319)_ 1
     W(319) c_u_lower(3_319)_ -1
     W(320) c_u_upper(4_320)_ 1
     W(320) c_u_lower(4_320)_ -1
     W(321) c_u_upper(4_321)_ 1
     W(321) c_u_lower(4_321)_ -1
     W(322) c_u_upper(4_322)_ 1
     W(322) c_u_lower(4_322)_ -1
     W(323) c_u_upper(4_323)_ 1
     W(323) c_u_lower(4_323)_ -1
     W(324) c_u_upper(4_324)_ 1
     W(324) c_u_lower(4_324)_ -1
     W(325) c_u_upper(4_325)_ 1
     W(325) c_u_lower(4_325)_ -1
     W(326) c_u_upper(4_326)_ 1
     W(326) c_u_lower(4_326)_ -1
     W(327) c_u_upper(4_327)_ 1
     W(327) c_u_lower(4_327)_ -1
     W(328) c_u_upper(4_328)_ 1
     W(328) c_u_lower(4_328)_ -1
     W(329) c_u_upper(4_329)_ 1
     W(329) c_u_lower(4_329)_ -1
     W(330) obj -0.020299999999999985
     W(330) c_u_upper(4_330)_ 1
     W(330) c_u_lower(4_330)_ -1
     W(331) obj 0.0062166666666666655
     W(331) c_u_upper(4_331)_ 1
     W(331) c_u_lower(4_331)_ -1
     W(332) obj 0.010419444444444426
     W(332) c_u_upper(4_332)_ 1
     W(332) c_u_lower(4_332)_ -1
     W(333) obj 0.019588888888888881
     W(333) c_u_upper(4_333)_ 1
     W(333) c_u_lower(4_333)_ -1
     W(334) obj -0.036094444444444373
     W(334) c_u_upper(4_334)_ 1
     W(334) c_u_lower(4_334)_ -1
     W(335) obj -0.0014722222222222185
     W(335) c_u_upper(4_335)_ 1
     W(335) c_u_lower(4_335)_ -1
     W(336) obj -0.0064361111111111017
     W(336) c_u_upper(4_336)_ 1
     W(336) c_u_lower(4_336)_ -1
     W(337) obj 0.0021611111111111045
     W(337) c_u_upper(4_337)_ 1
     W(337) c_u_lower(4_337)_ -1
     W(338) obj 0.010116666666666642
     W(338) c_u_upper(4_338)_ 1
     W(338) c_u_lower(4_338)_ -1
     W(339) obj 0.01580000000000004
     W(339) c_u_upper(4_339)_ 1
     W(339) c_u_lower(4_339)_ -1
     W(340) obj -0.018800000000000018
     W(340) c_u_upper(4_340)_ 1
     W(340) c_u_lower(4_340)_ -1
     W(341) obj 0.018049999999999979
     W(341) c_u_upper(4_341)_ 1
     W(341) c_u_lower(4_341)_ -1
     W(342) obj 0.029780555555555525
     W(342) c_u_upper(4_342)_ 1
     W(342) c_u_lower(4_342)_ -1
     W(343) obj 0.061644444444444391
     W(343) c_u_upper(4_343)_ 1
     W(343) c_u_lower(4_343)_ -1
     W(344) obj -0.043955555555555609
     W(344) c_u_upper(4_344)_ 1
     W(344) c_u_lower(4_344)_ -1
     W(345) obj -0.022027777777777723
     W(345) c_u_upper(4_345)_ 1
     W(345) c_u_lower(4_345)_ -1
     W(346) obj -0.041547222222222235
     W(346) c_u_upper(4_346)_ 1
     W(346) c_u_lower(4_346)_ -1
     W(347) obj -0.011144444444444443
     W(347) c_u_upper(4_347)_ 1
     W(347) c_u_lower(4_347)_ -1
     W(348) obj 0.0037000000000000054
     W(348) c_u_upper(4_348)_ 1
     W(348) c_u_lower(4_348)_ -1
     W(349) obj 0.024299999999999974
     W(349) c_u_upper(4_349)_ 1
     W(349) c_u_lower(4_349)_ -1
     W(350) obj 0.040366666666666655
     W(350) c_u_upper(4_350)_ 1
     W(350) c_u_lower(4_350)_ -1
     W(351) obj -0.016116666666666668
     W(351) c_u_upper(4_351)_ 1
     W(351) c_u_lower(4_351)_ -1
     W(352) obj -0.0015388888888888904
     W(352) c_u_upper(4_352)_ 1
     W(352) c_u_lower(4_352)_ -1
     W(353) obj 0.033172222222222221
     W(353) c_u_upper(4_353)_ 1
     W(353) c_u_lower(4_353)_ -1
     W(354) obj 0.00048888888888888875
     W(354) c_u_upper(4_354)_ 1
     W(354) c_u_lower(4_354)_ -1
     W(355) obj -0.016055555555555559
     W(355) c_u_upper(4_355)_ 1
     W(355) c_u_lower(4_355)_ -1
     W(356) obj -0.010644444444444451
     W(356) c_u_upper(4_356)_ 1
     W(356) c_u_lower(4_356)_ -1
     W(357) obj -0.019755555555555561
     W(357) c_u_upper(4_357)_ 1
     W(357) c_u_lower(4_357)_ -1
     W(358) obj -0.030883333333333353
     W(358) c_u_upper(4_358)_ 1
     W(358) c_u_lower(4_358)_ -1
     W(359) obj 0.020966666666666661
     W(359) c_u_upper(4_359)_ 1
     W(359) c_u_lower(4_359)_ -1
     W(360) obj 0.05120000000000003
     W(360) c_u_upper(5_360)_ 1
     W(360) c_u_lower(5_360)_ -1
     W(361) obj -0.031116666666666688
     W(361) c_u_upper(5_361)_ 1
     W(361) c_u_lower(5_361)_ -1
     W(362) obj -0.00098333333333333757
     W(362) c_u_upper(5_362)_ 1
     W(362) c_u_lower(5_362)_ -1
     W(363) obj -0.018633333333333332
     W(363) c_u_upper(5_363)_ 1
     W(363) c_u_lower(5_363)_ -1
     W(364) obj -0.0029833333333333409
     W(364) c_u_upper(5_364)_ 1
     W(364) c_u_lower(5_364)_ -1
     W(365) obj 0.0007500000000000011
     W(365) c_u_upper(5_365)_ 1
     W(365) c_u_lower(5_365)_ -1
     W(366) obj -0.0041166666666666739
     W(366) c_u_upper(5_366)_ 1
     W(366) c_u_lower(5_366)_ -1
     W(367) obj -0.017533333333333307
     W(367) c_u_upper(5_367)_ 1
     W(367) c_u_lower(5_367)_ -1
     W(368) obj -0.014633333333333338
     W(368) c_u_upper(5_368)_ 1
     W(368) c_u_lower(5_368)_ -1
     W(369) obj 0.038049999999999987
     W(369) c_u_upper(5_369)_ 1
     W(369) c_u_lower(5_369)_ -1
     W(370) obj 0.0039666666666666661
     W(370) c_u_upper(5_370)_ 1
     W(370) c_u_lower(5_370)_ -1
     W(371) obj 0.025533333333333338
     W(371) c_u_upper(5_371)_ 1
     W(371) c_u_lower(5_371)_ -1
     W(372) obj 0.031830555555555563
     W(372) c_u_upper(5_372)_ 1
     W(372) c_u_lower(5_372)_ -1
     W(373) obj -0.01758888888888889
     W(373) c_u_upper(5_373)_ 1
     W(373) c_u_lower(5_373)_ -1
     W(374) obj -0.027488888888888875
     W(374) c_u_upper(5_374)_ 1
     W(374) c_u_lower(5_374)_ -1
     W(375) obj -0.00061111111111110904
     W(375) c_u_upper(5_375)_ 1
     W(375) c_u_lower(5_375)_ -1
     W(376) obj -0.0080638888888888843
     W(376) c_u_upper(5_376)_ 1
     W(376) c_u_lower(5_376)_ -1
     W(377) obj -0.0087444444444444384
     W(377) c_u_upper(5_377)_ 1
     W(377) c_u_lower(5_377)_ -1
     W(378) obj 0.026466666666666673
     W(378) c_u_upper(5_378)_ 1
     W(378) c_u_lower(5_378)_ -1
     W(379) obj -0.025299999999999975
     W(379) c_u_upper(5_379)_ 1
     W(379) c_u_lower(5_379)_ -1
     W(380) obj -0.024766666666666694
     W(380) c_u_upper(5_380)_ 1
     W(380) c_u_lower(5_380)_ -1
     W(381) obj 0.018266666666666674
     W(381) c_u_upper(5_381)_ 1
     W(381) c_u_lower(5_381)_ -1
     W(382) obj 0.013199999999999984
     W(382) c_u_upper(5_382)_ 1
     W(382) c_u_lower(5_382)_ -1
     W(383) obj 0.0051500000000000035
     W(383) c_u_upper(5_383)_ 1
     W(383) c_u_lower(5_383)_ -1
     W(384) obj -0.016216666666666699
     W(384) c_u_upper(5_384)_ 1
     W(384) c_u_lower(5_384)_ -1
     W(385) obj 0.0027499999999999899
     W(385) c_u_upper(5_385)_ 1
     W(385) c_u_lower(5_385)_ -1
     W(386) obj 0.0039333333333333477
     W(386) c_u_upper(5_386)_ 1
     W(386) c_u_lower(5_386)_ -1
     W(387) obj -0.003733333333333332
     W(387) c_u_upper(5_387)_ 1
     W(387) c_u_lower(5_387)_ -1
     W(388) obj 0.014399999999999981
     W(388) c_u_upper(5_388)_ 1
     W(388) c_u_lower(5_388)_ -1
     W(389) obj -0.012983333333333317
     W(389) c_u_upper(5_389)_ 1
     W(389) c_u_lower(5_389)_ -1
     W(390) c_u_upper(5_390)_ 1
     W(390) c_u_lower(5_390)_ -1
     W(391) c_u_upper(5_391)_ 1
     W(391) c_u_lower(5_391)_ -1
     W(392) c_u_upper(5_392)_ 1
     W(392) c_u_lower(5_392)_ -1
     W(393) c_u_upper(5_393)_ 1
     W(393) c_u_lower(5_393)_ -1
     W(394) c_u_upper(5_394)_ 1
     W(394) c_u_lower(5_394)_ -1
     W(395) c_u_upper(5_395)_ 1
     W(395) c_u_lower(5_395)_ -1
     W(396) c_u_upper(5_396)_ 1
     W(396) c_u_lower(5_396)_ -1
     W(397) c_u_upper(5_397)_ 1
     W(397) c_u_lower(5_397)_ -1
     W(398) c_u_upper(5_398)_ 1
     W(398) c_u_lower(5_398)_ -1
     W(399) c_u_upper(5_399)_ 1
     W(399) c_u_lower(5_399)_ -1
     W(400) obj 6.6666666666666927e-05
     W(400) c_u_upper(4_400)_ 1
     W(400) c_u_lower(4_400)_ -1
     W(401) obj 0.00010000000000000034
     W(401) c_u_upper(4_401)_ 1
     W(401) c_u_lower(4_401)_ -1
     W(402) obj 6.1111111111111351e-05
     W(402) c_u_upper(4_402)_ 1
     W(402) c_u_lower(4_402)_ -1
     W(403) obj 0.00012222222222222251
     W(403) c_u_upper(4_403)_ 1
     W(403) c_u_lower(4_403)_ -1
     W(404) obj -0.00074444444444444373
     W(404) c_u_upper(4_404)_ 1
     W(404) c_u_lower(4_404)_ -1
     W(405) obj 0.00011111111111111146
     W(405) c_u_upper(4_405)_ 1
     W(405) c_u_lower(4_405)_ -1
     W(406) obj 7.2222222222222504e-05
     W(406) c_u_upper(4_406)_ 1
     W(406) c_u_lower(4_406)_ -1
     W(407) obj 4.4444444444444616e-05
     W(407) c_u_upper(4_407)_ 1
     W(407) c_u_lower(4_407)_ -1
     W(408) obj 6.6666666666666927e-05
     W(408) c_u_upper(4_408)_ 1
     W(408) c_u_lower(4_408)_ -1
     W(409) obj 0.0001000000000000003
     W(409) c_u_upper(4_409)_ 1
     W(409) c_u_lower(4_409)_ -1
     W(410) obj -0.012849999999999981
     W(410) c_u_upper(4_410)_ 1
     W(410) c_u_lower(4_410)_ -1
     W(411) obj 0.0101
     W(411) c_u_upper(4_411)_ 1
     W(411) c_u_lower(4_411)_ -1
     W(412) obj 0.0032555555555555502
     W(412) c_u_upper(4_412)_ 1
     W(412) c_u_lower(4_412)_ -1
     W(413) obj 0.0044277777777777805
     W(413) c_u_upper(4_413)_ 1
     W(413) c_u_lower(4_413)_ -1
     W(414) obj -0.023938888888888933
     W(414) c_u_upper(4_414)_ 1
     W(414) c_u_lower(4_414)_ -1
     W(415) obj 0.0095555555555555463
     W(415) c_u_upper(4_415)_ 1
     W(415) c_u_lower(4_415)_ -1
     W(416) obj -0.0052055555555555674
     W(416) c_u_upper(4_416)_ 1
     W(416) c_u_lower(4_416)_ -1
     W(417) obj 0.0036555555555555616
     W(417) c_u_upper(4_417)_ 1
     W(417) c_u_lower(4_417)_ -1
     W(418) obj 0.0017333333333333304
     W(418) c_u_upper(4_418)_ 1
     W(418) c_u_lower(4_418)_ -1
     W(419) obj 0.0092666666666666661
     W(419) c_u_upper(4_419)_ 1
     W(419) c_u_lower(4_419)_ -1
     W(420) obj -0.040366666666666738
     W(420) c_u_upper(4_420)_ 1
     W(420) c_u_lower(4_420)_ -1
     W(421) obj 0.019449999999999988
     W(421) c_u_upper(4_421)_ 1
     W(421) c_u_lower(4_421)_ -1
     W(422) obj 0.005150000000000007
     W(422) c_u_upper(4_422)_ 1
     W(422) c_u_lower(4_422)_ -1
     W(423) obj 0.039049999999999974
     W(423) c_u_upper(4_423)_ 1
     W(423) c_u_lower(4_423)_ -1
     W(424) obj -0.0320166666666667
     W(424) c_u_upper(4_424)_ 1
     W(424) c_u_lower(4_424)_ -1
     W(425) obj 0.030499999999999982
     W(425) c_u_upper(4_425)_ 1
     W(425) c_u_lower(4_425)_ -1
     W(426) obj -0.050466666666666667
     W(426) c_u_upper(4_426)_ 1
     W(426) c_u_lower(4_426)_ -1
     W(427) obj 0.0075333333333333355
     W(427) c_u_upper(4_427)_ 1
     W(427) c_u_lower(4_427)_ -1
     W(428) obj -0.013699999999999995
     W(428) c_u_upper(4_428)_ 1
     W(428) c_u_lower(4_428)_ -1
     W(429) obj 0.034866666666666692
     W(429) c_u_upper(4_429)_ 1
     W(429) c_u_lower(4_429)_ -1
     W(430) obj 0.023983333333333336
     W(430) c_u_upper(4_430)_ 1
     W(430) c_u_lower(4_430)_ -1
     W(431) obj -0.024233333333333329
     W(431) c_u_upper(4_431)_ 1
     W(431) c_u_lower(4_431)_ -1
     W(432) obj -0.025341666666666651
     W(432) c_u_upper(4_432)_ 1
     W(432) c_u_lower(4_432)_ -1
     W(433) obj 0.051816666666666684
     W(433) c_u_upper(4_433)_ 1
     W(433) c_u_lower(4_433)_ -1
     W(434) obj -0.052466666666666648
     W(434) c_u_upper(4_434)_ 1
     W(434) c_u_lower(4_434)_ -1
     W(435) obj 0.029416666666666636
     W(435) c_u_upper(4_435)_ 1
     W(435) c_u_lower(4_435)_ -1
     W(436) obj -0.031691666666666674
     W(436) c_u_upper(4_436)_ 1
     W(436) c_u_lower(4_436)_ -1
     W(437) obj -0.010816666666666686
     W(437) c_u_upper(4_437)_ 1
     W(437) c_u_lower(4_437)_ -1
     W(438) obj -0.0055999999999999999
     W(438) c_u_upper(4_438)_ 1
     W(438) c_u_lower(4_438)_ -1
     W(439) obj 0.04493333333333329
     W(439) c_u_upper(4_439)_ 1
     W(439) c_u_lower(4_439)_ -1
     W(440) obj 0.033750000000000009
     W(440) c_u_upper(5_440)_ 1
     W(440) c_u_lower(5_440)_ -1
     W(441) obj -0.053749999999999985
     W(441) c_u_upper(5_441)_ 1
     W(441) c_u_lower(5_441)_ -1
     W(442) obj -0.00048611111111111522
     W(442) c_u_upper(5_442)_ 1
     W(442) c_u_lower(5_442)_ -1
     W(443) obj 0.02361111111111109
     W(443) c_u_upper(5_443)_ 1
     W(443) c_u_lower(5_443)_ -1
     W(444) obj -0.038055555555555558
     W(444) c_u_upper(5_444)_ 1
     W(444) c_u_lower(5_444)_ -1
     W(445) obj 0.018888888888888879
     W(445) c_u_upper(5_445)_ 1
     W(445) c_u_lower(5_445)_ -1
     W(446) obj 0.0054861111111111135
     W(446) c_u_upper(5_446)_ 1
     W(446) c_u_lower(5_446)_ -1
     W(447) obj -0.015694444444444452
     W(447) c_u_upper(5_447)_ 1
     W(447) c_u_lower(5_447)_ -1
     W(448) obj -0.019583333333333321
     W(448) c_u_upper(5_448)_ 1
     W(448) c_u_lower(5_448)_ -1
     W(449) obj 0.045833333333333372
     W(449) c_u_upper(5_449)_ 1
     W(449) c_u_lower(5_449)_ -1
     W(450) obj -0.0099499999999999988
     W(450) c_u_upper(5_450)_ 1
     W(450) c_u_lower(5_450)_ -1
     W(451) obj 0.025283333333333335
     W(451) c_u_upper(5_451)_ 1
     W(451) c_u_lower(5_451)_ -1
     W(452) obj 0.025358333333333347
     W(452) c_u_upper(5_452)_ 1
     W(452) c_u_lower(5_452)_ -1
     W(453) obj -0.018449999999999991
     W(453) c_u_upper(5_453)_ 1
     W(453) c_u_lower(5_453)_ -1
     W(454) obj -0.004099999999999996
     W(454) c_u_upper(5_454)_ 1
     W(454) c_u_lower(5_454)_ -1
     W(455) obj -0.0078333333333333362
     W(455) c_u_upper(5_455)_ 1
     W(455) c_u_lower(5_455)_ -1
     W(456) obj -0.0065083333333333356
     W(456) c_u_upper(5_456)_ 1
     W(456) c_u_lower(5_456)_ -1
     W(457) obj 0.0067000000000000054
     W(457) c_u_upper(5_457)_ 1
     W(457) c_u_lower(5_457)_ -1
     W(458) obj 0.00046666666666666764
     W(458) c_u_upper(5_458)_ 1
     W(458) c_u_lower(5_458)_ -1
     W(459) obj -0.010966666666666664
     W(459) c_u_upper(5_459)_ 1
     W(459) c_u_lower(5_459)_ -1
     W(460) obj -0.014250000000000007
     W(460) c_u_upper(5_460)_ 1
     W(460) c_u_lower(5_460)_ -1
     W(461) obj 0.026333333333333316
     W(461) c_u_upper(5_461)_ 1
     W(461) c_u_lower(5_461)_ -1
     W(462) obj 0.0066249999999999946
     W(462) c_u_upper(5_462)_ 1
     W(462) c_u_lower(5_462)_ -1
     W(463) obj -0.014249999999999995
     W(463) c_u_upper(5_463)_ 1
     W(463) c_u_lower(5_463)_ -1
     W(464) obj 0.01850000000000003
     W(464) c_u_upper(5_464)_ 1
     W(464) c_u_lower(5_464)_ -1
     W(465) obj 0.0087500000000000043
     W(465) c_u_upper(5_465)_ 1
     W(465) c_u_lower(5_465)_ -1
     W(466) obj -0.036374999999999977
     W(466) c_u_upper(5_466)_ 1
     W(466) c_u_lower(5_466)_ -1
     W(467) obj 0.0096666666666666724
     W(467) c_u_upper(5_467)_ 1
     W(467) c_u_lower(5_467)_ -1
     W(468) obj 0.013249999999999987
     W(468) c_u_upper(5_468)_ 1
     W(468) c_u_lower(5_468)_ -1
     W(469) obj -0.018250000000000037
     W(469) c_u_upper(5_469)_ 1
     W(469) c_u_lower(5_469)_ -1
     W(470) obj 0.00016666666666666718
     W(470) c_u_upper(5_470)_ 1
     W(470) c_u_lower(5_470)_ -1
     W(471) obj 0.0002499999999999999
     W(471) c_u_upper(5_471)_ 1
     W(471) c_u_lower(5_471)_ -1
     W(472) obj 0.00015277777777777704
     W(472) c_u_upper(5_472)_ 1
     W(472) c_u_lower(5_472)_ -1
     W(473) obj 0.00030555555555555463
     W(473) c_u_upper(5_473)_ 1
     W(473) c_u_lower(5_473)_ -1
     W(474) obj 0.00022222222222222296
     W(474) c_u_upper(5_474)_ 1
     W(474) c_u_lower(5_474)_ -1
     W(475) obj 0.00027777777777777805
     W(475) c_u_upper(5_475)_ 1
     W(475) c_u_lower(5_475)_ -1
     W(476) obj -0.00023611111111111115
     W(476) c_u_upper(5_476)_ 1
     W(476) c_u_lower(5_476)_ -1
     W(477) obj 0.00011111111111111141
     W(477) c_u_upper(5_477)_ 1
     W(477) c_u_lower(5_477)_ -1
     W(478) obj 0.00016666666666666718
     W(478) c_u_upper(5_478)_ 1
     W(478) c_u_lower(5_478)_ -1
     W(479) obj -0.0014166666666666672
     W(479) c_u_upper(5_479)_ 1
     W(479) c_u_lower(5_479)_ -1
     W(480) obj 0.00026666666666666771
     W(480) c_u_upper(6_480)_ 1
     W(480) c_u_lower(6_480)_ -1
     W(481) obj 0.00040000000000000137
     W(481) c_u_upper(6_481)_ 1
     W(481) c_u_lower(6_481)_ -1
     W(482) obj 0.0002444444444444454
     W(482) c_u_upper(6_482)_ 1
     W(482) c_u_lower(6_482)_ -1
     W(483) obj 0.00048888888888889005
     W(483) c_u_upper(6_483)_ 1
     W(483) c_u_lower(6_483)_ -1
     W(484) obj -0.0029777777777777749
     W(484) c_u_upper(6_484)_ 1
     W(484) c_u_lower(6_484)_ -1
     W(485) obj 0.00044444444444444582
     W(485) c_u_upper(6_485)_ 1
     W(485) c_u_lower(6_485)_ -1
     W(486) obj 0.00028888888888889001
     W(486) c_u_upper(6_486)_ 1
     W(486) c_u_lower(6_486)_ -1
     W(487) obj 0.00017777777777777846
     W(487) c_u_upper(6_487)_ 1
     W(487) c_u_lower(6_487)_ -1
     W(488) obj 0.00026666666666666771
     W(488) c_u_upper(6_488)_ 1
     W(488) c_u_lower(6_488)_ -1
     W(489) obj 0.00040000000000000121
     W(489) c_u_upper(6_489)_ 1
     W(489) c_u_lower(6_489)_ -1
     W(490) obj 0.0016666666666666705
     W(490) c_u_upper(6_490)_ 1
     W(490) c_u_lower(6_490)_ -1
     W(491) obj 0.0062500000000000047
     W(491) c_u_upper(6_491)_ 1
     W(491) c_u_lower(6_491)_ -1
     W(492) obj -0.0036805555555555537
     W(492) c_u_upper(6_492)_ 1
     W(492) c_u_lower(6_492)_ -1
     W(493) obj -0.0011111111111111035
     W(493) c_u_upper(6_493)_ 1
     W(493) c_u_lower(6_493)_ -1
     W(494) obj -0.0040277777777777725
     W(494) c_u_upper(6_494)_ 1
     W(494) c_u_lower(6_494)_ -1
     W(495) obj 0.0015277777777777807
     W(495) c_u_upper(6_495)_ 1
     W(495) c_u_lower(6_495)_ -1
     W(496) obj 0.0011805555555555573
     W(496) c_u_upper(6_496)_ 1
     W(496) c_u_lower(6_496)_ -1
     W(497) obj 0.0027777777777777831
     W(497) c_u_upper(6_497)_ 1
     W(497) c_u_lower(6_497)_ -1
     W(498) obj -0.0020833333333333285
     W(498) c_u_upper(6_498)_ 1
     W(498) c_u_lower(6_498)_ -1
     W(499) obj -0.0024999999999999974
     W(499) c_u_upper(6_499)_ 1
     W(499) c_u_lower(6_499)_ -1
     W(500) obj -0.031500000000000014
     W(500) c_u_upper(6_500)_ 1
     W(500) c_u_lower(6_500)_ -1
     W(501) obj 0.030249999999999999
     W(501) c_u_upper(6_501)_ 1
     W(501) c_u_lower(6_501)_ -1
     W(502) obj -0.01693055555555556
     W(502) c_u_upper(6_502)_ 1
     W(502) c_u_lower(6_502)_ -1
     W(503) obj 0.0023888888888888887
     W(503) c_u_upper(6_503)_ 1
     W(503) c_u_lower(6_503)_ -1
     W(504) obj 0.021472222222222222
     W(504) c_u_upper(6_504)_ 1
     W(504) c_u_lower(6_504)_ -1
     W(505) obj 0.012777777777777773
     W(505) c_u_upper(6_505)_ 1
     W(505) c_u_lower(6_505)_ -1
     W(506) obj -0.021902777777777757
     W(506) c_u_upper(6_506)_ 1
     W(506) c_u_lower(6_506)_ -1
     W(507) obj 0.019694444444444455
     W(507) c_u_upper(6_507)_ 1
     W(507) c_u_lower(6_507)_ -1
     W(508) obj -0.0115
     W(508) c_u_upper(6_508)_ 1
     W(508) c_u_lower(6_508)_ -1
     W(509) obj -0.0047499999999999999
     W(509) c_u_upper(6_509)_ 1
     W(509) c_u_lower(6_509)_ -1
     W(510) obj -0.0065666666666666651
     W(510) c_u_upper(6_510)_ 1
     W(510) c_u_lower(6_510)_ -1
     W(511) obj -0.010266666666666658
     W(511) c_u_upper(6_511)_ 1
     W(511) c_u_lower(6_511)_ -1
     W(512) obj -0.02983888888888888
     W(512) c_u_upper(6_512)_ 1
     W(512) c_u_lower(6_512)_ -1
     W(513) obj 0.025738888888888884
     W(513) c_u_upper(6_513)_ 1
     W(513) c_u_lower(6_513)_ -1
     W(514) obj -0.0022277777777777747
     W(514) c_u_upper(6_514)_ 1
     W(514) c_u_lower(6_514)_ -1
     W(515) obj 0.016694444444444453
     W(515) c_u_upper(6_515)_ 1
     W(515) c_u_lower(6_515)_ -1
     W(516) obj -0.020794444444444435
     W(516) c_u_upper(6_516)_ 1
     W(516) c_u_lower(6_516)_ -1
     W(517) obj -0.0071555555555555548
     W(517) c_u_upper(6_517)_ 1
     W(517) c_u_lower(6_517)_ -1
     W(518) obj 0.010516666666666664
     W(518) c_u_upper(6_518)_ 1
     W(518) c_u_lower(6_518)_ -1
     W(519) obj 0.023899999999999994
     W(519) c_u_upper(6_519)_ 1
     W(519) c_u_lower(6_519)_ -1
     W(520) obj -0.0032333333333333346
     W(520) c_u_upper(7_520)_ 1
     W(520) c_u_lower(7_520)_ -1
     W(521) obj -0.034016666666666646
     W(521) c_u_upper(7_521)_ 1
     W(521) c_u_lower(7_521)_ -1
     W(522) obj -0.013797222222222221
     W(522) c_u_upper(7_522)_ 1
     W(522) c_u_lower(7_522)_ -1
     W(523) obj 0.014905555555555556
     W(523) c_u_upper(7_523)_ 1
     W(523) c_u_lower(7_523)_ -1
     W(524) obj -0.019311111111111116
     W(524) c_u_upper(7_524)_ 1
     W(524) c_u_lower(7_524)_ -1
     W(525) obj -0.0028888888888888896
     W(525) c_u_upper(7_525)_ 1
     W(525) c_u_lower(7_525)_ -1
     W(526) obj 0.03066388888888889
     W(526) c_u_upper(7_526)_ 1
     W(526) c_u_lower(7_526)_ -1
     W(527) obj 0.0028444444444444433
     W(527) c_u_upper(7_527)_ 1
     W(527) c_u_lower(7_527)_ -1
     W(528) obj 9.9999999999997199e-05
     W(528) c_u_upper(7_528)_ 1
     W(528) c_u_lower(7_528)_ -1
     W(529) obj 0.024733333333333347
     W(529) c_u_upper(7_529)_ 1
     W(529) c_u_lower(7_529)_ -1
     W(530) obj -0.022366666666666677
     W(530) c_u_upper(7_530)_ 1
     W(530) c_u_lower(7_530)_ -1
     W(531) obj 0.02145
     W(531) c_u_upper(7_531)_ 1
     W(531) c_u_lower(7_531)_ -1
     W(532) obj -0.0089750000000000055
     W(532) c_u_upper(7_532)_ 1
     W(532) c_u_lower(7_532)_ -1
     W(533) obj -0.020033333333333334
     W(533) c_u_upper(7_533)_ 1
     W(533) c_u_lower(7_533)_ -1
     W(534) obj 0.030316666666666679
     W(534) c_u_upper(7_534)_ 1
     W(534) c_u_lower(7_534)_ -1
     W(535) obj -0.0015833333333333333
     W(535) c_u_upper(7_535)_ 1
     W(535) c_u_lower(7_535)_ -1
     W(536) obj -0.0065916666666666632
     W(536) c_u_upper(7_536)_ 1
     W(536) c_u_lower(7_536)_ -1
     W(537) obj 0.027866666666666654
     W(537) c_u_upper(7_537)_ 1
     W(537) c_u_lower(7_537)_ -1
     W(538) obj -0.001950000000000001
     W(538) c_u_upper(7_538)_ 1
     W(538) c_u_lower(7_538)_ -1
     W(539) obj -0.018133333333333335
     W(539) c_u_upper(7_539)_ 1
     W(539) c_u_lower(7_539)_ -1
     W(540) obj 0.0058000000000000013
     W(540) c_u_upper(7_540)_ 1
     W(540) c_u_lower(7_540)_ -1
     W(541) obj 0.018283333333333325
     W(541) c_u_upper(7_541)_ 1
     W(541) c_u_lower(7_541)_ -1
     W(542) obj -0.01954444444444442
     W(542) c_u_upper(7_542)_ 1
     W(542) c_u_lower(7_542)_ -1
     W(543) obj -0.011588888888888886
     W(543) c_u_upper(7_543)_ 1
     W(543) c_u_lower(7_543)_ -1
     W(544) obj 0.025511111111111089
     W(544) c_u_upper(7_544)_ 1
     W(544) c_u_lower(7_544)_ -1
     W(545) obj 0.022722222222222192
     W(545) c_u_upper(7_545)_ 1
     W(545) c_u_lower(7_545)_ -1
     W(546) obj -0.043438888888888937
     W(546) c_u_upper(7_546)_ 1
     W(546) c_u_lower(7_546)_ -1
     W(547) obj 0.012755555555555541
     W(547) c_u_upper(7_547)_ 1
     W(547) c_u_lower(7_547)_ -1
     W(548) obj 0.0070500000000000129
     W(548) c_u_upper(7_548)_ 1
     W(548) c_u_lower(7_548)_ -1
     W(549) obj -0.017550000000000027
     W(549) c_u_upper(7_549)_ 1
     W(549) c_u_lower(7_549)_ -1
     W(550) obj 0.0010666666666666698
     W(550) c_u_upper(7_550)_ 1
     W(550) c_u_lower(7_550)_ -1
     W(551) obj -0.0038166666666666787
     W(551) c_u_upper(7_551)_ 1
     W(551) c_u_lower(7_551)_ -1
     W(552) obj -0.0019388888888888982
     W(552) c_u_upper(7_552)_ 1
     W(552) c_u_lower(7_552)_ -1
     W(553) obj 0.0019555555555555585
     W(553) c_u_upper(7_553)_ 1
     W(553) c_u_lower(7_553)_ -1
     W(554) obj 0.0014222222222222264
     W(554) c_u_upper(7_554)_ 1
     W(554) c_u_lower(7_554)_ -1
     W(555) obj 0.0017777777777777826
     W(555) c_u_upper(7_555)_ 1
     W(555) c_u_lower(7_555)_ -1
     W(556) obj -0.0013444444444444465
     W(556) c_u_upper(7_556)_ 1
     W(556) c_u_lower(7_556)_ -1
     W(557) obj 0.0007111111111111131
     W(557) c_u_upper(7_557)_ 1
     W(557) c_u_lower(7_557)_ -1
     W(558) obj 0.00065000000000000355
     W(558) c_u_upper(7_558)_ 1
     W(558) c_u_lower(7_558)_ -1
     W(559) obj -0.00048333333333333431
     W(559) c_u_upper(7_559)_ 1
     W(559) c_u_lower(7_559)_ -1
     W(560) c_u_upper(6_560)_ 1
     W(560) c_u_lower(6_560)_ -1
     W(561) c_u_upper(6_561)_ 1
     W(561) c_u_lower(6_561)_ -1
     W(562) c_u_upper(6_562)_ 1
     W(562) c_u_lower(6_562)_ -1
     W(563) c_u_upper(6_563)_ 1
     W(563) c_u_lower(6_563)_ -1
     W(564) c_u_upper(6_564)_ 1
     W(564) c_u_lower(6_564)_ -1
     W(565) c_u_upper(6_565)_ 1
     W(565) c_u_lower(6_565)_ -1
     W(566) c_u_upper(6_566)_ 1
     W(566) c_u_lower(6_566)_ -1
     W(567) c_u_upper(6_567)_ 1
     W(567) c_u_lower(6_567)_ -1
     W(568) c_u_upper(6_568)_ 1
     W(568) c_u_lower(6_568)_ -1
     W(569) c_u_upper(6_569)_ 1
     W(569) c_u_lower(6_569)_ -1
     W(570) obj 0.0013333333333333352
     W(570) c_u_upper(6_570)_ 1
     W(570) c_u_lower(6_570)_ -1
     W(571) obj 0.002
     W(571) c_u_upper(6_571)_ 1
     W(571) c_u_lower(6_571)_ -1
     W(572) obj -0.0033611111111111177
     W(572) c_u_upper(6_572)_ 1
     W(572) c_u_lower(6_572)_ -1
     W(573) obj -0.0008888888888888898
     W(573) c_u_upper(6_573)_ 1
     W(573) c_u_lower(6_573)_ -1
     W(574) obj 0.0017777777777777822
     W(574) c_u_upper(6_574)_ 1
     W(574) c_u_lower(6_574)_ -1
     W(575) obj -0.0048611111111111164
     W(575) c_u_upper(6_575)_ 1
     W(575) c_u_lower(6_575)_ -1
     W(576) obj 0.0014444444444444448
     W(576) c_u_upper(6_576)_ 1
     W(576) c_u_lower(6_576)_ -1
     W(577) obj 0.00088888888888889077
     W(577) c_u_upper(6_577)_ 1
     W(577) c_u_lower(6_577)_ -1
     W(578) obj 0.00091666666666666697
     W(578) c_u_upper(6_578)_ 1
     W(578) c_u_lower(6_578)_ -1
     W(579) obj 0.00074999999999999861
     W(579) c_u_upper(6_579)_ 1
     W(579) c_u_lower(6_579)_ -1
     W(580) obj 0.0089666666666666523
     W(580) c_u_upper(6_580)_ 1
     W(580) c_u_lower(6_580)_ -1
     W(581) obj 0.03011666666666668
     W(581) c_u_upper(6_581)_ 1
     W(581) c_u_lower(6_581)_ -1
     W(582) obj -0.019558333333333316
     W(582) c_u_upper(6_582)_ 1
     W(582) c_u_lower(6_582)_ -1
     W(583) obj -0.031616666666666633
     W(583) c_u_upper(6_583)_ 1
     W(583) c_u_lower(6_583)_ -1
     W(584) obj 0.023900000000000001
     W(584) c_u_upper(6_584)_ 1
     W(584) c_u_lower(6_584)_ -1
     W(585) obj -0.028249999999999997
     W(585) c_u_upper(6_585)_ 1
     W(585) c_u_lower(6_585)_ -1
     W(586) obj 0.01915833333333335
     W(586) c_u_upper(6_586)_ 1
     W(586) c_u_lower(6_586)_ -1
     W(587) obj 0.0011166666666666668
     W(587) c_u_upper(6_587)_ 1
     W(587) c_u_lower(6_587)_ -1
     W(588) obj 0.0039666666666666687
     W(588) c_u_upper(6_588)_ 1
     W(588) c_u_lower(6_588)_ -1
     W(589) obj -0.0077999999999999996
     W(589) c_u_upper(6_589)_ 1
     W(589) c_u_lower(6_589)_ -1
     W(590) obj -0.0091666666666666632
     W(590) c_u_upper(6_590)_ 1
     W(590) c_u_lower(6_590)_ -1
     W(591) obj 0.028750000000000012
     W(591) c_u_upper(6_591)_ 1
     W(591) c_u_lower(6_591)_ -1
     W(592) obj -0.01256944444444443
     W(592) c_u_upper(6_592)_ 1
     W(592) c_u_lower(6_592)_ -1
     W(593) obj -0.025555555555555533
     W(593) c_u_upper(6_593)_ 1
     W(593) c_u_lower(6_593)_ -1
     W(594) obj 0.02527777777777776
     W(594) c_u_upper(6_594)_ 1
     W(594) c_u_lower(6_594)_ -1
     W(595) obj -0.011111111111111106
     W(595) c_u_upper(6_595)_ 1
     W(595) c_u_lower(6_595)_ -1
     W(596) obj 0.0021527777777777799
     W(596) c_u_upper(6_596)_ 1
     W(596) c_u_lower(6_596)_ -1
     W(597) obj 0.00013888888888888726
     W(597) c_u_upper(6_597)_ 1
     W(597) c_u_lower(6_597)_ -1
     W(598) obj -0.0029166666666666737
     W(598) c_u_upper(6_598)_ 1
     W(598) c_u_lower(6_598)_ -1
     W(599) obj 0.0049999999999999992
     W(599) c_u_upper(6_599)_ 1
     W(599) c_u_lower(6_599)_ -1
     W(600) obj -0.0097666666666666527
     W(600) c_u_upper(7_600)_ 1
     W(600) c_u_lower(7_600)_ -1
     W(601) obj -0.0067333333333333316
     W(601) c_u_upper(7_601)_ 1
     W(601) c_u_lower(7_601)_ -1
     W(602) obj -0.0049944444444444498
     W(602) c_u_upper(7_602)_ 1
     W(602) c_u_lower(7_602)_ -1
     W(603) obj -0.017072222222222221
     W(603) c_u_upper(7_603)_ 1
     W(603) c_u_lower(7_603)_ -1
     W(604) obj 0.012394444444444441
     W(604) c_u_upper(7_604)_ 1
     W(604) c_u_lower(7_604)_ -1
     W(605) obj 0.022472222222222209
     W(605) c_u_upper(7_605)_ 1
     W(605) c_u_lower(7_605)_ -1
     W(606) obj -0.017455555555555561
     W(606) c_u_upper(7_606)_ 1
     W(606) c_u_lower(7_606)_ -1
     W(607) obj 0.028905555555555539
     W(607) c_u_upper(7_607)_ 1
     W(607) c_u_lower(7_607)_ -1
     W(608) obj 0.003983333333333324
     W(608) c_u_upper(7_608)_ 1
     W(608) c_u_lower(7_608)_ -1
     W(609) obj -0.011733333333333325
     W(609) c_u_upper(7_609)_ 1
     W(609) c_u_lower(7_609)_ -1
     W(610) obj 0.0039666666666666635
     W(610) c_u_upper(7_610)_ 1
     W(610) c_u_lower(7_610)_ -1
     W(611) obj -0.0048833333333333359
     W(611) c_u_upper(7_611)_ 1
     W(611) c_u_lower(7_611)_ -1
     W(612) obj -0.017683333333333332
     W(612) c_u_upper(7_612)_ 1
     W(612) c_u_lower(7_612)_ -1
     W(613) obj -0.012450000000000003
     W(613) c_u_upper(7_613)_ 1
     W(613) c_u_lower(7_613)_ -1
     W(614) obj 0.031399999999999983
     W(614) c_u_upper(7_614)_ 1
     W(614) c_u_lower(7_614)_ -1
     W(615) obj 0.031750000000000028
     W(615) c_u_upper(7_615)_ 1
     W(615) c_u_lower(7_615)_ -1
     W(616) obj -0.031883333333333347
     W(616) c_u_upper(7_616)_ 1
     W(616) c_u_lower(7_616)_ -1
     W(617) obj 0.022783333333333319
     W(617) c_u_upper(7_617)_ 1
     W(617) c_u_lower(7_617)_ -1
     W(618) obj 0.0043833333333333268
     W(618) c_u_upper(7_618)_ 1
     W(618) c_u_lower(7_618)_ -1
     W(619) obj -0.027383333333333332
     W(619) c_u_upper(7_619)_ 1
     W(619) c_u_lower(7_619)_ -1
     W(620) obj 0.0060999999999999848
     W(620) c_u_upper(7_620)_ 1
     W(620) c_u_lower(7_620)_ -1
     W(621) obj -0.0021000000000000046
     W(621) c_u_upper(7_621)_ 1
     W(621) c_u_lower(7_621)_ -1
     W(622) obj -0.032533333333333289
     W(622) c_u_upper(7_622)_ 1
     W(622) c_u_lower(7_622)_ -1
     W(623) obj 0.0099333333333333183
     W(623) c_u_upper(7_623)_ 1
     W(623) c_u_lower(7_623)_ -1
     W(624) obj 0.011466666666666651
     W(624) c_u_upper(7_624)_ 1
     W(624) c_u_lower(7_624)_ -1
     W(625) obj 0.01433333333333333
     W(625) c_u_upper(7_625)_ 1
     W(625) c_u_lower(7_625)_ -1
     W(626) obj -0.014849999999999992
     W(626) c_u_upper(7_626)_ 1
     W(626) c_u_lower(7_626)_ -1
     W(627) obj 0.0057333333333333212
     W(627) c_u_upper(7_627)_ 1
     W(627) c_u_lower(7_627)_ -1
     W(628) obj 0.006099999999999977
     W(628) c_u_upper(7_628)_ 1
     W(628) c_u_lower(7_628)_ -1
     W(629) obj -0.0041833333333333401
     W(629) c_u_upper(7_629)_ 1
     W(629) c_u_lower(7_629)_ -1
     W(630) obj 0.0017000000000000012
     W(630) c_u_upper(7_630)_ 1
     W(630) c_u_lower(7_630)_ -1
     W(631) obj -0.0070333333333333506
     W(631) c_u_upper(7_631)_ 1
     W(631) c_u_lower(7_631)_ -1
     W(632) obj -0.0096916666666666627
     W(632) c_u_upper(7_632)_ 1
     W(632) c_u_lower(7_632)_ -1
     W(633) obj 0.0031166666666666695
     W(633) c_u_upper(7_633)_ 1
     W(633) c_u_lower(7_633)_ -1
     W(634) obj 0.0022666666666666603
     W(634) c_u_upper(7_634)_ 1
     W(634) c_u_lower(7_634)_ -1
     W(635) obj 0.0028333333333333331
     W(635) c_u_upper(7_635)_ 1
     W(635) c_u_lower(7_635)_ -1
     W(636) obj 0.0018416666666666696
     W(636) c_u_upper(7_636)_ 1
     W(636) c_u_lower(7_636)_ -1
     W(637) obj 0.0011333333333333308
     W(637) c_u_upper(7_637)_ 1
     W(637) c_u_lower(7_637)_ -1
     W(638) obj 0.0017000000000000023
     W(638) c_u_upper(7_638)_ 1
     W(638) c_u_lower(7_638)_ -1
     W(639) obj 0.002133333333333336
     W(639) c_u_upper(7_639)_ 1
     W(639) c_u_lower(7_639)_ -1
     y(0) obj 0.022300000000000004
     y(0) c_u_upper(0_0)_ -0.4905416423834677
     y(0) c_u_upper(0_1)_ -0.4905416423834677
     y(0) c_u_upper(0_2)_ -0.4905416423834677
     y(0) c_u_upper(0_3)_ -0.4905416423834677
     y(0) c_u_upper(0_4)_ -0.4905416423834677
     y(0) c_u_upper(0_5)_ -0.4905416423834677
     y(0) c_u_upper(0_6)_ -0.4905416423834677
     y(0) c_u_upper(0_7)_ -0.4905416423834677
     y(0) c_u_upper(0_8)_ -0.4905416423834677
     y(0) c_u_upper(0_9)_ -0.4905416423834677
     y(0) c_u_upper(0_10)_ -0.4905416423834677
     y(0) c_u_upper(0_11)_ -0.4905416423834677
     y(0) c_u_upper(0_12)_ -0.4905416423834677
     y(0) c_u_upper(0_13)_ -0.4905416423834677
     y(0) c_u_upper(0_14)_ -0.4905416423834677
     y(0) c_u_upper(0_15)_ -0.4905416423834677
     y(0) c_u_upper(0_16)_ -0.4905416423834677
     y(0) c_u_upper(0_17)_ -0.4905416423834677
     y(0) c_u_upper(0_18)_ -0.4905416423834677
     y(0) c_u_upper(0_19)_ -0.4905416423834677
     y(0) c_u_upper(0_20)_ -0.4905416423834677
     y(0) c_u_upper(0_21)_ -0.4905416423834677
     y(0) c_u_upper(0_22)_ -0.4905416423834677
     y(0) c_u_upper(0_23)_ -0.4905416423834677
     y(0) c_u_upper(0_24)_ -0.4905416423834677
     y(0) c_u_upper(0_25)_ -0.4905416423834677
     y(0) c_u_upper(0_26)_ -0.4905416423834677
     y(0) c_u_upper(0_27)_ -0.4905416423834677
     y(0) c_u_upper(0_28)_ -0.4905416423834677
     y(0) c_u_upper(0_29)_ -0.4905416423834677
     y(0) c_u_upper(0_30)_ -0.4905416423834677
     y(0) c_u_upper(0_31)_ -0.4905416423834677
     y(0) c_u_upper(0_32)_ -0.4905416423834677
     y(0) c_u_upper(0_33)_ -0.4905416423834677
     y(0) c_u_upper(0_34)_ -0.4905416423834677
     y(0) c_u_upper(0_35)_ -0.4905416423834677
     y(0) c_u_upper(0_36)_ -0.4905416423834677
     y(0) c_u_upper(0_37)_ -0.4905416423834677
     y(0) c_u_upper(0_38)_ -0.4905416423834677
     y(0) c_u_upper(0_39)_ -0.4905416423834677
     y(0) c_u_upper(0_80)_ -0.4905416423834677
     y(0) c_u_upper(0_81)_ -0.4905416423834677
     y(0) c_u_upper(0_82)_ -0.4905416423834677
     y(0) c_u_upper(0_83)_ -0.4905416423834677
     y(0) c_u_upper(0_84)_ -0.4905416423834677
     y(0) c_u_upper(0_85)_ -0.4905416423834677
     y(0) c_u_upper(0_86)_ -0.4905416423834677
     y(0) c_u_upper(0_87)_ -0.4905416423834677
     y(0) c_u_upper(0_88)_ -0.4905416423834677
     y(0) c_u_upper(0_89)_ -0.4905416423834677
     y(0) c_u_upper(0_90)_ -0.4905416423834677
     y(0) c_u_upper(0_91)_ -0.4905416423834677
     y(0) c_u_upper(0_92)_ -0.4905416423834677
     y(0) c_u_upper(0_93)_ -0.4905416423834677
     y(0) c_u_upper(0_94)_ -0.4905416423834677
     y(0) c_u_upper(0_95)_ -0.4905416423834677
     y(0) c_u_upper(0_96)_ -0.4905416423834677
     y(0) c_u_upper(0_97)_ -0.4905416423834677
     y(0) c_u_upper(0_98)_ -0.4905416423834677
     y(0) c_u_upper(0_99)_ -0.4905416423834677
     y(0) c_u_upper(0_100)_ -0.4905416423834677
     y(0) c_u_upper(0_101)_ -0.4905416423834677
     y(0) c_u_upper(0_102)_ -0.4905416423834677
     y(0) c_u_upper(0_103)_ -0.4905416423834677
     y(0) c_u_upper(0_104)_ -0.4905416423834677
     y(0) c_u_upper(0_105)_ -0.4905416423834677
     y(0) c_u_upper(0_106)_ -0.4905416423834677
     y(0) c_u_upper(0_107)_ -0.4905416423834677
     y(0) c_u_upper(0_108)_ -0.4905416423834677
     y(0) c_u_upper(0_109)_ -0.4905416423834677
     y(0) c_u_upper(0_110)_ -0.4905416423834677
     y(0) c_u_upper(0_111)_ -0.4905416423834677
     y(0) c_u_upper(0_112)_ -0.4905416423834677
     y(0) c_u_upper(0_113)_ -0.4905416423834677
     y(0) c_u_upper(0_114)_ -0.4905416423834677
     y(0) c_u_upper(0_115)_ -0.4905416423834677
     y(0) c_u_upper(0_116)_ -0.4905416423834677
     y(0) c_u_upper(0_117)_ -0.4905416423834677
     y(0) c_u_upper(0_118)_ -0.4905416423834677
     y(0) c_u_upper(0_119)_ -0.4905416423834677
     y(0) c_u_lower(0_0)_ -0.4905416423834677
     y(0) c_u_lower(0_1)_ -0.4905416423834677
     y(0) c_u_lower(0_2)_ -0.4905416423834677
     y(0) c_u_lower(0_3)_ -0.4905416423834677
     y(0) c_u_lower(0_4)_ -0.4905416423834677
     y(0) c_u_lower(0_5)_ -0.4905416423834677
     y(0) c_u_lower(0_6)_ -0.4905416423834677
     y(0) c_u_lower(0_7)_ -0.4905416423834677
     y(0) c_u_lower(0_8)_ -0.4905416423834677
     y(0) c_u_lower(0_9)_ -0.4905416423834677
     y(0) c_u_lower(0_10)_ -0.4905416423834677
     y(0) c_u_lower(0_11)_ -0.4905416423834677
     y(0) c_u_lower(0_12)_ -0.4905416423834677
     y(0) c_u_lower(0_13)_ -0.4905416423834677
     y(0) c_u_lower(0_14)_ -0.4905416423834677
     y(0) c_u_lower(0_15)_ -0.4905416423834677
     y(0) c_u_lower(0_16)_ -0.4905416423834677
     y(0) c_u_lower(0_17)_ -0.4905416423834677
     y(0) c_u_lower(0_18)_ -0.4905416423834677
     y(0) c_u_lower(0_19)_ -0.4905416423834677
     y(0) c_u_lower(0_20)_ -0.4905416423834677
     y(0) c_u_lower(0_21)_ -0.4905416423834677
     y(0) c_u_lower(0_22)_ -0.4905416423834677
     y(0) c_u_lower(0_23)_ -0.4905416423834677
     y(0) c_u_lower(0_24)_ -0.4905416423834677
     y(0) c_u_lower(0_25)_ -0.4905416423834677
     y(0) c_u_lower(0_26)_ -0.4905416423834677
     y(0) c_u_lower(0_27)_ -0.4905416423834677
     y(0) c_u_lower(0_28)_ -0.4905416423834677
     y(0) c_u_lower(0_29)_ -0.4905416423834677
     y(0) c_u_lower(0_30)_ -0.4905416423834677
     y(0) c_u_lower(0_31)_ -0.4905416423834677
     y(0) c_u_lower(0_32)_ -0.4905416423834677
     y(0) c_u_lower(0_33)_ -0.4905416423834677
     y(0) c_u_lower(0_34)_ -0.4905416423834677
     y(0) c_u_lower(0_35)_ -0.4905416423834677
     y(0) c_u_lower(0_36)_ -0.4905416423834677
     y(0) c_u_lower(0_37)_ -0.4905416423834677
     y(0) c_u_lower(0_38)_ -0.4905416423834677
     y(0) c_u_lower(0_39)_ -0.4905416423834677
     y(0) c_u_lower(0_80)_ -0.4905416423834677
     y(0) c_u_lower(0_81)_ -0.4905416423834677
     y(0) c_u_lower(0_82)_ -0.4905416423834677
     y(0) c_u_lower(0_83)_ -0.4905416423834677
     y(0) c_u_lower(0_84)_ -0.4905416423834677
     y(0) c_u_lower(0_85)_ -0.4905416423834677
     y(0) c_u_lower(0_86)_ -0.4905416423834677
     y(0) c_u_lower(0_87)_ -0.4905416423834677
     y(0) c_u_lower(0_88)_ -0.4905416423834677
     y(0) c_u_lower(0_89)_ -0.4905416423834677
     y(0) c_u_lower(0_90)_ -0.4905416423834677
     y(0) c_u_lower(0_91)_ -0.4905416423834677
     y(0) c_u_lower(0_92)_ -0.4905416423834677
     y(0) c_u_lower(0_93)_ -0.4905416423834677
     y(0) c_u_lower(0_94)_ -0.4905416423834677
     y(0) c_u_lower(0_95)_ -0.4905416423834677
     y(0) c_u_lower(0_96)_ -0.4905416423834677
     y(0) c_u_lower(0_97)_ -0.4905416423834677
     y(0) c_u_lower(0_98)_ -0.4905416423834677
     y(0) c_u_lower(0_99)_ -0.4905416423834677
     y(0) c_u_lower(0_100)_ -0.4905416423834677
     y(0) c_u_lower(0_101)_ -0.4905416423834677
     y(0) c_u_lower(0_102)_ -0.4905416423834677
     y(0) c_u_lower(0_103)_ -0.4905416423834677
     y(0) c_u_lower(0_104)_ -0.4905416423834677
     y(0) c_u_lower(0_105)_ -0.4905416423834677
     y(0) c_u_lower(0_106)_ -0.4905416423834677
     y(0) c_u_lower(0_107)_ -0.4905416423834677
     y(0) c_u_lower(0_108)_ -0.4905416423834677
     y(0) c_u_lower(0_109)_ -0.4905416423834677
     y(0) c_u_lower(0_110)_ -0.4905416423834677
     y(0) c_u_lower(0_111)_ -0.4905416423834677
     y(0) c_u_lower(0_112)_ -0.4905416423834677
     y(0) c_u_lower(0_113)_ -0.4905416423834677
     y(0) c_u_lower(0_114)_ -0.4905416423834677
     y(0) c_u_lower(0_115)_ -0.4905416423834677
     y(0) c_u_lower(0_116)_ -0.4905416423834677
     y(0) c_u_lower(0_117)_ -0.4905416423834677
     y(0) c_u_lower(0_118)_ -0.4905416423834677
     y(0) c_u_lower(0_119)_ -0.4905416423834677
     y(1) obj 0.022300000000000004
     y(1) c_u_upper(1_40)_ -0.4905416423834677
     y(1) c_u_upper(1_41)_ -0.4905416423834677
     y(1) c_u_upper(1_42)_ -0.4905416423834677
     y(1) c_u_upper(1_43)_ -0.4905416423834677
     y(1) c_u_upper(1_44)_ -0.4905416423834677
     y(1) c_u_upper(1_45)_ -0.4905416423834677
     y(1) c_u_upper(1_46)_ -0.4905416423834677
     y(1) c_u_upper(1_47)_ -0.4905416423834677
     y(1) c_u_upper(1_48)_ -0.4905416423834677
     y(1) c_u_upper(1_49)_ -0.4905416423834677
     y(1) c_u_upper(1_50)_ -0.4905416423834677
     y(1) c_u_upper(1_51)_ -0.4905416423834677
     y(1) c_u_upper(1_52)_ -0.4905416423834677
     y(1) c_u_upper(1_53)_ -0.4905416423834677
     y(1) c_u_upper(1_54)_ -0.4905416423834677
     y(1) c_u_upper(1_55)_ -0.4905416423834677
     y(1) c_u_upper(1_56)_ -0.4905416423834677
     y(1) c_u_upper(1_57)_ -0.4905416423834677
     y(1) c_u_upper(1_58)_ -0.4905416423834677
     y(1) c_u_upper(1_59)_ -0.4905416423834677
     y(1) c_u_upper(1_60)_ -0.4905416423834677
     y(1) c_u_upper(1_61)_ -0.4905416423834677
     y(1) c_u_upper(1_62)_ -0.4905416423834677
     y(1) c_u_upper(1_63)_ -0.4905416423834677
     y(1) c_u_upper(1_64)_ -0.4905416423834677
     y(1) c_u_upper(1_65)_ -0.4905416423834677
     y(1) c_u_upper(1_66)_ -0.4905416423834677
     y(1) c_u_upper(1_67)_ -0.4905416423834677
     y(1) c_u_upper(1_68)_ -0.4905416423834677
     y(1) c_u_upper(1_69)_ -0.4905416423834677
     y(1) c_u_upper(1_70)_ -0.4905416423834677
     y(1) c_u_upper(1_71)_ -0.4905416423834677
     y(1) c_u_upper(1_72)_ -0.4905416423834677
     y(1) c_u_upper(1_73)_ -0.4905416423834677
     y(1) c_u_upper(1_74)_ -0.4905416423834677
     y(1) c_u_upper(1_75)_ -0.4905416423834677
     y(1) c_u_upper(1_76)_ -0.4905416423834677
     y(1) c_u_upper(1_77)_ -0.4905416423834677
     y(1) c_u_upper(1_78)_ -0.4905416423834677
     y(1) c_u_upper(1_79)_ -0.4905416423834677
     y(1) c_u_upper(1_120)_ -0.4905416423834677
     y(1) c_u_upper(1_121)_ -0.4905416423834677
     y(1) c_u_upper(1_122)_ -0.4905416423834677
     y(1) c_u_upper(1_123)_ -0.4905416423834677
     y(1) c_u_upper(1_124)_ -0.4905416423834677
     y(1) c_u_upper(1_125)_ -0.4905416423834677
     y(1) c_u_upper(1_126)_ -0.4905416423834677
     y(1) c_u_upper(1_127)_ -0.4905416423834677
     y(1) c_u_upper(1_128)_ -0.4905416423834677
     y(1) c_u_upper(1_129)_ -0.4905416423834677
     y(1) c_u_upper(1_130)_ -0.4905416423834677
     y(1) c_u_upper(1_131)_ -0.4905416423834677
     y(1) c_u_upper(1_132)_ -0.4905416423834677
     y(1) c_u_upper(1_133)_ -0.4905416423834677
     y(1) c_u_upper(1_134)_ -0.4905416423834677
     y(1) c_u_upper(1_135)_ -0.4905416423834677
     y(1) c_u_upper(1_136)_ -0.4905416423834677
     y(1) c_u_upper(1_137)_ -0.4905416423834677
     y(1) c_u_upper(1_138)_ -0.4905416423834677
     y(1) c_u_upper(1_139)_ -0.4905416423834677
     y(1) c_u_upper(1_140)_ -0.4905416423834677
     y(1) c_u_upper(1_141)_ -0.4905416423834677
     y(1) c_u_upper(1_142)_ -0.4905416423834677
     y(1) c_u_upper(1_143)_ -0.4905416423834677
     y(1) c_u_upper(1_144)_ -0.4905416423834677
     y(1) c_u_upper(1_145)_ -0.4905416423834677
     y(1) c_u_upper(1_146)_ -0.4905416423834677
     y(1) c_u_upper(1_147)_ -0.4905416423834677
     y(1) c_u_upper(1_148)_ -0.4905416423834677
     y(1) c_u_upper(1_149)_ -0.4905416423834677
     y(1) c_u_upper(1_150)_ -0.4905416423834677
     y(1) c_u_upper(1_151)_ -0.4905416423834677
     y(1) c_u_upper(1_152)_ -0.4905416423834677
     y(1) c_u_upper(1_153)_ -0.4905416423834677
     y(1) c_u_upper(1_154)_ -0.4905416423834677
     y(1) c_u_upper(1_155)_ -0.4905416423834677
     y(1) c_u_upper(1_156)_ -0.4905416423834677
     y(1) c_u_upper(1_157)_ -0.4905416423834677
     y(1) c_u_upper(1_158)_ -0.4905416423834677
     y(1) c_u_upper(1_159)_ -0.4905416423834677
     y(1) c_u_lower(1_40)_ -0.4905416423834677
     y(1) c_u_lower(1_41)_ -0.4905416423834677
     y(1) c_u_lower(1_42)_ -0.4905416423834677
     y(1) c_u_lower(1_43)_ -0.4905416423834677
     y(1) c_u_lower(1_44)_ -0.4905416423834677
     y(1) c_u_lower(1_45)_ -0.4905416423834677
     y(1) c_u_lower(1_46)_ -0.4905416423834677
     y(1) c_u_lower(1_47)_ -0.4905416423834677
     y(1) c_u_lower(1_48)_ -0.4905416423834677
     y(1) c_u_lower(1_49)_ -0.4905416423834677
     y(1) c_u_lower(1_50)_ -0.4905416423834677
     y(1) c_u_lower(1_51)_ -0.4905416423834677
     y(1) c_u_lower(1_52)_ -0.4905416423834677
     y(1) c_u_lower(1_53)_ -0.4905416423834677
     y(1) c_u_lower(1_54)_ -0.4905416423834677
     y(1) c_u_lower(1_55)_ -0.4905416423834677
     y(1) c_u_lower(1_56)_ -0.4905416423834677
     y(1) c_u_lower(1_57)_ -0.4905416423834677
     y(1) c_u_lower(1_58)_ -0.4905416423834677
     y(1) c_u_lower(1_59)_ -0.4905416423834677
     y(1) c_u_lower(1_60)_ -0.4905416423834677
     y(1) c_u_lower(1_61)_ -0.4905416423834677
     y(1) c_u_lower(1_62)_ -0.4905416423834677
     y(1) c_u_lower(1_63)_ -0.4905416423834677
     y(1) c_u_lower(1_64)_ -0.4905416423834677
     y(1) c_u_lower(1_65)_ -0.4905416423834677
     y(1) c_u_lower(1_66)_ -0.4905416423834677
     y(1) c_u_lower(1_67)_ -0.4905416423834677
     y(1) c_u_lower(1_68)_ -0.4905416423834677
     y(1) c_u_lower(1_69)_ -0.4905416423834677
     y(1) c_u_lower(1_70)_ -0.4905416423834677
     y(1) c_u_lower(1_71)_ -0.4905416423834677
     y(1) c_u_lower(1_72)_ -0.4905416423834677
     y(1) c_u_lower(1_73)_ -0.4905416423834677
     y(1) c_u_lower(1_74)_ -0.4905416423834677
     y(1) c_u_lower(1_75)_ -0.4905416423834677
     y(1) c_u_lower(1_76)_ -0.4905416423834677
     y(1) c_u_lower(1_77)_ -0.4905416423834677
     y(1) c_u_lower(1_78)_ -0.4905416423834677
     y(1) c_u_lower(1_79)_ -0.4905416423834677
     y(1) c_u_lower(1_120)_ -0.4905416423834677
     y(1) c_u_lower(1_121)_ -0.4905416423834677
     y(1) c_u_lower(1_122)_ -0.4905416423834677
     y(1) c_u_lower(1_123)_ -0.4905416423834677
     y(1) c_u_lower(1_124)_ -0.4905416423834677
     y(1) c_u_lower(1_125)_ -0.4905416423834677
     y(1) c_u_lower(1_126)_ -0.4905416423834677
     y(1) c_u_lower(1_127)_ -0.4905416423834677
     y(1) c_u_lower(1_128)_ -0.4905416423834677
     y(1) c_u_lower(1_129)_ -0.4905416423834677
     y(1) c_u_lower(1_130)_ -0.4905416423834677
     y(1) c_u_lower(1_131)_ -0.4905416423834677
     y(1) c_u_lower(1_132)_ -0.4905416423834677
     y(1) c_u_lower(1_133)_ -0.4905416423834677
     y(1) c_u_lower(1_134)_ -0.4905416423834677
     y(1) c_u_lower(1_135)_ -0.4905416423834677
     y(1) c_u_lower(1_136)_ -0.4905416423834677
     y(1) c_u_lower(1_137)_ -0.4905416423834677
     y(1) c_u_lower(1_138)_ -0.4905416423834677
     y(1) c_u_lower(1_139)_ -0.4905416423834677
     y(1) c_u_lower(1_140)_ -0.4905416423834677
     y(1) c_u_lower(1_141)_ -0.4905416423834677
     y(1) c_u_lower(1_142)_ -0.4905416423834677
     y(1) c_u_lower(1_143)_ -0.4905416423834677
     y(1) c_u_lower(1_144)_ -0.4905416423834677
     y(1) c_u_lower(1_145)_ -0.4905416423834677
     y(1) c_u_lower(1_146)_ -0.4905416423834677
     y(1) c_u_lower(1_147)_ -0.4905416423834677
     y(1) c_u_lower(1_148)_ -0.4905416423834677
     y(1) c_u_lower(1_149)_ -0.4905416423834677
     y(1) c_u_lower(1_150)_ -0.4905416423834677
     y(1) c_u_lower(1_151)_ -0.4905416423834677
     y(1) c_u_lower(1_152)_ -0.4905416423834677
     y(1) c_u_lower(1_153)_ -0.4905416423834677
     y(1) c_u_lower(1_154)_ -0.4905416423834677
     y(1) c_u_lower(1_155)_ -0.4905416423834677
     y(1) c_u_lower(1_156)_ -0.4905416423834677
     y(1) c_u_lower(1_157)_ -0.4905416423834677
     y(1) c_u_lower(1_158)_ -0.4905416423834677
     y(1) c_u_lower(1_159)_ -0.4905416423834677
     y(2) obj 0.022300000000000004
     y(2) c_u_upper(2_160)_ -0.4905416423834677
     y(2) c_u_upper(2_161)_ -0.4905416423834677
     y(2) c_u_upper(2_162)_ -0.4905416423834677
     y(2) c_u_upper(2_163)_ -0.4905416423834677
     y(2) c_u_upper(2_164)_ -0.4905416423834677
     y(2) c_u_upper(2_165)_ -0.4905416423834677
     y(2) c_u_upper(2_166)_ -0.4905416423834677
     y(2) c_u_upper(2_167)_ -0.4905416423834677
     y(2) c_u_upper(2_168)_ -0.4905416423834677
     y(2) c_u_upper(2_169)_ -0.4905416423834677
     y(2) c_u_upper(2_170)_ -0.4905416423834677
     y(2) c_u_upper(2_171)_ -0.4905416423834677
     y(2) c_u_upper(2_172)_ -0.4905416423834677
     y(2) c_u_upper(2_173)_ -0.4905416423834677
     y(2) c_u_upper(2_174)_ -0.4905416423834677
     y(2) c_u_upper(2_175)_ -0.4905416423834677
     y(2) c_u_upper(2_176)_ -0.4905416423834677
     y(2) c_u_upper(2_177)_ -0.4905416423834677
     y(2) c_u_upper(2_178)_ -0.4905416423834677
     y(2) c_u_upper(2_179)_ -0.4905416423834677
     y(2) c_u_upper(2_180)_ -0.4905416423834677
     y(2) c_u_upper(2_181)_ -0.4905416423834677
     y(2) c_u_upper(2_182)_ -0.4905416423834677
     y(2) c_u_upper(2_183)_ -0.4905416423834677
     y(2) c_u_upper(2_184)_ -0.4905416423834677
     y(2) c_u_upper(2_185)_ -0.4905416423834677
     y(2) c_u_upper(2_186)_ -0.4905416423834677
     y(2) c_u_upper(2_187)_ -0.4905416423834677
     y(2) c_u_upper(2_188)_ -0.4905416423834677
     y(2) c_u_upper(2_189)_ -0.4905416423834677
     y(2) c_u_upper(2_190)_ -0.4905416423834677
     y(2) c_u_upper(2_191)_ -0.4905416423834677
     y(2) c_u_upper(2_192)_ -0.4905416423834677
     y(2) c_u_upper(2_193)_ -0.4905416423834677
     y(2) c_u_upper(2_194)_ -0.4905416423834677
     y(2) c_u_upper(2_195)_ -0.4905416423834677
     y(2) c_u_upper(2_196)_ -0.4905416423834677
     y(2) c_u_upper(2_197)_ -0.4905416423834677
     y(2) c_u_upper(2_198)_ -0.4905416423834677
     y(2) c_u_upper(2_199)_ -0.4905416423834677
     y(2) c_u_upper(2_240)_ -0.4905416423834677
     y(2) c_u_upper(2_241)_ -0.4905416423834677
     y(2) c_u_upper(2_242)_ -0.4905416423834677
     y(2) c_u_upper(2_243)_ -0.4905416423834677
     y(2) c_u_upper(2_244)_ -0.4905416423834677
     y(2) c_u_upper(2_245)_ -0.4905416423834677
     y(2) c_u_upper(2_246)_ -0.4905416423834677
     y(2) c_u_upper(2_247)_ -0.4905416423834677
     y(2) c_u_upper(2_248)_ -0.4905416423834677
     y(2) c_u_upper(2_249)_ -0.4905416423834677
     y(2) c_u_upper(2_250)_ -0.4905416423834677
     y(2) c_u_upper(2_251)_ -0.4905416423834677
     y(2) c_u_upper(2_252)_ -0.4905416423834677
     y(2) c_u_upper(2_253)_ -0.4905416423834677
     y(2) c_u_upper(2_254)_ -0.4905416423834677
     y(2) c_u_upper(2_255)_ -0.4905416423834677
     y(2) c_u_upper(2_256)_ -0.4905416423834677
     y(2) c_u_upper(2_257)_ -0.4905416423834677
     y(2) c_u_upper(2_258)_ -0.4905416423834677
     y(2) c_u_upper(2_259)_ -0.4905416423834677
     y(2) c_u_upper(2_260)_ -0.4905416423834677
     y(2) c_u_upper(2_261)_ -0.4905416423834677
     y(2) c_u_upper(2_262)_ -0.4905416423834677
     y(2) c_u_upper(2_263)_ -0.4905416423834677
     y(2) c_u_upper(2_264)_ -0.4905416423834677
     y(2) c_u_upper(2_265)_ -0.4905416423834677
     y(2) c_u_upper(2_266)_ -0.4905416423834677
     y(2) c_u_upper(2_267)_ -0.4905416423834677
     y(2) c_u_upper(2_268)_ -0.4905416423834677
     y(2) c_u_upper(2_269)_ -0.4905416423834677
     y(2) c_u_upper(2_270)_ -0.4905416423834677
     y(2) c_u_upper(2_271)_ -0.4905416423834677
     y(2) c_u_upper(2_272)_ -0.4905416423834677
     y(2) c_u_upper(2_273)_ -0.4905416423834677
     y(2) c_u_upper(2_274)_ -0.4905416423834677
     y(2) c_u_upper(2_275)_ -0.4905416423834677
     y(2) c_u_upper(2_276)_ -0.4905416423834677
     y(2) c_u_upper(2_277)_ -0.4905416423834677
     y(2) c_u_upper(2_278)_ -0.4905416423834677
     y(2) c_u_upper(2_279)_ -0.4905416423834677
     y(2) c_u_lower(2_160)_ -0.4905416423834677
     y(2) c_u_lower(2_161)_ -0.4905416423834677
     y(2) c_u_lower(2_162)_ -0.4905416423834677
     y(2) c_u_lower(2_163)_ -0.4905416423834677
     y(2) c_u_lower(2_164)_ -0.4905416423834677
     y(2) c_u_lower(2_165)_ -0.4905416423834677
     y(2) c_u_lower(2_166)_ -0.4905416423834677
     y(2) c_u_lower(2_167)_ -0.4905416423834677
     y(2) c_u_lower(2_168)_ -0.4905416423834677
     y(2) c_u_lower(2_169)_ -0.4905416423834677
     y(2) c_u_lower(2_170)_ -0.4905416423834677
     y(2) c_u_lower(2_171)_ -0.4905416423834677
     y(2) c_u_lower(2_172)_ -0.4905416423834677
     y(2) c_u_lower(2_173)_ -0.4905416423834677
     y(2) c_u_lower(2_174)_ -0.4905416423834677
     y(2) c_u_lower(2_175)_ -0.4905416423834677
     y(2) c_u_lower(2_176)_ -0.4905416423834677
     y(2) c_u_lower(2_177)_ -0.4905416423834677
     y(2) c_u_lower(2_178)_ -0.4905416423834677
     y(2) c_u_lower(2_179)_ -0.4905416423834677
     y(2) c_u_lower(2_180)_ -0.4905416423834677
     y(2) c_u_lower(2_181)_ -0.4905416423834677
     y(2) c_u_lower(2_182)_ -0.4905416423834677
     y(2) c_u_lower(2_183)_ -0.4905416423834677
     y(2) c_u_lower(2_184)_ -0.4905416423834677
     y(2) c_u_lower(2_185)_ -0.4905416423834677
     y(2) c_u_lower(2_186)_ -0.4905416423834677
     y(2) c_u_lower(2_187)_ -0.4905416423834677
     y(2) c_u_lower(2_188)_ -0.4905416423834677
     y(2) c_u_lower(2_189)_ -0.4905416423834677
     y(2) c_u_lower(2_190)_ -0.4905416423834677
     y(2) c_u_lower(2_191)_ -0.4905416423834677
     y(2) c_u_lower(2_192)_ -0.4905416423834677
     y(2) c_u_lower(2_193)_ -0.4905416423834677
     y(2) c_u_lower(2_194)_ -0.4905416423834677
     y(2) c_u_lower(2_195)_ -0.4905416423834677
     y(2) c_u_lower(2_196)_ -0.4905416423834677
     y(2) c_u_lower(2_197)_ -0.4905416423834677
     y(2) c_u_lower(2_198)_ -0.4905416423834677
     y(2) c_u_lower(2_199)_ -0.4905416423834677
     y(2) c_u_lower(2_240)_ -0.4905416423834677
     y(2) c_u_lower(2_241)_ -0.4905416423834677
     y(2) c_u_lower(2_242)_ -0.4905416423834677
     y(2) c_u_lower(2_243)_ -0.4905416423834677
     y(2) c_u_lower(2_244)_ -0.4905416423834677
     y(2) c_u_lower(2_245)_ -0.4905416423834677
     y(2) c_u_lower(2_246)_ -0.4905416423834677
     y(2) c_u_lower(2_247)_ -0.4905416423834677
     y(2) c_u_lower(2_248)_ -0.4905416423834677
     y(2) c_u_lower(2_249)_ -0.4905416423834677
     y(2) c_u_lower(2_250)_ -0.4905416423834677
     y(2) c_u_lower(2_251)_ -0.4905416423834677
     y(2) c_u_lower(2_252)_ -0.4905416423834677
     y(2) c_u_lower(2_253)_ -0.4905416423834677
     y(2) c_u_lower(2_254)_ -0.4905416423834677
     y(2) c_u_lower(2_255)_ -0.4905416423834677
     y(2) c_u_lower(2_256)_ -0.4905416423834677
     y(2) c_u_lower(2_257)_ -0.4905416423834677
     y(2) c_u_lower(2_258)_ -0.4905416423834677
     y(2) c_u_lower(2_259)_ -0.4905416423834677
     y(2) c_u_lower(2_260)_ -0.4905416423834677
     y(2) c_u_lower(2_261)_ -0.4905416423834677
     y(2) c_u_lower(2_262)_ -0.4905416423834677
     y(2) c_u_lower(2_263)_ -0.4905416423834677
     y(2) c_u_lower(2_264)_ -0.4905416423834677
     y(2) c_u_lower(2_265)_ -0.4905416423834677
     y(2) c_u_lower(2_266)_ -0.4905416423834677
     y(2) c_u_lower(2_267)_ -0.4905416423834677
     y(2) c_u_lower(2_268)_ -0.4905416423834677
     y(2) c_u_lower(2_269)_ -0.4905416423834677
     y(2) c_u_lower(2_270)_ -0.4905416423834677
     y(2) c_u_lower(2_271)_ -0.4905416423834677
     y(2) c_u_lower(2_272)_ -0.4905416423834677
     y(2) c_u_lower(2_273)_ -0.4905416423834677
     y(2) c_u_lower(2_274)_ -0.4905416423834677
     y(2) c_u_lower(2_275)_ -0.4905416423834677
     y(2) c_u_lower(2_276)_ -0.4905416423834677
     y(2) c_u_lower(2_277)_ -0.4905416423834677
     y(2) c_u_lower(2_278)_ -0.4905416423834677
     y(2) c_u_lower(2_279)_ -0.4905416423834677
     y(3) obj 0.022300000000000004
     y(3) c_u_upper(3_200)_ -0.4905416423834677
     y(3) c_u_upper(3_201)_ -0.4905416423834677
     y(3) c_u_upper(3_202)_ -0.4905416423834677
     y(3) c_u_upper(3_203)_ -0.4905416423834677
     y(3) c_u_upper(3_204)_ -0.4905416423834677
     y(3) c_u_upper(3_205)_ -0.4905416423834677
     y(3) c_u_upper(3_206)_ -0.4905416423834677
     y(3) c_u_upper(3_207)_ -0.4905416423834677
     y(3) c_u_upper(3_208)_ -0.4905416423834677
     y(3) c_u_upper(3_209)_ -0.4905416423834677
     y(3) c_u_upper(3_210)_ -0.4905416423834677
     y(3) c_u_upper(3_211)_ -0.4905416423834677
     y(3) c_u_upper(3_212)_ -0.4905416423834677
     y(3) c_u_upper(3_213)_ -0.4905416423834677
     y(3) c_u_upper(3_214)_ -0.4905416423834677
     y(3) c_u_upper(3_215)_ -0.4905416423834677
     y(3) c_u_upper(3_216)_ -0.4905416423834677
     y(3) c_u_upper(3_217)_ -0.4905416423834677
     y(3) c_u_upper(3_218)_ -0.4905416423834677
     y(3) c_u_upper(3_219)_ -0.4905416423834677
     y(3) c_u_upper(3_220)_ -0.4905416423834677
     y(3) c_u_upper(3_221)_ -0.4905416423834677
     y(3) c_u_upper(3_222)_ -0.4905416423834677
     y(3) c_u_upper(3_223)_ -0.4905416423834677
     y(3) c_u_upper(3_224)_ -0.4905416423834677
     y(3) c_u_upper(3_225)_ -0.4905416423834677
     y(3) c_u_upper(3_226)_ -0.4905416423834677
     y(3) c_u_upper(3_227)_ -0.4905416423834677
     y(3) c_u_upper(3_228)_ -0.4905416423834677
     y(3) c_u_upper(3_229)_ -0.4905416423834677
     y(3) c_u_upper(3_230)_ -0.4905416423834677
     y(3) c_u_upper(3_231)_ -0.4905416423834677
     y(3) c_u_upper(3_232)_ -0.4905416423834677
     y(3) c_u_upper(3_233)_ -0.4905416423834677
     y(3) c_u_upper(3_234)_ -0.4905416423834677
     y(3) c_u_upper(3_235)_ -0.4905416423834677
     y(3) c_u_upper(3_236)_ -0.4905416423834677
     y(3) c_u_upper(3_237)_ -0.4905416423834677
     y(3) c_u_upper(3_238)_ -0.4905416423834677
     y(3) c_u_upper(3_239)_ -0.4905416423834677
     y(3) c_u_upper(3_280)_ -0.4905416423834677
     y(3) c_u_upper(3_281)_ -0.4905416423834677
     y(3) c_u_upper(3_282)_ -0.4905416423834677
     y(3) c_u_upper(3_283)_ -0.4905416423834677
     y(3) c_u_upper(3_284)_ -0.4905416423834677
     y(3) c_u_upper(3_285)_ -0.4905416423834677
     y(3) c_u_upper(3_286)_ -0.4905416423834677
     y(3) c_u_upper(3_287)_ -0.4905416423834677
     y(3) c_u_upper(3_288)_ -0.4905416423834677
     y(3) c_u_upper(3_289)_ -0.4905416423834677
     y(3) c_u_upper(3_290)_ -0.4905416423834677
     y(3) c_u_upper(3_291)_ -0.4905416423834677
     y(3) c_u_upper(3_292)_ -0.4905416423834677
     y(3) c_u_upper(3_293)_ -0.4905416423834677
     y(3) c_u_upper(3_294)_ -0.4905416423834677
     y(3) c_u_upper(3_295)_ -0.4905416423834677
     y(3) c_u_upper(3_296)_ -0.4905416423834677
     y(3) c_u_upper(3_297)_ -0.4905416423834677
     y(3) c_u_upper(3_298)_ -0.4905416423834677
     y(3) c_u_upper(3_299)_ -0.4905416423834677
     y(3) c_u_upper(3_300)_ -0.4905416423834677
     y(3) c_u_upper(3_301)_ -0.4905416423834677
     y(3) c_u_upper(3_302)_ -0.4905416423834677
     y(3) c_u_upper(3_303)_ -0.4905416423834677
     y(3) c_u_upper(3_304)_ -0.4905416423834677
     y(3) c_u_upper(3_305)_ -0.4905416423834677
     y(3) c_u_upper(3_306)_ -0.4905416423834677
     y(3) c_u_upper(3_307)_ -0.4905416423834677
     y(3) c_u_upper(3_308)_ -0.4905416423834677
     y(3) c_u_upper(3_309)_ -0.4905416423834677
     y(3) c_u_upper(3_310)_ -0.4905416423834677
     y(3) c_u_upper(3_311)_ -0.4905416423834677
     y(3) c_u_upper(3_312)_ -0.4905416423834677
     y(3) c_u_upper(3_313)_ -0.4905416423834677
     y(3) c_u_upper(3_314)_ -0.4905416423834677
     y(3) c_u_upper(3_315)_ -0.4905416423834677
     y(3) c_u_upper(3_316)_ -0.4905416423834677
     y(3) c_u_upper(3_317)_ -0.4905416423834677
     y(3) c_u_upper(3_318)_ -0.4905416423834677
     y(3) c_u_upper(3_319)_ -0.4905416423834677
     y(3) c_u_lower(3_200)_ -0.4905416423834677
     y(3) c_u_lower(3_201)_ -0.4905416423834677
     y(3) c_u_lower(3_202)_ -0.4905416423834677
     y(3) c_u_lower(3_203)_ -0.4905416423834677
     y(3) c_u_lower(3_204)_ -0.4905416423834677
     y(3) c_u_lower(3_205)_ -0.4905416423834677
     y(3) c_u_lower(3_206)_ -0.4905416423834677
     y(3) c_u_lower(3_207)_ -0.4905416423834677
     y(3) c_u_lower(3_208)_ -0.4905416423834677
     y(3) c_u_lower(3_209)_ -0.4905416423834677
     y(3) c_u_lower(3_210)_ -0.4905416423834677
     y(3) c_u_lower(3_211)_ -0.4905416423834677
     y(3) c_u_lower(3_212)_ -0.4905416423834677
     y(3) c_u_lower(3_213)_ -0.4905416423834677
     y(3) c_u_lower(3_214)_ -0.4905416423834677
     y(3) c_u_lower(3_215)_ -0.4905416423834677
     y(3) c_u_lower(3_216)_ -0.4905416423834677
     y(3) c_u_lower(3_217)_ -0.4905416423834677
     y(3) c_u_lower(3_218)_ -0.4905416423834677
     y(3) c_u_lower(3_219)_ -0.4905416423834677
     y(3) c_u_lower(3_220)_ -0.4905416423834677
     y(3) c_u_lower(3_221)_ -0.4905416423834677
     y(3) c_u_lower(3_222)_ -0.4905416423834677
     y(3) c_u_lower(3_223)_ -0.4905416423834677
     y(3) c_u_lower(3_224)_ -0.4905416423834677
     y(3) c_u_lower(3_225)_ -0.4905416423834677
     y(3) c_u_lower(3_226)_ -0.4905416423834677
     y(3) c_u_lower(3_227)_ -0.4905416423834677
     y(3) c_u_lower(3_228)_ -0.4905416423834677
     y(3) c_u_lower(3_229)_ -0.4905416423834677
     y(3) c_u_lower(3_230)_ -0.4905416423834677
     y(3) c_u_lower(3_231)_ -0.4905416423834677
     y(3) c_u_lower(3_232)_ -0.4905416423834677
     y(3) c_u_lower(3_233)_ -0.4905416423834677
     y(3) c_u_lower(3_234)_ -0.4905416423834677
     y(3) c_u_lower(3_235)_ -0.4905416423834677
     y(3) c_u_lower(3_236)_ -0.4905416423834677
     y(3) c_u_lower(3_237)_ -0.4905416423834677
     y(3) c_u_lower(3_238)_ -0.4905416423834677
     y(3) c_u_lower(3_239)_ -0.4905416423834677
     y(3) c_u_lower(3_280)_ -0.4905416423834677
     y(3) c_u_lower(3_281)_ -0.4905416423834677
     y(3) c_u_lower(3_282)_ -0.4905416423834677
     y(3) c_u_lower(3_283)_ -0.4905416423834677
     y(3) c_u_lower(3_284)_ -0.4905416423834677
     y(3) c_u_lower(3_285)_ -0.4905416423834677
     y(3) c_u_lower(3_286)_ -0.4905416423834677
     y(3) c_u_lower(3_287)_ -0.4905416423834677
     y(3) c_u_lower(3_288)_ -0.4905416423834677
     y(3) c_u_lower(3_289)_ -0.4905416423834677
     y(3) c_u_lower(3_290)_ -0.4905416423834677
     y(3) c_u_lower(3_291)_ -0.4905416423834677
     y(3) c_u_lower(3_292)_ -0.4905416423834677
     y(3) c_u_lower(3_293)_ -0.4905416423834677
     y(3) c_u_lower(3_294)_ -0.4905416423834677
     y(3) c_u_lower(3_295)_ -0.4905416423834677
     y(3) c_u_lower(3_296)_ -0.4905416423834677
     y(3) c_u_lower(3_297)_ -0.4905416423834677
     y(3) c_u_lower(3_298)_ -0.4905416423834677
     y(3) c_u_lower(3_299)_ -0.4905416423834677
     y(3) c_u_lower(3_300)_ -0.4905416423834677
     y(3) c_u_lower(3_301)_ -0.4905416423834677
     y(3) c_u_lower(3_302)_ -0.4905416423834677
     y(3) c_u_lower(3_303)_ -0.4905416423834677
     y(3) c_u_lower(3_304)_ -0.4905416423834677
     y(3) c_u_lower(3_305)_ -0.4905416423834677
     y(3) c_u_lower(3_306)_ -0.4905416423834677
     y(3) c_u_lower(3_307)_ -0.4905416423834677
     y(3) c_u_lower(3_308)_ -0.4905416423834677
     y(3) c_u_lower(3_309)_ -0.4905416423834677
     y(3) c_u_lower(3_310)_ -0.4905416423834677
     y(3) c_u_lower(3_311)_ -0.4905416423834677
     y(3) c_u_lower(3_312)_ -0.4905416423834677
     y(3) c_u_lower(3_313)_ -0.4905416423834677
     y(3) c_u_lower(3_314)_ -0.4905416423834677
     y(3) c_u_lower(3_315)_ -0.4905416423834677
     y(3) c_u_lower(3_316)_ -0.4905416423834677
     y(3) c_u_lower(3_317)_ -0.4905416423834677
     y(3) c_u_lower(3_318)_ -0.4905416423834677
     y(3) c_u_lower(3_319)_ -0.4905416423834677
     y(4) obj 0.022300000000000004
     y(4) c_u_upper(4_320)_ -0.4905416423834677
     y(4) c_u_upper(4_321)_ -0.4905416423834677
     y(4) c_u_upper(4_322)_ -0.4905416423834677
     y(4) c_u_upper(4_323)_ -0.4905416423834677
     y(4) c_u_upper(4_324)_ -0.4905416423834677
     y(4) c_u_upper(4_325)_ -0.4905416423834677
     y(4) c_u_upper(4_326)_ -0.4905416423834677
     y(4) c_u_upper(4_327)_ -0.4905416423834677
     y(4) c_u_upper(4_328)_ -0.4905416423834677
     y(4) c_u_upper(4_329)_ -0.4905416423834677
     y(4) c_u_upper(4_330)_ -0.4905416423834677
     y(4) c_u_upper(4_331)_ -0.4905416423834677
     y(4) c_u_upper(4_332)_ -0.4905416423834677
     y(4) c_u_upper(4_333)_ -0.4905416423834677
     y(4) c_u_upper(4_334)_ -0.4905416423834677
     y(4) c_u_upper(4_335)_ -0.4905416423834677
     y(4) c_u_upper(4_336)_ -0.4905416423834677
     y(4) c_u_upper(4_337)_ -0.4905416423834677
     y(4) c_u_upper(4_338)_ -0.4905416423834677
     y(4) c_u_upper(4_339)_ -0.4905416423834677
     y(4) c_u_upper(4_340)_ -0.4905416423834677
     y(4) c_u_upper(4_341)_ -0.4905416423834677
     y(4) c_u_upper(4_342)_ -0.4905416423834677
     y(4) c_u_upper(4_343)_ -0.4905416423834677
     y(4) c_u_upper(4_344)_ -0.4905416423834677
     y(4) c_u_upper(4_345)_ -0.4905416423834677
     y(4) c_u_upper(4_346)_ -0.4905416423834677
     y(4) c_u_upper(4_347)_ -0.4905416423834677
     y(4) c_u_upper(4_348)_ -0.4905416423834677
     y(4) c_u_upper(4_349)_ -0.4905416423834677
     y(4) c_u_upper(4_350)_ -0.4905416423834677
     y(4) c_u_upper(4_351)_ -0.4905416423834677
     y(4) c_u_upper(4_352)_ -0.4905416423834677
     y(4) c_u_upper(4_353)_ -0.4905416423834677
     y(4) c_u_upper(4_354)_ -0.4905416423834677
     y(4) c_u_upper(4_355)_ -0.4905416423834677
     y(4) c_u_upper(4_356)_ -0.4905416423834677
     y(4) c_u_upper(4_357)_ -0.4905416423834677
     y(4) c_u_upper(4_358)_ -0.4905416423834677
     y(4) c_u_upper(4_359)_ -0.4905416423834677
     y(4) c_u_upper(4_400)_ -0.4905416423834677
     y(4) c_u_upper(4_401)_ -0.4905416423834677
     y(4) c_u_upper(4_402)_ -0.4905416423834677
     y(4) c_u_upper(4_403)_ -0.4905416423834677
     y(4) c_u_upper(4_404)_ -0.4905416423834677
     y(4) c_u_upper(4_405)_ -0.4905416423834677
     y(4) c_u_upper(4_406)_ -0.4905416423834677
     y(4) c_u_upper(4_407)_ -0.4905416423834677
     y(4) c_u_upper(4_408)_ -0.4905416423834677
     y(4) c_u_upper(4_409)_ -0.4905416423834677
     y(4) c_u_upper(4_410)_ -0.4905416423834677
     y(4) c_u_upper(4_411)_ -0.4905416423834677
     y(4) c_u_upper(4_412)_ -0.4905416423834677
     y(4) c_u_upper(4_413)_ -0.4905416423834677
     y(4) c_u_upper(4_414)_ -0.4905416423834677
     y(4) c_u_upper(4_415)_ -0.4905416423834677
     y(4) c_u_upper(4_416)_ -0.4905416423834677
     y(4) c_u_upper(4_417)_ -0.4905416423834677
     y(4) c_u_upper(4_418)_ -0.4905416423834677
     y(4) c_u_upper(4_419)_ -0.4905416423834677
     y(4) c_u_upper(4_420)_ -0.4905416423834677
     y(4) c_u_upper(4_421)_ -0.4905416423834677
     y(4) c_u_upper(4_422)_ -0.4905416423834677
     y(4) c_u_upper(4_423)_ -0.4905416423834677
     y(4) c_u_upper(4_424)_ -0.4905416423834677
     y(4) c_u_upper(4_425)_ -0.4905416423834677
     y(4) c_u_upper(4_426)_ -0.4905416423834677
     y(4) c_u_upper(4_427)_ -0.4905416423834677
     y(4) c_u_upper(4_428)_ -0.4905416423834677
     y(4) c_u_upper(4_429)_ -0.4905416423834677
     y(4) c_u_upper(4_430)_ -0.4905416423834677
     y(4) c_u_upper(4_431)_ -0.4905416423834677
     y(4) c_u_upper(4_432)_ -0.4905416423834677
     y(4) c_u_upper(4_433)_ -0.4905416423834677
     y(4) c_u_upper(4_434)_ -0.4905416423834677
     y(4) c_u_upper(4_435)_ -0.4905416423834677
     y(4) c_u_upper(4_436)_ -0.4905416423834677
     y(4) c_u_upper(4_437)_ -0.4905416423834677
     y(4) c_u_upper(4_438)_ -0.4905416423834677
     y(4) c_u_upper(4_439)_ -0.4905416423834677
     y(4) c_u_lower(4_320)_ -0.4905416423834677
     y(4) c_u_lower(4_321)_ -0.4905416423834677
     y(4) c_u_lower(4_322)_ -0.4905416423834677
     y(4) c_u_lower(4_323)_ -0.4905416423834677
     y(4) c_u_lower(4_324)_ -0.4905416423834677
     y(4) c_u_lower(4_325)_ -0.4905416423834677
     y(4) c_u_lower(4_326)_ -0.4905416423834677
     y(4) c_u_lower(4_327)_ -0.4905416423834677
     y(4) c_u_lower(4_328)_ -0.4905416423834677
     y(4) c_u_lower(4_329)_ -0.4905416423834677
     y(4) c_u_lower(4_330)_ -0.4905416423834677
     y(4) c_u_lower(4_331)_ -0.4905416423834677
     y(4) c_u_lower(4_332)_ -0.4905416423834677
     y(4) c_u_lower(4_333)_ -0.4905416423834677
     y(4) c_u_lower(4_334)_ -0.4905416423834677
     y(4) c_u_lower(4_335)_ -0.4905416423834677
     y(4) c_u_lower(4_336)_ -0.4905416423834677
     y(4) c_u_lower(4_337)_ -0.4905416423834677
     y(4) c_u_lower(4_338)_ -0.4905416423834677
     y(4) c_u_lower(4_339)_ -0.4905416423834677
     y(4) c_u_lower(4_340)_ -0.4905416423834677
     y(4) c_u_lower(4_341)_ -0.4905416423834677
     y(4) c_u_lower(4_342)_ -0.4905416423834677
     y(4) c_u_lower(4_343)_ -0.4905416423834677
     y(4) c_u_lower(4_344)_ -0.4905416423834677
     y(4) c_u_lower(4_345)_ -0.4905416423834677
     y(4) c_u_lower(4_346)_ -0.4905416423834677
     y(4) c_u_lower(4_347)_ -0.4905416423834677
     y(4) c_u_lower(4_348)_ -0.4905416423834677
     y(4) c_u_lower(4_349)_ -0.4905416423834677
     y(4) c_u_lower(4_350)_ -0.4905416423834677
     y(4) c_u_lower(4_351)_ -0.4905416423834677
     y(4) c_u_lower(4_352)_ -0.4905416423834677
     y(4) c_u_lower(4_353)_ -0.4905416423834677
     y(4) c_u_lower(4_354)_ -0.4905416423834677
     y(4) c_u_lower(4_355)_ -0.4905416423834677
     y(4) c_u_lower(4_356)_ -0.4905416423834677
     y(4) c_u_lower(4_357)_ -0.4905416423834677
     y(4) c_u_lower(4_358)_ -0.4905416423834677
     y(4) c_u_lower(4_359)_ -0.4905416423834677
     y(4) c_u_lower(4_400)_ -0.4905416423834677
     y(4) c_u_lower(4_401)_ -0.4905416423834677
     y(4) c_u_lower(4_402)_ -0.4905416423834677
     y(4) c_u_lower(4_403)_ -0.4905416423834677
     y(4) c_u_lower(4_404)_ -0.4905416423834677
     y(4) c_u_lower(4_405)_ -0.4905416423834677
     y(4) c_u_lower(4_406)_ -0.4905416423834677
     y(4) c_u_lower(4_407)_ -0.4905416423834677
     y(4) c_u_lower(4_408)_ -0.4905416423834677
     y(4) c_u_lower(4_409)_ -0.4905416423834677
     y(4) c_u_lower(4_410)_ -0.4905416423834677
     y(4) c_u_lower(4_411)_ -0.4905416423834677
     y(4) c_u_lower(4_412)_ -0.4905416423834677
     y(4) c_u_lower(4_413)_ -0.4905416423834677
     y(4) c_u_lower(4_414)_ -0.4905416423834677
     y(4) c_u_lower(4_415)_ -0.4905416423834677
     y(4) c_u_lower(4_416)_ -0.4905416423834677
     y(4) c_u_lower(4_417)_ -0.4905416423834677
     y(4) c_u_lower(4_418)_ -0.4905416423834677
     y(4) c_u_lower(4_419)_ -0.4905416423834677
     y(4) c_u_lower(4_420)_ -0.4905416423834677
     y(4) c_u_lower(4_421)_ -0.4905416423834677
     y(4) c_u_lower(4_422)_ -0.4905416423834677
     y(4) c_u_lower(4_423)_ -0.4905416423834677
     y(4) c_u_lower(4_424)_ -0.4905416423834677
     y(4) c_u_lower(4_425)_ -0.4905416423834677
     y(4) c_u_lower(4_426)_ -0.4905416423834677
     y(4) c_u_lower(4_427)_ -0.4905416423834677
     y(4) c_u_lower(4_428)_ -0.4905416423834677
     y(4) c_u_lower(4_429)_ -0.4905416423834677
     y(4) c_u_lower(4_430)_ -0.4905416423834677
     y(4) c_u_lower(4_431)_ -0.4905416423834677
     y(4) c_u_lower(4_432)_ -0.4905416423834677
     y(4) c_u_lower(4_433)_ -0.4905416423834677
     y(4) c_u_lower(4_434)_ -0.4905416423834677
     y(4) c_u_lower(4_435)_ -0.4905416423834677
     y(4) c_u_lower(4_436)_ -0.4905416423834677
     y(4) c_u_lower(4_437)_ -0.4905416423834677
     y(4) c_u_lower(4_438)_ -0.4905416423834677
     y(4) c_u_lower(4_439)_ -0.4905416423834677
     y(5) obj 0.022300000000000004
     y(5) c_u_upper(5_360)_ -0.4905416423834677
     y(5) c_u_upper(5_361)_ -0.4905416423834677
     y(5) c_u_upper(5_362)_ -0.4905416423834677
     y(5) c_u_upper(5_363)_ -0.4905416423834677
     y(5) c_u_upper(5_364)_ -0.4905416423834677
     y(5) c_u_upper(5_365)_ -0.4905416423834677
     y(5) c_u_upper(5_366)_ -0.4905416423834677
     y(5) c_u_upper(5_367)_ -0.4905416423834677
     y(5) c_u_upper(5_368)_ -0.4905416423834677
     y(5) c_u_upper(5_369)_ -0.4905416423834677
     y(5) c_u_upper(5_370)_ -0.4905416423834677
     y(5) c_u_upper(5_371)_ -0.4905416423834677
     y(5) c_u_upper(5_372)_ -0.4905416423834677
     y(5) c_u_upper(5_373)_ -0.4905416423834677
     y(5) c_u_upper(5_374)_ -0.4905416423834677
     y(5) c_u_upper(5_375)_ -0.4905416423834677
     y(5) c_u_upper(5_376)_ -0.4905416423834677
     y(5) c_u_upper(5_377)_ -0.4905416423834677
     y(5) c_u_upper(5_378)_ -0.4905416423834677
     y(5) c_u_upper(5_379)_ -0.4905416423834677
     y(5) c_u_upper(5_380)_ -0.4905416423834677
     y(5) c_u_upper(5_381)_ -0.4905416423834677
     y(5) c_u_upper(5_382)_ -0.4905416423834677
     y(5) c_u_upper(5_383)_ -0.4905416423834677
     y(5) c_u_upper(5_384)_ -0.4905416423834677
     y(5) c_u_upper(5_385)_ -0.4905416423834677
     y(5) c_u_upper(5_386)_ -0.4905416423834677
     y(5) c_u_upper(5_387)_ -0.4905416423834677
     y(5) c_u_upper(5_388)_ -0.4905416423834677
     y(5) c_u_upper(5_389)_ -0.4905416423834677
     y(5) c_u_upper(5_390)_ -0.4905416423834677
     y(5) c_u_upper(5_391)_ -0.4905416423834677
     y(5) c_u_upper(5_392)_ -0.4905416423834677
     y(5) c_u_upper(5_393)_ -0.4905416423834677
     y(5) c_u_upper(5_394)_ -0.4905416423834677
     y(5) c_u_upper(5_395)_ -0.4905416423834677
     y(5) c_u_upper(5_396)_ -0.4905416423834677
     y(5) c_u_upper(5_397)_ -0.4905416423834677
     y(5) c_u_upper(5_398)_ -0.4905416423834677
     y(5) c_u_upper(5_399)_ -0.4905416423834677
     y(5) c_u_upper(5_440)_ -0.4905416423834677
     y(5) c_u_upper(5_441)_ -0.4905416423834677
     y(5) c_u_upper(5_442)_ -0.4905416423834677
     y(5) c_u_upper(5_443)_ -0.4905416423834677
     y(5) c_u_upper(5_444)_ -0.4905416423834677
     y(5) c_u_upper(5_445)_ -0.4905416423834677
     y(5) c_u_upper(5_446)_ -0.4905416423834677
     y(5) c_u_upper(5_447)_ -0.4905416423834677
     y(5) c_u_upper(5_448)_ -0.4905416423834677
     y(5) c_u_upper(5_449)_ -0.4905416423834677
     y(5) c_u_upper(5_450)_ -0.4905416423834677
     y(5) c_u_upper(5_451)_ -0.4905416423834677
     y(5) c_u_upper(5_452)_ -0.4905416423834677
     y(5) c_u_upper(5_453)_ -0.4905416423834677
     y(5) c_u_upper(5_454)_ -0.4905416423834677
     y(5) c_u_upper(5_455)_ -0.4905416423834677
     y(5) c_u_upper(5_456)_ -0.4905416423834677
     y(5) c_u_upper(5_457)_ -0.4905416423834677
     y(5) c_u_upper(5_458)_ -0.4905416423834677
     y(5) c_u_upper(5_459)_ -0.4905416423834677
     y(5) c_u_upper(5_460)_ -0.4905416423834677
     y(5) c_u_upper(5_461)_ -0.4905416423834677
     y(5) c_u_upper(5_462)_ -0.4905416423834677
     y(5) c_u_upper(5_463)_ -0.4905416423834677
     y(5) c_u_upper(5_464)_ -0.4905416423834677
     y(5) c_u_upper(5_465)_ -0.4905416423834677
     y(5) c_u_upper(5_466)_ -0.4905416423834677
     y(5) c_u_upper(5_467)_ -0.4905416423834677
     y(5) c_u_upper(5_468)_ -0.4905416423834677
     y(5) c_u_upper(5_469)_ -0.4905416423834677
     y(5) c_u_upper(5_470)_ -0.4905416423834677
     y(5) c_u_upper(5_471)_ -0.4905416423834677
     y(5) c_u_upper(5_472)_ -0.4905416423834677
     y(5) c_u_upper(5_473)_ -0.4905416423834677
     y(5) c_u_upper(5_474)_ -0.4905416423834677
     y(5) c_u_upper(5_475)_ -0.4905416423834677
     y(5) c_u_upper(5_476)_ -0.4905416423834677
     y(5) c_u_upper(5_477)_ -0.4905416423834677
     y(5) c_u_upper(5_478)_ -0.4905416423834677
     y(5) c_u_upper(5_479)_ -0.4905416423834677
     y(5) c_u_lower(5_360)_ -0.4905416423834677
     y(5) c_u_lower(5_361)_ -0.4905416423834677
     y(5) c_u_lower(5_362)_ -0.4905416423834677
     y(5) c_u_lower(5_363)_ -0.4905416423834677
     y(5) c_u_lower(5_364)_ -0.4905416423834677
     y(5) c_u_lower(5_365)_ -0.4905416423834677
     y(5) c_u_lower(5_366)_ -0.4905416423834677
     y(5) c_u_lower(5_367)_ -0.4905416423834677
     y(5) c_u_lower(5_368)_ -0.4905416423834677
     y(5) c_u_lower(5_369)_ -0.4905416423834677
     y(5) c_u_lower(5_370)_ -0.4905416423834677
     y(5) c_u_lower(5_371)_ -0.4905416423834677
     y(5) c_u_lower(5_372)_ -0.4905416423834677
     y(5) c_u_lower(5_373)_ -0.4905416423834677
     y(5) c_u_lower(5_374)_ -0.4905416423834677
     y(5) c_u_lower(5_375)_ -0.4905416423834677
     y(5) c_u_lower(5_376)_ -0.4905416423834677
     y(5) c_u_lower(5_377)_ -0.4905416423834677
     y(5) c_u_lower(5_378)_ -0.4905416423834677
     y(5) c_u_lower(5_379)_ -0.4905416423834677
     y(5) c_u_lower(5_380)_ -0.4905416423834677
     y(5) c_u_lower(5_381)_ -0.4905416423834677
     y(5) c_u_lower(5_382)_ -0.4905416423834677
     y(5) c_u_lower(5_383)_ -0.4905416423834677
     y(5) c_u_lower(5_384)_ -0.4905416423834677
     y(5) c_u_lower(5_385)_ -0.4905416423834677
     y(5) c_u_lower(5_386)_ -0.4905416423834677
     y(5) c_u_lower(5_387)_ -0.4905416423834677
     y(5) c_u_lower(5_388)_ -0.4905416423834677
     y(5) c_u_lower(5_389)_ -0.4905416423834677
     y(5) c_u_lower(5_390)_ -0.4905416423834677
     y(5) c_u_lower(5_391)_ -0.4905416423834677
     y(5) c_u_lower(5_392)_ -0.4905416423834677
     y(5) c_u_lower(5_393)_ -0.4905416423834677
     y(5) c_u_lower(5_394)_ -0.4905416423834677
     y(5) c_u_lower(5_395)_ -0.4905416423834677
     y(5) c_u_lower(5_396)_ -0.4905416423834677
     y(5) c_u_lower(5_397)_ -0.4905416423834677
     y(5) c_u_lower(5_398)_ -0.4905416423834677
     y(5) c_u_lower(5_399)_ -0.4905416423834677
     y(5) c_u_lower(5_440)_ -0.4905416423834677
     y(5) c_u_lower(5_441)_ -0.4905416423834677
     y(5) c_u_lower(5_442)_ -0.4905416423834677
     y(5) c_u_lower(5_443)_ -0.4905416423834677
     y(5) c_u_lower(5_444)_ -0.4905416423834677
     y(5) c_u_lower(5_445)_ -0.4905416423834677
     y(5) c_u_lower(5_446)_ -0.4905416423834677
     y(5) c_u_lower(5_447)_ -0.4905416423834677
     y(5) c_u_lower(5_448)_ -0.4905416423834677
     y(5) c_u_lower(5_449)_ -0.4905416423834677
     y(5) c_u_lower(5_450)_ -0.4905416423834677
     y(5) c_u_lower(5_451)_ -0.4905416423834677
     y(5) c_u_lower(5_452)_ -0.4905416423834677
     y(5) c_u_lower(5_453)_ -0.4905416423834677
     y(5) c_u_lower(5_454)_ -0.4905416423834677
     y(5) c_u_lower(5_455)_ -0.4905416423834677
     y(5) c_u_lower(5_456)_ -0.4905416423834677
     y(5) c_u_lower(5_457)_ -0.4905416423834677
     y(5) c_u_lower(5_458)_ -0.4905416423834677
     y(5) c_u_lower(5_459)_ -0.4905416423834677
     y(5) c_u_lower(5_460)_ -0.4905416423834677
     y(5) c_u_lower(5_461)_ -0.4905416423834677
     y(5) c_u_lower(5_462)_ -0.4905416423834677
     y(5) c_u_lower(5_463)_ -0.4905416423834677
     y(5) c_u_lower(5_464)_ -0.4905416423834677
     y(5) c_u_lower(5_465)_ -0.4905416423834677
     y(5) c_u_lower(5_466)_ -0.4905416423834677
     y(5) c_u_lower(5_467)_ -0.4905416423834677
     y(5) c_u_lower(5_468)_ -0.4905416423834677
     y(5) c_u_lower(5_469)_ -0.4905416423834677
     y(5) c_u_lower(5_470)_ -0.4905416423834677
     y(5) c_u_lower(5_471)_ -0.4905416423834677
     y(5) c_u_lower(5_472)_ -0.4905416423834677
     y(5) c_u_lower(5_473)_ -0.4905416423834677
     y(5) c_u_lower(5_474)_ -0.4905416423834677
     y(5) c_u_lower(5_475)_ -0.4905416423834677
     y(5) c_u_lower(5_476)_ -0.4905416423834677
     y(5) c_u_lower(5_477)_ -0.4905416423834677
     y(5) c_u_lower(5_478)_ -0.4905416423834677
     y(5) c_u_lower(5_479)_ -0.4905416423834677
     y(6) obj 0.022300000000000004
     y(6) c_u_upper(6_480)_ -0.4905416423834677
     y(6) c_u_upper(6_481)_ -0.4905416423834677
     y(6) c_u_upper(6_482)_ -0.4905416423834677
     y(6) c_u_upper(6_483)_ -0.4905416423834677
     y(6) c_u_upper(6_484)_ -0.4905416423834677
     y(6) c_u_upper(6_485)_ -0.4905416423834677
     y(6) c_u_upper(6_486)_ -0.4905416423834677
     y(6) c_u_upper(6_487)_ -0.4905416423834677
     y(6) c_u_upper(6_488)_ -0.4905416423834677
     y(6) c_u_upper(6_489)_ -0.4905416423834677
     y(6) c_u_upper(6_490)_ -0.4905416423834677
     y(6) c_u_upper(6_491)_ -0.4905416423834677
     y(6) c_u_upper(6_492)_ -0.4905416423834677
     y(6) c_u_upper(6_493)_ -0.4905416423834677
     y(6) c_u_upper(6_494)_ -0.4905416423834677
     y(6) c_u_upper(6_495)_ -0.4905416423834677
     y(6) c_u_upper(6_496)_ -0.4905416423834677
     y(6) c_u_upper(6_497)_ -0.4905416423834677
     y(6) c_u_upper(6_498)_ -0.4905416423834677
     y(6) c_u_upper(6_499)_ -0.4905416423834677
     y(6) c_u_upper(6_500)_ -0.4905416423834677
     y(6) c_u_upper(6_501)_ -0.4905416423834677
     y(6) c_u_upper(6_502)_ -0.4905416423834677
     y(6) c_u_upper(6_503)_ -0.4905416423834677
     y(6) c_u_upper(6_504)_ -0.4905416423834677
     y(6) c_u_upper(6_505)_ -0.4905416423834677
     y(6) c_u_upper(6_506)_ -0.4905416423834677
     y(6) c_u_upper(6_507)_ -0.4905416423834677
     y(6) c_u_upper(6_508)_ -0.4905416423834677
     y(6) c_u_upper(6_509)_ -0.4905416423834677
     y(6) c_u_upper(6_510)_ -0.4905416423834677
     y(6) c_u_upper(6_511)_ -0.4905416423834677
     y(6) c_u_upper(6_512)_ -0.4905416423834677
     y(6) c_u_upper(6_513)_ -0.4905416423834677
     y(6) c_u_upper(6_514)_ -0.4905416423834677
     y(6) c_u_upper(6_515)_ -0.4905416423834677
     y(6) c_u_upper(6_516)_ -0.4905416423834677
     y(6) c_u_upper(6_517)_ -0.4905416423834677
     y(6) c_u_upper(6_518)_ -0.4905416423834677
     y(6) c_u_upper(6_519)_ -0.4905416423834677
     y(6) c_u_upper(6_560)_ -0.4905416423834677
     y(6) c_u_upper(6_561)_ -0.4905416423834677
     y(6) c_u_upper(6_562)_ -0.4905416423834677
     y(6) c_u_upper(6_563)_ -0.4905416423834677
     y(6) c_u_upper(6_564)_ -0.4905416423834677
     y(6) c_u_upper(6_565)_ -0.4905416423834677
     y(6) c_u_upper(6_566)_ -0.4905416423834677
     y(6) c_u_upper(6_567)_ -0.4905416423834677
     y(6) c_u_upper(6_568)_ -0.4905416423834677
     y(6) c_u_upper(6_569)_ -0.4905416423834677
     y(6) c_u_upper(6_570)_ -0.4905416423834677
     y(6) c_u_upper(6_571)_ -0.4905416423834677
     y(6) c_u_upper(6_572)_ -0.4905416423834677
     y(6) c_u_upper(6_573)_ -0.4905416423834677
     y(6) c_u_upper(6_574)_ -0.4905416423834677
     y(6) c_u_upper(6_575)_ -0.4905416423834677
     y(6) c_u_upper(6_576)_ -0.4905416423834677
     y(6) c_u_upper(6_577)_ -0.4905416423834677
     y(6) c_u_upper(6_578)_ -0.4905416423834677
     y(6) c_u_upper(6_579)_ -0.4905416423834677
     y(6) c_u_upper(6_580)_ -0.4905416423834677
     y(6) c_u_upper(6_581)_ -0.4905416423834677
     y(6) c_u_upper(6_582)_ -0.4905416423834677
     y(6) c_u_upper(6_583)_ -0.4905416423834677
     y(6) c_u_upper(6_584)_ -0.4905416423834677
     y(6) c_u_upper(6_585)_ -0.4905416423834677
     y(6) c_u_upper(6_586)_ -0.4905416423834677
     y(6) c_u_upper(6_587)_ -0.4905416423834677
     y(6) c_u_upper(6_588)_ -0.4905416423834677
     y(6) c_u_upper(6_589)_ -0.4905416423834677
     y(6) c_u_upper(6_590)_ -0.4905416423834677
     y(6) c_u_upper(6_591)_ -0.4905416423834677
     y(6) c_u_upper(6_592)_ -0.4905416423834677
     y(6) c_u_upper(6_593)_ -0.4905416423834677
     y(6) c_u_upper(6_594)_ -0.4905416423834677
     y(6) c_u_upper(6_595)_ -0.4905416423834677
     y(6) c_u_upper(6_596)_ -0.4905416423834677
     y(6) c_u_upper(6_597)_ -0.4905416423834677
     y(6) c_u_upper(6_598)_ -0.4905416423834677
     y(6) c_u_upper(6_599)_ -0.4905416423834677
     y(6) c_u_lower(6_480)_ -0.4905416423834677
     y(6) c_u_lower(6_481)_ -0.4905416423834677
     y(6) c_u_lower(6_482)_ -0.4905416423834677
     y(6) c_u_lower(6_483)_ -0.4905416423834677
     y(6) c_u_lower(6_484)_ -0.4905416423834677
     y(6) c_u_lower(6_485)_ -0.4905416423834677
     y(6) c_u_lower(6_486)_ -0.4905416423834677
     y(6) c_u_lower(6_487)_ -0.4905416423834677
     y(6) c_u_lower(6_488)_ -0.4905416423834677
     y(6) c_u_lower(6_489)_ -0.4905416423834677
     y(6) c_u_lower(6_490)_ -0.4905416423834677
     y(6) c_u_lower(6_491)_ -0.4905416423834677
     y(6) c_u_lower(6_492)_ -0.4905416423834677
     y(6) c_u_lower(6_493)_ -0.4905416423834677
     y(6) c_u_lower(6_494)_ -0.4905416423834677
     y(6) c_u_lower(6_495)_ -0.4905416423834677
     y(6) c_u_lower(6_496)_ -0.4905416423834677
     y(6) c_u_lower(6_497)_ -0.4905416423834677
     y(6) c_u_lower(6_498)_ -0.4905416423834677
     y(6) c_u_lower(6_499)_ -0.4905416423834677
     y(6) c_u_lower(6_500)_ -0.4905416423834677
     y(6) c_u_lower(6_501)_ -0.4905416423834677
     y(6) c_u_lower(6_502)_ -0.4905416423834677
     y(6) c_u_lower(6_503)_ -0.4905416423834677
     y(6) c_u_lower(6_504)_ -0.4905416423834677
     y(6) c_u_lower(6_505)_ -0.4905416423834677
     y(6) c_u_lower(6_506)_ -0.4905416423834677
     y(6) c_u_lower(6_507)_ -0.4905416423834677
     y(6) c_u_lower(6_508)_ -0.4905416423834677
     y(6) c_u_lower(6_509)_ -0.4905416423834677
     y(6) c_u_lower(6_510)_ -0.4905416423834677
     y(6) c_u_lower(6_511)_ -0.4905416423834677
     y(6) c_u_lower(6_512)_ -0.4905416423834677
     y(6) c_u_lower(6_513)_ -0.4905416423834677
     y(6) c_u_lower(6_514)_ -0.4905416423834677
     y(6) c_u_lower(6_515)_ -0.4905416423834677
     y(6) c_u_lower(6_516)_ -0.4905416423834677
     y(6) c_u_lower(6_517)_ -0.4905416423834677
     y(6) c_u_lower(6_518)_ -0.4905416423834677
     y(6) c_u_lower(6_519)_ -0.4905416423834677
     y(6) c_u_lower(6_560)_ -0.4905416423834677
     y(6) c_u_lower(6_561)_ -0.4905416423834677
     y(6) c_u_lower(6_562)_ -0.4905416423834677
     y(6) c_u_lower(6_563)_ -0.4905416423834677
     y(6) c_u_lower(6_564)_ -0.4905416423834677
     y(6) c_u_lower(6_565)_ -0.4905416423834677
     y(6) c_u_lower(6_566)_ -0.4905416423834677
     y(6) c_u_lower(6_567)_ -0.4905416423834677
     y(6) c_u_lower(6_568)_ -0.4905416423834677
     y(6) c_u_lower(6_569)_ -0.4905416423834677
     y(6) c_u_lower(6_570)_ -0.4905416423834677
     y(6) c_u_lower(6_571)_ -0.4905416423834677
     y(6) c_u_lower(6_572)_ -0.4905416423834677
     y(6) c_u_lower(6_573)_ -0.4905416423834677
     y(6) c_u_lower(6_574)_ -0.4905416423834677
     y(6) c_u_lower(6_575)_ -0.4905416423834677
     y(6) c_u_lower(6_576)_ -0.4905416423834677
     y(6) c_u_lower(6_577)_ -0.4905416423834677
     y(6) c_u_lower(6_578)_ -0.4905416423834677
     y(6) c_u_lower(6_579)_ -0.4905416423834677
     y(6) c_u_lower(6_580)_ -0.4905416423834677
     y(6) c_u_lower(6_581)_ -0.4905416423834677
     y(6) c_u_lower(6_582)_ -0.4905416423834677
     y(6) c_u_lower(6_583)_ -0.4905416423834677
     y(6) c_u_lower(6_584)_ -0.4905416423834677
     y(6) c_u_lower(6_585)_ -0.4905416423834677
     y(6) c_u_lower(6_586)_ -0.4905416423834677
     y(6) c_u_lower(6_587)_ -0.4905416423834677
     y(6) c_u_lower(6_588)_ -0.4905416423834677
     y(6) c_u_lower(6_589)_ -0.4905416423834677
     y(6) c_u_lower(6_590)_ -0.4905416423834677
     y(6) c_u_lower(6_591)_ -0.4905416423834677
     y(6) c_u_lower(6_592)_ -0.4905416423834677
     y(6) c_u_lower(6_593)_ -0.4905416423834677
     y(6) c_u_lower(6_594)_ -0.4905416423834677
     y(6) c_u_lower(6_595)_ -0.4905416423834677
     y(6) c_u_lower(6_596)_ -0.4905416423834677
     y(6) c_u_lower(6_597)_ -0.4905416423834677
     y(6) c_u_lower(6_598)_ -0.4905416423834677
     y(6) c_u_lower(6_599)_ -0.4905416423834677
     y(7) obj 0.022300000000000004
     y(7) c_u_upper(7_520)_ -0.4905416423834677
     y(7) c_u_upper(7_521)_ -0.4905416423834677
     y(7) c_u_upper(7_522)_ -0.4905416423834677
     y(7) c_u_upper(7_523)_ -0.4905416423834677
     y(7) c_u_upper(7_524)_ -0.4905416423834677
     y(7) c_u_upper(7_525)_ -0.4905416423834677
     y(7) c_u_upper(7_526)_ -0.4905416423834677
     y(7) c_u_upper(7_527)_ -0.4905416423834677
     y(7) c_u_upper(7_528)_ -0.4905416423834677
     y(7) c_u_upper(7_529)_ -0.4905416423834677
     y(7) c_u_upper(7_530)_ -0.4905416423834677
     y(7) c_u_upper(7_531)_ -0.4905416423834677
     y(7) c_u_upper(7_532)_ -0.4905416423834677
     y(7) c_u_upper(7_533)_ -0.4905416423834677
     y(7) c_u_upper(7_534)_ -0.4905416423834677
     y(7) c_u_upper(7_535)_ -0.4905416423834677
     y(7) c_u_upper(7_536)_ -0.4905416423834677
     y(7) c_u_upper(7_537)_ -0.4905416423834677
     y(7) c_u_upper(7_538)_ -0.4905416423834677
     y(7) c_u_upper(7_539)_ -0.4905416423834677
     y(7) c_u_upper(7_540)_ -0.4905416423834677
     y(7) c_u_upper(7_541)_ -0.4905416423834677
     y(7) c_u_upper(7_542)_ -0.4905416423834677
     y(7) c_u_upper(7_543)_ -0.4905416423834677
     y(7) c_u_upper(7_544)_ -0.4905416423834677
     y(7) c_u_upper(7_545)_ -0.4905416423834677
     y(7) c_u_upper(7_546)_ -0.4905416423834677
     y(7) c_u_upper(7_547)_ -0.4905416423834677
     y(7) c_u_upper(7_548)_ -0.4905416423834677
     y(7) c_u_upper(7_549)_ -0.4905416423834677
     y(7) c_u_upper(7_550)_ -0.4905416423834677
     y(7) c_u_upper(7_551)_ -0.4905416423834677
     y(7) c_u_upper(7_552)_ -0.4905416423834677
     y(7) c_u_upper(7_553)_ -0.4905416423834677
     y(7) c_u_upper(7_554)_ -0.4905416423834677
     y(7) c_u_upper(7_555)_ -0.4905416423834677
     y(7) c_u_upper(7_556)_ -0.4905416423834677
     y(7) c_u_upper(7_557)_ -0.4905416423834677
     y(7) c_u_upper(7_558)_ -0.4905416423834677
     y(7) c_u_upper(7_559)_ -0.4905416423834677
     y(7) c_u_upper(7_600)_ -0.4905416423834677
     y(7) c_u_upper(7_601)_ -0.4905416423834677
     y(7) c_u_upper(7_602)_ -0.4905416423834677
     y(7) c_u_upper(7_603)_ -0.4905416423834677
     y(7) c_u_upper(7_604)_ -0.4905416423834677
     y(7) c_u_upper(7_605)_ -0.4905416423834677
     y(7) c_u_upper(7_606)_ -0.4905416423834677
     y(7) c_u_upper(7_607)_ -0.4905416423834677
     y(7) c_u_upper(7_608)_ -0.4905416423834677
     y(7) c_u_upper(7_609)_ -0.4905416423834677
     y(7) c_u_upper(7_610)_ -0.4905416423834677
     y(7) c_u_upper(7_611)_ -0.4905416423834677
     y(7) c_u_upper(7_612)_ -0.4905416423834677
     y(7) c_u_upper(7_613)_ -0.4905416423834677
     y(7) c_u_upper(7_614)_ -0.4905416423834677
     y(7) c_u_upper(7_615)_ -0.4905416423834677
     y(7) c_u_upper(7_616)_ -0.4905416423834677
     y(7) c_u_upper(7_617)_ -0.4905416423834677
     y(7) c_u_upper(7_618)_ -0.4905416423834677
     y(7) c_u_upper(7_619)_ -0.4905416423834677
     y(7) c_u_upper(7_620)_ -0.4905416423834677
     y(7) c_u_upper(7_621)_ -0.4905416423834677
     y(7) c_u_upper(7_622)_ -0.4905416423834677
     y(7) c_u_upper(7_623)_ -0.4905416423834677
     y(7) c_u_upper(7_624)_ -0.4905416423834677
     y(7) c_u_upper(7_625)_ -0.4905416423834677
     y(7) c_u_upper(7_626)_ -0.4905416423834677
     y(7) c_u_upper(7_627)_ -0.4905416423834677
     y(7) c_u_upper(7_628)_ -0.4905416423834677
     y(7) c_u_upper(7_629)_ -0.4905416423834677
     y(7) c_u_upper(7_630)_ -0.4905416423834677
     y(7) c_u_upper(7_631)_ -0.4905416423834677
     y(7) c_u_upper(7_632)_ -0.4905416423834677
     y(7) c_u_upper(7_633)_ -0.4905416423834677
     y(7) c_u_upper(7_634)_ -0.4905416423834677
     y(7) c_u_upper(7_635)_ -0.4905416423834677
     y(7) c_u_upper(7_636)_ -0.4905416423834677
     y(7) c_u_upper(7_637)_ -0.4905416423834677
     y(7) c_u_upper(7_638)_ -0.4905416423834677
     y(7) c_u_upper(7_639)_ -0.4905416423834677
     y(7) c_u_lower(7_520)_ -0.4905416423834677
     y(7) c_u_lower(7_521)_ -0.4905416423834677
     y(7) c_u_lower(7_522)_ -0.4905416423834677
     y(7) c_u_lower(7_523)_ -0.4905416423834677
     y(7) c_u_lower(7_524)_ -0.4905416423834677
     y(7) c_u_lower(7_525)_ -0.4905416423834677
     y(7) c_u_lower(7_526)_ -0.4905416423834677
     y(7) c_u_lower(7_527)_ -0.4905416423834677
     y(7) c_u_lower(7_528)_ -0.4905416423834677
     y(7) c_u_lower(7_529)_ -0.4905416423834677
     y(7) c_u_lower(7_530)_ -0.4905416423834677
     y(7) c_u_lower(7_531)_ -0.4905416423834677
     y(7) c_u_lower(7_532)_ -0.4905416423834677
     y(7) c_u_lower(7_533)_ -0.4905416423834677
     y(7) c_u_lower(7_534)_ -0.4905416423834677
     y(7) c_u_lower(7_535)_ -0.4905416423834677
     y(7) c_u_lower(7_536)_ -0.4905416423834677
     y(7) c_u_lower(7_537)_ -0.4905416423834677
     y(7) c_u_lower(7_538)_ -0.4905416423834677
     y(7) c_u_lower(7_539)_ -0.4905416423834677
     y(7) c_u_lower(7_540)_ -0.4905416423834677
     y(7) c_u_lower(7_541)_ -0.4905416423834677
     y(7) c_u_lower(7_542)_ -0.4905416423834677
     y(7) c_u_lower(7_543)_ -0.4905416423834677
     y(7) c_u_lower(7_544)_ -0.4905416423834677
     y(7) c_u_lower(7_545)_ -0.4905416423834677
     y(7) c_u_lower(7_546)_ -0.4905416423834677
     y(7) c_u_lower(7_547)_ -0.4905416423834677
     y(7) c_u_lower(7_548)_ -0.4905416423834677
     y(7) c_u_lower(7_549)_ -0.4905416423834677
     y(7) c_u_lower(7_550)_ -0.4905416423834677
     y(7) c_u_lower(7_551)_ -0.4905416423834677
     y(7) c_u_lower(7_552)_ -0.4905416423834677
     y(7) c_u_lower(7_553)_ -0.4905416423834677
     y(7) c_u_lower(7_554)_ -0.4905416423834677
     y(7) c_u_lower(7_555)_ -0.4905416423834677
     y(7) c_u_lower(7_556)_ -0.4905416423834677
     y(7) c_u_lower(7_557)_ -0.4905416423834677
     y(7) c_u_lower(7_558)_ -0.4905416423834677
     y(7) c_u_lower(7_559)_ -0.4905416423834677
     y(7) c_u_lower(7_600)_ -0.4905416423834677
     y(7) c_u_lower(7_601)_ -0.4905416423834677
     y(7) c_u_lower(7_602)_ -0.4905416423834677
     y(7) c_u_lower(7_603)_ -0.4905416423834677
     y(7) c_u_lower(7_604)_ -0.4905416423834677
     y(7) c_u_lower(7_605)_ -0.4905416423834677
     y(7) c_u_lower(7_606)_ -0.4905416423834677
     y(7) c_u_lower(7_607)_ -0.4905416423834677
     y(7) c_u_lower(7_608)_ -0.4905416423834677
     y(7) c_u_lower(7_609)_ -0.4905416423834677
     y(7) c_u_lower(7_610)_ -0.4905416423834677
     y(7) c_u_lower(7_611)_ -0.4905416423834677
     y(7) c_u_lower(7_612)_ -0.4905416423834677
     y(7) c_u_lower(7_613)_ -0.4905416423834677
     y(7) c_u_lower(7_614)_ -0.4905416423834677
     y(7) c_u_lower(7_615)_ -0.4905416423834677
     y(7) c_u_lower(7_616)_ -0.4905416423834677
     y(7) c_u_lower(7_617)_ -0.4905416423834677
     y(7) c_u_lower(7_618)_ -0.4905416423834677
     y(7) c_u_lower(7_619)_ -0.4905416423834677
     y(7) c_u_lower(7_620)_ -0.4905416423834677
     y(7) c_u_lower(7_621)_ -0.4905416423834677
     y(7) c_u_lower(7_622)_ -0.4905416423834677
     y(7) c_u_lower(7_623)_ -0.4905416423834677
     y(7) c_u_lower(7_624)_ -0.4905416423834677
     y(7) c_u_lower(7_625)_ -0.4905416423834677
     y(7) c_u_lower(7_626)_ -0.4905416423834677
     y(7) c_u_lower(7_627)_ -0.4905416423834677
     y(7) c_u_lower(7_628)_ -0.4905416423834677
     y(7) c_u_lower(7_629)_ -0.4905416423834677
     y(7) c_u_lower(7_630)_ -0.4905416423834677
     y(7) c_u_lower(7_631)_ -0.4905416423834677
     y(7) c_u_lower(7_632)_ -0.4905416423834677
     y(7) c_u_lower(7_633)_ -0.4905416423834677
     y(7) c_u_lower(7_634)_ -0.4905416423834677
     y(7) c_u_lower(7_635)_ -0.4905416423834677
     y(7) c_u_lower(7_636)_ -0.4905416423834677
     y(7) c_u_lower(7_637)_ -0.4905416423834677
     y(7) c_u_lower(7_638)_ -0.4905416423834677
     y(7) c_u_lower(7_639)_ -0.4905416423834677
     ONE_VAR_CONSTANT obj 0.44600000000000006
     ONE_VAR_CONSTANT c_e_ONE_VAR_CONSTANT 1
RHS
     RHS c_u_upper(0_0)_ 0
     RHS c_u_upper(0_1)_ 0
     RHS c_u_upper(0_2)_ 0
     RHS c_u_upper(0_3)_ 0
     RHS c_u_upper(0_4)_ 0
     RHS c_u_upper(0_5)_ 0
     RHS c_u_upper(0_6)_ 0
     RHS c_u_upper(0_7)_ 0
     RHS c_u_upper(0_8)_ 0
     RHS c_u_upper(0_9)_ 0
     RHS c_u_upper(0_10)_ 0
     RHS c_u_upper(0_11)_ 0
     RHS c_u_upper(0_12)_ 0
     RHS c_u_upper(0_13)_ 0
     RHS c_u_upper(0_14)_ 0
     RHS c_u_upper(0_15)_ 0
     RHS c_u_upper(0_16)_ 0
     RHS c_u_upper(0_17)_ 0
     RHS c_u_upper(0_18)_ 0
     RHS c_u_upper(0_19)_ 0
     RHS c_u_upper(0_20)_ 0
     RHS c_u_upper(0_21)_ 0
     RHS c_u_upper(0_22)_ 0
     RHS c_u_upper(0_23)_ 0
     RHS c_u_upper(0_24)_ 0
     RHS c_u_upper(0_25)_ 0
     RHS c_u_upper(0_26)_ 0
     RHS c_u_upper(0_27)_ 0
     RHS c_u_upper(0_28)_ 0
     RHS c_u_upper(0_29)_ 0
     RHS c_u_upper(0_30)_ 0
     RHS c_u_upper(0_31)_ 0
     RHS c_u_upper(0_32)_ 0
     RHS c_u_upper(0_33)_ 0
     RHS c_u_upper(0_34)_ 0
     RHS c_u_upper(0_35)_ 0
     RHS c_u_upper(0_36)_ 0
     RHS c_u_upper(0_37)_ 0
     RHS c_u_upper(0_38)_ 0
     RHS c_u_upper(0_39)_ 0
     RHS c_u_upper(0_80)_ 0
     RHS c_u_upper(0_81)_ 0
     RHS c_u_upper(0_82)_ 0
     RHS c_u_upper(0_83)_ 0
     RHS c_u_upper(0_84)_ 0
     RHS c_u_upper(0_85)_ 0
     RHS c_u_upper(0_86)_ 0
     RHS c_u_upper(0_87)_ 0
     RHS c_u_upper(0_88)_ 0
     RHS c_u_upper(0_89)_ 0
     RHS c_u_upper(0_90)_ 0
     RHS c_u_upper(0_91)_ 0
     RHS c_u_upper(0_92)_ 0
     RHS c_u_upper(0_93)_ 0
     RHS c_u_upper(0_94)_ 0
     RHS c_u_upper(0_95)_ 0
     RHS c_u_upper(0_96)_ 0
     RHS c_u_upper(0_97)_ 0
     RHS c_u_upper(0_98)_ 0
     RHS c_u_upper(0_99)_ 0
     RHS c_u_upper(0_100)_ 0
     RHS c_u_upper(0_101)_ 0
     RHS c_u_upper(0_102)_ 0
     RHS c_u_upper(0_103)_ 0
     RHS c_u_upper(0_104)_ 0
     RHS c_u_upper(0_105)_ 0
     RHS c_u_upper(0_106)_ 0
     RHS c_u_upper(0_107)_ 0
     RHS c_u_upper(0_108)_ 0
     RHS c_u_upper(0_109)_ 0
     RHS c_u_upper(0_110)_ 0
     RHS c_u_upper(0_111)_ 0
     RHS c_u_upper(0_112)_ 0
     RHS c_u_upper(0_113)_ 0
     RHS c_u_upper(0_114)_ 0
     RHS c_u_upper(0_115)_ 0
     RHS c_u_upper(0_116)_ 0
     RHS c_u_upper(0_117)_ 0
     RHS c_u_upper(0_118)_ 0
     RHS c_u_upper(0_119)_ 0
     RHS c_u_upper(1_40)_ 0
     RHS c_u_upper(1_41)_ 0
     RHS c_u_upper(1_42)_ 0
     RHS c_u_upper(1_43)_ 0
     RHS c_u_upper(1_44)_ 0
     RHS c_u_upper(1_45)_ 0
     RHS c_u_upper(1_46)_ 0
     RHS c_u_upper(1_47)_ 0
     RHS c_u_upper(1_48)_ 0
     RHS c_u_upper(1_49)_ 0
     RHS c_u_upper(1_50)_ 0
     RHS c_u_upper(1_51)_ 0
     RHS c_u_upper(1_52)_ 0
     RHS c_u_upper(1_53)_ 0
     RHS c_u_upper(1_54)_ 0
     RHS c_u_upper(1_55)_ 0
     RHS c_u_upper(1_56)_ 0
     RHS c_u_upper(1_57)_ 0
     RHS c_u_upper(1_58)_ 0
     RHS c_u_upper(1_59)_ 0
     RHS c_u_upper(1_60)_ 0
     RHS c_u_upper(1_61)_ 0
     RHS c_u_upper(1_62)_ 0
     RHS c_u_upper(1_63)_ 0
     RHS c_u_upper(1_64)_ 0
     RHS c_u_upper(1_65)_ 0
     RHS c_u_upper(1_66)_ 0
     RHS c_u_upper(1_67)_ 0
     RHS c_u_upper(1_68)_ 0
     RHS c_u_upper(1_69)_ 0
     RHS c_u_upper(1_70)_ 0
     RHS c_u_upper(1_71)_ 0
     RHS c_u_upper(1_72)_ 0
     RHS c_u_upper(1_73)_ 0
     RHS c_u_upper(1_74)_ 0
     RHS c_u_upper(1_75)_ 0
     RHS c_u_upper(1_76)_ 0
     RHS c_u_upper(1_77)_ 0
     RHS c_u_upper(1_78)_ 0
     RHS c_u_upper(1_79)_ 0
     RHS c_u_upper(1_120)_ 0
     RHS c_u_upper(1_121)_ 0
     RHS c_u_upper(1_122)_ 0
     RHS c_u_upper(1_123)_ 0
     RHS c_u_upper(1_124)_ 0
     RHS c_u_upper(1_125)_ 0
     RHS c_u_upper(1_126)_ 0
     RHS c_u_upper(1_127)_ 0
     RHS c_u_upper(1_128)_ 0
     RHS c_u_upper(1_129)_ 0
     RHS c_u_upper(1_130)_ 0
     RHS c_u_upper(1_131)_ 0
     RHS c_u_upper(1_132)_ 0
     RHS c_u_upper(1_133)_ 0
     RHS c_u_upper(1_134)_ 0
     RHS c_u_upper(1_135)_ 0
     RHS c_u_upper(1_136)_ 0
     RHS c_u_upper(1_137)_ 0
     RHS c_u_upper(1_138)_ 0
     RHS c_u_upper(1_139)_ 0
     RHS c_u_upper(1_140)_ 0
     RHS c_u_upper(1_141)_ 0
     RHS c_u_upper(1_142)_ 0
     RHS c_u_upper(1_143)_ 0
     RHS c_u_upper(1_144)_ 0
     RHS c_u_upper(1_145)_ 0
     RHS c_u_upper(1_146)_ 0
     RHS c_u_upper(1_147)_ 0
     RHS c_u_upper(1_148)_ 0
     RHS c_u_upper(1_149)_ 0
     RHS c_u_upper(1_150)_ 0
     RHS c_u_upper(1_151)_ 0
     RHS c_u_upper(1_152)_ 0
     RHS c_u_upper(1_153)_ 0
     RHS c_u_upper(1_154)_ 0
     RHS c_u_upper(1_155)_ 0
     RHS c_u_upper(1_156)_ 0
     RHS c_u_upper(1_157)_ 0
     RHS c_u_upper(1_158)_ 0
     RHS c_u_upper(1_159)_ 0
     RHS c_u_upper(2_160)_ 0
     RHS c_u_upper(2_161)_ 0
     RHS c_u_upper(2_162)_ 0
     RHS c_u_upper(2_163)_ 0
     RHS c_u_upper(2_164)_ 0
     RHS c_u_upper(2_165)_ 0
     RHS c_u_upper(2_166)_ 0
     RHS c_u_upper(2_167)_ 0
     RHS c_u_upper(2_168)_ 0
     RHS c_u_upper(2_169)_ 0
     RHS c_u_upper(2_170)_ 0
     RHS c_u_upper(2_171)_ 0
     RHS c_u_upper(2_172)_ 0
     RHS c_u_upper(2_173)_ 0
     RHS c_u_upper(2_174)_ 0
     RHS c_u_upper(2_175)_ 0
     RHS c_u_upper(2_176)_ 0
     RHS c_u_upper(2_177)_ 0
     RHS c_u_upper(2_178)_ 0
     RHS c_u_upper(2_179)_ 0
     RHS c_u_upper(2_180)_ 0
     RHS c_u_upper(2_181)_ 0
     RHS c_u_upper(2_182)_ 0
     RHS c_u_upper(2_183)_ 0
     RHS c_u_upper(2_184)_ 0
     RHS c_u_upper(2_185)_ 0
     RHS c_u_upper(2_186)_ 0
     RHS c_u_upper(2_187)_ 0
     RHS c_u_upper(2_188)_ 0
     RHS c_u_upper(2_189)_ 0
     RHS c_u_upper(2_190)_ 0
     RHS c_u_upper(2_191)_ 0
     RHS c_u_upper(2_192)_ 0
     RHS c_u_upper(2_193)_ 0
     RHS c_u_upper(2_194)_ 0
     RHS c_u_upper(2_195)_ 0
     RHS c_u_upper(2_196)_ 0
     RHS c_u_upper(2_197)_ 0
     RHS c_u_upper(2_198)_ 0
     RHS c_u_upper(2_199)_ 0
     RHS c_u_upper(2_240)_ 0
     RHS c_u_upper(2_241)_ 0
     RHS c_u_upper(2_242)_ 0
     RHS c_u_upper(2_243)_ 0
     RHS c_u_upper(2_244)_ 0
     RHS c_u_upper(2_245)_ 0
     RHS c_u_upper(2_246)_ 0
     RHS c_u_upper(2_247)_ 0
     RHS c_u_upper(2_248)_ 0
     RHS c_u_upper(2_249)_ 0
     RHS c_u_upper(2_250)_ 0
     RHS c_u_upper(2_251)_ 0
     RHS c_u_upper(2_252)_ 0
     RHS c_u_upper(2_253)_ 0
     RHS c_u_upper(2_254)_ 0
     RHS c_u_upper(2_255)_ 0
     RHS c_u_upper(2_256)_ 0
     RHS c_u_upper(2_257)_ 0
     RHS c_u_upper(2_258)_ 0
     RHS c_u_upper(2_259)_ 0
     RHS c_u_upper(2_260)_ 0
     RHS c_u_upper(2_261)_ 0
     RHS c_u_upper(2_262)_ 0
     RHS c_u_upper(2_263)_ 0
     RHS c_u_upper(2_264)_ 0
     RHS c_u_upper(2_265)_ 0
     RHS c_u_upper(2_266)_ 0
     RHS c_u_upper(2_267)_ 0
     RHS c_u_upper(2_268)_ 0
     RHS c_u_upper(2_269)_ 0
     RHS c_u_upper(2_270)_ 0
     RHS c_u_upper(2_271)_ 0
     RHS c_u_upper(2_272)_ 0
     RHS c_u_upper(2_273)_ 0
     RHS c_u_upper(2_274)_ 0
     RHS c_u_upper(2_275)_ 0
     RHS c_u_upper(2_276)_ 0
     RHS c_u_upper(2_277)_ 0
     RHS c_u_upper(2_278)_ 0
     RHS c_u_upper(2_279)_ 0
     RHS c_u_upper(3_200)_ 0
     RHS c_u_upper(3_201)_ 0
     RHS c_u_upper(3_202)_ 0
     RHS c_u_upper(3_203)_ 0
     RHS c_u_upper(3_204)_ 0
     RHS c_u_upper(3_205)_ 0
     RHS c_u_upper(3_206)_ 0
     RHS c_u_upper(3_207)_ 0
     RHS c_u_upper(3_208)_ 0
     RHS c_u_upper(3_209)_ 0
     RHS c_u_upper(3_210)_ 0
     RHS c_u_upper(3_211)_ 0
     RHS c_u_upper(3_212)_ 0
     RHS c_u_upper(3_213)_ 0
     RHS c_u_upper(3_214)_ 0
     RHS c_u_upper(3_215)_ 0
     RHS c_u_upper(3_216)_ 0
     RHS c_u_upper(3_217)_ 0
     RHS c_u_upper(3_218)_ 0
     RHS c_u_upper(3_219)_ 0
     RHS c_u_upper(3_220)_ 0
     RHS c_u_upper(3_221)_ 0
     RHS c_u_upper(3_222)_ 0
     RHS c_u_upper(3_223)_ 0
     RHS c_u_upper(3_224)_ 0
     RHS c_u_upper(3_225)_ 0
     RHS c_u_upper(3_226)_ 0
     RHS c_u_upper(3_227)_ 0
     RHS c_u_upper(3_228)_ 0
     RHS c_u_upper(3_229)_ 0
     RHS c_u_upper(3_230)_ 0
     RHS c_u_upper(3_231)_ 0
     RHS c_u_upper(3_232)_ 0
     RHS c_u_upper(3_233)_ 0
     RHS c_u_upper(3_234)_ 0
     RHS c_u_upper(3_235)_ 0
     RHS c_u_upper(3_236)_ 0
     RHS c_u_upper(3_237)_ 0
     RHS c_u_upper(3_238)_ 0
     RHS c_u_upper(3_239)_ 0
     RHS c_u_upper(3_280)_ 0
     RHS c_u_upper(3_281)_ 0
     RHS c_u_upper(3_282)_ 0
     RHS c_u_upper(3_283)_ 0
     RHS c_u_upper(3_284)_ 0
     RHS c_u_upper(3_285)_ 0
     RHS c_u_upper(3_286)_ 0
     RHS c_u_upper(3_287)_ 0
     RHS c_u_upper(3_288)_ 0
     RHS c_u_upper(3_289)_ 0
     RHS c_u_upper(3_290)_ 0
     RHS c_u_upper(3_291)_ 0
     RHS c_u_upper(3_292)_ 0
     RHS c_u_upper(3_293)_ 0
     RHS c_u_upper(3_294)_ 0
     RHS c_u_upper(3_295)_ 0
     RHS c_u_upper(3_296)_ 0
     RHS c_u_upper(3_297)_ 0
     RHS c_u_upper(3_298)_ 0
     RHS c_u_upper(3_299)_ 0
     RHS c_u_upper(3_300)_ 0
     RHS c_u_upper(3_301)_ 0
     RHS c_u_upper(3_302)_ 0
     RHS c_u_upper(3_303)_ 0
     RHS c_u_upper(3_304)_ 0
     RHS c_u_upper(3_305)_ 0
     RHS c_u_upper(3_306)_ 0
     RHS c_u_upper(3_307)_ 0
     RHS c_u_upper(3_308)_ 0
     RHS c_u_upper(3_309)_ 0
     RHS c_u_upper(3_310)_ 0
     RHS c_u_upper(3_311)_ 0
     RHS c_u_upper(3_312)_ 0
     RHS c_u_upper(3_313)_ 0
     RHS c_u_upper(3_314)_ 0
     RHS c_u_upper(3_315)_ 0
     RHS c_u_upper(3_316)_ 0
     RHS c_u_upper(3_317)_ 0
     RHS c_u_upper(3_318)_ 0
     RHS c_u_upper(3_319)_ 0
     RHS c_u_upper(4_320)_ 0
     RHS c_u_upper(4_321)_ 0
     RHS c_u_upper(4_322)_ 0
     RHS c_u_upper(4_323)_ 0
     RHS c_u_upper(4_324)_ 0
     RHS c_u_upper(4_325)_ 0
     RHS c_u_upper(4_326)_ 0
     RHS c_u_upper(4_327)_ 0
     RHS c_u_upper(4_328)_ 0
     RHS c_u_upper(4_329)_ 0
     RHS c_u_upper(4_330)_ 0
     RHS c_u_upper(4_331)_ 0
     RHS c_u_upper(4_332)_ 0
     RHS c_u_upper(4_333)_ 0
     RHS c_u_upper(4_334)_ 0
     RHS c_u_upper(4_335)_ 0
     RHS c_u_upper(4_336)_ 0
     RHS c_u_upper(4_337)_ 0
     RHS c_u_upper(4_338)_ 0
     RHS c_u_upper(4_339)_ 0
     RHS c_u_upper(4_340)_ 0
     RHS c_u_upper(4_341)_ 0
     RHS c_u_upper(4_342)_ 0
     RHS c_u_upper(4_343)_ 0
     RHS c_u_upper(4_344)_ 0
     RHS c_u_upper(4_345)_ 0
     RHS c_u_upper(4_346)_ 0
     RHS c_u_upper(4_347)_ 0
     RHS c_u_upper(4_348)_ 0
     RHS c_u_upper(4_349)_ 0
     RHS c_u_upper(4_350)_ 0
     RHS c_u_upper(4_351)_ 0
     RHS c_u_upper(4_352)_ 0
     RHS c_u_upper(4_353)_ 0
     RHS c_u_upper(4_354)_ 0
     RHS c_u_upper(4_355)_ 0
     RHS c_u_upper(4_356)_ 0
     RHS c_u_upper(4_357)_ 0
     RHS c_u_upper(4_358)_ 0
     RHS c_u_upper(4_359)_ 0
     RHS c_u_upper(4_400)_ 0
     RHS c_u_upper(4_401)_ 0
     RHS c_u_upper(4_402)_ 0
     RHS c_u_upper(4_403)_ 0
     RHS c_u_upper(4_404)_ 0
     RHS c_u_upper(4_405)_ 0
     RHS c_u_upper(4_406)_ 0
     RHS c_u_upper(4_407)_ 0
     RHS c_u_upper(4_408)_ 0
     RHS c_u_upper(4_409)_ 0
     RHS c_u_upper(4_410)_ 0
     RHS c_u_upper(4_411)_ 0
     RHS c_u_upper(4_412)_ 0
     RHS c_u_upper(4_413)_ 0
     RHS c_u_upper(4_414)_ 0
     RHS c_u_upper(4_415)_ 0
     RHS c_u_upper(4_416)_ 0
     RHS c_u_upper(4_417)_ 0
     RHS c_u_upper(4_418)_ 0
     RHS c_u_upper(4_419)_ 0
     RHS c_u_upper(4_420)_ 0
     RHS c_u_upper(4_421)_ 0
     RHS c_u_upper(4_422)_ 0
     RHS c_u_upper(4_423)_ 0
     RHS c_u_upper(4_424)_ 0
     RHS c_u_upper(4_425)_ 0
     RHS c_u_upper(4_426)_ 0
     RHS c_u_upper(4_427)_ 0
     RHS c_u_upper(4_428)_ 0
     RHS c_u_upper(4_429)_ 0
     RHS c_u_upper(4_430)_ 0
     RHS c_u_upper(4_431)_ 0
     RHS c_u_upper(4_432)_ 0
     RHS c_u_upper(4_433)_ 0
     RHS c_u_upper(4_434)_ 0
     RHS c_u_upper(4_435)_ 0
     RHS c_u_upper(4_436)_ 0
     RHS c_u_upper(4_437)_ 0
     RHS c_u_upper(4_438)_ 0
     RHS c_u_upper(4_439)_ 0
     RHS c_u_upper(5_360)_ 0
     RHS c_u_upper(5_361)_ 0
     RHS c_u_upper(5_362)_ 0
     RHS c_u_upper(5_363)_ 0
     RHS c_u_upper(5_364)_ 0
     RHS c_u_upper(5_365)_ 0
     RHS c_u_upper(5_366)_ 0
     RHS c_u_upper(5_367)_ 0
     RHS c_u_upper(5_368)_ 0
     RHS c_u_upper(5_369)_ 0
     RHS c_u_upper(5_370)_ 0
     RHS c_u_upper(5_371)_ 0
     RHS c_u_upper(5_372)_ 0
     RHS c_u_upper(5_373)_ 0
     RHS c_u_upper(5_374)_ 0
     RHS c_u_upper(5_375)_ 0
     RHS c_u_upper(5_376)_ 0
     RHS c_u_upper(5_377)_ 0
     RHS c_u_upper(5_378)_ 0
     RHS c_u_upper(5_379)_ 0
     RHS c_u_upper(5_380)_ 0
     RHS c_u_upper(5_381)_ 0
     RHS c_u_upper(5_382)_ 0
     RHS c_u_upper(5_383)_ 0
     RHS c_u_upper(5_384)_ 0
     RHS c_u_upper(5_385)_ 0
     RHS c_u_upper(5_386)_ 0
     RHS c_u_upper(5_387)_ 0
     RHS c_u_upper(5_388)_ 0
     RHS c_u_upper(5_389)_ 0
     RHS c_u_upper(5_390)_ 0
     RHS c_u_upper(5_391)_ 0
     RHS c_u_upper(5_392)_ 0
     RHS c_u_upper(5_393)_ 0
     RHS c_u_upper(5_394)_ 0
     RHS c_u_upper(5_395)_ 0
     RHS c_u_upper(5_396)_ 0
     RHS c_u_upper(5_397)_ 0
     RHS c_u_upper(5_398)_ 0
     RHS c_u_upper(5_399)_ 0
     RHS c_u_upper(5_440)_ 0
     RHS c_u_upper(5_441)_ 0
     RHS c_u_upper(5_442)_ 0
     RHS c_u_upper(5_443)_ 0
     RHS c_u_upper(5_444)_ 0
     RHS c_u_upper(5_445)_ 0
     RHS c_u_upper(5_446)_ 0
     RHS c_u_upper(5_447)_ 0
     RHS c_u_upper(5_448)_ 0
     RHS c_u_upper(5_449)_ 0
     RHS c_u_upper(5_450)_ 0
     RHS c_u_upper(5_451)_ 0
     RHS c_u_upper(5_452)_ 0
     RHS c_u_upper(5_453)_ 0
     RHS c_u_upper(5_454)_ 0
     RHS c_u_upper(5_455)_ 0
     RHS c_u_upper(5_456)_ 0
     RHS c_u_upper(5_457)_ 0
     RHS c_u_upper(5_458)_ 0
     RHS c_u_upper(5_459)_ 0
     RHS c_u_upper(5_460)_ 0
     RHS c_u_upper(5_461)_ 0
     RHS c_u_upper(5_462)_ 0
     RHS c_u_upper(5_463)_ 0
     RHS c_u_upper(5_464)_ 0
     RHS c_u_upper(5_465)_ 0
     RHS c_u_upper(5_466)_ 0
     RHS c_u_upper(5_467)_ 0
     RHS c_u_upper(5_468)_ 0
     RHS c_u_upper(5_469)_ 0
     RHS c_u_upper(5_470)_ 0
     RHS c_u_upper(5_471)_ 0
     RHS c_u_upper(5_472)_ 0
     RHS c_u_upper(5_473)_ 0
     RHS c_u_upper(5_474)_ 0
     RHS c_u_upper(5_475)_ 0
     RHS c_u_upper(5_476)_ 0
     RHS c_u_upper(5_477)_ 0
     RHS c_u_upper(5_478)_ 0
     RHS c_u_upper(5_479)_ 0
     RHS c_u_upper(6_480)_ 0
     RHS c_u_upper(6_481)_ 0
     RHS c_u_upper(6_482)_ 0
     RHS c_u_upper(6_483)_ 0
     RHS c_u_upper(6_484)_ 0
     RHS c_u_upper(6_485)_ 0
     RHS c_u_upper(6_486)_ 0
     RHS c_u_upper(6_487)_ 0
     RHS c_u_upper(6_488)_ 0
     RHS c_u_upper(6_489)_ 0
     RHS c_u_upper(6_490)_ 0
     RHS c_u_upper(6_491)_ 0
     RHS c_u_upper(6_492)_ 0
     RHS c_u_upper(6_493)_ 0
     RHS c_u_upper(6_494)_ 0
     RHS c_u_upper(6_495)_ 0
     RHS c_u_upper(6_496)_ 0
     RHS c_u_upper(6_497)_ 0
     RHS c_u_upper(6_498)_ 0
     RHS c_u_upper(6_499)_ 0
     RHS c_u_upper(6_500)_ 0
     RHS c_u_upper(6_501)_ 0
     RHS c_u_upper(6_502)_ 0
     RHS c_u_upper(6_503)_ 0
     RHS c_u_upper(6_504)_ 0
     RHS c_u_upper(6_505)_ 0
     RHS c_u_upper(6_506)_ 0
     RHS c_u_upper(6_507)_ 0
     RHS c_u_upper(6_508)_ 0
     RHS c_u_upper(6_509)_ 0
     RHS c_u_upper(6_510)_ 0
     RHS c_u_upper(6_511)_ 0
     RHS c_u_upper(6_512)_ 0
     RHS c_u_upper(6_513)_ 0
     RHS c_u_upper(6_514)_ 0
     RHS c_u_upper(6_515)_ 0
     RHS c_u_upper(6_516)_ 0
     RHS c_u_upper(6_517)_ 0
     RHS c_u_upper(6_518)_ 0
     RHS c_u_upper(6_519)_ 0
     RHS c_u_upper(6_560)_ 0
     RHS c_u_upper(6_561)_ 0
     RHS c_u_upper(6_562)_ 0
     RHS c_u_upper(6_563)_ 0
     RHS c_u_upper(6_564)_ 0
     RHS c_u_upper(6_565)_ 0
     RHS c_u_upper(6_566)_ 0
     RHS c_u_upper(6_567)_ 0
     RHS c_u_upper(6_568)_ 0
     RHS c_u_upper(6_569)_ 0
     RHS c_u_upper(6_570)_ 0
     RHS c_u_upper(6_571)_ 0
     RHS c_u_upper(6_572)_ 0
     RHS c_u_upper(6_573)_ 0
     RHS c_u_upper(6_574)_ 0
     RHS c_u_upper(6_575)_ 0
     RHS c_u_upper(6_576)_ 0
     RHS c_u_upper(6_577)_ 0
     RHS c_u_upper(6_578)_ 0
     RHS c_u_upper(6_579)_ 0
     RHS c_u_upper(6_580)_ 0
     RHS c_u_upper(6_581)_ 0
     RHS c_u_upper(6_582)_ 0
     RHS c_u_upper(6_583)_ 0
     RHS c_u_upper(6_584)_ 0
     RHS c_u_upper(6_585)_ 0
     RHS c_u_upper(6_586)_ 0
     RHS c_u_upper(6_587)_ 0
     RHS c_u_upper(6_588)_ 0
     RHS c_u_upper(6_589)_ 0
     RHS c_u_upper(6_590)_ 0
     RHS c_u_upper(6_591)_ 0
     RHS c_u_upper(6_592)_ 0
     RHS c_u_upper(6_593)_ 0
     RHS c_u_upper(6_594)_ 0
     RHS c_u_upper(6_595)_ 0
     RHS c_u_upper(6_596)_ 0
     RHS c_u_upper(6_597)_ 0
     RHS c_u_upper(6_598)_ 0
     RHS c_u_upper(6_599)_ 0
     RHS c_u_upper(7_520)_ 0
     RHS c_u_upper(7_521)_ 0
     RHS c_u_upper(7_522)_ 0
     RHS c_u_upper(7_523)_ 0
     RHS c_u_upper(7_524)_ 0
     RHS c_u_upper(7_525)_ 0
     RHS c_u_upper(7_526)_ 0
     RHS c_u_upper(7_527)_ 0
     RHS c_u_upper(7_528)_ 0
     RHS c_u_upper(7_529)_ 0
     RHS c_u_upper(7_530)_ 0
     RHS c_u_upper(7_531)_ 0
     RHS c_u_upper(7_532)_ 0
     RHS c_u_upper(7_533)_ 0
     RHS c_u_upper(7_534)_ 0
     RHS c_u_upper(7_535)_ 0
     RHS c_u_upper(7_536)_ 0
     RHS c_u_upper(7_537)_ 0
     RHS c_u_upper(7_538)_ 0
     RHS c_u_upper(7_539)_ 0
     RHS c_u_upper(7_540)_ 0
     RHS c_u_upper(7_541)_ 0
     RHS c_u_upper(7_542)_ 0
     RHS c_u_upper(7_543)_ 0
     RHS c_u_upper(7_544)_ 0
     RHS c_u_upper(7_545)_ 0
     RHS c_u_upper(7_546)_ 0
     RHS c_u_upper(7_547)_ 0
     RHS c_u_upper(7_548)_ 0
     RHS c_u_upper(7_549)_ 0
     RHS c_u_upper(7_550)_ 0
     RHS c_u_upper(7_551)_ 0
     RHS c_u_upper(7_552)_ 0
     RHS c_u_upper(7_553)_ 0
     RHS c_u_upper(7_554)_ 0
     RHS c_u_upper(7_555)_ 0
     RHS c_u_upper(7_556)_ 0
     RHS c_u_upper(7_557)_ 0
     RHS c_u_upper(7_558)_ 0
     RHS c_u_upper(7_559)_ 0
     RHS c_u_upper(7_600)_ 0
     RHS c_u_upper(7_601)_ 0
     RHS c_u_upper(7_602)_ 0
     RHS c_u_upper(7_603)_ 0
     RHS c_u_upper(7_604)_ 0
     RHS c_u_upper(7_605)_ 0
     RHS c_u_upper(7_606)_ 0
     RHS c_u_upper(7_607)_ 0
     RHS c_u_upper(7_608)_ 0
     RHS c_u_upper(7_609)_ 0
     RHS c_u_upper(7_610)_ 0
     RHS c_u_upper(7_611)_ 0
     RHS c_u_upper(7_612)_ 0
     RHS c_u_upper(7_613)_ 0
     RHS c_u_upper(7_614)_ 0
     RHS c_u_upper(7_615)_ 0
     RHS c_u_upper(7_616)_ 0
     RHS c_u_upper(7_617)_ 0
     RHS c_u_upper(7_618)_ 0
     RHS c_u_upper(7_619)_ 0
     RHS c_u_upper(7_620)_ 0
     RHS c_u_upper(7_621)_ 0
     RHS c_u_upper(7_622)_ 0
     RHS c_u_upper(7_623)_ 0
     RHS c_u_upper(7_624)_ 0
     RHS c_u_upper(7_625)_ 0
     RHS c_u_upper(7_626)_ 0
     RHS c_u_upper(7_627)_ 0
     RHS c_u_upper(7_628)_ 0
     RHS c_u_upper(7_629)_ 0
     RHS c_u_upper(7_630)_ 0
     RHS c_u_upper(7_631)_ 0
     RHS c_u_upper(7_632)_ 0
     RHS c_u_upper(7_633)_ 0
     RHS c_u_upper(7_634)_ 0
     RHS c_u_upper(7_635)_ 0
     RHS c_u_upper(7_636)_ 0
     RHS c_u_upper(7_637)_ 0
     RHS c_u_upper(7_638)_ 0
     RHS c_u_upper(7_639)_ 0
     RHS c_u_lower(0_0)_ 0
     RHS c_u_lower(0_1)_ 0
     RHS c_u_lower(0_2)_ 0
     RHS c_u_lower(0_3)_ 0
     RHS c_u_lower(0_4)_ 0
     RHS c_u_lower(0_5)_ 0
     RHS c_u_lower(0_6)_ 0
     RHS c_u_lower(0_7)_ 0
     RHS c_u_lower(0_8)_ 0
     RHS c_u_lower(0_9)_ 0
     RHS c_u_lower(0_10)_ 0
     RHS c_u_lower(0_11)_ 0
     RHS c_u_lower(0_12)_ 0
     RHS c_u_lower(0_13)_ 0
     RHS c_u_lower(0_14)_ 0
     RHS c_u_lower(0_15)_ 0
     RHS c_u_lower(0_16)_ 0
     RHS c_u_lower(0_17)_ 0
     RHS c_u_lower(0_18)_ 0
     RHS c_u_lower(0_19)_ 0
     RHS c_u_lower(0_20)_ 0
     RHS c_u_lower(0_21)_ 0
     RHS c_u_lower(0_22)_ 0
     RHS c_u_lower(0_23)_ 0
     RHS c_u_lower(0_24)_ 0
     RHS c_u_lower(0_25)_ 0
     RHS c_u_lower(0_26)_ 0
     RHS c_u_lower(0_27)_ 0
     RHS c_u_lower(0_28)_ 0
     RHS c_u_lower(0_29)_ 0
     RHS c_u_lower(0_30)_ 0
     RHS c_u_lower(0_31)_ 0
     RHS c_u_lower(0_32)_ 0
     RHS c_u_lower(0_33)_ 0
     RHS c_u_lower(0_34)_ 0
     RHS c_u_lower(0_35)_ 0
     RHS c_u_lower(0_36)_ 0
     RHS c_u_lower(0_37)_ 0
     RHS c_u_lower(0_38)_ 0
     RHS c_u_lower(0_39)_ 0
     RHS c_u_lower(0_80)_ 0
     RHS c_u_lower(0_81)_ 0
     RHS c_u_lower(0_82)_ 0
     RHS c_u_lower(0_83)_ 0
     RHS c_u_lower(0_84)_ 0
     RHS c_u_lower(0_85)_ 0
     RHS c_u_lower(0_86)_ 0
     RHS c_u_lower(0_87)_ 0
     RHS c_u_lower(0_88)_ 0
     RHS c_u_lower(0_89)_ 0
     RHS c_u_lower(0_90)_ 0
     RHS c_u_lower(0_91)_ 0
     RHS c_u_lower(0_92)_ 0
     RHS c_u_lower(0_93)_ 0
     RHS c_u_lower(0_94)_ 0
     RHS c_u_lower(0_95)_ 0
     RHS c_u_lower(0_96)_ 0
     RHS c_u_lower(0_97)_ 0
     RHS c_u_lower(0_98)_ 0
     RHS c_u_lower(0_99)_ 0
     RHS c_u_lower(0_100)_ 0
     RHS c_u_lower(0_101)_ 0
     RHS c_u_lower(0_102)_ 0
     RHS c_u_lower(0_103)_ 0
     RHS c_u_lower(0_104)_ 0
     RHS c_u_lower(0_105)_ 0
     RHS c_u_lower(0_106)_ 0
     RHS c_u_lower(0_107)_ 0
     RHS c_u_lower(0_108)_ 0
     RHS c_u_lower(0_109)_ 0
     RHS c_u_lower(0_110)_ 0
     RHS c_u_lower(0_111)_ 0
     RHS c_u_lower(0_112)_ 0
     RHS c_u_lower(0_113)_ 0
     RHS c_u_lower(0_114)_ 0
     RHS c_u_lower(0_115)_ 0
     RHS c_u_lower(0_116)_ 0
     RHS c_u_lower(0_117)_ 0
     RHS c_u_lower(0_118)_ 0
     RHS c_u_lower(0_119)_ 0
     RHS c_u_lower(1_40)_ 0
     RHS c_u_lower(1_41)_ 0
     RHS c_u_lower(1_42)_ 0
     RHS c_u_lower(1_43)_ 0
     RHS c_u_lower(1_44)_ 0
     RHS c_u_lower(1_45)_ 0
     RHS c_u_lower(1_46)_ 0
     RHS c_u_lower(1_47)_ 0
     RHS c_u_lower(1_48)_ 0
     RHS c_u_lower(1_49)_ 0
     RHS c_u_lower(1_50)_ 0
     RHS c_u_lower(1_51)_ 0
     RHS c_u_lower(1_52)_ 0
     RHS c_u_lower(1_53)_ 0
     RHS c_u_lower(1_54)_ 0
     RHS c_u_lower(1_55)_ 0
     RHS c_u_lower(1_56)_ 0
     RHS c_u_lower(1_57)_ 0
     RHS c_u_lower(1_58)_ 0
     RHS c_u_lower(1_59)_ 0
     RHS c_u_lower(1_60)_ 0
     RHS c_u_lower(1_61)_ 0
     RHS c_u_lower(1_62)_ 0
     RHS c_u_lower(1_63)_ 0
     RHS c_u_lower(1_64)_ 0
     RHS c_u_lower(1_65)_ 0
     RHS c_u_lower(1_66)_ 0
     RHS c_u_lower(1_67)_ 0
     RHS c_u_lower(1_68)_ 0
     RHS c_u_lower(1_69)_ 0
     RHS c_u_lower(1_70)_ 0
     RHS c_u_lower(1_71)_ 0
     RHS c_u_lower(1_72)_ 0
     RHS c_u_lower(1_73)_ 0
     RHS c_u_lower(1_74)_ 0
     RHS c_u_lower(1_75)_ 0
     RHS c_u_lower(1_76)_ 0
     RHS c_u_lower(1_77)_ 0
     RHS c_u_lower(1_78)_ 0
     RHS c_u_lower(1_79)_ 0
     RHS c_u_lower(1_120)_ 0
     RHS c_u_lower(1_121)_ 0
     RHS c_u_lower(1_122)_ 0
     RHS c_u_lower(1_123)_ 0
     RHS c_u_lower(1_124)_ 0
     RHS c_u_lower(1_125)_ 0
     RHS c_u_lower(1_126)_ 0
     RHS c_u_lower(1_127)_ 0
     RHS c_u_lower(1_128)_ 0
     RHS c_u_lower(1_129)_ 0
     RHS c_u_lower(1_130)_ 0
     RHS c_u_lower(1_131)_ 0
     RHS c_u_lower(1_132)_ 0
     RHS c_u_lower(1_133)_ 0
     RHS c_u_lower(1_134)_ 0
     RHS c_u_lower(1_135)_ 0
     RHS c_u_lower(1_136)_ 0
     RHS c_u_lower(1_137)_ 0
     RHS c_u_lower(1_138)_ 0
     RHS c_u_lower(1_139)_ 0
     RHS c_u_lower(1_140)_ 0
     RHS c_u_lower(1_141)_ 0
     RHS c_u_lower(1_142)_ 0
     RHS c_u_lower(1_143)_ 0
     RHS c_u_lower(1_144)_ 0
     RHS c_u_lower(1_145)_ 0
     RHS c_u_lower(1_146)_ 0
     RHS c_u_lower(1_147)_ 0
     RHS c_u_lower(1_148)_ 0
     RHS c_u_lower(1_149)_ 0
     RHS c_u_lower(1_150)_ 0
     RHS c_u_lower(1_151)_ 0
     RHS c_u_lower(1_152)_ 0
     RHS c_u_lower(1_153)_ 0
     RHS c_u_lower(1_154)_ 0
     RHS c_u_lower(1_155)_ 0
     RHS c_u_lower(1_156)_ 0
     RHS c_u_lower(1_157)_ 0
     RHS c_u_lower(1_158)_ 0
     RHS c_u_lower(1_159)_ 0
     RHS c_u_lower(2_160)_ 0
     RHS c_u_lower(2_161)_ 0
     RHS c_u_lower(2_162)_ 0
     RHS c_u_lower(2_163)_ 0
     RHS c_u_lower(2_164)_ 0
     RHS c_u_lower(2_165)_ 0
     RHS c_u_lower(2_166)_ 0
     RHS c_u_lower(2_167)_ 0
     RHS c_u_lower(2_168)_ 0
     RHS c_u_lower(2_169)_ 0
     RHS c_u_lower(2_170)_ 0
     RHS c_u_lower(2_171)_ 0
     RHS c_u_lower(2_172)_ 0
     RHS c_u_lower(2_173)_ 0
     RHS c_u_lower(2_174)_ 0
     RHS c_u_lower(2_175)_ 0
     RHS c_u_lower(2_176)_ 0
     RHS c_u_lower(2_177)_ 0
     RHS c_u_lower(2_178)_ 0
     RHS c_u_lower(2_179)_ 0
     RHS c_u_lower(2_180)_ 0
     RHS c_u_lower(2_181)_ 0
     RHS c_u_lower(2_182)_ 0
     RHS c_u_lower(2_183)_ 0
     RHS c_u_lower(2_184)_ 0
     RHS c_u_lower(2_185)_ 0
     RHS c_u_lower(2_186)_ 0
     RHS c_u_lower(2_187)_ 0
     RHS c_u_lower(2_188)_ 0
     RHS c_u_lower(2_189)_ 0
     RHS c_u_lower(2_190)_ 0
     RHS c_u_lower(2_191)_ 0
     RHS c_u_lower(2_192)_ 0
     RHS c_u_lower(2_193)_ 0
     RHS c_u_lower(2_194)_ 0
     RHS c_u_lower(2_195)_ 0
     RHS c_u_lower(2_196)_ 0
     RHS c_u_lower(2_197)_ 0
     RHS c_u_lower(2_198)_ 0
     RHS c_u_lower(2_199)_ 0
     RHS c_u_lower(2_240)_ 0
     RHS c_u_lower(2_241)_ 0
     RHS c_u_lower(2_242)_ 0
     RHS c_u_lower(2_243)_ 0
     RHS c_u_lower(2_244)_ 0
     RHS c_u_lower(2_245)_ 0
     RHS c_u_lower(2_246)_ 0
     RHS c_u_lower(2_247)_ 0
     RHS c_u_lower(2_248)_ 0
     RHS c_u_lower(2_249)_ 0
     RHS c_u_lower(2_250)_ 0
     RHS c_u_lower(2_251)_ 0
     RHS c_u_lower(2_252)_ 0
     RHS c_u_lower(2_253)_ 0
     RHS c_u_lower(2_254)_ 0
     RHS c_u_lower(2_255)_ 0
     RHS c_u_lower(2_256)_ 0
     RHS c_u_lower(2_257)_ 0
     RHS c_u_lower(2_258)_ 0
     RHS c_u_lower(2_259)_ 0
     RHS c_u_lower(2_260)_ 0
     RHS c_u_lower(2_261)_ 0
     RHS c_u_lower(2_262)_ 0
     RHS c_u_lower(2_263)_ 0
     RHS c_u_lower(2_264)_ 0
     RHS c_u_lower(2_265)_ 0
     RHS c_u_lower(2_266)_ 0
     RHS c_u_lower(2_267)_ 0
     RHS c_u_lower(2_268)_ 0
     RHS c_u_lower(2_269)_ 0
     RHS c_u_lower(2_270)_ 0
     RHS c_u_lower(2_271)_ 0
     RHS c_u_lower(2_272)_ 0
     RHS c_u_lower(2_273)_ 0
     RHS c_u_lower(2_274)_ 0
     RHS c_u_lower(2_275)_ 0
     RHS c_u_lower(2_276)_ 0
     RHS c_u_lower(2_277)_ 0
     RHS c_u_lower(2_278)_ 0
     RHS c_u_lower(2_279)_ 0
     RHS c_u_lower(3_200)_ 0
     RHS c_u_lower(3_201)_ 0
     RHS c_u_lower(3_202)_ 0
     RHS c_u_lower(3_203)_ 0
     RHS c_u_lower(3_204)_ 0
     RHS c_u_lower(3_205)_ 0
     RHS c_u_lower(3_206)_ 0
     RHS c_u_lower(3_207)_ 0
     RHS c_u_lower(3_208)_ 0
     RHS c_u_lower(3_209)_ 0
     RHS c_u_lower(3_210)_ 0
     RHS c_u_lower(3_211)_ 0
     RHS c_u_lower(3_212)_ 0
     RHS c_u_lower(3_213)_ 0
     RHS c_u_lower(3_214)_ 0
     RHS c_u_lower(3_215)_ 0
     RHS c_u_lower(3_216)_ 0
     RHS c_u_lower(3_217)_ 0
     RHS c_u_lower(3_218)_ 0
     RHS c_u_lower(3_219)_ 0
     RHS c_u_lower(3_220)_ 0
     RHS c_u_lower(3_221)_ 0
     RHS c_u_lower(3_222)_ 0
     RHS c_u_lower(3_223)_ 0
     RHS c_u_lower(3_224)_ 0
     RHS c_u_lower(3_225)_ 0
     RHS c_u_lower(3_226)_ 0
     RHS c_u_lower(3_227)_ 0
     RHS c_u_lower(3_228)_ 0
     RHS c_u_lower(3_229)_ 0
     RHS c_u_lower(3_230)_ 0
     RHS c_u_lower(3_231)_ 0
     RHS c_u_lower(3_232)_ 0
     RHS c_u_lower(3_233)_ 0
     RHS c_u_lower(3_234)_ 0
     RHS c_u_lower(3_235)_ 0
     RHS c_u_lower(3_236)_ 0
     RHS c_u_lower(3_237)_ 0
     RHS c_u_lower(3_238)_ 0
     RHS c_u_lower(3_239)_ 0
     RHS c_u_lower(3_280)_ 0
     RHS c_u_lower(3_281)_ 0
     RHS c_u_lower(3_282)_ 0
     RHS c_u_lower(3_283)_ 0
     RHS c_u_lower(3_284)_ 0
     RHS c_u_lower(3_285)_ 0
     RHS c_u_lower(3_286)_ 0
     RHS c_u_lower(3_287)_ 0
     RHS c_u_lower(3_288)_ 0
     RHS c_u_lower(3_289)_ 0
     RHS c_u_lower(3_290)_ 0
     RHS c_u_lower(3_291)_ 0
     RHS c_u_lower(3_292)_ 0
     RHS c_u_lower(3_293)_ 0
     RHS c_u_lower(3_294)_ 0
     RHS c_u_lower(3_295)_ 0
     RHS c_u_lower(3_296)_ 0
     RHS c_u_lower(3_297)_ 0
     RHS c_u_lower(3_298)_ 0
     RHS c_u_lower(3_299)_ 0
     RHS c_u_lower(3_300)_ 0
     RHS c_u_lower(3_301)_ 0
     RHS c_u_lower(3_302)_ 0
     RHS c_u_lower(3_303)_ 0
     RHS c_u_lower(3_304)_ 0
     RHS c_u_lower(3_305)_ 0
     RHS c_u_lower(3_306)_ 0
     RHS c_u_lower(3_307)_ 0
     RHS c_u_lower(3_308)_ 0
     RHS c_u_lower(3_309)_ 0
     RHS c_u_lower(3_310)_ 0
     RHS c_u_lower(3_311)_ 0
     RHS c_u_lower(3_312)_ 0
     RHS c_u_lower(3_313)_ 0
     RHS c_u_lower(3_314)_ 0
     RHS c_u_lower(3_315)_ 0
     RHS c_u_lower(3_316)_ 0
     RHS c_u_lower(3_317)_ 0
     RHS c_u_lower(3_318)_ 0
     RHS c_u_lower(3_319)_ 0
     RHS c_u_lower(4_320)_ 0
     RHS c_u_lower(4_321)_ 0
     RHS c_u_lower(4_322)_ 0
     RHS c_u_lower(4_323)_ 0
     RHS c_u_lower(4_324)_ 0
     RHS c_u_lower(4_325)_ 0
     RHS c_u_lower(4_326)_ 0
     RHS c_u_lower(4_327)_ 0
     RHS c_u_lower(4_328)_ 0
     RHS c_u_lower(4_329)_ 0
     RHS c_u_lower(4_330)_ 0
     RHS c_u_lower(4_331)_ 0
     RHS c_u_lower(4_332)_ 0
     RHS c_u_lower(4_333)_ 0
     RHS c_u_lower(4_334)_ 0
     RHS c_u_lower(4_335)_ 0
     RHS c_u_lower(4_336)_ 0
     RHS c_u_lower(4_337)_ 0
     RHS c_u_lower(4_338)_ 0
     RHS c_u_lower(4_339)_ 0
     RHS c_u_lower(4_340)_ 0
     RHS c_u_lower(4_341)_ 0
     RHS c_u_lower(4_342)_ 0
     RHS c_u_lower(4_343)_ 0
     RHS c_u_lower(4_344)_ 0
     RHS c_u_lower(4_345)_ 0
     RHS c_u_lower(4_346)_ 0
     RHS c_u_lower(4_347)_ 0
     RHS c_u_lower(4_348)_ 0
     RHS c_u_lower(4_349)_ 0
     RHS c_u_lower(4_350)_ 0
     RHS c_u_lower(4_351)_ 0
     RHS c_u_lower(4_352)_ 0
     RHS c_u_lower(4_353)_ 0
     RHS c_u_lower(4_354)_ 0
     RHS c_u_lower(4_355)_ 0
     RHS c_u_lower(4_356)_ 0
     RHS c_u_lower(4_357)_ 0
     RHS c_u_lower(4_358)_ 0
     RHS c_u_lower(4_359)_ 0
     RHS c_u_lower(4_400)_ 0
     RHS c_u_lower(4_401)_ 0
     RHS c_u_lower(4_402)_ 0
     RHS c_u_lower(4_403)_ 0
     RHS c_u_lower(4_404)_ 0
     RHS c_u_lower(4_405)_ 0
     RHS c_u_lower(4_406)_ 0
     RHS c_u_lower(4_407)_ 0
     RHS c_u_lower(4_408)_ 0
     RHS c_u_lower(4_409)_ 0
     RHS c_u_lower(4_410)_ 0
     RHS c_u_lower(4_411)_ 0
     RHS c_u_lower(4_412)_ 0
     RHS c_u_lower(4_413)_ 0
     RHS c_u_lower(4_414)_ 0
     RHS c_u_lower(4_415)_ 0
     RHS c_u_lower(4_416)_ 0
     RHS c_u_lower(4_417)_ 0
     RHS c_u_lower(4_418)_ 0
     RHS c_u_lower(4_419)_ 0
     RHS c_u_lower(4_420)_ 0
     RHS c_u_lower(4_421)_ 0
     RHS c_u_lower(4_422)_ 0
     RHS c_u_lower(4_423)_ 0
     RHS c_u_lower(4_424)_ 0
     RHS c_u_lower(4_425)_ 0
     RHS c_u_lower(4_426)_ 0
     RHS c_u_lower(4_427)_ 0
     RHS c_u_lower(4_428)_ 0
     RHS c_u_lower(4_429)_ 0
     RHS c_u_lower(4_430)_ 0
     RHS c_u_lower(4_431)_ 0
     RHS c_u_lower(4_432)_ 0
     RHS c_u_lower(4_433)_ 0
     RHS c_u_lower(4_434)_ 0
     RHS c_u_lower(4_435)_ 0
     RHS c_u_lower(4_436)_ 0
     RHS c_u_lower(4_437)_ 0
     RHS c_u_lower(4_438)_ 0
     RHS c_u_lower(4_439)_ 0
     RHS c_u_lower(5_360)_ 0
     RHS c_u_lower(5_361)_ 0
     RHS c_u_lower(5_362)_ 0
     RHS c_u_lower(5_363)_ 0
     RHS c_u_lower(5_364)_ 0
     RHS c_u_lower(5_365)_ 0
     RHS c_u_lower(5_366)_ 0
     RHS c_u_lower(5_367)_ 0
     RHS c_u_lower(5_368)_ 0
     RHS c_u_lower(5_369)_ 0
     RHS c_u_lower(5_370)_ 0
     RHS c_u_lower(5_371)_ 0
     RHS c_u_lower(5_372)_ 0
     RHS c_u_lower(5_373)_ 0
     RHS c_u_lower(5_374)_ 0
     RHS c_u_lower(5_375)_ 0
     RHS c_u_lower(5_376)_ 0
     RHS c_u_lower(5_377)_ 0
     RHS c_u_lower(5_378)_ 0
     RHS c_u_lower(5_379)_ 0
     RHS c_u_lower(5_380)_ 0
     RHS c_u_lower(5_381)_ 0
     RHS c_u_lower(5_382)_ 0
     RHS c_u_lower(5_383)_ 0
     RHS c_u_lower(5_384)_ 0
     RHS c_u_lower(5_385)_ 0
     RHS c_u_lower(5_386)_ 0
     RHS c_u_lower(5_387)_ 0
     RHS c_u_lower(5_388)_ 0
     RHS c_u_lower(5_389)_ 0
     RHS c_u_lower(5_390)_ 0
     RHS c_u_lower(5_391)_ 0
     RHS c_u_lower(5_392)_ 0
     RHS c_u_lower(5_393)_ 0
     RHS c_u_lower(5_394)_ 0
     RHS c_u_lower(5_395)_ 0
     RHS c_u_lower(5_396)_ 0
     RHS c_u_lower(5_397)_ 0
     RHS c_u_lower(5_398)_ 0
     RHS c_u_lower(5_399)_ 0
     RHS c_u_lower(5_440)_ 0
     RHS c_u_lower(5_441)_ 0
     RHS c_u_lower(5_442)_ 0
     RHS c_u_lower(5_443)_ 0
     RHS c_u_lower(5_444)_ 0
     RHS c_u_lower(5_445)_ 0
     RHS c_u_lower(5_446)_ 0
     RHS c_u_lower(5_447)_ 0
     RHS c_u_lower(5_448)_ 0
     RHS c_u_lower(5_449)_ 0
     RHS c_u_lower(5_450)_ 0
     RHS c_u_lower(5_451)_ 0
     RHS c_u_lower(5_452)_ 0
     RHS c_u_lower(5_453)_ 0
     RHS c_u_lower(5_454)_ 0
     RHS c_u_lower(5_455)_ 0
     RHS c_u_lower(5_456)_ 0
     RHS c_u_lower(5_457)_ 0
     RHS c_u_lower(5_458)_ 0
     RHS c_u_lower(5_459)_ 0
     RHS c_u_lower(5_460)_ 0
     RHS c_u_lower(5_461)_ 0
     RHS c_u_lower(5_462)_ 0
     RHS c_u_lower(5_463)_ 0
     RHS c_u_lower(5_464)_ 0
     RHS c_u_lower(5_465)_ 0
     RHS c_u_lower(5_466)_ 0
     RHS c_u_lower(5_467)_ 0
     RHS c_u_lower(5_468)_ 0
     RHS c_u_lower(5_469)_ 0
     RHS c_u_lower(5_470)_ 0
     RHS c_u_lower(5_471)_ 0
     RHS c_u_lower(5_472)_ 0
     RHS c_u_lower(5_473)_ 0
     RHS c_u_lower(5_474)_ 0
     RHS c_u_lower(5_475)_ 0
     RHS c_u_lower(5_476)_ 0
     RHS c_u_lower(5_477)_ 0
     RHS c_u_lower(5_478)_ 0
     RHS c_u_lower(5_479)_ 0
     RHS c_u_lower(6_480)_ 0
     RHS c_u_lower(6_481)_ 0
     RHS c_u_lower(6_482)_ 0
     RHS c_u_lower(6_483)_ 0
     RHS c_u_lower(6_484)_ 0
     RHS c_u_lower(6_485)_ 0
     RHS c_u_lower(6_486)_ 0
     RHS c_u_lower(6_487)_ 0
     RHS c_u_lower(6_488)_ 0
     RHS c_u_lower(6_489)_ 0
     RHS c_u_lower(6_490)_ 0
     RHS c_u_lower(6_491)_ 0
     RHS c_u_lower(6_492)_ 0
     RHS c_u_lower(6_493)_ 0
     RHS c_u_lower(6_494)_ 0
     RHS c_u_lower(6_495)_ 0
     RHS c_u_lower(6_496)_ 0
     RHS c_u_lower(6_497)_ 0
     RHS c_u_lower(6_498)_ 0
     RHS c_u_lower(6_499)_ 0
     RHS c_u_lower(6_500)_ 0
     RHS c_u_lower(6_501)_ 0
     RHS c_u_lower(6_502)_ 0
     RHS c_u_lower(6_503)_ 0
     RHS c_u_lower(6_504)_ 0
     RHS c_u_lower(6_505)_ 0
     RHS c_u_lower(6_506)_ 0
     RHS c_u_lower(6_507)_ 0
     RHS c_u_lower(6_508)_ 0
     RHS c_u_lower(6_509)_ 0
     RHS c_u_lower(6_510)_ 0
     RHS c_u_lower(6_511)_ 0
     RHS c_u_lower(6_512)_ 0
     RHS c_u_lower(6_513)_ 0
     RHS c_u_lower(6_514)_ 0
     RHS c_u_lower(6_515)_ 0
     RHS c_u_lower(6_516)_ 0
     RHS c_u_lower(6_517)_ 0
     RHS c_u_lower(6_518)_ 0
     RHS c_u_lower(6_519)_ 0
     RHS c_u_lower(6_560)_ 0
     RHS c_u_lower(6_561)_ 0
     RHS c_u_lower(6_562)_ 0
     RHS c_u_lower(6_563)_ 0
     RHS c_u_lower(6_564)_ 0
     RHS c_u_lower(6_565)_ 0
     RHS c_u_lower(6_566)_ 0
     RHS c_u_lower(6_567)_ 0
     RHS c_u_lower(6_568)_ 0
     RHS c_u_lower(6_569)_ 0
     RHS c_u_lower(6_570)_ 0
     RHS c_u_lower(6_571)_ 0
     RHS c_u_lower(6_572)_ 0
     RHS c_u_lower(6_573)_ 0
     RHS c_u_lower(6_574)_ 0
     RHS c_u_lower(6_575)_ 0
     RHS c_u_lower(6_576)_ 0
     RHS c_u_lower(6_577)_ 0
     RHS c_u_lower(6_578)_ 0
     RHS c_u_lower(6_579)_ 0
     RHS c_u_lower(6_580)_ 0
     RHS c_u_lower(6_581)_ 0
     RHS c_u_lower(6_582)_ 0
     RHS c_u_lower(6_583)_ 0
     RHS c_u_lower(6_584)_ 0
     RHS c_u_lower(6_585)_ 0
     RHS c_u_lower(6_586)_ 0
     RHS c_u_lower(6_587)_ 0
     RHS c_u_lower(6_588)_ 0
     RHS c_u_lower(6_589)_ 0
     RHS c_u_lower(6_590)_ 0
     RHS c_u_lower(6_591)_ 0
     RHS c_u_lower(6_592)_ 0
     RHS c_u_lower(6_593)_ 0
     RHS c_u_lower(6_594)_ 0
     RHS c_u_lower(6_595)_ 0
     RHS c_u_lower(6_596)_ 0
     RHS c_u_lower(6_597)_ 0
     RHS c_u_lower(6_598)_ 0
     RHS c_u_lower(6_599)_ 0
     RHS c_u_lower(7_520)_ 0
     RHS c_u_lower(7_521)_ 0
     RHS c_u_lower(7_522)_ 0
     RHS c_u_lower(7_523)_ 0
     RHS c_u_lower(7_524)_ 0
     RHS c_u_lower(7_525)_ 0
     RHS c_u_lower(7_526)_ 0
     RHS c_u_lower(7_527)_ 0
     RHS c_u_lower(7_528)_ 0
     RHS c_u_lower(7_529)_ 0
     RHS c_u_lower(7_530)_ 0
     RHS c_u_lower(7_531)_ 0
     RHS c_u_lower(7_532)_ 0
     RHS c_u_lower(7_533)_ 0
     RHS c_u_lower(7_534)_ 0
     RHS c_u_lower(7_535)_ 0
     RHS c_u_lower(7_536)_ 0
     RHS c_u_lower(7_537)_ 0
     RHS c_u_lower(7_538)_ 0
     RHS c_u_lower(7_539)_ 0
     RHS c_u_lower(7_540)_ 0
     RHS c_u_lower(7_541)_ 0
     RHS c_u_lower(7_542)_ 0
     RHS c_u_lower(7_543)_ 0
     RHS c_u_lower(7_544)_ 0
     RHS c_u_lower(7_545)_ 0
     RHS c_u_lower(7_546)_ 0
     RHS c_u_lower(7_547)_ 0
     RHS c_u_lower(7_548)_ 0
     RHS c_u_lower(7_549)_ 0
     RHS c_u_lower(7_550)_ 0
     RHS c_u_lower(7_551)_ 0
     RHS c_u_lower(7_552)_ 0
     RHS c_u_lower(7_553)_ 0
     RHS c_u_lower(7_554)_ 0
     RHS c_u_lower(7_555)_ 0
     RHS c_u_lower(7_556)_ 0
     RHS c_u_lower(7_557)_ 0
     RHS c_u_lower(7_558)_ 0
     RHS c_u_lower(7_559)_ 0
     RHS c_u_lower(7_600)_ 0
     RHS c_u_lower(7_601)_ 0
     RHS c_u_lower(7_602)_ 0
     RHS c_u_lower(7_603)_ 0
     RHS c_u_lower(7_604)_ 0
     RHS c_u_lower(7_605)_ 0
     RHS c_u_lower(7_606)_ 0
     RHS c_u_lower(7_607)_ 0
     RHS c_u_lower(7_608)_ 0
     RHS c_u_lower(7_609)_ 0
     RHS c_u_lower(7_610)_ 0
     RHS c_u_lower(7_611)_ 0
     RHS c_u_lower(7_612)_ 0
     RHS c_u_lower(7_613)_ 0
     RHS c_u_lower(7_614)_ 0
     RHS c_u_lower(7_615)_ 0
     RHS c_u_lower(7_616)_ 0
     RHS c_u_lower(7_617)_ 0
     RHS c_u_lower(7_618)_ 0
     RHS c_u_lower(7_619)_ 0
     RHS c_u_lower(7_620)_ 0
     RHS c_u_lower(7_621)_ 0
     RHS c_u_lower(7_622)_ 0
     RHS c_u_lower(7_623)_ 0
     RHS c_u_lower(7_624)_ 0
     RHS c_u_lower(7_625)_ 0
     RHS c_u_lower(7_626)_ 0
     RHS c_u_lower(7_627)_ 0
     RHS c_u_lower(7_628)_ 0
     RHS c_u_lower(7_629)_ 0
     RHS c_u_lower(7_630)_ 0
     RHS c_u_lower(7_631)_ 0
     RHS c_u_lower(7_632)_ 0
     RHS c_u_lower(7_633)_ 0
     RHS c_u_lower(7_634)_ 0
     RHS c_u_lower(7_635)_ 0
     RHS c_u_lower(7_636)_ 0
     RHS c_u_lower(7_637)_ 0
     RHS c_u_lower(7_638)_ 0
     RHS c_u_lower(7_639)_ 0
     RHS c_e_ONE_VAR_CONSTANT 1
BOUNDS
 LO BOUND W(0) -0.4905416423834677
 UP BOUND W(0) 0.4905416423834677
 LO BOUND W(1) -0.4905416423834677
 UP BOUND W(1) 0.4905416423834677
 LO BOUND W(2) -0.4905416423834677
 UP BOUND W(2) 0.4905416423834677
 LO BOUND W(3) -0.4905416423834677
 UP BOUND W(3) 0.4905416423834677
 LO BOUND W(4) -0.4905416423834677
 UP BOUND W(4) 0.4905416423834677
 LO BOUND W(5) -0.4905416423834677
 UP BOUND W(5) 0.4905416423834677
 LO BOUND W(6) -0.4905416423834677
 UP BOUND W(6) 0.4905416423834677
 LO BOUND W(7) -0.4905416423834677
 UP BOUND W(7) 0.4905416423834677
 LO BOUND W(8) -0.4905416423834677
 UP BOUND W(8) 0.4905416423834677
 LO BOUND W(9) -0.4905416423834677
 UP BOUND W(9) 0.4905416423834677
 LO BOUND W(10) -0.4905416423834677
 UP BOUND W(10) 0.4905416423834677
 LO BOUND W(11) -0.4905416423834677
 UP BOUND W(11) 0.4905416423834677
 LO BOUND W(12) -0.4905416423834677
 UP BOUND W(12) 0.4905416423834677
 LO BOUND W(13) -0.4905416423834677
 UP BOUND W(13) 0.4905416423834677
 LO BOUND W(14) -0.4905416423834677
 UP BOUND W(14) 0.4905416423834677
 LO BOUND W(15) -0.4905416423834677
 UP BOUND W(15) 0.4905416423834677
 LO BOUND W(16) -0.4905416423834677
 UP BOUND W(16) 0.4905416423834677
 LO BOUND W(17) -0.4905416423834677
 UP BOUND W(17) 0.4905416423834677
 LO BOUND W(18) -0.4905416423834677
 UP BOUND W(18) 0.4905416423834677
 LO BOUND W(19) -0.4905416423834677
 UP BOUND W(19) 0.4905416423834677
 LO BOUND W(20) -0.4905416423834677
 UP BOUND W(20) 0.4905416423834677
 LO BOUND W(21) -0.4905416423834677
 UP BOUND W(21) 0.4905416423834677
 LO BOUND W(22) -0.4905416423834677
 UP BOUND W(22) 0.4905416423834677
 LO BOUND W(23) -0.4905416423834677
 UP BOUND W(23) 0.4905416423834677
 LO BOUND W(24) -0.4905416423834677
 UP BOUND W(24) 0.4905416423834677
 LO BOUND W(25) -0.4905416423834677
 UP BOUND W(25) 0.4905416423834677
 LO BOUND W(26) -0.4905416423834677
 UP BOUND W(26) 0.4905416423834677
 LO BOUND W(27) -0.4905416423834677
 UP BOUND W(27) 0.4905416423834677
 LO BOUND W(28) -0.4905416423834677
 UP BOUND W(28) 0.4905416423834677
 LO BOUND W(29) -0.4905416423834677
 UP BOUND W(29) 0.4905416423834677
 LO BOUND W(30) -0.4905416423834677
 UP BOUND W(30) 0.4905416423834677
 LO BOUND W(31) -0.4905416423834677
 UP BOUND W(31) 0.4905416423834677
 LO BOUND W(32) -0.4905416423834677
 UP BOUND W(32) 0.4905416423834677
 LO BOUND W(33) -0.4905416423834677
 UP BOUND W(33) 0.4905416423834677
 LO BOUND W(34) -0.4905416423834677
 UP BOUND W(34) 0.4905416423834677
 LO BOUND W(35) -0.4905416423834677
 UP BOUND W(35) 0.4905416423834677
 LO BOUND W(36) -0.4905416423834677
 UP BOUND W(36) 0.4905416423834677
 LO BOUND W(37) -0.4905416423834677
 UP BOUND W(37) 0.4905416423834677
 LO BOUND W(38) -0.4905416423834677
 UP BOUND W(38) 0.4905416423834677
 LO BOUND W(39) -0.4905416423834677
 UP BOUND W(39) 0.4905416423834677
 LO BOUND W(40) -0.4905416423834677
 UP BOUND W(40) 0.4905416423834677
 LO BOUND W(41) -0.4905416423834677
 UP BOUND W(41) 0.4905416423834677
 LO BOUND W(42) -0.4905416423834677
 UP BOUND W(42) 0.4905416423834677
 LO BOUND W(43) -0.4905416423834677
 UP BOUND W(43) 0.4905416423834677
 LO BOUND W(44) -0.4905416423834677
 UP BOUND W(44) 0.4905416423834677
 LO BOUND W(45) -0.4905416423834677
 UP BOUND W(45) 0.4905416423834677
 LO BOUND W(46) -0.4905416423834677
 UP BOUND W(46) 0.4905416423834677
 LO BOUND W(47) -0.4905416423834677
 UP BOUND W(47) 0.4905416423834677
 LO BOUND W(48) -0.4905416423834677
 UP BOUND W(48) 0.4905416423834677
 LO BOUND W(49) -0.4905416423834677
 UP BOUND W(49) 0.4905416423834677
 LO BOUND W(50) -0.4905416423834677
 UP BOUND W(50) 0.4905416423834677
 LO BOUND W(51) -0.4905416423834677
 UP BOUND W(51) 0.4905416423834677
 LO BOUND W(52) -0.4905416423834677
 UP BOUND W(52) 0.4905416423834677
 LO BOUND W(53) -0.4905416423834677
 UP BOUND W(53) 0.4905416423834677
 LO BOUND W(54) -0.4905416423834677
 UP BOUND W(54) 0.4905416423834677
 LO BOUND W(55) -0.4905416423834677
 UP BOUND W(55) 0.4905416423834677
 LO BOUND W(56) -0.4905416423834677
 UP BOUND W(56) 0.4905416423834677
 LO BOUND W(57) -0.4905416423834677
 UP BOUND W(57) 0.4905416423834677
 LO BOUND W(58) -0.4905416423834677
 UP BOUND W(58) 0.4905416423834677
 LO BOUND W(59) -0.4905416423834677
 UP BOUND W(59) 0.4905416423834677
 LO BOUND W(60) -0.4905416423834677
 UP BOUND W(60) 0.4905416423834677
 LO BOUND W(61) -0.4905416423834677
 UP BOUND W(61) 0.4905416423834677
 LO BOUND W(62) -0.4905416423834677
 UP BOUND W(62) 0.4905416423834677
 LO BOUND W(63) -0.4905416423834677
 UP BOUND W(63) 0.4905416423834677
 LO BOUND W(64) -0.4905416423834677
 UP BOUND W(64) 0.4905416423834677
 LO BOUND W(65) -0.4905416423834677
 UP BOUND W(65) 0.4905416423834677
 LO BOUND W(66) -0.4905416423834677
 UP BOUND W(66) 0.4905416423834677
 LO BOUND W(67) -0.4905416423834677
 UP BOUND W(67) 0.4905416423834677
 LO BOUND W(68) -0.4905416423834677
 UP BOUND W(68) 0.4905416423834677
 LO BOUND W(69) -0.4905416423834677
 UP BOUND W(69) 0.4905416423834677
 LO BOUND W(70) -0.4905416423834677
 UP BOUND W(70) 0.4905416423834677
 LO BOUND W(71) -0.4905416423834677
 UP BOUND W(71) 0.4905416423834677
 LO BOUND W(72) -0.4905416423834677
 UP BOUND W(72) 0.4905416423834677
 LO BOUND W(73) -0.4905416423834677
 UP BOUND W(73) 0.4905416423834677
 LO BOUND W(74) -0.4905416423834677
 UP BOUND W(74) 0.4905416423834677
 LO BOUND W(75) -0.4905416423834677
 UP BOUND W(75) 0.4905416423834677
 LO BOUND W(76) -0.4905416423834677
 UP BOUND W(76) 0.4905416423834677
 LO BOUND W(77) -0.4905416423834677
 UP BOUND W(77) 0.4905416423834677
 LO BOUND W(78) -0.4905416423834677
 UP BOUND W(78) 0.4905416423834677
 LO BOUND W(79) -0.4905416423834677
 UP BOUND W(79) 0.4905416423834677
 LO BOUND W(80) -0.4905416423834677
 UP BOUND W(80) 0.4905416423834677
 LO BOUND W(81) -0.4905416423834677
 UP BOUND W(81) 0.4905416423834677
 LO BOUND W(82) -0.4905416423834677
 UP BOUND W(82) 0.4905416423834677
 LO BOUND W(83) -0.4905416423834677
 UP BOUND W(83) 0.4905416423834677
 LO BOUND W(84) -0.4905416423834677
 UP BOUND W(84) 0.4905416423834677
 LO BOUND W(85) -0.4905416423834677
 UP BOUND W(85) 0.4905416423834677
 LO BOUND W(86) -0.4905416423834677
 UP BOUND W(86) 0.4905416423834677
 LO BOUND W(87) -0.4905416423834677
 UP BOUND W(87) 0.4905416423834677
 LO BOUND W(88) -0.4905416423834677
 UP BOUND W(88) 0.4905416423834677
 LO BOUND W(89) -0.4905416423834677
 UP BOUND W(89) 0.4905416423834677
 LO BOUND W(90) -0.4905416423834677
 UP BOUND W(90) 0.4905416423834677
 LO BOUND W(91) -0.4905416423834677
 UP BOUND W(91) 0.4905416423834677
 LO BOUND W(92) -0.4905416423834677
 UP BOUND W(92) 0.4905416423834677
 LO BOUND W(93) -0.4905416423834677
 UP BOUND W(93) 0.4905416423834677
 LO BOUND W(94) -0.4905416423834677
 UP BOUND W(94) 0.4905416423834677
 LO BOUND W(95) -0.4905416423834677
 UP BOUND W(95) 0.4905416423834677
 LO BOUND W(96) -0.4905416423834677
 UP BOUND W(96) 0.4905416423834677
 LO BOUND W(97) -0.4905416423834677
 UP BOUND W(97) 0.4905416423834677
 LO BOUND W(98) -0.4905416423834677
 UP BOUND W(98) 0.4905416423834677
 LO BOUND W(99) -0.4905416423834677
 UP BOUND W(99) 0.4905416423834677
 LO BOUND W(100) -0.4905416423834677
 UP BOUND W(100) 0.4905416423834677
 LO BOUND W(101) -0.4905416423834677
 UP BOUND W(101) 0.4905416423834677
 LO BOUND W(102) -0.4905416423834677
 UP BOUND W(102) 0.4905416423834677
 LO BOUND W(103) -0.4905416423834677
 UP BOUND W(103) 0.4905416423834677
 LO BOUND W(104) -0.4905416423834677
 UP BOUND W(104) 0.4905416423834677
 LO BOUND W(105) -0.4905416423834677
 UP BOUND W(105) 0.4905416423834677
 LO BOUND W(106) -0.4905416423834677
 UP BOUND W(106) 0.4905416423834677
 LO BOUND W(107) -0.4905416423834677
 UP BOUND W(107) 0.4905416423834677
 LO BOUND W(108) -0.4905416423834677
 UP BOUND W(108) 0.4905416423834677
 LO BOUND W(109) -0.4905416423834677
 UP BOUND W(109) 0.4905416423834677
 LO BOUND W(110) -0.4905416423834677
 UP BOUND W(110) 0.4905416423834677
 LO BOUND W(111) -0.4905416423834677
 UP BOUND W(111) 0.4905416423834677
 LO BOUND W(112) -0.4905416423834677
 UP BOUND W(112) 0.4905416423834677
 LO BOUND W(113) -0.4905416423834677
 UP BOUND W(113) 0.4905416423834677
 LO BOUND W(114) -0.4905416423834677
 UP BOUND W(114) 0.4905416423834677
 LO BOUND W(115) -0.4905416423834677
 UP BOUND W(115) 0.4905416423834677
 LO BOUND W(116) -0.4905416423834677
 UP BOUND W(116) 0.4905416423834677
 LO BOUND W(117) -0.4905416423834677
 UP BOUND W(117) 0.4905416423834677
 LO BOUND W(118) -0.4905416423834677
 UP BOUND W(118) 0.4905416423834677
 LO BOUND W(119) -0.4905416423834677
 UP BOUND W(119) 0.4905416423834677
 LO BOUND W(120) -0.4905416423834677
 UP BOUND W(120) 0.4905416423834677
 LO BOUND W(121) -0.4905416423834677
 UP BOUND W(121) 0.4905416423834677
 LO BOUND W(122) -0.4905416423834677
 UP BOUND W(122) 0.4905416423834677
 LO BOUND W(123) -0.4905416423834677
 UP BOUND W(123) 0.4905416423834677
 LO BOUND W(124) -0.4905416423834677
 UP BOUND W(124) 0.4905416423834677
 LO BOUND W(125) -0.4905416423834677
 UP BOUND W(125) 0.4905416423834677
 LO BOUND W(126) -0.4905416423834677
 UP BOUND W(126) 0.4905416423834677
 LO BOUND W(127) -0.4905416423834677
 UP BOUND W(127) 0.4905416423834677
 LO BOUND W(128) -0.4905416423834677
 UP BOUND W(128) 0.4905416423834677
 LO BOUND W(129) -0.4905416423834677
 UP BOUND W(129) 0.4905416423834677
 LO BOUND W(130) -0.4905416423834677
 UP BOUND W(130) 0.4905416423834677
 LO BOUND W(131) -0.4905416423834677
 UP BOUND W(131) 0.4905416423834677
 LO BOUND W(132) -0.4905416423834677
 UP BOUND W(132) 0.4905416423834677
 LO BOUND W(133) -0.4905416423834677
 UP BOUND W(133) 0.4905416423834677
 LO BOUND W(134) -0.4905416423834677
 UP BOUND W(134) 0.4905416423834677
 LO BOUND W(135) -0.4905416423834677
 UP BOUND W(135) 0.4905416423834677
 LO BOUND W(136) -0.4905416423834677
 UP BOUND W(136) 0.4905416423834677
 LO BOUND W(137) -0.4905416423834677
 UP BOUND W(137) 0.4905416423834677
 LO BOUND W(138) -0.4905416423834677
 UP BOUND W(138) 0.4905416423834677
 LO BOUND W(139) -0.4905416423834677
 UP BOUND W(139) 0.4905416423834677
 LO BOUND W(140) -0.4905416423834677
 UP BOUND W(140) 0.4905416423834677
 LO BOUND W(141) -0.4905416423834677
 UP BOUND W(141) 0.4905416423834677
 LO BOUND W(142) -0.4905416423834677
 UP BOUND W(142) 0.4905416423834677
 LO BOUND W(143) -0.4905416423834677
 UP BOUND W(143) 0.4905416423834677
 LO BOUND W(144) -0.4905416423834677
 UP BOUND W(144) 0.4905416423834677
 LO BOUND W(145) -0.4905416423834677
 UP BOUND W(145) 0.4905416423834677
 LO BOUND W(146) -0.4905416423834677
 UP BOUND W(146) 0.4905416423834677
 LO BOUND W(147) -0.4905416423834677
 UP BOUND W(147) 0.4905416423834677
 LO BOUND W(148) -0.4905416423834677
 UP BOUND W(148) 0.4905416423834677
 LO BOUND W(149) -0.4905416423834677
 UP BOUND W(149) 0.4905416423834677
 LO BOUND W(150) -0.4905416423834677
 UP BOUND W(150) 0.4905416423834677
 LO BOUND W(151) -0.4905416423834677
 UP BOUND W(151) 0.4905416423834677
 LO BOUND W(152) -0.4905416423834677
 UP BOUND W(152) 0.4905416423834677
 LO BOUND W(153) -0.4905416423834677
 UP BOUND W(153) 0.4905416423834677
 LO BOUND W(154) -0.4905416423834677
 UP BOUND W(154) 0.4905416423834677
 LO BOUND W(155) -0.4905416423834677
 UP BOUND W(155) 0.4905416423834677
 LO BOUND W(156) -0.4905416423834677
 UP BOUND W(156) 0.4905416423834677
 LO BOUND W(157) -0.4905416423834677
 UP BOUND W(157) 0.4905416423834677
 LO BOUND W(158) -0.4905416423834677
 UP BOUND W(158) 0.4905416423834677
 LO BOUND W(159) -0.4905416423834677
 UP BOUND W(159) 0.4905416423834677
 LO BOUND W(160) -0.4905416423834677
 UP BOUND W(160) 0.4905416423834677
 LO BOUND W(161) -0.4905416423834677
 UP BOUND W(161) 0.4905416423834677
 LO BOUND W(162) -0.4905416423834677
 UP BOUND W(162) 0.4905416423834677
 LO BOUND W(163) -0.4905416423834677
 UP BOUND W(163) 0.4905416423834677
 LO BOUND W(164) -0.4905416423834677
 UP BOUND W(164) 0.4905416423834677
 LO BOUND W(165) -0.4905416423834677
 UP BOUND W(165) 0.4905416423834677
 LO BOUND W(166) -0.4905416423834677
 UP BOUND W(166) 0.4905416423834677
 LO BOUND W(167) -0.4905416423834677
 UP BOUND W(167) 0.4905416423834677
 LO BOUND W(168) -0.4905416423834677
 UP BOUND W(168) 0.4905416423834677
 LO BOUND W(169) -0.4905416423834677
 UP BOUND W(169) 0.4905416423834677
 LO BOUND W(170) -0.4905416423834677
 UP BOUND W(170) 0.4905416423834677
 LO BOUND W(171) -0.4905416423834677
 UP BOUND W(171) 0.4905416423834677
 LO BOUND W(172) -0.4905416423834677
 UP BOUND W(172) 0.4905416423834677
 LO BOUND W(173) -0.4905416423834677
 UP BOUND W(173) 0.4905416423834677
 LO BOUND W(174) -0.4905416423834677
 UP BOUND W(174) 0.4905416423834677
 LO BOUND W(175) -0.4905416423834677
 UP BOUND W(175) 0.4905416423834677
 LO BOUND W(176) -0.4905416423834677
 UP BOUND W(176) 0.4905416423834677
 LO BOUND W(177) -0.4905416423834677
 UP BOUND W(177) 0.4905416423834677
 LO BOUND W(178) -0.4905416423834677
 UP BOUND W(178) 0.4905416423834677
 LO BOUND W(179) -0.4905416423834677
 UP BOUND W(179) 0.4905416423834677
 LO BOUND W(180) -0.4905416423834677
 UP BOUND W(180) 0.4905416423834677
 LO BOUND W(181) -0.4905416423834677
 UP BOUND W(181) 0.4905416423834677
 LO BOUND W(182) -0.4905416423834677
 UP BOUND W(182) 0.4905416423834677
 LO BOUND W(183) -0.4905416423834677
 UP BOUND W(183) 0.4905416423834677
 LO BOUND W(184) -0.4905416423834677
 UP BOUND W(184) 0.4905416423834677
 LO BOUND W(185) -0.4905416423834677
 UP BOUND W(185) 0.4905416423834677
 LO BOUND W(186) -0.4905416423834677
 UP BOUND W(186) 0.4905416423834677
 LO BOUND W(187) -0.4905416423834677
 UP BOUND W(187) 0.4905416423834677
 LO BOUND W(188) -0.4905416423834677
 UP BOUND W(188) 0.4905416423834677
 LO BOUND W(189) -0.4905416423834677
 UP BOUND W(189) 0.4905416423834677
 LO BOUND W(190) -0.4905416423834677
 UP BOUND W(190) 0.4905416423834677
 LO BOUND W(191) -0.4905416423834677
 UP BOUND W(191) 0.4905416423834677
 LO BOUND W(192) -0.4905416423834677
 UP BOUND W(192) 0.4905416423834677
 LO BOUND W(193) -0.4905416423834677
 UP BOUND W(193) 0.4905416423834677
 LO BOUND W(194) -0.4905416423834677
 UP BOUND W(194) 0.4905416423834677
 LO BOUND W(195) -0.4905416423834677
 UP BOUND W(195) 0.4905416423834677
 LO BOUND W(196) -0.4905416423834677
 UP BOUND W(196) 0.4905416423834677
 LO BOUND W(197) -0.4905416423834677
 UP BOUND W(197) 0.4905416423834677
 LO BOUND W(198) -0.4905416423834677
 UP BOUND W(198) 0.4905416423834677
 LO BOUND W(199) -0.4905416423834677
 UP BOUND W(199) 0.4905416423834677
 LO BOUND W(200) -0.4905416423834677
 UP BOUND W(200) 0.4905416423834677
 LO BOUND W(201) -0.4905416423834677
 UP BOUND W(201) 0.4905416423834677
 LO BOUND W(202) -0.4905416423834677
 UP BOUND W(202) 0.4905416423834677
 LO BOUND W(203) -0.4905416423834677
 UP BOUND W(203) 0.4905416423834677
 LO BOUND W(204) -0.4905416423834677
 UP BOUND W(204) 0.4905416423834677
 LO BOUND W(205) -0.4905416423834677
 UP BOUND W(205) 0.4905416423834677
 LO BOUND W(206) -0.4905416423834677
 UP BOUND W(206) 0.4905416423834677
 LO BOUND W(207) -0.4905416423834677
 UP BOUND W(207) 0.4905416423834677
 LO BOUND W(208) -0.4905416423834677
 UP BOUND W(208) 0.4905416423834677
 LO BOUND W(209) -0.4905416423834677
 UP BOUND W(209) 0.4905416423834677
 LO BOUND W(210) -0.4905416423834677
 UP BOUND W(210) 0.4905416423834677
 LO BOUND W(211) -0.4905416423834677
 UP BOUND W(211) 0.4905416423834677
 LO BOUND W(212) -0.4905416423834677
 UP BOUND W(212) 0.4905416423834677
 LO BOUND W(213) -0.4905416423834677
 UP BOUND W(213) 0.4905416423834677
 LO BOUND W(214) -0.4905416423834677
 UP BOUND W(214) 0.4905416423834677
 LO BOUND W(215) -0.4905416423834677
 UP BOUND W(215) 0.4905416423834677
 LO BOUND W(216) -0.4905416423834677
 UP BOUND W(216) 0.4905416423834677
 LO BOUND W(217) -0.4905416423834677
 UP BOUND W(217) 0.4905416423834677
 LO BOUND W(218) -0.4905416423834677
 UP BOUND W(218) 0.4905416423834677
 LO BOUND W(219) -0.4905416423834677
 UP BOUND W(219) 0.4905416423834677
 LO BOUND W(220) -0.4905416423834677
 UP BOUND W(220) 0.4905416423834677
 LO BOUND W(221) -0.4905416423834677
 UP BOUND W(221) 0.4905416423834677
 LO BOUND W(222) -0.4905416423834677
 UP BOUND W(222) 0.4905416423834677
 LO BOUND W(223) -0.4905416423834677
 UP BOUND W(223) 0.4905416423834677
 LO BOUND W(224) -0.4905416423834677
 UP BOUND W(224) 0.4905416423834677
 LO BOUND W(225) -0.4905416423834677
 UP BOUND W(225) 0.4905416423834677
 LO BOUND W(226) -0.4905416423834677
 UP BOUND W(226) 0.4905416423834677
 LO BOUND W(227) -0.4905416423834677
 UP BOUND W(227) 0.4905416423834677
 LO BOUND W(228) -0.4905416423834677
 UP BOUND W(228) 0.4905416423834677
 LO BOUND W(229) -0.4905416423834677
 UP BOUND W(229) 0.4905416423834677
 LO BOUND W(230) -0.4905416423834677
 UP BOUND W(230) 0.4905416423834677
 LO BOUND W(231) -0.4905416423834677
 UP BOUND W(231) 0.4905416423834677
 LO BOUND W(232) -0.4905416423834677
 UP BOUND W(232) 0.4905416423834677
 LO BOUND W(233) -0.4905416423834677
 UP BOUND W(233) 0.4905416423834677
 LO BOUND W(234) -0.4905416423834677
 UP BOUND W(234) 0.4905416423834677
 LO BOUND W(235) -0.4905416423834677
 UP BOUND W(235) 0.4905416423834677
 LO BOUND W(236) -0.4905416423834677
 UP BOUND W(236) 0.4905416423834677
 LO BOUND W(237) -0.4905416423834677
 UP BOUND W(237) 0.4905416423834677
 LO BOUND W(238) -0.4905416423834677
 UP BOUND W(238) 0.4905416423834677
 LO BOUND W(239) -0.4905416423834677
 UP BOUND W(239) 0.4905416423834677
 LO BOUND W(240) -0.4905416423834677
 UP BOUND W(240) 0.4905416423834677
 LO BOUND W(241) -0.4905416423834677
 UP BOUND W(241) 0.4905416423834677
 LO BOUND W(242) -0.4905416423834677
 UP BOUND W(242) 0.4905416423834677
 LO BOUND W(243) -0.4905416423834677
 UP BOUND W(243) 0.4905416423834677
 LO BOUND W(244) -0.4905416423834677
 UP BOUND W(244) 0.4905416423834677
 LO BOUND W(245) -0.4905416423834677
 UP BOUND W(245) 0.4905416423834677
 LO BOUND W(246) -0.4905416423834677
 UP BOUND W(246) 0.4905416423834677
 LO BOUND W(247) -0.4905416423834677
 UP BOUND W(247) 0.4905416423834677
 LO BOUND W(248) -0.4905416423834677
 UP BOUND W(248) 0.4905416423834677
 LO BOUND W(249) -0.4905416423834677
 UP BOUND W(249) 0.4905416423834677
 LO BOUND W(250) -0.4905416423834677
 UP BOUND W(250) 0.4905416423834677
 LO BOUND W(251) -0.4905416423834677
 UP BOUND W(251) 0.4905416423834677
 LO BOUND W(252) -0.4905416423834677
 UP BOUND W(252) 0.4905416423834677
 LO BOUND W(253) -0.4905416423834677
 UP BOUND W(253) 0.4905416423834677
 LO BOUND W(254) -0.4905416423834677
 UP BOUND W(254) 0.4905416423834677
 LO BOUND W(255) -0.4905416423834677
 UP BOUND W(255) 0.4905416423834677
 LO BOUND W(256) -0.4905416423834677
 UP BOUND W(256) 0.4905416423834677
 LO BOUND W(257) -0.4905416423834677
 UP BOUND W(257) 0.4905416423834677
 LO BOUND W(258) -0.4905416423834677
 UP BOUND W(258) 0.4905416423834677
 LO BOUND W(259) -0.4905416423834677
 UP BOUND W(259) 0.4905416423834677
 LO BOUND W(260) -0.4905416423834677
 UP BOUND W(260) 0.4905416423834677
 LO BOUND W(261) -0.4905416423834677
 UP BOUND W(261) 0.4905416423834677
 LO BOUND W(262) -0.4905416423834677
 UP BOUND W(262) 0.4905416423834677
 LO BOUND W(263) -0.4905416423834677
 UP BOUND W(263) 0.4905416423834677
 LO BOUND W(264) -0.4905416423834677
 UP BOUND W(264) 0.4905416423834677
 LO BOUND W(265) -0.4905416423834677
 UP BOUND W(265) 0.4905416423834677
 LO BOUND W(266) -0.4905416423834677
 UP BOUND W(266) 0.4905416423834677
 LO BOUND W(267) -0.4905416423834677
 UP BOUND W(267) 0.4905416423834677
 LO BOUND W(268) -0.4905416423834677
 UP BOUND W(268) 0.4905416423834677
 LO BOUND W(269) -0.4905416423834677
 UP BOUND W(269) 0.4905416423834677
 LO BOUND W(270) -0.4905416423834677
 UP BOUND W(270) 0.4905416423834677
 LO BOUND W(271) -0.4905416423834677
 UP BOUND W(271) 0.4905416423834677
 LO BOUND W(272) -0.4905416423834677
 UP BOUND W(272) 0.4905416423834677
 LO BOUND W(273) -0.4905416423834677
 UP BOUND W(273) 0.4905416423834677
 LO BOUND W(274) -0.4905416423834677
 UP BOUND W(274) 0.4905416423834677
 LO BOUND W(275) -0.4905416423834677
 UP BOUND W(275) 0.4905416423834677
 LO BOUND W(276) -0.4905416423834677
 UP BOUND W(276) 0.4905416423834677
 LO BOUND W(277) -0.4905416423834677
 UP BOUND W(277) 0.4905416423834677
 LO BOUND W(278) -0.4905416423834677
 UP BOUND W(278) 0.4905416423834677
 LO BOUND W(279) -0.4905416423834677
 UP BOUND W(279) 0.4905416423834677
 LO BOUND W(280) -0.4905416423834677
 UP BOUND W(280) 0.4905416423834677
 LO BOUND W(281) -0.4905416423834677
 UP BOUND W(281) 0.4905416423834677
 LO BOUND W(282) -0.4905416423834677
 UP BOUND W(282) 0.4905416423834677
 LO BOUND W(283) -0.4905416423834677
 UP BOUND W(283) 0.4905416423834677
 LO BOUND W(284) -0.4905416423834677
 UP BOUND W(284) 0.4905416423834677
 LO BOUND W(285) -0.4905416423834677
 UP BOUND W(285) 0.4905416423834677
 LO BOUND W(286) -0.4905416423834677
 UP BOUND W(286) 0.4905416423834677
 LO BOUND W(287) -0.4905416423834677
 UP BOUND W(287) 0.4905416423834677
 LO BOUND W(288) -0.4905416423834677
 UP BOUND W(288) 0.4905416423834677
 LO BOUND W(289) -0.4905416423834677
 UP BOUND W(289) 0.4905416423834677
 LO BOUND W(290) -0.4905416423834677
 UP BOUND W(290) 0.4905416423834677
 LO BOUND W(291) -0.4905416423834677
 UP BOUND W(291) 0.4905416423834677
 LO BOUND W(292) -0.4905416423834677
 UP BOUND W(292) 0.4905416423834677
 LO BOUND W(293) -0.4905416423834677
 UP BOUND W(293) 0.4905416423834677
 LO BOUND W(294) -0.4905416423834677
 UP BOUND W(294) 0.4905416423834677
 LO BOUND W(295) -0.4905416423834677
 UP BOUND W(295) 0.4905416423834677
 LO BOUND W(296) -0.4905416423834677
 UP BOUND W(296) 0.4905416423834677
 LO BOUND W(297) -0.4905416423834677
 UP BOUND W(297) 0.4905416423834677
 LO BOUND W(298) -0.4905416423834677
 UP BOUND W(298) 0.4905416423834677
 LO BOUND W(299) -0.4905416423834677
 UP BOUND W(299) 0.4905416423834677
 LO BOUND W(300) -0.4905416423834677
 UP BOUND W(300) 0.4905416423834677
 LO BOUND W(301) -0.4905416423834677
 UP BOUND W(301) 0.4905416423834677
 LO BOUND W(302) -0.4905416423834677
 UP BOUND W(302) 0.4905416423834677
 LO BOUND W(303) -0.4905416423834677
 UP BOUND W(303) 0.4905416423834677
 LO BOUND W(304) -0.4905416423834677
 UP BOUND W(304) 0.4905416423834677
 LO BOUND W(305) -0.4905416423834677
 UP BOUND W(305) 0.4905416423834677
 LO BOUND W(306) -0.4905416423834677
 UP BOUND W(306) 0.4905416423834677
 LO BOUND W(307) -0.4905416423834677
 UP BOUND W(307) 0.4905416423834677
 LO BOUND W(308) -0.4905416423834677
 UP BOUND W(308) 0.4905416423834677
 LO BOUND W(309) -0.4905416423834677
 UP BOUND W(309) 0.4905416423834677
 LO BOUND W(310) -0.4905416423834677
 UP BOUND W(310) 0.4905416423834677
 LO BOUND W(311) -0.4905416423834677
 UP BOUND W(311) 0.4905416423834677
 LO BOUND W(312) -0.4905416423834677
 UP BOUND W(312) 0.4905416423834677
 LO BOUND W(313) -0.4905416423834677
 UP BOUND W(313) 0.4905416423834677
 LO BOUND W(314) -0.4905416423834677
 UP BOUND W(314) 0.4905416423834677
 LO BOUND W(315) -0.4905416423834677
 UP BOUND W(315) 0.4905416423834677
 LO BOUND W(316) -0.4905416423834677
 UP BOUND W(316) 0.4905416423834677
 LO BOUND W(317) -0.4905416423834677
 UP BOUND W(317) 0.4905416423834677
 LO BOUND W(318) -0.4905416423834677
 UP BOUND W(318) 0.4905416423834677
 LO BOUND W(319) -0.4905416423834677
 UP BOUND W(319) 0.4905416423834677
 LO BOUND W(320) -0.4905416423834677
 UP BOUND W(320) 0.4905416423834677
 LO BOUND W(321) -0.4905416423834677
 UP BOUND W(321) 0.4905416423834677
 LO BOUND W(322) -0.4905416423834677
 UP BOUND W(322) 0.4905416423834677
 LO BOUND W(323) -0.4905416423834677
 UP BOUND W(323) 0.4905416423834677
 LO BOUND W(324) -0.4905416423834677
 UP BOUND W(324) 0.4905416423834677
 LO BOUND W(325) -0.4905416423834677
 UP BOUND W(325) 0.4905416423834677
 LO BOUND W(326) -0.4905416423834677
 UP BOUND W(326) 0.4905416423834677
 LO BOUND W(327) -0.4905416423834677
 UP BOUND W(327) 0.4905416423834677
 LO BOUND W(328) -0.4905416423834677
 UP BOUND W(328) 0.4905416423834677
 LO BOUND W(329) -0.4905416423834677
 UP BOUND W(329) 0.4905416423834677
 LO BOUND W(330) -0.4905416423834677
 UP BOUND W(330) 0.4905416423834677
 LO BOUND W(331) -0.4905416423834677
 UP BOUND W(331) 0.4905416423834677
 LO BOUND W(332) -0.4905416423834677
 UP BOUND W(332) 0.4905416423834677
 LO BOUND W(333) -0.4905416423834677
 UP BOUND W(333) 0.4905416423834677
 LO BOUND W(334) -0.4905416423834677
 UP BOUND W(334) 0.4905416423834677
 LO BOUND W(335) -0.4905416423834677
 UP BOUND W(335) 0.4905416423834677
 LO BOUND W(336) -0.4905416423834677
 UP BOUND W(336) 0.4905416423834677
 LO BOUND W(337) -0.4905416423834677
 UP BOUND W(337) 0.4905416423834677
 LO BOUND W(338) -0.4905416423834677
 UP BOUND W(338) 0.4905416423834677
 LO BOUND W(339) -0.4905416423834677
 UP BOUND W(339) 0.4905416423834677
 LO BOUND W(340) -0.4905416423834677
 UP BOUND W(340) 0.4905416423834677
 LO BOUND W(341) -0.4905416423834677
 UP BOUND W(341) 0.4905416423834677
 LO BOUND W(342) -0.4905416423834677
 UP BOUND W(342) 0.4905416423834677
 LO BOUND W(343) -0.4905416423834677
 UP BOUND W(343) 0.4905416423834677
 LO BOUND W(344) -0.4905416423834677
 UP BOUND W(344) 0.4905416423834677
 LO BOUND W(345) -0.4905416423834677
 UP BOUND W(345) 0.4905416423834677
 LO BOUND W(346) -0.4905416423834677
 UP BOUND W(346) 0.4905416423834677
 LO BOUND W(347) -0.4905416423834677
 UP BOUND W(347) 0.4905416423834677
 LO BOUND W(348) -0.4905416423834677
 UP BOUND W(348) 0.4905416423834677
 LO BOUND W(349) -0.4905416423834677
 UP BOUND W(349) 0.4905416423834677
 LO BOUND W(350) -0.4905416423834677
 UP BOUND W(350) 0.4905416423834677
 LO BOUND W(351) -0.4905416423834677
 UP BOUND W(351) 0.4905416423834677
 LO BOUND W(352) -0.4905416423834677
 UP BOUND W(352) 0.4905416423834677
 LO BOUND W(353) -0.4905416423834677
 UP BOUND W(353) 0.4905416423834677
 LO BOUND W(354) -0.4905416423834677
 UP BOUND W(354) 0.4905416423834677
 LO BOUND W(355) -0.4905416423834677
 UP BOUND W(355) 0.4905416423834677
 LO BOUND W(356) -0.4905416423834677
 UP BOUND W(356) 0.4905416423834677
 LO BOUND W(357) -0.4905416423834677
 UP BOUND W(357) 0.4905416423834677
 LO BOUND W(358) -0.4905416423834677
 UP BOUND W(358) 0.4905416423834677
 LO BOUND W(359) -0.4905416423834677
 UP BOUND W(359) 0.4905416423834677
 LO BOUND W(360) -0.4905416423834677
 UP BOUND W(360) 0.4905416423834677
 LO BOUND W(361) -0.4905416423834677
 UP BOUND W(361) 0.4905416423834677
 LO BOUND W(362) -0.4905416423834677
 UP BOUND W(362) 0.4905416423834677
 LO BOUND W(363) -0.4905416423834677
 UP BOUND W(363) 0.4905416423834677
 LO BOUND W(364) -0.4905416423834677
 UP BOUND W(364) 0.4905416423834677
 LO BOUND W(365) -0.4905416423834677
 UP BOUND W(365) 0.4905416423834677
 LO BOUND W(366) -0.4905416423834677
 UP BOUND W(366) 0.4905416423834677
 LO BOUND W(367) -0.4905416423834677
 UP BOUND W(367) 0.4905416423834677
 LO BOUND W(368) -0.4905416423834677
 UP BOUND W(368) 0.4905416423834677
 LO BOUND W(369) -0.4905416423834677
 UP BOUND W(369) 0.4905416423834677
 LO BOUND W(370) -0.4905416423834677
 UP BOUND W(370) 0.4905416423834677
 LO BOUND W(371) -0.4905416423834677
 UP BOUND W(371) 0.4905416423834677
 LO BOUND W(372) -0.4905416423834677
 UP BOUND W(372) 0.4905416423834677
 LO BOUND W(373) -0.4905416423834677
 UP BOUND W(373) 0.4905416423834677
 LO BOUND W(374) -0.4905416423834677
 UP BOUND W(374) 0.4905416423834677
 LO BOUND W(375) -0.4905416423834677
 UP BOUND W(375) 0.4905416423834677
 LO BOUND W(376) -0.4905416423834677
 UP BOUND W(376) 0.4905416423834677
 LO BOUND W(377) -0.4905416423834677
 UP BOUND W(377) 0.4905416423834677
 LO BOUND W(378) -0.4905416423834677
 UP BOUND W(378) 0.4905416423834677
 LO BOUND W(379) -0.4905416423834677
 UP BOUND W(379) 0.4905416423834677
 LO BOUND W(380) -0.4905416423834677
 UP BOUND W(380) 0.4905416423834677
 LO BOUND W(381) -0.4905416423834677
 UP BOUND W(381) 0.4905416423834677
 LO BOUND W(382) -0.4905416423834677
 UP BOUND W(382) 0.4905416423834677
 LO BOUND W(383) -0.4905416423834677
 UP BOUND W(383) 0.4905416423834677
 LO BOUND W(384) -0.4905416423834677
 UP BOUND W(384) 0.4905416423834677
 LO BOUND W(385) -0.4905416423834677
 UP BOUND W(385) 0.4905416423834677
 LO BOUND W(386) -0.4905416423834677
 UP BOUND W(386) 0.4905416423834677
 LO BOUND W(387) -0.4905416423834677
 UP BOUND W(387) 0.4905416423834677
 LO BOUND W(388) -0.4905416423834677
 UP BOUND W(388) 0.4905416423834677
 LO BOUND W(389) -0.4905416423834677
 UP BOUND W(389) 0.4905416423834677
 LO BOUND W(390) -0.4905416423834677
 UP BOUND W(390) 0.4905416423834677
 LO BOUND W(391) -0.4905416423834677
 UP BOUND W(391) 0.4905416423834677
 LO BOUND W(392) -0.4905416423834677
 UP BOUND W(392) 0.4905416423834677
 LO BOUND W(393) -0.4905416423834677
 UP BOUND W(393) 0.4905416423834677
 LO BOUND W(394) -0.4905416423834677
 UP BOUND W(394) 0.4905416423834677
 LO BOUND W(395) -0.4905416423834677
 UP BOUND W(395) 0.4905416423834677
 LO BOUND W(396) -0.4905416423834677
 UP BOUND W(396) 0.4905416423834677
 LO BOUND W(397) -0.4905416423834677
 UP BOUND W(397) 0.4905416423834677
 LO BOUND W(398) -0.4905416423834677
 UP BOUND W(398) 0.4905416423834677
 LO BOUND W(399) -0.4905416423834677
 UP BOUND W(399) 0.4905416423834677
 LO BOUND W(400) -0.4905416423834677
 UP BOUND W(400) 0.4905416423834677
 LO BOUND W(401) -0.4905416423834677
 UP BOUND W(401) 0.4905416423834677
 LO BOUND W(402) -0.4905416423834677
 UP BOUND W(402) 0.4905416423834677
 LO BOUND W(403) -0.4905416423834677
 UP BOUND W(403) 0.4905416423834677
 LO BOUND W(404) -0.4905416423834677
 UP BOUND W(404) 0.4905416423834677
 LO BOUND W(405) -0.4905416423834677
 UP BOUND W(405) 0.4905416423834677
 LO BOUND W(406) -0.4905416423834677
 UP BOUND W(406) 0.4905416423834677
 LO BOUND W(407) -0.4905416423834677
 UP BOUND W(407) 0.4905416423834677
 LO BOUND W(408) -0.4905416423834677
 UP BOUND W(408) 0.4905416423834677
 LO BOUND W(409) -0.4905416423834677
 UP BOUND W(409) 0.4905416423834677
 LO BOUND W(410) -0.4905416423834677
 UP BOUND W(410) 0.4905416423834677
 LO BOUND W(411) -0.4905416423834677
 UP BOUND W(411) 0.4905416423834677
 LO BOUND W(412) -0.4905416423834677
 UP BOUND W(412) 0.4905416423834677
 LO BOUND W(413) -0.4905416423834677
 UP BOUND W(413) 0.4905416423834677
 LO BOUND W(414) -0.4905416423834677
 UP BOUND W(414) 0.4905416423834677
 LO BOUND W(415) -0.4905416423834677
 UP BOUND W(415) 0.4905416423834677
 LO BOUND W(416) -0.4905416423834677
 UP BOUND W(416) 0.4905416423834677
 LO BOUND W(417) -0.4905416423834677
 UP BOUND W(417) 0.4905416423834677
 LO BOUND W(418) -0.4905416423834677
 UP BOUND W(418) 0.4905416423834677
 LO BOUND W(419) -0.4905416423834677
 UP BOUND W(419) 0.4905416423834677
 LO BOUND W(420) -0.4905416423834677
 UP BOUND W(420) 0.4905416423834677
 LO BOUND W(421) -0.4905416423834677
 UP BOUND W(421) 0.4905416423834677
 LO BOUND W(422) -0.4905416423834677
 UP BOUND W(422) 0.4905416423834677
 LO BOUND W(423) -0.4905416423834677
 UP BOUND W(423) 0.4905416423834677
 LO BOUND W(424) -0.4905416423834677
 UP BOUND W(424) 0.4905416423834677
 LO BOUND W(425) -0.4905416423834677
 UP BOUND W(425) 0.4905416423834677
 LO BOUND W(426) -0.4905416423834677
 UP BOUND W(426) 0.4905416423834677
 LO BOUND W(427) -0.4905416423834677
 UP BOUND W(427) 0.4905416423834677
 LO BOUND W(428) -0.4905416423834677
 UP BOUND W(428) 0.4905416423834677
 LO BOUND W(429) -0.4905416423834677
 UP BOUND W(429) 0.4905416423834677
 LO BOUND W(430) -0.4905416423834677
 UP BOUND W(430) 0.4905416423834677
 LO BOUND W(431) -0.4905416423834677
 UP BOUND W(431) 0.4905416423834677
 LO BOUND W(432) -0.4905416423834677
 UP BOUND W(432) 0.4905416423834677
 LO BOUND W(433) -0.4905416423834677
 UP BOUND W(433) 0.4905416423834677
 LO BOUND W(434) -0.4905416423834677
 UP BOUND W(434) 0.4905416423834677
 LO BOUND W(435) -0.4905416423834677
 UP BOUND W(435) 0.4905416423834677
 LO BOUND W(436) -0.4905416423834677
 UP BOUND W(436) 0.4905416423834677
 LO BOUND W(437) -0.4905416423834677
 UP BOUND W(437) 0.4905416423834677
 LO BOUND W(438) -0.4905416423834677
 UP BOUND W(438) 0.4905416423834677
 LO BOUND W(439) -0.4905416423834677
 UP BOUND W(439) 0.4905416423834677
 LO BOUND W(440) -0.4905416423834677
 UP BOUND W(440) 0.4905416423834677
 LO BOUND W(441) -0.4905416423834677
 UP BOUND W(441) 0.4905416423834677
 LO BOUND W(442) -0.4905416423834677
 UP BOUND W(442) 0.4905416423834677
 LO BOUND W(443) -0.4905416423834677
 UP BOUND W(443) 0.4905416423834677
 LO BOUND W(444) -0.4905416423834677
 UP BOUND W(444) 0.4905416423834677
 LO BOUND W(445) -0.4905416423834677
 UP BOUND W(445) 0.4905416423834677
 LO BOUND W(446) -0.4905416423834677
 UP BOUND W(446) 0.4905416423834677
 LO BOUND W(447) -0.4905416423834677
 UP BOUND W(447) 0.4905416423834677
 LO BOUND W(448) -0.4905416423834677
 UP BOUND W(448) 0.4905416423834677
 LO BOUND W(449) -0.4905416423834677
 UP BOUND W(449) 0.4905416423834677
 LO BOUND W(450) -0.4905416423834677
 UP BOUND W(450) 0.4905416423834677
 LO BOUND W(451) -0.4905416423834677
 UP BOUND W(451) 0.4905416423834677
 LO BOUND W(452) -0.4905416423834677
 UP BOUND W(452) 0.4905416423834677
 LO BOUND W(453) -0.4905416423834677
 UP BOUND W(453) 0.4905416423834677
 LO BOUND W(454) -0.4905416423834677
 UP BOUND W(454) 0.4905416423834677
 LO BOUND W(455) -0.4905416423834677
 UP BOUND W(455) 0.4905416423834677
 LO BOUND W(456) -0.4905416423834677
 UP BOUND W(456) 0.4905416423834677
 LO BOUND W(457) -0.4905416423834677
 UP BOUND W(457) 0.4905416423834677
 LO BOUND W(458) -0.4905416423834677
 UP BOUND W(458) 0.4905416423834677
 LO BOUND W(459) -0.4905416423834677
 UP BOUND W(459) 0.4905416423834677
 LO BOUND W(460) -0.4905416423834677
 UP BOUND W(460) 0.4905416423834677
 LO BOUND W(461) -0.4905416423834677
 UP BOUND W(461) 0.4905416423834677
 LO BOUND W(462) -0.4905416423834677
 UP BOUND W(462) 0.4905416423834677
 LO BOUND W(463) -0.4905416423834677
 UP BOUND W(463) 0.4905416423834677
 LO BOUND W(464) -0.4905416423834677
 UP BOUND W(464) 0.4905416423834677
 LO BOUND W(465) -0.4905416423834677
 UP BOUND W(465) 0.4905416423834677
 LO BOUND W(466) -0.4905416423834677
 UP BOUND W(466) 0.4905416423834677
 LO BOUND W(467) -0.4905416423834677
 UP BOUND W(467) 0.4905416423834677
 LO BOUND W(468) -0.4905416423834677
 UP BOUND W(468) 0.4905416423834677
 LO BOUND W(469) -0.4905416423834677
 UP BOUND W(469) 0.4905416423834677
 LO BOUND W(470) -0.4905416423834677
 UP BOUND W(470) 0.4905416423834677
 LO BOUND W(471) -0.4905416423834677
 UP BOUND W(471) 0.4905416423834677
 LO BOUND W(472) -0.4905416423834677
 UP BOUND W(472) 0.4905416423834677
 LO BOUND W(473) -0.4905416423834677
 UP BOUND W(473) 0.4905416423834677
 LO BOUND W(474) -0.4905416423834677
 UP BOUND W(474) 0.4905416423834677
 LO BOUND W(475) -0.4905416423834677
 UP BOUND W(475) 0.4905416423834677
 LO BOUND W(476) -0.4905416423834677
 UP BOUND W(476) 0.4905416423834677
 LO BOUND W(477) -0.4905416423834677
 UP BOUND W(477) 0.4905416423834677
 LO BOUND W(478) -0.4905416423834677
 UP BOUND W(478) 0.4905416423834677
 LO BOUND W(479) -0.4905416423834677
 UP BOUND W(479) 0.4905416423834677
 LO BOUND W(480) -0.4905416423834677
 UP BOUND W(480) 0.4905416423834677
 LO BOUND W(481) -0.4905416423834677
 UP BOUND W(481) 0.4905416423834677
 LO BOUND W(482) -0.4905416423834677
 UP BOUND W(482) 0.4905416423834677
 LO BOUND W(483) -0.4905416423834677
 UP BOUND W(483) 0.4905416423834677
 LO BOUND W(484) -0.4905416423834677
 UP BOUND W(484) 0.4905416423834677
 LO BOUND W(485) -0.4905416423834677
 UP BOUND W(485) 0.4905416423834677
 LO BOUND W(486) -0.4905416423834677
 UP BOUND W(486) 0.4905416423834677
 LO BOUND W(487) -0.4905416423834677
 UP BOUND W(487) 0.4905416423834677
 LO BOUND W(488) -0.4905416423834677
 UP BOUND W(488) 0.4905416423834677
 LO BOUND W(489) -0.4905416423834677
 UP BOUND W(489) 0.4905416423834677
 LO BOUND W(490) -0.4905416423834677
 UP BOUND W(490) 0.4905416423834677
 LO BOUND W(491) -0.4905416423834677
 UP BOUND W(491) 0.4905416423834677
 LO BOUND W(492) -0.4905416423834677
 UP BOUND W(492) 0.4905416423834677
 LO BOUND W(493) -0.4905416423834677
 UP BOUND W(493) 0.4905416423834677
 LO BOUND W(494) -0.4905416423834677
 UP BOUND W(494) 0.4905416423834677
 LO BOUND W(495) -0.4905416423834677
 UP BOUND W(495) 0.4905416423834677
 LO BOUND W(496) -0.4905416423834677
 UP BOUND W(496) 0.4905416423834677
 LO BOUND W(497) -0.4905416423834677
 UP BOUND W(497) 0.4905416423834677
 LO BOUND W(498) -0.4905416423834677
 UP BOUND W(498) 0.4905416423834677
 LO BOUND W(499) -0.4905416423834677
 UP BOUND W(499) 0.4905416423834677
 LO BOUND W(500) -0.4905416423834677
 UP BOUND W(500) 0.4905416423834677
 LO BOUND W(501) -0.4905416423834677
 UP BOUND W(501) 0.4905416423834677
 LO BOUND W(502) -0.4905416423834677
 UP BOUND W(502) 0.4905416423834677
 LO BOUND W(503) -0.4905416423834677
 UP BOUND W(503) 0.4905416423834677
 LO BOUND W(504) -0.4905416423834677
 UP BOUND W(504) 0.4905416423834677
 LO BOUND W(505) -0.4905416423834677
 UP BOUND W(505) 0.4905416423834677
 LO BOUND W(506) -0.4905416423834677
 UP BOUND W(506) 0.4905416423834677
 LO BOUND W(507) -0.4905416423834677
 UP BOUND W(507) 0.4905416423834677
 LO BOUND W(508) -0.4905416423834677
 UP BOUND W(508) 0.4905416423834677
 LO BOUND W(509) -0.4905416423834677
 UP BOUND W(509) 0.4905416423834677
 LO BOUND W(510) -0.4905416423834677
 UP BOUND W(510) 0.4905416423834677
 LO BOUND W(511) -0.4905416423834677
 UP BOUND W(511) 0.4905416423834677
 LO BOUND W(512) -0.4905416423834677
 UP BOUND W(512) 0.4905416423834677
 LO BOUND W(513) -0.4905416423834677
 UP BOUND W(513) 0.4905416423834677
 LO BOUND W(514) -0.4905416423834677
 UP BOUND W(514) 0.4905416423834677
 LO BOUND W(515) -0.4905416423834677
 UP BOUND W(515) 0.4905416423834677
 LO BOUND W(516) -0.4905416423834677
 UP BOUND W(516) 0.4905416423834677
 LO BOUND W(517) -0.4905416423834677
 UP BOUND W(517) 0.4905416423834677
 LO BOUND W(518) -0.4905416423834677
 UP BOUND W(518) 0.4905416423834677
 LO BOUND W(519) -0.4905416423834677
 UP BOUND W(519) 0.4905416423834677
 LO BOUND W(520) -0.4905416423834677
 UP BOUND W(520) 0.4905416423834677
 LO BOUND W(521) -0.4905416423834677
 UP BOUND W(521) 0.4905416423834677
 LO BOUND W(522) -0.4905416423834677
 UP BOUND W(522) 0.4905416423834677
 LO BOUND W(523) -0.4905416423834677
 UP BOUND W(523) 0.4905416423834677
 LO BOUND W(524) -0.4905416423834677
 UP BOUND W(524) 0.4905416423834677
 LO BOUND W(525) -0.4905416423834677
 UP BOUND W(525) 0.4905416423834677
 LO BOUND W(526) -0.4905416423834677
 UP BOUND W(526) 0.4905416423834677
 LO BOUND W(527) -0.4905416423834677
 UP BOUND W(527) 0.4905416423834677
 LO BOUND W(528) -0.4905416423834677
 UP BOUND W(528) 0.4905416423834677
 LO BOUND W(529) -0.4905416423834677
 UP BOUND W(529) 0.4905416423834677
 LO BOUND W(530) -0.4905416423834677
 UP BOUND W(530) 0.4905416423834677
 LO BOUND W(531) -0.4905416423834677
 UP BOUND W(531) 0.4905416423834677
 LO BOUND W(532) -0.4905416423834677
 UP BOUND W(532) 0.4905416423834677
 LO BOUND W(533) -0.4905416423834677
 UP BOUND W(533) 0.4905416423834677
 LO BOUND W(534) -0.4905416423834677
 UP BOUND W(534) 0.4905416423834677
 LO BOUND W(535) -0.4905416423834677
 UP BOUND W(535) 0.4905416423834677
 LO BOUND W(536) -0.4905416423834677
 UP BOUND W(536) 0.4905416423834677
 LO BOUND W(537) -0.4905416423834677
 UP BOUND W(537) 0.4905416423834677
 LO BOUND W(538) -0.4905416423834677
 UP BOUND W(538) 0.4905416423834677
 LO BOUND W(539) -0.4905416423834677
 UP BOUND W(539) 0.4905416423834677
 LO BOUND W(540) -0.4905416423834677
 UP BOUND W(540) 0.4905416423834677
 LO BOUND W(541) -0.4905416423834677
 UP BOUND W(541) 0.4905416423834677
 LO BOUND W(542) -0.4905416423834677
 UP BOUND W(542) 0.4905416423834677
 LO BOUND W(543) -0.4905416423834677
 UP BOUND W(543) 0.4905416423834677
 LO BOUND W(544) -0.4905416423834677
 UP BOUND W(544) 0.4905416423834677
 LO BOUND W(545) -0.4905416423834677
 UP BOUND W(545) 0.4905416423834677
 LO BOUND W(546) -0.4905416423834677
 UP BOUND W(546) 0.4905416423834677
 LO BOUND W(547) -0.4905416423834677
 UP BOUND W(547) 0.4905416423834677
 LO BOUND W(548) -0.4905416423834677
 UP BOUND W(548) 0.4905416423834677
 LO BOUND W(549) -0.4905416423834677
 UP BOUND W(549) 0.4905416423834677
 LO BOUND W(550) -0.4905416423834677
 UP BOUND W(550) 0.4905416423834677
 LO BOUND W(551) -0.4905416423834677
 UP BOUND W(551) 0.4905416423834677
 LO BOUND W(552) -0.4905416423834677
 UP BOUND W(552) 0.4905416423834677
 LO BOUND W(553) -0.4905416423834677
 UP BOUND W(553) 0.4905416423834677
 LO BOUND W(554) -0.4905416423834677
 UP BOUND W(554) 0.4905416423834677
 LO BOUND W(555) -0.4905416423834677
 UP BOUND W(555) 0.4905416423834677
 LO BOUND W(556) -0.4905416423834677
 UP BOUND W(556) 0.4905416423834677
 LO BOUND W(557) -0.4905416423834677
 UP BOUND W(557) 0.4905416423834677
 LO BOUND W(558) -0.4905416423834677
 UP BOUND W(558) 0.4905416423834677
 LO BOUND W(559) -0.4905416423834677
 UP BOUND W(559) 0.4905416423834677
 LO BOUND W(560) -0.4905416423834677
 UP BOUND W(560) 0.4905416423834677
 LO BOUND W(561) -0.4905416423834677
 UP BOUND W(561) 0.4905416423834677
 LO BOUND W(562) -0.4905416423834677
 UP BOUND W(562) 0.4905416423834677
 LO BOUND W(563) -0.4905416423834677
 UP BOUND W(563) 0.4905416423834677
 LO BOUND W(564) -0.4905416423834677
 UP BOUND W(564) 0.4905416423834677
 LO BOUND W(565) -0.4905416423834677
 UP BOUND W(565) 0.4905416423834677
 LO BOUND W(566) -0.4905416423834677
 UP BOUND W(566) 0.4905416423834677
 LO BOUND W(567) -0.4905416423834677
 UP BOUND W(567) 0.4905416423834677
 LO BOUND W(568) -0.4905416423834677
 UP BOUND W(568) 0.4905416423834677
 LO BOUND W(569) -0.4905416423834677
 UP BOUND W(569) 0.4905416423834677
 LO BOUND W(570) -0.4905416423834677
 UP BOUND W(570) 0.4905416423834677
 LO BOUND W(571) -0.4905416423834677
 UP BOUND W(571) 0.4905416423834677
 LO BOUND W(572) -0.4905416423834677
 UP BOUND W(572) 0.4905416423834677
 LO BOUND W(573) -0.4905416423834677
 UP BOUND W(573) 0.4905416423834677
 LO BOUND W(574) -0.4905416423834677
 UP BOUND W(574) 0.4905416423834677
 LO BOUND W(575) -0.4905416423834677
 UP BOUND W(575) 0.4905416423834677
 LO BOUND W(576) -0.4905416423834677
 UP BOUND W(576) 0.4905416423834677
 LO BOUND W(577) -0.4905416423834677
 UP BOUND W(577) 0.4905416423834677
 LO BOUND W(578) -0.4905416423834677
 UP BOUND W(578) 0.4905416423834677
 LO BOUND W(579) -0.4905416423834677
 UP BOUND W(579) 0.4905416423834677
 LO BOUND W(580) -0.4905416423834677
 UP BOUND W(580) 0.4905416423834677
 LO BOUND W(581) -0.4905416423834677
 UP BOUND W(581) 0.4905416423834677
 LO BOUND W(582) -0.4905416423834677
 UP BOUND W(582) 0.4905416423834677
 LO BOUND W(583) -0.4905416423834677
 UP BOUND W(583) 0.4905416423834677
 LO BOUND W(584) -0.4905416423834677
 UP BOUND W(584) 0.4905416423834677
 LO BOUND W(585) -0.4905416423834677
 UP BOUND W(585) 0.4905416423834677
 LO BOUND W(586) -0.4905416423834677
 UP BOUND W(586) 0.4905416423834677
 LO BOUND W(587) -0.4905416423834677
 UP BOUND W(587) 0.4905416423834677
 LO BOUND W(588) -0.4905416423834677
 UP BOUND W(588) 0.4905416423834677
 LO BOUND W(589) -0.4905416423834677
 UP BOUND W(589) 0.4905416423834677
 LO BOUND W(590) -0.4905416423834677
 UP BOUND W(590) 0.4905416423834677
 LO BOUND W(591) -0.4905416423834677
 UP BOUND W(591) 0.4905416423834677
 LO BOUND W(592) -0.4905416423834677
 UP BOUND W(592) 0.4905416423834677
 LO BOUND W(593) -0.4905416423834677
 UP BOUND W(593) 0.4905416423834677
 LO BOUND W(594) -0.4905416423834677
 UP BOUND W(594) 0.4905416423834677
 LO BOUND W(595) -0.4905416423834677
 UP BOUND W(595) 0.4905416423834677
 LO BOUND W(596) -0.4905416423834677
 UP BOUND W(596) 0.4905416423834677
 LO BOUND W(597) -0.4905416423834677
 UP BOUND W(597) 0.4905416423834677
 LO BOUND W(598) -0.4905416423834677
 UP BOUND W(598) 0.4905416423834677
 LO BOUND W(599) -0.4905416423834677
 UP BOUND W(599) 0.4905416423834677
 LO BOUND W(600) -0.4905416423834677
 UP BOUND W(600) 0.4905416423834677
 LO BOUND W(601) -0.4905416423834677
 UP BOUND W(601) 0.4905416423834677
 LO BOUND W(602) -0.4905416423834677
 UP BOUND W(602) 0.4905416423834677
 LO BOUND W(603) -0.4905416423834677
 UP BOUND W(603) 0.4905416423834677
 LO BOUND W(604) -0.4905416423834677
 UP BOUND W(604) 0.4905416423834677
 LO BOUND W(605) -0.4905416423834677
 UP BOUND W(605) 0.4905416423834677
 LO BOUND W(606) -0.4905416423834677
 UP BOUND W(606) 0.4905416423834677
 LO BOUND W(607) -0.4905416423834677
 UP BOUND W(607) 0.4905416423834677
 LO BOUND W(608) -0.4905416423834677
 UP BOUND W(608) 0.4905416423834677
 LO BOUND W(609) -0.4905416423834677
 UP BOUND W(609) 0.4905416423834677
 LO BOUND W(610) -0.4905416423834677
 UP BOUND W(610) 0.4905416423834677
 LO BOUND W(611) -0.4905416423834677
 UP BOUND W(611) 0.4905416423834677
 LO BOUND W(612) -0.4905416423834677
 UP BOUND W(612) 0.4905416423834677
 LO BOUND W(613) -0.4905416423834677
 UP BOUND W(613) 0.4905416423834677
 LO BOUND W(614) -0.4905416423834677
 UP BOUND W(614) 0.4905416423834677
 LO BOUND W(615) -0.4905416423834677
 UP BOUND W(615) 0.4905416423834677
 LO BOUND W(616) -0.4905416423834677
 UP BOUND W(616) 0.4905416423834677
 LO BOUND W(617) -0.4905416423834677
 UP BOUND W(617) 0.4905416423834677
 LO BOUND W(618) -0.4905416423834677
 UP BOUND W(618) 0.4905416423834677
 LO BOUND W(619) -0.4905416423834677
 UP BOUND W(619) 0.4905416423834677
 LO BOUND W(620) -0.4905416423834677
 UP BOUND W(620) 0.4905416423834677
 LO BOUND W(621) -0.4905416423834677
 UP BOUND W(621) 0.4905416423834677
 LO BOUND W(622) -0.4905416423834677
 UP BOUND W(622) 0.4905416423834677
 LO BOUND W(623) -0.4905416423834677
 UP BOUND W(623) 0.4905416423834677
 LO BOUND W(624) -0.4905416423834677
 UP BOUND W(624) 0.4905416423834677
 LO BOUND W(625) -0.4905416423834677
 UP BOUND W(625) 0.4905416423834677
 LO BOUND W(626) -0.4905416423834677
 UP BOUND W(626) 0.4905416423834677
 LO BOUND W(627) -0.4905416423834677
 UP BOUND W(627) 0.4905416423834677
 LO BOUND W(628) -0.4905416423834677
 UP BOUND W(628) 0.4905416423834677
 LO BOUND W(629) -0.4905416423834677
 UP BOUND W(629) 0.4905416423834677
 LO BOUND W(630) -0.4905416423834677
 UP BOUND W(630) 0.4905416423834677
 LO BOUND W(631) -0.4905416423834677
 UP BOUND W(631) 0.4905416423834677
 LO BOUND W(632) -0.4905416423834677
 UP BOUND W(632) 0.4905416423834677
 LO BOUND W(633) -0.4905416423834677
 UP BOUND W(633) 0.4905416423834677
 LO BOUND W(634) -0.4905416423834677
 UP BOUND W(634) 0.4905416423834677
 LO BOUND W(635) -0.4905416423834677
 UP BOUND W(635) 0.4905416423834677
 LO BOUND W(636) -0.4905416423834677
 UP BOUND W(636) 0.4905416423834677
 LO BOUND W(637) -0.4905416423834677
 UP BOUND W(637) 0.4905416423834677
 LO BOUND W(638) -0.4905416423834677
 UP BOUND W(638) 0.4905416423834677
 LO BOUND W(639) -0.4905416423834677
 UP BOUND W(639) 0.4905416423834677
 BV BOUND y(0)
 BV BOUND y(1)
 BV BOUND y(2)
 BV BOUND y(3)
 BV BOUND y(4)
 BV BOUND y(5)
 BV BOUND y(6)
 BV BOUND y(7)
QUADOBJ
     W(0) W(0) 0.044600000000000008
     W(1) W(1) 0.044600000000000008
     W(2) W(2) 0.044600000000000008
     W(3) W(3) 0.044600000000000008
     W(4) W(4) 0.044600000000000008
     W(5) W(5) 0.044600000000000008
     W(6) W(6) 0.044600000000000008
     W(7) W(7) 0.044600000000000008
     W(8) W(8) 0.044600000000000008
     W(9) W(9) 0.044600000000000008
     W(10) W(10) 0.048252083333333341
     W(10) W(20) 0.0086062499999999941
     W(10) W(30) 0.0029114583333333349
     W(10) W(40) 3.7500000000000234e-05
     W(10) W(50) 0.0025854166666666677
     W(10) W(60) 0.0016781249999999967
     W(10) W(70) -5.8333333333333211e-05
     W(10) W(80) -7.2916666666666573e-06
     W(10) W(90) 0.0063156249999999957
     W(10) W(100) 0.0043593750000000013
     W(10) W(110) -0.00045833333333333327
     W(10) W(120) -0.0001177083333333331
     W(10) W(130) 0.00054895833333333272
     W(10) W(140) 0.0010010416666666661
     W(10) W(160) -7.2916666666666573e-06
     W(10) W(170) 0.0026885416666666672
     W(10) W(180) -0.00091249999999999979
     W(10) W(190) 0.0010281249999999987
     W(10) W(200) -0.00076666666666666658
     W(10) W(210) -0.0053562500000000016
     W(10) W(220) -0.0016104166666666641
     W(10) W(230) -7.2916666666666471e-06
     W(10) W(250) -0.001466666666666666
     W(10) W(260) -0.0025697916666666694
     W(10) W(270) 0.0021770833333333312
     W(10) W(280) -0.0023677083333333367
     W(10) W(290) -0.0058437500000000061
     W(10) W(300) -0.0023687500000000015
     W(10) W(310) -7.2916666666666471e-06
     W(10) W(330) -0.0023822916666666671
     W(10) W(340) -0.0046635416666666674
     W(10) W(350) 0.0028104166666666672
     W(10) W(360) -0.002293750000000005
     W(10) W(370) -0.0066229166666666624
     W(10) W(380) -0.0025250000000000008
     W(10) W(400) -1.4583333333333294e-05
     W(10) W(410) -0.0012906250000000005
     W(10) W(420) -0.0024979166666666648
     W(10) W(430) 0.0033343749999999997
     W(10) W(440) -0.00067708333333333303
     W(10) W(450) -0.0058052083333333315
     W(10) W(460) -0.001921875
     W(10) W(470) -3.6458333333333194e-05
     W(10) W(480) -5.8333333333333177e-05
     W(10) W(490) 0.001171875000000001
     W(10) W(500) 0.0030625000000000045
     W(10) W(510) 0.0021916666666666655
     W(10) W(520) -0.00095937499999999951
     W(10) W(530) -0.0035968749999999972
     W(10) W(540) -0.00012291666666666787
     W(10) W(550) -0.00023333333333333376
     W(10) W(570) 0.0037447916666666775
     W(10) W(580) 0.0097052083333333261
     W(10) W(590) 0.00088541666666666684
     W(10) W(600) -0.0037489583333333329
     W(10) W(610) -0.0016749999999999994
     W(10) W(620) 0.000436458333333334
     W(10) W(630) -0.00021562499999999956
     W(11) W(11) 0.048252083333333341
     W(11) W(21) 0.0086062499999999941
     W(11) W(31) 0.0029114583333333349
     W(11) W(41) 3.7500000000000234e-05
     W(11) W(51) 0.0025854166666666677
     W(11) W(61) 0.0016781249999999967
     W(11) W(71) -5.8333333333333211e-05
     W(11) W(81) -7.2916666666666573e-06
     W(11) W(91) 0.0063156249999999957
     W(11) W(101) 0.0043593750000000013
     W(11) W(111) -0.00045833333333333327
     W(11) W(121) -0.0001177083333333331
     W(11) W(131) 0.00054895833333333272
     W(11) W(141) 0.0010010416666666661
     W(11) W(161) -7.2916666666666573e-06
     W(11) W(171) 0.0026885416666666672
     W(11) W(181) -0.00091249999999999979
     W(11) W(191) 0.0010281249999999987
     W(11) W(201) -0.00076666666666666658
     W(11) W(211) -0.0053562500000000016
     W(11) W(221) -0.0016104166666666641
     W(11) W(231) -7.2916666666666471e-06
     W(11) W(251) -0.001466666666666666
     W(11) W(261) -0.0025697916666666694
     W(11) W(271) 0.0021770833333333312
     W(11) W(281) -0.0023677083333333367
     W(11) W(291) -0.0058437500000000061
     W(11) W(301) -0.0023687500000000015
     W(11) W(311) -7.2916666666666471e-06
     W(11) W(331) -0.0023822916666666671
     W(11) W(341) -0.0046635416666666674
     W(11) W(351) 0.0028104166666666672
     W(11) W(361) -0.002293750000000005
     W(11) W(371) -0.0066229166666666624
     W(11) W(381) -0.0025250000000000008
     W(11) W(401) -1.4583333333333294e-05
     W(11) W(411) -0.0012906250000000005
     W(11) W(421) -0.0024979166666666648
     W(11) W(431) 0.0033343749999999997
     W(11) W(441) -0.00067708333333333303
     W(11) W(451) -0.0058052083333333315
     W(11) W(461) -0.001921875
     W(11) W(471) -3.6458333333333194e-05
     W(11) W(481) -5.8333333333333177e-05
     W(11) W(491) 0.001171875000000001
     W(11) W(501) 0.0030625000000000045
     W(11) W(511) 0.0021916666666666655
     W(11) W(521) -0.00095937499999999951
     W(11) W(531) -0.0035968749999999972
     W(11) W(541) -0.00012291666666666787
     W(11) W(551) -0.00023333333333333376
     W(11) W(571) 0.0037447916666666775
     W(11) W(581) 0.0097052083333333261
     W(11) W(591) 0.00088541666666666684
     W(11) W(601) -0.0037489583333333329
     W(11) W(611) -0.0016749999999999994
     W(11) W(621) 0.000436458333333334
     W(11) W(631) -0.00021562499999999956
     W(12) W(12) 0.048252083333333341
     W(12) W(22) 0.0086062499999999941
     W(12) W(32) 0.0029114583333333349
     W(12) W(42) 3.7500000000000234e-05
     W(12) W(52) 0.0025854166666666677
     W(12) W(62) 0.0016781249999999967
     W(12) W(72) -5.8333333333333211e-05
     W(12) W(82) -7.2916666666666573e-06
     W(12) W(92) 0.0063156249999999957
     W(12) W(102) 0.0043593750000000013
     W(12) W(112) -0.00045833333333333327
     W(12) W(122) -0.0001177083333333331
     W(12) W(132) 0.00054895833333333272
     W(12) W(142) 0.0010010416666666661
     W(12) W(162) -7.2916666666666573e-06
     W(12) W(172) 0.0026885416666666672
     W(12) W(182) -0.00091249999999999979
     W(12) W(192) 0.0010281249999999987
     W(12) W(202) -0.00076666666666666658
     W(12) W(212) -0.0053562500000000016
     W(12) W(222) -0.0016104166666666641
     W(12) W(232) -7.2916666666666471e-06
     W(12) W(252) -0.001466666666666666
     W(12) W(262) -0.0025697916666666694
     W(12) W(272) 0.0021770833333333312
     W(12) W(282) -0.0023677083333333367
     W(12) W(292) -0.0058437500000000061
     W(12) W(302) -0.0023687500000000015
     W(12) W(312) -7.2916666666666471e-06
     W(12) W(332) -0.0023822916666666671
     W(12) W(342) -0.0046635416666666674
     W(12) W(352) 0.0028104166666666672
     W(12) W(362) -0.002293750000000005
     W(12) W(372) -0.0066229166666666624
     W(12) W(382) -0.0025250000000000008
     W(12) W(402) -1.4583333333333294e-05
     W(12) W(412) -0.0012906250000000005
     W(12) W(422) -0.0024979166666666648
     W(12) W(432) 0.0033343749999999997
     W(12) W(442) -0.00067708333333333303
     W(12) W(452) -0.0058052083333333315
     W(12) W(462) -0.001921875
     W(12) W(472) -3.6458333333333194e-05
     W(12) W(482) -5.8333333333333177e-05
     W(12) W(492) 0.001171875000000001
     W(12) W(502) 0.0030625000000000045
     W(12) W(512) 0.0021916666666666655
     W(12) W(522) -0.00095937499999999951
     W(12) W(532) -0.0035968749999999972
     W(12) W(542) -0.00012291666666666787
     W(12) W(552) -0.00023333333333333376
     W(12) W(572) 0.0037447916666666775
     W(12) W(582) 0.0097052083333333261
     W(12) W(592) 0.00088541666666666684
     W(12) W(602) -0.0037489583333333329
     W(12) W(612) -0.0016749999999999994
     W(12) W(622) 0.000436458333333334
     W(12) W(632) -0.00021562499999999956
     W(13) W(13) 0.048252083333333341
     W(13) W(23) 0.0086062499999999941
     W(13) W(33) 0.0029114583333333349
     W(13) W(43) 3.7500000000000234e-05
     W(13) W(53) 0.0025854166666666677
     W(13) W(63) 0.0016781249999999967
     W(13) W(73) -5.8333333333333211e-05
     W(13) W(83) -7.2916666666666573e-06
     W(13) W(93) 0.0063156249999999957
     W(13) W(103) 0.0043593750000000013
     W(13) W(113) -0.00045833333333333327
     W(13) W(123) -0.0001177083333333331
     W(13) W(133) 0.00054895833333333272
     W(13) W(143) 0.0010010416666666661
     W(13) W(163) -7.2916666666666573e-06
     W(13) W(173) 0.0026885416666666672
     W(13) W(183) -0.00091249999999999979
     W(13) W(193) 0.0010281249999999987
     W(13) W(203) -0.00076666666666666658
     W(13) W(213) -0.0053562500000000016
     W(13) W(223) -0.0016104166666666641
     W(13) W(233) -7.2916666666666471e-06
     W(13) W(253) -0.001466666666666666
     W(13) W(263) -0.0025697916666666694
     W(13) W(273) 0.0021770833333333312
     W(13) W(283) -0.0023677083333333367
     W(13) W(293) -0.0058437500000000061
     W(13) W(303) -0.0023687500000000015
     W(13) W(313) -7.2916666666666471e-06
     W(13) W(333) -0.0023822916666666671
     W(13) W(343) -0.0046635416666666674
     W(13) W(353) 0.0028104166666666672
     W(13) W(363) -0.002293750000000005
     W(13) W(373) -0.0066229166666666624
     W(13) W(383) -0.0025250000000000008
     W(13) W(403) -1.4583333333333294e-05
     W(13) W(413) -0.0012906250000000005
     W(13) W(423) -0.0024979166666666648
     W(13) W(433) 0.0033343749999999997
     W(13) W(443) -0.00067708333333333303
     W(13) W(453) -0.0058052083333333315
     W(13) W(463) -0.001921875
     W(13) W(473) -3.6458333333333194e-05
     W(13) W(483) -5.8333333333333177e-05
     W(13) W(493) 0.001171875000000001
     W(13) W(503) 0.0030625000000000045
     W(13) W(513) 0.0021916666666666655
     W(13) W(523) -0.00095937499999999951
     W(13) W(533) -0.0035968749999999972
     W(13) W(543) -0.00012291666666666787
     W(13) W(553) -0.00023333333333333376
     W(13) W(573) 0.0037447916666666775
     W(13) W(583) 0.0097052083333333261
     W(13) W(593) 0.00088541666666666684
     W(13) W(603) -0.0037489583333333329
     W(13) W(613) -0.0016749999999999994
     W(13) W(623) 0.000436458333333334
     W(13) W(633) -0.00021562499999999956
     W(14) W(14) 0.048252083333333341
     W(14) W(24) 0.0086062499999999941
     W(14) W(34) 0.0029114583333333349
     W(14) W(44) 3.7500000000000234e-05
     W(14) W(54) 0.0025854166666666677
     W(14) W(64) 0.0016781249999999967
     W(14) W(74) -5.8333333333333211e-05
     W(14) W(84) -7.2916666666666573e-06
     W(14) W(94) 0.0063156249999999957
     W(14) W(104) 0.0043593750000000013
     W(14) W(114) -0.00045833333333333327
     W(14) W(124) -0.0001177083333333331
     W(14) W(134) 0.00054895833333333272
     W(14) W(144) 0.0010010416666666661
     W(14) W(164) -7.2916666666666573e-06
     W(14) W(174) 0.0026885416666666672
     W(14) W(184) -0.00091249999999999979
     W(14) W(194) 0.0010281249999999987
     W(14) W(204) -0.00076666666666666658
     W(14) W(214) -0.0053562500000000016
     W(14) W(224) -0.0016104166666666641
     W(14) W(234) -7.2916666666666471e-06
     W(14) W(254) -0.001466666666666666
     W(14) W(264) -0.0025697916666666694
     W(14) W(274) 0.0021770833333333312
     W(14) W(284) -0.0023677083333333367
     W(14) W(294) -0.0058437500000000061
     W(14) W(304) -0.0023687500000000015
     W(14) W(314) -7.2916666666666471e-06
     W(14) W(334) -0.0023822916666666671
     W(14) W(344) -0.0046635416666666674
     W(14) W(354) 0.0028104166666666672
     W(14) W(364) -0.002293750000000005
     W(14) W(374) -0.0066229166666666624
     W(14) W(384) -0.0025250000000000008
     W(14) W(404) -1.4583333333333294e-05
     W(14) W(414) -0.0012906250000000005
     W(14) W(424) -0.0024979166666666648
     W(14) W(434) 0.0033343749999999997
     W(14) W(444) -0.00067708333333333303
     W(14) W(454) -0.0058052083333333315
     W(14) W(464) -0.001921875
     W(14) W(474) -3.6458333333333194e-05
     W(14) W(484) -5.8333333333333177e-05
     W(14) W(494) 0.001171875000000001
     W(14) W(504) 0.0030625000000000045
     W(14) W(514) 0.0021916666666666655
     W(14) W(524) -0.00095937499999999951
     W(14) W(534) -0.0035968749999999972
     W(14) W(544) -0.00012291666666666787
     W(14) W(554) -0.00023333333333333376
     W(14) W(574) 0.0037447916666666775
     W(14) W(584) 0.0097052083333333261
     W(14) W(594) 0.00088541666666666684
     W(14) W(604) -0.0037489583333333329
     W(14) W(614) -0.0016749999999999994
     W(14) W(624) 0.000436458333333334
     W(14) W(634) -0.00021562499999999956
     W(15) W(15) 0.048252083333333341
     W(15) W(25) 0.0086062499999999941
     W(15) W(35) 0.0029114583333333349
     W(15) W(45) 3.7500000000000234e-05
     W(15) W(55) 0.0025854166666666677
     W(15) W(65) 0.0016781249999999967
     W(15) W(75) -5.8333333333333211e-05
     W(15) W(85) -7.2916666666666573e-06
     W(15) W(95) 0.0063156249999999957
     W(15) W(105) 0.0043593750000000013
     W(15) W(115) -0.00045833333333333327
     W(15) W(125) -0.0001177083333333331
     W(15) W(135) 0.00054895833333333272
     W(15) W(145) 0.0010010416666666661
     W(15) W(165) -7.2916666666666573e-06
     W(15) W(175) 0.0026885416666666672
     W(15) W(185) -0.00091249999999999979
     W(15) W(195) 0.0010281249999999987
     W(15) W(205) -0.00076666666666666658
     W(15) W(215) -0.0053562500000000016
     W(15) W(225) -0.0016104166666666641
     W(15) W(235) -7.2916666666666471e-06
     W(15) W(255) -0.001466666666666666
     W(15) W(265) -0.0025697916666666694
     W(15) W(275) 0.0021770833333333312
     W(15) W(285) -0.0023677083333333367
     W(15) W(295) -0.0058437500000000061
     W(15) W(305) -0.0023687500000000015
     W(15) W(315) -7.2916666666666471e-06
     W(15) W(335) -0.0023822916666666671
     W(15) W(345) -0.0046635416666666674
     W(15) W(355) 0.0028104166666666672
     W(15) W(365) -0.002293750000000005
     W(15) W(375) -0.0066229166666666624
     W(15) W(385) -0.0025250000000000008
     W(15) W(405) -1.4583333333333294e-05
     W(15) W(415) -0.0012906250000000005
     W(15) W(425) -0.0024979166666666648
     W(15) W(435) 0.0033343749999999997
     W(15) W(445) -0.00067708333333333303
     W(15) W(455) -0.0058052083333333315
     W(15) W(465) -0.001921875
     W(15) W(475) -3.6458333333333194e-05
     W(15) W(485) -5.8333333333333177e-05
     W(15) W(495) 0.001171875000000001
     W(15) W(505) 0.0030625000000000045
     W(15) W(515) 0.0021916666666666655
     W(15) W(525) -0.00095937499999999951
     W(15) W(535) -0.0035968749999999972
     W(15) W(545) -0.00012291666666666787
     W(15) W(555) -0.00023333333333333376
     W(15) W(575) 0.0037447916666666775
     W(15) W(585) 0.0097052083333333261
     W(15) W(595) 0.00088541666666666684
     W(15) W(605) -0.0037489583333333329
     W(15) W(615) -0.0016749999999999994
     W(15) W(625) 0.000436458333333334
     W(15) W(635) -0.00021562499999999956
     W(16) W(16) 0.048252083333333341
     W(16) W(26) 0.0086062499999999941
     W(16) W(36) 0.0029114583333333349
     W(16) W(46) 3.7500000000000234e-05
     W(16) W(56) 0.0025854166666666677
     W(16) W(66) 0.0016781249999999967
     W(16) W(76) -5.8333333333333211e-05
     W(16) W(86) -7.2916666666666573e-06
     W(16) W(96) 0.0063156249999999957
     W(16) W(106) 0.0043593750000000013
     W(16) W(116) -0.00045833333333333327
     W(16) W(126) -0.0001177083333333331
     W(16) W(136) 0.00054895833333333272
     W(16) W(146) 0.0010010416666666661
     W(16) W(166) -7.2916666666666573e-06
     W(16) W(176) 0.0026885416666666672
     W(16) W(186) -0.00091249999999999979
     W(16) W(196) 0.0010281249999999987
     W(16) W(206) -0.00076666666666666658
     W(16) W(216) -0.0053562500000000016
     W(16) W(226) -0.0016104166666666641
     W(16) W(236) -7.2916666666666471e-06
     W(16) W(256) -0.001466666666666666
     W(16) W(266) -0.0025697916666666694
     W(16) W(276) 0.0021770833333333312
     W(16) W(286) -0.0023677083333333367
     W(16) W(296) -0.0058437500000000061
     W(16) W(306) -0.0023687500000000015
     W(16) W(316) -7.2916666666666471e-06
     W(16) W(336) -0.0023822916666666671
     W(16) W(346) -0.0046635416666666674
     W(16) W(356) 0.0028104166666666672
     W(16) W(366) -0.002293750000000005
     W(16) W(376) -0.0066229166666666624
     W(16) W(386) -0.0025250000000000008
     W(16) W(406) -1.4583333333333294e-05
     W(16) W(416) -0.0012906250000000005
     W(16) W(426) -0.0024979166666666648
     W(16) W(436) 0.0033343749999999997
     W(16) W(446) -0.00067708333333333303
     W(16) W(456) -0.0058052083333333315
     W(16) W(466) -0.001921875
     W(16) W(476) -3.6458333333333194e-05
     W(16) W(486) -5.8333333333333177e-05
     W(16) W(496) 0.001171875000000001
     W(16) W(506) 0.0030625000000000045
     W(16) W(516) 0.0021916666666666655
     W(16) W(526) -0.00095937499999999951
     W(16) W(536) -0.0035968749999999972
     W(16) W(546) -0.00012291666666666787
     W(16) W(556) -0.00023333333333333376
     W(16) W(576) 0.0037447916666666775
     W(16) W(586) 0.0097052083333333261
     W(16) W(596) 0.00088541666666666684
     W(16) W(606) -0.0037489583333333329
     W(16) W(616) -0.0016749999999999994
     W(16) W(626) 0.000436458333333334
     W(16) W(636) -0.00021562499999999956
     W(17) W(17) 0.048252083333333341
     W(17) W(27) 0.0086062499999999941
     W(17) W(37) 0.0029114583333333349
     W(17) W(47) 3.7500000000000234e-05
     W(17) W(57) 0.0025854166666666677
     W(17) W(67) 0.0016781249999999967
     W(17) W(77) -5.8333333333333211e-05
     W(17) W(87) -7.2916666666666573e-06
     W(17) W(97) 0.0063156249999999957
     W(17) W(107) 0.0043593750000000013
     W(17) W(117) -0.00045833333333333327
     W(17) W(127) -0.0001177083333333331
     W(17) W(137) 0.00054895833333333272
     W(17) W(147) 0.0010010416666666661
     W(17) W(167) -7.2916666666666573e-06
     W(17) W(177) 0.0026885416666666672
     W(17) W(187) -0.00091249999999999979
     W(17) W(197) 0.0010281249999999987
     W(17) W(207) -0.00076666666666666658
     W(17) W(217) -0.0053562500000000016
     W(17) W(227) -0.0016104166666666641
     W(17) W(237) -7.2916666666666471e-06
     W(17) W(257) -0.001466666666666666
     W(17) W(267) -0.0025697916666666694
     W(17) W(277) 0.0021770833333333312
     W(17) W(287) -0.0023677083333333367
     W(17) W(297) -0.0058437500000000061
     W(17) W(307) -0.0023687500000000015
     W(17) W(317) -7.2916666666666471e-06
     W(17) W(337) -0.0023822916666666671
     W(17) W(347) -0.0046635416666666674
     W(17) W(357) 0.0028104166666666672
     W(17) W(367) -0.002293750000000005
     W(17) W(377) -0.0066229166666666624
     W(17) W(387) -0.0025250000000000008
     W(17) W(407) -1.4583333333333294e-05
     W(17) W(417) -0.0012906250000000005
     W(17) W(427) -0.0024979166666666648
     W(17) W(437) 0.0033343749999999997
     W(17) W(447) -0.00067708333333333303
     W(17) W(457) -0.0058052083333333315
     W(17) W(467) -0.001921875
     W(17) W(477) -3.6458333333333194e-05
     W(17) W(487) -5.8333333333333177e-05
     W(17) W(497) 0.001171875000000001
     W(17) W(507) 0.0030625000000000045
     W(17) W(517) 0.0021916666666666655
     W(17) W(527) -0.00095937499999999951
     W(17) W(537) -0.0035968749999999972
     W(17) W(547) -0.00012291666666666787
     W(17) W(557) -0.00023333333333333376
     W(17) W(577) 0.0037447916666666775
     W(17) W(587) 0.0097052083333333261
     W(17) W(597) 0.00088541666666666684
     W(17) W(607) -0.0037489583333333329
     W(17) W(617) -0.0016749999999999994
     W(17) W(627) 0.000436458333333334
     W(17) W(637) -0.00021562499999999956
     W(18) W(18) 0.048252083333333341
     W(18) W(28) 0.0086062499999999941
     W(18) W(38) 0.0029114583333333349
     W(18) W(48) 3.7500000000000234e-05
     W(18) W(58) 0.0025854166666666677
     W(18) W(68) 0.0016781249999999967
     W(18) W(78) -5.8333333333333211e-05
     W(18) W(88) -7.2916666666666573e-06
     W(18) W(98) 0.0063156249999999957
     W(18) W(108) 0.0043593750000000013
     W(18) W(118) -0.00045833333333333327
     W(18) W(128) -0.0001177083333333331
     W(18) W(138) 0.00054895833333333272
     W(18) W(148) 0.0010010416666666661
     W(18) W(168) -7.2916666666666573e-06
     W(18) W(178) 0.0026885416666666672
     W(18) W(188) -0.00091249999999999979
     W(18) W(198) 0.0010281249999999987
     W(18) W(208) -0.00076666666666666658
     W(18) W(218) -0.0053562500000000016
     W(18) W(228) -0.0016104166666666641
     W(18) W(238) -7.2916666666666471e-06
     W(18) W(258) -0.001466666666666666
     W(18) W(268) -0.0025697916666666694
     W(18) W(278) 0.0021770833333333312
     W(18) W(288) -0.0023677083333333367
     W(18) W(298) -0.0058437500000000061
     W(18) W(308) -0.0023687500000000015
     W(18) W(318) -7.2916666666666471e-06
     W(18) W(338) -0.0023822916666666671
     W(18) W(348) -0.0046635416666666674
     W(18) W(358) 0.0028104166666666672
     W(18) W(368) -0.002293750000000005
     W(18) W(378) -0.0066229166666666624
     W(18) W(388) -0.0025250000000000008
     W(18) W(408) -1.4583333333333294e-05
     W(18) W(418) -0.0012906250000000005
     W(18) W(428) -0.0024979166666666648
     W(18) W(438) 0.0033343749999999997
     W(18) W(448) -0.00067708333333333303
     W(18) W(458) -0.0058052083333333315
     W(18) W(468) -0.001921875
     W(18) W(478) -3.6458333333333194e-05
     W(18) W(488) -5.8333333333333177e-05
     W(18) W(498) 0.001171875000000001
     W(18) W(508) 0.0030625000000000045
     W(18) W(518) 0.0021916666666666655
     W(18) W(528) -0.00095937499999999951
     W(18) W(538) -0.0035968749999999972
     W(18) W(548) -0.00012291666666666787
     W(18) W(558) -0.00023333333333333376
     W(18) W(578) 0.0037447916666666775
     W(18) W(588) 0.0097052083333333261
     W(18) W(598) 0.00088541666666666684
     W(18) W(608) -0.0037489583333333329
     W(18) W(618) -0.0016749999999999994
     W(18) W(628) 0.000436458333333334
     W(18) W(638) -0.00021562499999999956
     W(19) W(19) 0.048252083333333341
     W(19) W(29) 0.0086062499999999941
     W(19) W(39) 0.0029114583333333349
     W(19) W(49) 3.7500000000000234e-05
     W(19) W(59) 0.0025854166666666677
     W(19) W(69) 0.0016781249999999967
     W(19) W(79) -5.8333333333333211e-05
     W(19) W(89) -7.2916666666666573e-06
     W(19) W(99) 0.0063156249999999957
     W(19) W(109) 0.0043593750000000013
     W(19) W(119) -0.00045833333333333327
     W(19) W(129) -0.0001177083333333331
     W(19) W(139) 0.00054895833333333272
     W(19) W(149) 0.0010010416666666661
     W(19) W(169) -7.2916666666666573e-06
     W(19) W(179) 0.0026885416666666672
     W(19) W(189) -0.00091249999999999979
     W(19) W(199) 0.0010281249999999987
     W(19) W(209) -0.00076666666666666658
     W(19) W(219) -0.0053562500000000016
     W(19) W(229) -0.0016104166666666641
     W(19) W(239) -7.2916666666666471e-06
     W(19) W(259) -0.001466666666666666
     W(19) W(269) -0.0025697916666666694
     W(19) W(279) 0.0021770833333333312
     W(19) W(289) -0.0023677083333333367
     W(19) W(299) -0.0058437500000000061
     W(19) W(309) -0.0023687500000000015
     W(19) W(319) -7.2916666666666471e-06
     W(19) W(339) -0.0023822916666666671
     W(19) W(349) -0.0046635416666666674
     W(19) W(359) 0.0028104166666666672
     W(19) W(369) -0.002293750000000005
     W(19) W(379) -0.0066229166666666624
     W(19) W(389) -0.0025250000000000008
     W(19) W(409) -1.4583333333333294e-05
     W(19) W(419) -0.0012906250000000005
     W(19) W(429) -0.0024979166666666648
     W(19) W(439) 0.0033343749999999997
     W(19) W(449) -0.00067708333333333303
     W(19) W(459) -0.0058052083333333315
     W(19) W(469) -0.001921875
     W(19) W(479) -3.6458333333333194e-05
     W(19) W(489) -5.8333333333333177e-05
     W(19) W(499) 0.001171875000000001
     W(19) W(509) 0.0030625000000000045
     W(19) W(519) 0.0021916666666666655
     W(19) W(529) -0.00095937499999999951
     W(19) W(539) -0.0035968749999999972
     W(19) W(549) -0.00012291666666666787
     W(19) W(559) -0.00023333333333333376
     W(19) W(579) 0.0037447916666666775
     W(19) W(589) 0.0097052083333333261
     W(19) W(599) 0.00088541666666666684
     W(19) W(609) -0.0037489583333333329
     W(19) W(619) -0.0016749999999999994
     W(19) W(629) 0.000436458333333334
     W(19) W(639) -0.00021562499999999956
     W(20) W(20) 0.12814930555555554
     W(20) W(30) 0.043592013888888871
     W(20) W(40) -0.0083451388888888794
     W(20) W(50) 0.0043114583333333347
     W(20) W(60) 0.0017503472222222228
     W(20) W(70) 0.00091631944444444497
     W(20) W(80) 0.00015034722222222221
     W(20) W(90) 0.037223263888888893
     W(20) W(100) 0.066088541666666653
     W(20) W(110) -0.021723958333333338
     W(20) W(120) -0.012613888888888891
     W(20) W(130) 0.015472916666666659
     W(20) W(140) -0.0032236111111111129
     W(20) W(160) 0.00015034722222222221
     W(20) W(170) 0.017790277777777787
     W(20) W(180) -0.0042468749999999963
     W(20) W(190) -0.032544444444444459
     W(20) W(200) 0.011487500000000017
     W(20) W(210) -0.0098878472222222232
     W(20) W(220) -0.014887500000000005
     W(20) W(230) -0.00013611111111111107
     W(20) W(250) -0.0149298611111111
     W(20) W(260) -0.038924305555555566
     W(20) W(270) 0.011550347222222227
     W(20) W(280) 0.025464236111111135
     W(20) W(290) -0.026809027777777779
     W(20) W(300) -0.01966805555555556
     W(20) W(310) -0.00013611111111111107
     W(20) W(330) -0.026309722222222227
     W(20) W(340) -0.048224652777777779
     W(20) W(350) -0.0010805555555555542
     W(20) W(360) -0.0062281249999999976
     W(20) W(370) -0.029591319444444448
     W(20) W(380) -0.012549999999999999
     W(20) W(400) -0.00027222222222222215
     W(20) W(410) -0.013510069444444441
     W(20) W(420) -0.041402083333333353
     W(20) W(430) -0.022133333333333328
     W(20) W(440) -0.022777777777777772
     W(20) W(450) -0.02116770833333334
     W(20) W(460) -0.00035416666666667065
     W(20) W(470) 0.00015277777777777745
     W(20) W(480) -0.0010888888888888886
     W(20) W(490) 0.0053038194444444435
     W(20) W(500) 0.025048611111111108
     W(20) W(510) -0.0023440972222222261
     W(20) W(520) -0.011849305555555557
     W(20) W(530) -0.0010218749999999972
     W(20) W(540) 0.010205555555555546
     W(20) W(550) 0.00033194444444444422
     W(20) W(570) 0.0088003472222222198
     W(20) W(580) 0.082118750000000046
     W(20) W(590) 0.040034722222222228
     W(20) W(600) -0.014051736111111109
     W(20) W(610) -0.0032979166666666669
     W(20) W(620) 0.011393749999999998
     W(20) W(630) 0.0042041666666666642
     W(21) W(21) 0.12814930555555554
     W(21) W(31) 0.043592013888888871
     W(21) W(41) -0.0083451388888888794
     W(21) W(51) 0.0043114583333333347
     W(21) W(61) 0.0017503472222222228
     W(21) W(71) 0.00091631944444444497
     W(21) W(81) 0.00015034722222222221
     W(21) W(91) 0.037223263888888893
     W(21) W(101) 0.066088541666666653
     W(21) W(111) -0.021723958333333338
     W(21) W(121) -0.012613888888888891
     W(21) W(131) 0.015472916666666659
     W(21) W(141) -0.0032236111111111129
     W(21) W(161) 0.00015034722222222221
     W(21) W(171) 0.017790277777777787
     W(21) W(181) -0.0042468749999999963
     W(21) W(191) -0.032544444444444459
     W(21) W(201) 0.011487500000000017
     W(21) W(211) -0.0098878472222222232
     W(21) W(221) -0.014887500000000005
     W(21) W(231) -0.00013611111111111107
     W(21) W(251) -0.0149298611111111
     W(21) W(261) -0.038924305555555566
     W(21) W(271) 0.011550347222222227
     W(21) W(281) 0.025464236111111135
     W(21) W(291) -0.026809027777777779
     W(21) W(301) -0.01966805555555556
     W(21) W(311) -0.00013611111111111107
     W(21) W(331) -0.026309722222222227
     W(21) W(341) -0.048224652777777779
     W(21) W(351) -0.0010805555555555542
     W(21) W(361) -0.0062281249999999976
     W(21) W(371) -0.029591319444444448
     W(21) W(381) -0.012549999999999999
     W(21) W(401) -0.00027222222222222215
     W(21) W(411) -0.013510069444444441
     W(21) W(421) -0.041402083333333353
     W(21) W(431) -0.022133333333333328
     W(21) W(441) -0.022777777777777772
     W(21) W(451) -0.02116770833333334
     W(21) W(461) -0.00035416666666667065
     W(21) W(471) 0.00015277777777777745
     W(21) W(481) -0.0010888888888888886
     W(21) W(491) 0.0053038194444444435
     W(21) W(501) 0.025048611111111108
     W(21) W(511) -0.0023440972222222261
     W(21) W(521) -0.011849305555555557
     W(21) W(531) -0.0010218749999999972
     W(21) W(541) 0.010205555555555546
     W(21) W(551) 0.00033194444444444422
     W(21) W(571) 0.0088003472222222198
     W(21) W(581) 0.082118750000000046
     W(21) W(591) 0.040034722222222228
     W(21) W(601) -0.014051736111111109
     W(21) W(611) -0.0032979166666666669
     W(21) W(621) 0.011393749999999998
     W(21) W(631) 0.0042041666666666642
     W(22) W(22) 0.12814930555555554
     W(22) W(32) 0.043592013888888871
     W(22) W(42) -0.0083451388888888794
     W(22) W(52) 0.0043114583333333347
     W(22) W(62) 0.0017503472222222228
     W(22) W(72) 0.00091631944444444497
     W(22) W(82) 0.00015034722222222221
     W(22) W(92) 0.037223263888888893
     W(22) W(102) 0.066088541666666653
     W(22) W(112) -0.021723958333333338
     W(22) W(122) -0.012613888888888891
     W(22) W(132) 0.015472916666666659
     W(22) W(142) -0.0032236111111111129
     W(22) W(162) 0.00015034722222222221
     W(22) W(172) 0.017790277777777787
     W(22) W(182) -0.0042468749999999963
     W(22) W(192) -0.032544444444444459
     W(22) W(202) 0.011487500000000017
     W(22) W(212) -0.0098878472222222232
     W(22) W(222) -0.014887500000000005
     W(22) W(232) -0.00013611111111111107
     W(22) W(252) -0.0149298611111111
     W(22) W(262) -0.038924305555555566
     W(22) W(272) 0.011550347222222227
     W(22) W(282) 0.025464236111111135
     W(22) W(292) -0.026809027777777779
     W(22) W(302) -0.01966805555555556
     W(22) W(312) -0.00013611111111111107
     W(22) W(332) -0.026309722222222227
     W(22) W(342) -0.048224652777777779
     W(22) W(352) -0.0010805555555555542
     W(22) W(362) -0.0062281249999999976
     W(22) W(372) -0.029591319444444448
     W(22) W(382) -0.012549999999999999
     W(22) W(402) -0.00027222222222222215
     W(22) W(412) -0.013510069444444441
     W(22) W(422) -0.041402083333333353
     W(22) W(432) -0.022133333333333328
     W(22) W(442) -0.022777777777777772
     W(22) W(452) -0.02116770833333334
     W(22) W(462) -0.00035416666666667065
     W(22) W(472) 0.00015277777777777745
     W(22) W(482) -0.0010888888888888886
     W(22) W(492) 0.0053038194444444435
     W(22) W(502) 0.025048611111111108
     W(22) W(512) -0.0023440972222222261
     W(22) W(522) -0.011849305555555557
     W(22) W(532) -0.0010218749999999972
     W(22) W(542) 0.010205555555555546
     W(22) W(552) 0.00033194444444444422
     W(22) W(572) 0.0088003472222222198
     W(22) W(582) 0.082118750000000046
     W(22) W(592) 0.040034722222222228
     W(22) W(602) -0.014051736111111109
     W(22) W(612) -0.0032979166666666669
     W(22) W(622) 0.011393749999999998
     W(22) W(632) 0.0042041666666666642
     W(23) W(23) 0.12814930555555554
     W(23) W(33) 0.043592013888888871
     W(23) W(43) -0.0083451388888888794
     W(23) W(53) 0.0043114583333333347
     W(23) W(63) 0.0017503472222222228
     W(23) W(73) 0.00091631944444444497
     W(23) W(83) 0.00015034722222222221
     W(23) W(93) 0.037223263888888893
     W(23) W(103) 0.066088541666666653
     W(23) W(113) -0.021723958333333338
     W(23) W(123) -0.012613888888888891
     W(23) W(133) 0.015472916666666659
     W(23) W(143) -0.0032236111111111129
     W(23) W(163) 0.00015034722222222221
     W(23) W(173) 0.017790277777777787
     W(23) W(183) -0.0042468749999999963
     W(23) W(193) -0.032544444444444459
     W(23) W(203) 0.011487500000000017
     W(23) W(213) -0.0098878472222222232
     W(23) W(223) -0.014887500000000005
     W(23) W(233) -0.00013611111111111107
     W(23) W(253) -0.0149298611111111
     W(23) W(263) -0.038924305555555566
     W(23) W(273) 0.011550347222222227
     W(23) W(283) 0.025464236111111135
     W(23) W(293) -0.026809027777777779
     W(23) W(303) -0.01966805555555556
     W(23) W(313) -0.00013611111111111107
     W(23) W(333) -0.026309722222222227
     W(23) W(343) -0.048224652777777779
     W(23) W(353) -0.0010805555555555542
     W(23) W(363) -0.0062281249999999976
     W(23) W(373) -0.029591319444444448
     W(23) W(383) -0.012549999999999999
     W(23) W(403) -0.00027222222222222215
     W(23) W(413) -0.013510069444444441
     W(23) W(423) -0.041402083333333353
     W(23) W(433) -0.022133333333333328
     W(23) W(443) -0.022777777777777772
     W(23) W(453) -0.02116770833333334
     W(23) W(463) -0.00035416666666667065
     W(23) W(473) 0.00015277777777777745
     W(23) W(483) -0.0010888888888888886
     W(23) W(493) 0.0053038194444444435
     W(23) W(503) 0.025048611111111108
     W(23) W(513) -0.0023440972222222261
     W(23) W(523) -0.011849305555555557
     W(23) W(533) -0.0010218749999999972
     W(23) W(543) 0.010205555555555546
     W(23) W(553) 0.00033194444444444422
     W(23) W(573) 0.0088003472222222198
     W(23) W(583) 0.082118750000000046
     W(23) W(593) 0.040034722222222228
     W(23) W(603) -0.014051736111111109
     W(23) W(613) -0.0032979166666666669
     W(23) W(623) 0.011393749999999998
     W(23) W(633) 0.0042041666666666642
     W(24) W(24) 0.12814930555555554
     W(24) W(34) 0.043592013888888871
     W(24) W(44) -0.0083451388888888794
     W(24) W(54) 0.0043114583333333347
     W(24) W(64) 0.0017503472222222228
     W(24) W(74) 0.00091631944444444497
     W(24) W(84) 0.00015034722222222221
     W(24) W(94) 0.037223263888888893
     W(24) W(104) 0.066088541666666653
     W(24) W(114) -0.021723958333333338
     W(24) W(124) -0.012613888888888891
     W(24) W(134) 0.015472916666666659
     W(24) W(144) -0.0032236111111111129
     W(24) W(164) 0.00015034722222222221
     W(24) W(174) 0.017790277777777787
     W(24) W(184) -0.0042468749999999963
     W(24) W(194) -0.032544444444444459
     W(24) W(204) 0.011487500000000017
     W(24) W(214) -0.0098878472222222232
     W(24) W(224) -0.014887500000000005
     W(24) W(234) -0.00013611111111111107
     W(24) W(254) -0.0149298611111111
     W(24) W(264) -0.038924305555555566
     W(24) W(274) 0.011550347222222227
     W(24) W(284) 0.025464236111111135
     W(24) W(294) -0.026809027777777779
     W(24) W(304) -0.01966805555555556
     W(24) W(314) -0.00013611111111111107
     W(24) W(334) -0.026309722222222227
     W(24) W(344) -0.048224652777777779
     W(24) W(354) -0.0010805555555555542
     W(24) W(364) -0.0062281249999999976
     W(24) W(374) -0.029591319444444448
     W(24) W(384) -0.012549999999999999
     W(24) W(404) -0.00027222222222222215
     W(24) W(414) -0.013510069444444441
     W(24) W(424) -0.041402083333333353
     W(24) W(434) -0.022133333333333328
     W(24) W(444) -0.022777777777777772
     W(24) W(454) -0.02116770833333334
     W(24) W(464) -0.00035416666666667065
     W(24) W(474) 0.00015277777777777745
     W(24) W(484) -0.0010888888888888886
     W(24) W(494) 0.0053038194444444435
     W(24) W(504) 0.025048611111111108
     W(24) W(514) -0.0023440972222222261
     W(24) W(524) -0.011849305555555557
     W(24) W(534) -0.0010218749999999972
     W(24) W(544) 0.010205555555555546
     W(24) W(554) 0.00033194444444444422
     W(24) W(574) 0.0088003472222222198
     W(24) W(584) 0.082118750000000046
     W(24) W(594) 0.040034722222222228
     W(24) W(604) -0.014051736111111109
     W(24) W(614) -0.0032979166666666669
     W(24) W(624) 0.011393749999999998
     W(24) W(634) 0.0042041666666666642
     W(25) W(25) 0.12814930555555554
     W(25) W(35) 0.043592013888888871
     W(25) W(45) -0.0083451388888888794
     W(25) W(55) 0.0043114583333333347
     W(25) W(65) 0.0017503472222222228
     W(25) W(75) 0.00091631944444444497
     W(25) W(85) 0.00015034722222222221
     W(25) W(95) 0.037223263888888893
     W(25) W(105) 0.066088541666666653
     W(25) W(115) -0.021723958333333338
     W(25) W(125) -0.012613888888888891
     W(25) W(135) 0.015472916666666659
     W(25) W(145) -0.0032236111111111129
     W(25) W(165) 0.00015034722222222221
     W(25) W(175) 0.017790277777777787
     W(25) W(185) -0.0042468749999999963
     W(25) W(195) -0.032544444444444459
     W(25) W(205) 0.011487500000000017
     W(25) W(215) -0.0098878472222222232
     W(25) W(225) -0.014887500000000005
     W(25) W(235) -0.00013611111111111107
     W(25) W(255) -0.0149298611111111
     W(25) W(265) -0.038924305555555566
     W(25) W(275) 0.011550347222222227
     W(25) W(285) 0.025464236111111135
     W(25) W(295) -0.026809027777777779
     W(25) W(305) -0.01966805555555556
     W(25) W(315) -0.00013611111111111107
     W(25) W(335) -0.026309722222222227
     W(25) W(345) -0.048224652777777779
     W(25) W(355) -0.0010805555555555542
     W(25) W(365) -0.0062281249999999976
     W(25) W(375) -0.029591319444444448
     W(25) W(385) -0.012549999999999999
     W(25) W(405) -0.00027222222222222215
     W(25) W(415) -0.013510069444444441
     W(25) W(425) -0.041402083333333353
     W(25) W(435) -0.022133333333333328
     W(25) W(445) -0.022777777777777772
     W(25) W(455) -0.02116770833333334
     W(25) W(465) -0.00035416666666667065
     W(25) W(475) 0.00015277777777777745
     W(25) W(485) -0.0010888888888888886
     W(25) W(495) 0.0053038194444444435
     W(25) W(505) 0.025048611111111108
     W(25) W(515) -0.0023440972222222261
     W(25) W(525) -0.011849305555555557
     W(25) W(535) -0.0010218749999999972
     W(25) W(545) 0.010205555555555546
     W(25) W(555) 0.00033194444444444422
     W(25) W(575) 0.0088003472222222198
     W(25) W(585) 0.082118750000000046
     W(25) W(595) 0.040034722222222228
     W(25) W(605) -0.014051736111111109
     W(25) W(615) -0.0032979166666666669
     W(25) W(625) 0.011393749999999998
     W(25) W(635) 0.0042041666666666642
     W(26) W(26) 0.12814930555555554
     W(26) W(36) 0.043592013888888871
     W(26) W(46) -0.0083451388888888794
     W(26) W(56) 0.0043114583333333347
     W(26) W(66) 0.0017503472222222228
     W(26) W(76) 0.00091631944444444497
     W(26) W(86) 0.00015034722222222221
     W(26) W(96) 0.037223263888888893
     W(26) W(106) 0.066088541666666653
     W(26) W(116) -0.021723958333333338
     W(26) W(126) -0.012613888888888891
     W(26) W(136) 0.015472916666666659
     W(26) W(146) -0.0032236111111111129
     W(26) W(166) 0.00015034722222222221
     W(26) W(176) 0.017790277777777787
     W(26) W(186) -0.0042468749999999963
     W(26) W(196) -0.032544444444444459
     W(26) W(206) 0.011487500000000017
     W(26) W(216) -0.0098878472222222232
     W(26) W(226) -0.014887500000000005
     W(26) W(236) -0.00013611111111111107
     W(26) W(256) -0.0149298611111111
     W(26) W(266) -0.038924305555555566
     W(26) W(276) 0.011550347222222227
     W(26) W(286) 0.025464236111111135
     W(26) W(296) -0.026809027777777779
     W(26) W(306) -0.01966805555555556
     W(26) W(316) -0.00013611111111111107
     W(26) W(336) -0.026309722222222227
     W(26) W(346) -0.048224652777777779
     W(26) W(356) -0.0010805555555555542
     W(26) W(366) -0.0062281249999999976
     W(26) W(376) -0.029591319444444448
     W(26) W(386) -0.012549999999999999
     W(26) W(406) -0.00027222222222222215
     W(26) W(416) -0.013510069444444441
     W(26) W(426) -0.041402083333333353
     W(26) W(436) -0.022133333333333328
     W(26) W(446) -0.022777777777777772
     W(26) W(456) -0.02116770833333334
     W(26) W(466) -0.00035416666666667065
     W(26) W(476) 0.00015277777777777745
     W(26) W(486) -0.0010888888888888886
     W(26) W(496) 0.0053038194444444435
     W(26) W(506) 0.025048611111111108
     W(26) W(516) -0.0023440972222222261
     W(26) W(526) -0.011849305555555557
     W(26) W(536) -0.0010218749999999972
     W(26) W(546) 0.010205555555555546
     W(26) W(556) 0.00033194444444444422
     W(26) W(576) 0.0088003472222222198
     W(26) W(586) 0.082118750000000046
     W(26) W(596) 0.040034722222222228
     W(26) W(606) -0.014051736111111109
     W(26) W(616) -0.0032979166666666669
     W(26) W(626) 0.011393749999999998
     W(26) W(636) 0.0042041666666666642
     W(27) W(27) 0.12814930555555554
     W(27) W(37) 0.043592013888888871
     W(27) W(47) -0.0083451388888888794
     W(27) W(57) 0.0043114583333333347
     W(27) W(67) 0.0017503472222222228
     W(27) W(77) 0.00091631944444444497
     W(27) W(87) 0.00015034722222222221
     W(27) W(97) 0.037223263888888893
     W(27) W(107) 0.066088541666666653
     W(27) W(117) -0.021723958333333338
     W(27) W(127) -0.012613888888888891
     W(27) W(137) 0.015472916666666659
     W(27) W(147) -0.0032236111111111129
     W(27) W(167) 0.00015034722222222221
     W(27) W(177) 0.017790277777777787
     W(27) W(187) -0.0042468749999999963
     W(27) W(197) -0.032544444444444459
     W(27) W(207) 0.011487500000000017
     W(27) W(217) -0.0098878472222222232
     W(27) W(227) -0.014887500000000005
     W(27) W(237) -0.00013611111111111107
     W(27) W(257) -0.0149298611111111
     W(27) W(267) -0.038924305555555566
     W(27) W(277) 0.011550347222222227
     W(27) W(287) 0.025464236111111135
     W(27) W(297) -0.026809027777777779
     W(27) W(307) -0.01966805555555556
     W(27) W(317) -0.00013611111111111107
     W(27) W(337) -0.026309722222222227
     W(27) W(347) -0.048224652777777779
     W(27) W(357) -0.0010805555555555542
     W(27) W(367) -0.0062281249999999976
     W(27) W(377) -0.029591319444444448
     W(27) W(387) -0.012549999999999999
     W(27) W(407) -0.00027222222222222215
     W(27) W(417) -0.013510069444444441
     W(27) W(427) -0.041402083333333353
     W(27) W(437) -0.022133333333333328
     W(27) W(447) -0.022777777777777772
     W(27) W(457) -0.02116770833333334
     W(27) W(467) -0.00035416666666667065
     W(27) W(477) 0.00015277777777777745
     W(27) W(487) -0.0010888888888888886
     W(27) W(497) 0.0053038194444444435
     W(27) W(507) 0.025048611111111108
     W(27) W(517) -0.0023440972222222261
     W(27) W(527) -0.011849305555555557
     W(27) W(537) -0.0010218749999999972
     W(27) W(547) 0.010205555555555546
     W(27) W(557) 0.00033194444444444422
     W(27) W(577) 0.0088003472222222198
     W(27) W(587) 0.082118750000000046
     W(27) W(597) 0.040034722222222228
     W(27) W(607) -0.014051736111111109
     W(27) W(617) -0.0032979166666666669
     W(27) W(627) 0.011393749999999998
     W(27) W(637) 0.0042041666666666642
     W(28) W(28) 0.12814930555555554
     W(28) W(38) 0.043592013888888871
     W(28) W(48) -0.0083451388888888794
     W(28) W(58) 0.0043114583333333347
     W(28) W(68) 0.0017503472222222228
     W(28) W(78) 0.00091631944444444497
     W(28) W(88) 0.00015034722222222221
     W(28) W(98) 0.037223263888888893
     W(28) W(108) 0.066088541666666653
     W(28) W(118) -0.021723958333333338
     W(28) W(128) -0.012613888888888891
     W(28) W(138) 0.015472916666666659
     W(28) W(148) -0.0032236111111111129
     W(28) W(168) 0.00015034722222222221
     W(28) W(178) 0.017790277777777787
     W(28) W(188) -0.0042468749999999963
     W(28) W(198) -0.032544444444444459
     W(28) W(208) 0.011487500000000017
     W(28) W(218) -0.0098878472222222232
     W(28) W(228) -0.014887500000000005
     W(28) W(238) -0.00013611111111111107
     W(28) W(258) -0.0149298611111111
     W(28) W(268) -0.038924305555555566
     W(28) W(278) 0.011550347222222227
     W(28) W(288) 0.025464236111111135
     W(28) W(298) -0.026809027777777779
     W(28) W(308) -0.01966805555555556
     W(28) W(318) -0.00013611111111111107
     W(28) W(338) -0.026309722222222227
     W(28) W(348) -0.048224652777777779
     W(28) W(358) -0.0010805555555555542
     W(28) W(368) -0.0062281249999999976
     W(28) W(378) -0.029591319444444448
     W(28) W(388) -0.012549999999999999
     W(28) W(408) -0.00027222222222222215
     W(28) W(418) -0.013510069444444441
     W(28) W(428) -0.041402083333333353
     W(28) W(438) -0.022133333333333328
     W(28) W(448) -0.022777777777777772
     W(28) W(458) -0.02116770833333334
     W(28) W(468) -0.00035416666666667065
     W(28) W(478) 0.00015277777777777745
     W(28) W(488) -0.0010888888888888886
     W(28) W(498) 0.0053038194444444435
     W(28) W(508) 0.025048611111111108
     W(28) W(518) -0.0023440972222222261
     W(28) W(528) -0.011849305555555557
     W(28) W(538) -0.0010218749999999972
     W(28) W(548) 0.010205555555555546
     W(28) W(558) 0.00033194444444444422
     W(28) W(578) 0.0088003472222222198
     W(28) W(588) 0.082118750000000046
     W(28) W(598) 0.040034722222222228
     W(28) W(608) -0.014051736111111109
     W(28) W(618) -0.0032979166666666669
     W(28) W(628) 0.011393749999999998
     W(28) W(638) 0.0042041666666666642
     W(29) W(29) 0.12814930555555554
     W(29) W(39) 0.043592013888888871
     W(29) W(49) -0.0083451388888888794
     W(29) W(59) 0.0043114583333333347
     W(29) W(69) 0.0017503472222222228
     W(29) W(79) 0.00091631944444444497
     W(29) W(89) 0.00015034722222222221
     W(29) W(99) 0.037223263888888893
     W(29) W(109) 0.066088541666666653
     W(29) W(119) -0.021723958333333338
     W(29) W(129) -0.012613888888888891
     W(29) W(139) 0.015472916666666659
     W(29) W(149) -0.0032236111111111129
     W(29) W(169) 0.00015034722222222221
     W(29) W(179) 0.017790277777777787
     W(29) W(189) -0.0042468749999999963
     W(29) W(199) -0.032544444444444459
     W(29) W(209) 0.011487500000000017
     W(29) W(219) -0.0098878472222222232
     W(29) W(229) -0.014887500000000005
     W(29) W(239) -0.00013611111111111107
     W(29) W(259) -0.0149298611111111
     W(29) W(269) -0.038924305555555566
     W(29) W(279) 0.011550347222222227
     W(29) W(289) 0.025464236111111135
     W(29) W(299) -0.026809027777777779
     W(29) W(309) -0.01966805555555556
     W(29) W(319) -0.00013611111111111107
     W(29) W(339) -0.026309722222222227
     W(29) W(349) -0.048224652777777779
     W(29) W(359) -0.0010805555555555542
     W(29) W(369) -0.0062281249999999976
     W(29) W(379) -0.029591319444444448
     W(29) W(389) -0.012549999999999999
     W(29) W(409) -0.00027222222222222215
     W(29) W(419) -0.013510069444444441
     W(29) W(429) -0.041402083333333353
     W(29) W(439) -0.022133333333333328
     W(29) W(449) -0.022777777777777772
     W(29) W(459) -0.02116770833333334
     W(29) W(469) -0.00035416666666667065
     W(29) W(479) 0.00015277777777777745
     W(29) W(489) -0.0010888888888888886
     W(29) W(499) 0.0053038194444444435
     W(29) W(509) 0.025048611111111108
     W(29) W(519) -0.0023440972222222261
     W(29) W(529) -0.011849305555555557
     W(29) W(539) -0.0010218749999999972
     W(29) W(549) 0.010205555555555546
     W(29) W(559) 0.00033194444444444422
     W(29) W(579) 0.0088003472222222198
     W(29) W(589) 0.082118750000000046
     W(29) W(599) 0.040034722222222228
     W(29) W(609) -0.014051736111111109
     W(29) W(619) -0.0032979166666666669
     W(29) W(629) 0.011393749999999998
     W(29) W(639) 0.0042041666666666642
     W(30) W(30) 0.11852795138888897
     W(30) W(40) 0.005936631944444444
     W(30) W(50) -0.017041666666666677
     W(30) W(60) -0.0068715277777777811
     W(30) W(70) 0.0004913194444444444
     W(30) W(80) 0.00011024305555555554
     W(30) W(90) 0.017545138888888898
     W(30) W(100) 0.055664062500000014
     W(30) W(110) 0.0030208333333333272
     W(30) W(120) -0.0094722222222222204
     W(30) W(130) 0.0098723958333333372
     W(30) W(140) -0.011441840277777773
     W(30) W(160) 0.00011024305555555554
     W(30) W(170) 0.010663194444444454
     W(30) W(180) -0.00033333333333332953
     W(30) W(190) -0.033230902777777779
     W(30) W(200) 0.004510416666666666
     W(30) W(210) 0.0016293402777777743
     W(30) W(220) -0.012286458333333332
     W(30) W(230) -0.00020225694444444455
     W(30) W(250) -0.013751736111111109
     W(30) W(260) -0.045831597222222221
     W(30) W(270) -0.0085460069444444481
     W(30) W(280) 0.016595486111111109
     W(30) W(290) -0.021462673611111104
     W(30) W(300) -0.014883680555555561
     W(30) W(310) -0.00020225694444444455
     W(30) W(330) -0.013578993055555559
     W(30) W(340) -0.029342881944444444
     W(30) W(350) -0.0013003472222222221
     W(30) W(360) -0.0033229166666666685
     W(30) W(370) -0.024441840277777759
     W(30) W(380) 0.00028124999999999976
     W(30) W(400) -0.0004045138888888891
     W(30) W(410) -0.0067673611111111068
     W(30) W(420) -0.0073281249999999978
     W(30) W(430) -0.011606770833333328
     W(30) W(440) -0.025759548611111103
     W(30) W(450) -0.018539062500000012
     W(30) W(460) 0.012565104166666665
     W(30) W(470) 0.00034288194444444383
     W(30) W(480) -0.0016180555555555564
     W(30) W(490) -0.0010894097222222197
     W(30) W(500) 0.030108506944444436
     W(30) W(510) 0.025751736111111125
     W(30) W(520) -0.014990451388888888
     W(30) W(530) -0.001351562500000001
     W(30) W(540) 0.014399305555555551
     W(30) W(550) 0.0011840277777777763
     W(30) W(570) 0.0026909722222222222
     W(30) W(580) 0.044898437499999992
     W(30) W(590) 0.060021701388888932
     W(30) W(600) -0.0026788194444444437
     W(30) W(610) -0.0050885416666666648
     W(30) W(620) 0.0073489583333333228
     W(30) W(630) 0.0028359374999999995
     W(31) W(31) 0.11852795138888897
     W(31) W(41) 0.005936631944444444
     W(31) W(51) -0.017041666666666677
     W(31) W(61) -0.0068715277777777811
     W(31) W(71) 0.0004913194444444444
     W(31) W(81) 0.00011024305555555554
     W(31) W(91) 0.017545138888888898
     W(31) W(101) 0.055664062500000014
     W(31) W(111) 0.0030208333333333272
     W(31) W(121) -0.0094722222222222204
     W(31) W(131) 0.0098723958333333372
     W(31) W(141) -0.011441840277777773
     W(31) W(161) 0.00011024305555555554
     W(31) W(171) 0.010663194444444454
     W(31) W(181) -0.00033333333333332953
     W(31) W(191) -0.033230902777777779
     W(31) W(201) 0.004510416666666666
     W(31) W(211) 0.0016293402777777743
     W(31) W(221) -0.012286458333333332
     W(31) W(231) -0.00020225694444444455
     W(31) W(251) -0.013751736111111109
     W(31) W(261) -0.045831597222222221
     W(31) W(271) -0.0085460069444444481
     W(31) W(281) 0.016595486111111109
     W(31) W(291) -0.021462673611111104
     W(31) W(301) -0.014883680555555561
     W(31) W(311) -0.00020225694444444455
     W(31) W(331) -0.013578993055555559
     W(31) W(341) -0.029342881944444444
     W(31) W(351) -0.0013003472222222221
     W(31) W(361) -0.0033229166666666685
     W(31) W(371) -0.024441840277777759
     W(31) W(381) 0.00028124999999999976
     W(31) W(401) -0.0004045138888888891
     W(31) W(411) -0.0067673611111111068
     W(31) W(421) -0.0073281249999999978
     W(31) W(431) -0.011606770833333328
     W(31) W(441) -0.025759548611111103
     W(31) W(451) -0.018539062500000012
     W(31) W(461) 0.012565104166666665
     W(31) W(471) 0.00034288194444444383
     W(31) W(481) -0.0016180555555555564
     W(31) W(491) -0.0010894097222222197
     W(31) W(501) 0.030108506944444436
     W(31) W(511) 0.025751736111111125
     W(31) W(521) -0.014990451388888888
     W(31) W(531) -0.001351562500000001
     W(31) W(541) 0.014399305555555551
     W(31) W(551) 0.0011840277777777763
     W(31) W(571) 0.0026909722222222222
     W(31) W(581) 0.044898437499999992
     W(31) W(591) 0.060021701388888932
     W(31) W(601) -0.0026788194444444437
     W(31) W(611) -0.0050885416666666648
     W(31) W(621) 0.0073489583333333228
     W(31) W(631) 0.0028359374999999995
     W(32) W(32) 0.11852795138888897
     W(32) W(42) 0.005936631944444444
     W(32) W(52) -0.017041666666666677
     W(32) W(62) -0.0068715277777777811
     W(32) W(72) 0.0004913194444444444
     W(32) W(82) 0.00011024305555555554
     W(32) W(92) 0.017545138888888898
     W(32) W(102) 0.055664062500000014
     W(32) W(112) 0.0030208333333333272
     W(32) W(122) -0.0094722222222222204
     W(32) W(132) 0.0098723958333333372
     W(32) W(142) -0.011441840277777773
     W(32) W(162) 0.00011024305555555554
     W(32) W(172) 0.010663194444444454
     W(32) W(182) -0.00033333333333332953
     W(32) W(192) -0.033230902777777779
     W(32) W(202) 0.004510416666666666
     W(32) W(212) 0.0016293402777777743
     W(32) W(222) -0.012286458333333332
     W(32) W(232) -0.00020225694444444455
     W(32) W(252) -0.013751736111111109
     W(32) W(262) -0.045831597222222221
     W(32) W(272) -0.0085460069444444481
     W(32) W(282) 0.016595486111111109
     W(32) W(292) -0.021462673611111104
     W(32) W(302) -0.014883680555555561
     W(32) W(312) -0.00020225694444444455
     W(32) W(332) -0.013578993055555559
     W(32) W(342) -0.029342881944444444
     W(32) W(352) -0.0013003472222222221
     W(32) W(362) -0.0033229166666666685
     W(32) W(372) -0.024441840277777759
     W(32) W(382) 0.00028124999999999976
     W(32) W(402) -0.0004045138888888891
     W(32) W(412) -0.0067673611111111068
     W(32) W(422) -0.0073281249999999978
     W(32) W(432) -0.011606770833333328
     W(32) W(442) -0.025759548611111103
     W(32) W(452) -0.018539062500000012
     W(32) W(462) 0.012565104166666665
     W(32) W(472) 0.00034288194444444383
     W(32) W(482) -0.0016180555555555564
     W(32) W(492) -0.0010894097222222197
     W(32) W(502) 0.030108506944444436
     W(32) W(512) 0.025751736111111125
     W(32) W(522) -0.014990451388888888
     W(32) W(532) -0.001351562500000001
     W(32) W(542) 0.014399305555555551
     W(32) W(552) 0.0011840277777777763
     W(32) W(572) 0.0026909722222222222
     W(32) W(582) 0.044898437499999992
     W(32) W(592) 0.060021701388888932
     W(32) W(602) -0.0026788194444444437
     W(32) W(612) -0.0050885416666666648
     W(32) W(622) 0.0073489583333333228
     W(32) W(632) 0.0028359374999999995
     W(33) W(33) 0.11852795138888897
     W(33) W(43) 0.005936631944444444
     W(33) W(53) -0.017041666666666677
     W(33) W(63) -0.0068715277777777811
     W(33) W(73) 0.0004913194444444444
     W(33) W(83) 0.00011024305555555554
     W(33) W(93) 0.017545138888888898
     W(33) W(103) 0.055664062500000014
     W(33) W(113) 0.0030208333333333272
     W(33) W(123) -0.0094722222222222204
     W(33) W(133) 0.0098723958333333372
     W(33) W(143) -0.011441840277777773
     W(33) W(163) 0.00011024305555555554
     W(33) W(173) 0.010663194444444454
     W(33) W(183) -0.00033333333333332953
     W(33) W(193) -0.033230902777777779
     W(33) W(203) 0.004510416666666666
     W(33) W(213) 0.0016293402777777743
     W(33) W(223) -0.012286458333333332
     W(33) W(233) -0.00020225694444444455
     W(33) W(253) -0.013751736111111109
     W(33) W(263) -0.045831597222222221
     W(33) W(273) -0.0085460069444444481
     W(33) W(283) 0.016595486111111109
     W(33) W(293) -0.021462673611111104
     W(33) W(303) -0.014883680555555561
     W(33) W(313) -0.00020225694444444455
     W(33) W(333) -0.013578993055555559
     W(33) W(343) -0.029342881944444444
     W(33) W(353) -0.0013003472222222221
     W(33) W(363) -0.0033229166666666685
     W(33) W(373) -0.024441840277777759
     W(33) W(383) 0.00028124999999999976
     W(33) W(403) -0.0004045138888888891
     W(33) W(413) -0.0067673611111111068
     W(33) W(423) -0.0073281249999999978
     W(33) W(433) -0.011606770833333328
     W(33) W(443) -0.025759548611111103
     W(33) W(453) -0.018539062500000012
     W(33) W(463) 0.012565104166666665
     W(33) W(473) 0.00034288194444444383
     W(33) W(483) -0.0016180555555555564
     W(33) W(493) -0.0010894097222222197
     W(33) W(503) 0.030108506944444436
     W(33) W(513) 0.025751736111111125
     W(33) W(523) -0.014990451388888888
     W(33) W(533) -0.001351562500000001
     W(33) W(543) 0.014399305555555551
     W(33) W(553) 0.0011840277777777763
     W(33) W(573) 0.0026909722222222222
     W(33) W(583) 0.044898437499999992
     W(33) W(593) 0.060021701388888932
     W(33) W(603) -0.0026788194444444437
     W(33) W(613) -0.0050885416666666648
     W(33) W(623) 0.0073489583333333228
     W(33) W(633) 0.0028359374999999995
     W(34) W(34) 0.11852795138888897
     W(34) W(44) 0.005936631944444444
     W(34) W(54) -0.017041666666666677
     W(34) W(64) -0.0068715277777777811
     W(34) W(74) 0.0004913194444444444
     W(34) W(84) 0.00011024305555555554
     W(34) W(94) 0.017545138888888898
     W(34) W(104) 0.055664062500000014
     W(34) W(114) 0.0030208333333333272
     W(34) W(124) -0.0094722222222222204
     W(34) W(134) 0.0098723958333333372
     W(34) W(144) -0.011441840277777773
     W(34) W(164) 0.00011024305555555554
     W(34) W(174) 0.010663194444444454
     W(34) W(184) -0.00033333333333332953
     W(34) W(194) -0.033230902777777779
     W(34) W(204) 0.004510416666666666
     W(34) W(214) 0.0016293402777777743
     W(34) W(224) -0.012286458333333332
     W(34) W(234) -0.00020225694444444455
     W(34) W(254) -0.013751736111111109
     W(34) W(264) -0.045831597222222221
     W(34) W(274) -0.0085460069444444481
     W(34) W(284) 0.016595486111111109
     W(34) W(294) -0.021462673611111104
     W(34) W(304) -0.014883680555555561
     W(34) W(314) -0.00020225694444444455
     W(34) W(334) -0.013578993055555559
     W(34) W(344) -0.029342881944444444
     W(34) W(354) -0.0013003472222222221
     W(34) W(364) -0.0033229166666666685
     W(34) W(374) -0.024441840277777759
     W(34) W(384) 0.00028124999999999976
     W(34) W(404) -0.0004045138888888891
     W(34) W(414) -0.0067673611111111068
     W(34) W(424) -0.0073281249999999978
     W(34) W(434) -0.011606770833333328
     W(34) W(444) -0.025759548611111103
     W(34) W(454) -0.018539062500000012
     W(34) W(464) 0.012565104166666665
     W(34) W(474) 0.00034288194444444383
     W(34) W(484) -0.0016180555555555564
     W(34) W(494) -0.0010894097222222197
     W(34) W(504) 0.030108506944444436
     W(34) W(514) 0.025751736111111125
     W(34) W(524) -0.014990451388888888
     W(34) W(534) -0.001351562500000001
     W(34) W(544) 0.014399305555555551
     W(34) W(554) 0.0011840277777777763
     W(34) W(574) 0.0026909722222222222
     W(34) W(584) 0.044898437499999992
     W(34) W(594) 0.060021701388888932
     W(34) W(604) -0.0026788194444444437
     W(34) W(614) -0.0050885416666666648
     W(34) W(624) 0.0073489583333333228
     W(34) W(634) 0.0028359374999999995
     W(35) W(35) 0.11852795138888897
     W(35) W(45) 0.005936631944444444
     W(35) W(55) -0.017041666666666677
     W(35) W(65) -0.0068715277777777811
     W(35) W(75) 0.0004913194444444444
     W(35) W(85) 0.00011024305555555554
     W(35) W(95) 0.017545138888888898
     W(35) W(105) 0.055664062500000014
     W(35) W(115) 0.0030208333333333272
     W(35) W(125) -0.0094722222222222204
     W(35) W(135) 0.0098723958333333372
     W(35) W(145) -0.011441840277777773
     W(35) W(165) 0.00011024305555555554
     W(35) W(175) 0.010663194444444454
     W(35) W(185) -0.00033333333333332953
     W(35) W(195) -0.033230902777777779
     W(35) W(205) 0.004510416666666666
     W(35) W(215) 0.0016293402777777743
     W(35) W(225) -0.012286458333333332
     W(35) W(235) -0.00020225694444444455
     W(35) W(255) -0.013751736111111109
     W(35) W(265) -0.045831597222222221
     W(35) W(275) -0.0085460069444444481
     W(35) W(285) 0.016595486111111109
     W(35) W(295) -0.021462673611111104
     W(35) W(305) -0.014883680555555561
     W(35) W(315) -0.00020225694444444455
     W(35) W(335) -0.013578993055555559
     W(35) W(345) -0.029342881944444444
     W(35) W(355) -0.0013003472222222221
     W(35) W(365) -0.0033229166666666685
     W(35) W(375) -0.024441840277777759
     W(35) W(385) 0.00028124999999999976
     W(35) W(405) -0.0004045138888888891
     W(35) W(415) -0.0067673611111111068
     W(35) W(425) -0.0073281249999999978
     W(35) W(435) -0.011606770833333328
     W(35) W(445) -0.025759548611111103
     W(35) W(455) -0.018539062500000012
     W(35) W(465) 0.012565104166666665
     W(35) W(475) 0.00034288194444444383
     W(35) W(485) -0.0016180555555555564
     W(35) W(495) -0.0010894097222222197
     W(35) W(505) 0.030108506944444436
     W(35) W(515) 0.025751736111111125
     W(35) W(525) -0.014990451388888888
     W(35) W(535) -0.001351562500000001
     W(35) W(545) 0.014399305555555551
     W(35) W(555) 0.0011840277777777763
     W(35) W(575) 0.0026909722222222222
     W(35) W(585) 0.044898437499999992
     W(35) W(595) 0.060021701388888932
     W(35) W(605) -0.0026788194444444437
     W(35) W(615) -0.0050885416666666648
     W(35) W(625) 0.0073489583333333228
     W(35) W(635) 0.0028359374999999995
     W(36) W(36) 0.11852795138888897
     W(36) W(46) 0.005936631944444444
     W(36) W(56) -0.017041666666666677
     W(36) W(66) -0.0068715277777777811
     W(36) W(76) 0.0004913194444444444
     W(36) W(86) 0.00011024305555555554
     W(36) W(96) 0.017545138888888898
     W(36) W(106) 0.055664062500000014
     W(36) W(116) 0.0030208333333333272
     W(36) W(126) -0.0094722222222222204
     W(36) W(136) 0.0098723958333333372
     W(36) W(146) -0.011441840277777773
     W(36) W(166) 0.00011024305555555554
     W(36) W(176) 0.010663194444444454
     W(36) W(186) -0.00033333333333332953
     W(36) W(196) -0.033230902777777779
     W(36) W(206) 0.004510416666666666
     W(36) W(216) 0.0016293402777777743
     W(36) W(226) -0.012286458333333332
     W(36) W(236) -0.00020225694444444455
     W(36) W(256) -0.013751736111111109
     W(36) W(266) -0.045831597222222221
     W(36) W(276) -0.0085460069444444481
     W(36) W(286) 0.016595486111111109
     W(36) W(296) -0.021462673611111104
     W(36) W(306) -0.014883680555555561
     W(36) W(316) -0.00020225694444444455
     W(36) W(336) -0.013578993055555559
     W(36) W(346) -0.029342881944444444
     W(36) W(356) -0.0013003472222222221
     W(36) W(366) -0.0033229166666666685
     W(36) W(376) -0.024441840277777759
     W(36) W(386) 0.00028124999999999976
     W(36) W(406) -0.0004045138888888891
     W(36) W(416) -0.0067673611111111068
     W(36) W(426) -0.0073281249999999978
     W(36) W(436) -0.011606770833333328
     W(36) W(446) -0.025759548611111103
     W(36) W(456) -0.018539062500000012
     W(36) W(466) 0.012565104166666665
     W(36) W(476) 0.00034288194444444383
     W(36) W(486) -0.0016180555555555564
     W(36) W(496) -0.0010894097222222197
     W(36) W(506) 0.030108506944444436
     W(36) W(516) 0.025751736111111125
     W(36) W(526) -0.014990451388888888
     W(36) W(536) -0.001351562500000001
     W(36) W(546) 0.014399305555555551
     W(36) W(556) 0.0011840277777777763
     W(36) W(576) 0.0026909722222222222
     W(36) W(586) 0.044898437499999992
     W(36) W(596) 0.060021701388888932
     W(36) W(606) -0.0026788194444444437
     W(36) W(616) -0.0050885416666666648
     W(36) W(626) 0.0073489583333333228
     W(36) W(636) 0.0028359374999999995
     W(37) W(37) 0.11852795138888897
     W(37) W(47) 0.005936631944444444
     W(37) W(57) -0.017041666666666677
     W(37) W(67) -0.0068715277777777811
     W(37) W(77) 0.0004913194444444444
     W(37) W(87) 0.00011024305555555554
     W(37) W(97) 0.017545138888888898
     W(37) W(107) 0.055664062500000014
     W(37) W(117) 0.0030208333333333272
     W(37) W(127) -0.0094722222222222204
     W(37) W(137) 0.0098723958333333372
     W(37) W(147) -0.011441840277777773
     W(37) W(167) 0.00011024305555555554
     W(37) W(177) 0.010663194444444454
     W(37) W(187) -0.00033333333333332953
     W(37) W(197) -0.033230902777777779
     W(37) W(207) 0.004510416666666666
     W(37) W(217) 0.0016293402777777743
     W(37) W(227) -0.012286458333333332
     W(37) W(237) -0.00020225694444444455
     W(37) W(257) -0.013751736111111109
     W(37) W(267) -0.045831597222222221
     W(37) W(277) -0.0085460069444444481
     W(37) W(287) 0.016595486111111109
     W(37) W(297) -0.021462673611111104
     W(37) W(307) -0.014883680555555561
     W(37) W(317) -0.00020225694444444455
     W(37) W(337) -0.013578993055555559
     W(37) W(347) -0.029342881944444444
     W(37) W(357) -0.0013003472222222221
     W(37) W(367) -0.0033229166666666685
     W(37) W(377) -0.024441840277777759
     W(37) W(387) 0.00028124999999999976
     W(37) W(407) -0.0004045138888888891
     W(37) W(417) -0.0067673611111111068
     W(37) W(427) -0.0073281249999999978
     W(37) W(437) -0.011606770833333328
     W(37) W(447) -0.025759548611111103
     W(37) W(457) -0.018539062500000012
     W(37) W(467) 0.012565104166666665
     W(37) W(477) 0.00034288194444444383
     W(37) W(487) -0.0016180555555555564
     W(37) W(497) -0.0010894097222222197
     W(37) W(507) 0.030108506944444436
     W(37) W(517) 0.025751736111111125
     W(37) W(527) -0.014990451388888888
     W(37) W(537) -0.001351562500000001
     W(37) W(547) 0.014399305555555551
     W(37) W(557) 0.0011840277777777763
     W(37) W(577) 0.0026909722222222222
     W(37) W(587) 0.044898437499999992
     W(37) W(597) 0.060021701388888932
     W(37) W(607) -0.0026788194444444437
     W(37) W(617) -0.0050885416666666648
     W(37) W(627) 0.0073489583333333228
     W(37) W(637) 0.0028359374999999995
     W(38) W(38) 0.11852795138888897
     W(38) W(48) 0.005936631944444444
     W(38) W(58) -0.017041666666666677
     W(38) W(68) -0.0068715277777777811
     W(38) W(78) 0.0004913194444444444
     W(38) W(88) 0.00011024305555555554
     W(38) W(98) 0.017545138888888898
     W(38) W(108) 0.055664062500000014
     W(38) W(118) 0.0030208333333333272
     W(38) W(128) -0.0094722222222222204
     W(38) W(138) 0.0098723958333333372
     W(38) W(148) -0.011441840277777773
     W(38) W(168) 0.00011024305555555554
     W(38) W(178) 0.010663194444444454
     W(38) W(188) -0.00033333333333332953
     W(38) W(198) -0.033230902777777779
     W(38) W(208) 0.004510416666666666
     W(38) W(218) 0.0016293402777777743
     W(38) W(228) -0.012286458333333332
     W(38) W(238) -0.00020225694444444455
     W(38) W(258) -0.013751736111111109
     W(38) W(268) -0.045831597222222221
     W(38) W(278) -0.0085460069444444481
     W(38) W(288) 0.016595486111111109
     W(38) W(298) -0.021462673611111104
     W(38) W(308) -0.014883680555555561
     W(38) W(318) -0.00020225694444444455
     W(38) W(338) -0.013578993055555559
     W(38) W(348) -0.029342881944444444
     W(38) W(358) -0.0013003472222222221
     W(38) W(368) -0.0033229166666666685
     W(38) W(378) -0.024441840277777759
     W(38) W(388) 0.00028124999999999976
     W(38) W(408) -0.0004045138888888891
     W(38) W(418) -0.0067673611111111068
     W(38) W(428) -0.0073281249999999978
     W(38) W(438) -0.011606770833333328
     W(38) W(448) -0.025759548611111103
     W(38) W(458) -0.018539062500000012
     W(38) W(468) 0.012565104166666665
     W(38) W(478) 0.00034288194444444383
     W(38) W(488) -0.0016180555555555564
     W(38) W(498) -0.0010894097222222197
     W(38) W(508) 0.030108506944444436
     W(38) W(518) 0.025751736111111125
     W(38) W(528) -0.014990451388888888
     W(38) W(538) -0.001351562500000001
     W(38) W(548) 0.014399305555555551
     W(38) W(558) 0.0011840277777777763
     W(38) W(578) 0.0026909722222222222
     W(38) W(588) 0.044898437499999992
     W(38) W(598) 0.060021701388888932
     W(38) W(608) -0.0026788194444444437
     W(38) W(618) -0.0050885416666666648
     W(38) W(628) 0.0073489583333333228
     W(38) W(638) 0.0028359374999999995
     W(39) W(39) 0.11852795138888897
     W(39) W(49) 0.005936631944444444
     W(39) W(59) -0.017041666666666677
     W(39) W(69) -0.0068715277777777811
     W(39) W(79) 0.0004913194444444444
     W(39) W(89) 0.00011024305555555554
     W(39) W(99) 0.017545138888888898
     W(39) W(109) 0.055664062500000014
     W(39) W(119) 0.0030208333333333272
     W(39) W(129) -0.0094722222222222204
     W(39) W(139) 0.0098723958333333372
     W(39) W(149) -0.011441840277777773
     W(39) W(169) 0.00011024305555555554
     W(39) W(179) 0.010663194444444454
     W(39) W(189) -0.00033333333333332953
     W(39) W(199) -0.033230902777777779
     W(39) W(209) 0.004510416666666666
     W(39) W(219) 0.0016293402777777743
     W(39) W(229) -0.012286458333333332
     W(39) W(239) -0.00020225694444444455
     W(39) W(259) -0.013751736111111109
     W(39) W(269) -0.045831597222222221
     W(39) W(279) -0.0085460069444444481
     W(39) W(289) 0.016595486111111109
     W(39) W(299) -0.021462673611111104
     W(39) W(309) -0.014883680555555561
     W(39) W(319) -0.00020225694444444455
     W(39) W(339) -0.013578993055555559
     W(39) W(349) -0.029342881944444444
     W(39) W(359) -0.0013003472222222221
     W(39) W(369) -0.0033229166666666685
     W(39) W(379) -0.024441840277777759
     W(39) W(389) 0.00028124999999999976
     W(39) W(409) -0.0004045138888888891
     W(39) W(419) -0.0067673611111111068
     W(39) W(429) -0.0073281249999999978
     W(39) W(439) -0.011606770833333328
     W(39) W(449) -0.025759548611111103
     W(39) W(459) -0.018539062500000012
     W(39) W(469) 0.012565104166666665
     W(39) W(479) 0.00034288194444444383
     W(39) W(489) -0.0016180555555555564
     W(39) W(499) -0.0010894097222222197
     W(39) W(509) 0.030108506944444436
     W(39) W(519) 0.025751736111111125
     W(39) W(529) -0.014990451388888888
     W(39) W(539) -0.001351562500000001
     W(39) W(549) 0.014399305555555551
     W(39) W(559) 0.0011840277777777763
     W(39) W(579) 0.0026909722222222222
     W(39) W(589) 0.044898437499999992
     W(39) W(599) 0.060021701388888932
     W(39) W(609) -0.0026788194444444437
     W(39) W(619) -0.0050885416666666648
     W(39) W(629) 0.0073489583333333228
     W(39) W(639) 0.0028359374999999995
     W(40) W(40) 0.12885711805555555
     W(40) W(50) 0.052569791666666699
     W(40) W(60) 0.0062579861111111109
     W(40) W(70) -2.881944444444448e-05
     W(40) W(80) 0.00011684027777777775
     W(40) W(90) 0.0015309027777777773
     W(40) W(100) 0.0021067708333333342
     W(40) W(110) -0.0066041666666666696
     W(40) W(120) 0.015500347222222214
     W(40) W(130) 0.038879687500000003
     W(40) W(140) 0.0070262152777777779
     W(40) W(160) 0.00011684027777777775
     W(40) W(170) 0.0011399305555555581
     W(40) W(180) -0.018704166666666664
     W(40) W(190) -0.017355555555555551
     W(40) W(200) -0.0060583333333333322
     W(40) W(210) 0.005175868055555556
     W(40) W(220) 0.0030458333333333292
     W(40) W(230) 9.0798611111111077e-05
     W(40) W(250) 0.0013475694444444444
     W(40) W(260) -0.015514236111111102
     W(40) W(270) 0.001426215277777776
     W(40) W(280) 0.0028076388888888882
     W(40) W(290) 0.0088480902777777811
     W(40) W(300) 0.0082701388888888824
     W(40) W(310) 9.0798611111111077e-05
     W(40) W(330) 0.0018998263888888888
     W(40) W(340) -0.0045654513888888854
     W(40) W(350) -0.0057329861111111106
     W(40) W(360) 0.012852083333333332
     W(40) W(370) 0.023313715277777796
     W(40) W(380) 0.0085479166666666568
     W(40) W(400) 0.00018159722222222215
     W(40) W(410) -0.0010336805555555548
     W(40) W(420) -0.016029166666666667
     W(40) W(430) -0.025840104166666659
     W(40) W(440) 0.00010850694444444589
     W(40) W(450) 0.016952604166666663
     W(40) W(460) -0.0058671874999999991
     W(40) W(470) -0.00037934027777777781
     W(40) W(480) 0.00072638888888888861
     W(40) W(490) 0.00082899305555555677
     W(40) W(500) -0.017644965277777775
     W(40) W(510) -0.013325694444444458
     W(40) W(520) 0.014395659722222221
     W(40) W(530) -0.00026614583333333563
     W(40) W(540) -0.025615972222222231
     W(40) W(550) -0.0053756944444444451
     W(40) W(570) -0.00035243055555555537
     W(40) W(580) -0.0044119791666666682
     W(40) W(590) 0.003311631944444446
     W(40) W(600) 0.004815277777777776
     W(40) W(610) -0.016326041666666669
     W(40) W(620) -0.022876041666666687
     W(40) W(630) -0.0059421874999999987
     W(41) W(41) 0.12885711805555555
     W(41) W(51) 0.052569791666666699
     W(41) W(61) 0.0062579861111111109
     W(41) W(71) -2.881944444444448e-05
     W(41) W(81) 0.00011684027777777775
     W(41) W(91) 0.0015309027777777773
     W(41) W(101) 0.0021067708333333342
     W(41) W(111) -0.0066041666666666696
     W(41) W(121) 0.015500347222222214
     W(41) W(131) 0.038879687500000003
     W(41) W(141) 0.0070262152777777779
     W(41) W(161) 0.00011684027777777775
     W(41) W(171) 0.0011399305555555581
     W(41) W(181) -0.018704166666666664
     W(41) W(191) -0.017355555555555551
     W(41) W(201) -0.0060583333333333322
     W(41) W(211) 0.005175868055555556
     W(41) W(221) 0.0030458333333333292
     W(41) W(231) 9.0798611111111077e-05
     W(41) W(251) 0.0013475694444444444
     W(41) W(261) -0.015514236111111102
     W(41) W(271) 0.001426215277777776
     W(41) W(281) 0.0028076388888888882
     W(41) W(291) 0.0088480902777777811
     W(41) W(301) 0.0082701388888888824
     W(41) W(311) 9.0798611111111077e-05
     W(41) W(331) 0.0018998263888888888
     W(41) W(341) -0.0045654513888888854
     W(41) W(351) -0.0057329861111111106
     W(41) W(361) 0.012852083333333332
     W(41) W(371) 0.023313715277777796
     W(41) W(381) 0.0085479166666666568
     W(41) W(401) 0.00018159722222222215
     W(41) W(411) -0.0010336805555555548
     W(41) W(421) -0.016029166666666667
     W(41) W(431) -0.025840104166666659
     W(41) W(441) 0.00010850694444444589
     W(41) W(451) 0.016952604166666663
     W(41) W(461) -0.0058671874999999991
     W(41) W(471) -0.00037934027777777781
     W(41) W(481) 0.00072638888888888861
     W(41) W(491) 0.00082899305555555677
     W(41) W(501) -0.017644965277777775
     W(41) W(511) -0.013325694444444458
     W(41) W(521) 0.014395659722222221
     W(41) W(531) -0.00026614583333333563
     W(41) W(541) -0.025615972222222231
     W(41) W(551) -0.0053756944444444451
     W(41) W(571) -0.00035243055555555537
     W(41) W(581) -0.0044119791666666682
     W(41) W(591) 0.003311631944444446
     W(41) W(601) 0.004815277777777776
     W(41) W(611) -0.016326041666666669
     W(41) W(621) -0.022876041666666687
     W(41) W(631) -0.0059421874999999987
     W(42) W(42) 0.12885711805555555
     W(42) W(52) 0.052569791666666699
     W(42) W(62) 0.0062579861111111109
     W(42) W(72) -2.881944444444448e-05
     W(42) W(82) 0.00011684027777777775
     W(42) W(92) 0.0015309027777777773
     W(42) W(102) 0.0021067708333333342
     W(42) W(112) -0.0066041666666666696
     W(42) W(122) 0.015500347222222214
     W(42) W(132) 0.038879687500000003
     W(42) W(142) 0.0070262152777777779
     W(42) W(162) 0.00011684027777777775
     W(42) W(172) 0.0011399305555555581
     W(42) W(182) -0.018704166666666664
     W(42) W(192) -0.017355555555555551
     W(42) W(202) -0.0060583333333333322
     W(42) W(212) 0.005175868055555556
     W(42) W(222) 0.0030458333333333292
     W(42) W(232) 9.0798611111111077e-05
     W(42) W(252) 0.0013475694444444444
     W(42) W(262) -0.015514236111111102
     W(42) W(272) 0.001426215277777776
     W(42) W(282) 0.0028076388888888882
     W(42) W(292) 0.0088480902777777811
     W(42) W(302) 0.0082701388888888824
     W(42) W(312) 9.0798611111111077e-05
     W(42) W(332) 0.0018998263888888888
     W(42) W(342) -0.0045654513888888854
     W(42) W(352) -0.0057329861111111106
     W(42) W(362) 0.012852083333333332
     W(42) W(372) 0.023313715277777796
     W(42) W(382) 0.0085479166666666568
     W(42) W(402) 0.00018159722222222215
     W(42) W(412) -0.0010336805555555548
     W(42) W(422) -0.016029166666666667
     W(42) W(432) -0.025840104166666659
     W(42) W(442) 0.00010850694444444589
     W(42) W(452) 0.016952604166666663
     W(42) W(462) -0.0058671874999999991
     W(42) W(472) -0.00037934027777777781
     W(42) W(482) 0.00072638888888888861
     W(42) W(492) 0.00082899305555555677
     W(42) W(502) -0.017644965277777775
     W(42) W(512) -0.013325694444444458
     W(42) W(522) 0.014395659722222221
     W(42) W(532) -0.00026614583333333563
     W(42) W(542) -0.025615972222222231
     W(42) W(552) -0.0053756944444444451
     W(42) W(572) -0.00035243055555555537
     W(42) W(582) -0.0044119791666666682
     W(42) W(592) 0.003311631944444446
     W(42) W(602) 0.004815277777777776
     W(42) W(612) -0.016326041666666669
     W(42) W(622) -0.022876041666666687
     W(42) W(632) -0.0059421874999999987
     W(43) W(43) 0.12885711805555555
     W(43) W(53) 0.052569791666666699
     W(43) W(63) 0.0062579861111111109
     W(43) W(73) -2.881944444444448e-05
     W(43) W(83) 0.00011684027777777775
     W(43) W(93) 0.0015309027777777773
     W(43) W(103) 0.0021067708333333342
     W(43) W(113) -0.0066041666666666696
     W(43) W(123) 0.015500347222222214
     W(43) W(133) 0.038879687500000003
     W(43) W(143) 0.0070262152777777779
     W(43) W(163) 0.00011684027777777775
     W(43) W(173) 0.0011399305555555581
     W(43) W(183) -0.018704166666666664
     W(43) W(193) -0.017355555555555551
     W(43) W(203) -0.0060583333333333322
     W(43) W(213) 0.005175868055555556
     W(43) W(223) 0.0030458333333333292
     W(43) W(233) 9.0798611111111077e-05
     W(43) W(253) 0.0013475694444444444
     W(43) W(263) -0.015514236111111102
     W(43) W(273) 0.001426215277777776
     W(43) W(283) 0.0028076388888888882
     W(43) W(293) 0.0088480902777777811
     W(43) W(303) 0.0082701388888888824
     W(43) W(313) 9.0798611111111077e-05
     W(43) W(333) 0.0018998263888888888
     W(43) W(343) -0.0045654513888888854
     W(43) W(353) -0.0057329861111111106
     W(43) W(363) 0.012852083333333332
     W(43) W(373) 0.023313715277777796
     W(43) W(383) 0.0085479166666666568
     W(43) W(403) 0.00018159722222222215
     W(43) W(413) -0.0010336805555555548
     W(43) W(423) -0.016029166666666667
     W(43) W(433) -0.025840104166666659
     W(43) W(443) 0.00010850694444444589
     W(43) W(453) 0.016952604166666663
     W(43) W(463) -0.0058671874999999991
     W(43) W(473) -0.00037934027777777781
     W(43) W(483) 0.00072638888888888861
     W(43) W(493) 0.00082899305555555677
     W(43) W(503) -0.017644965277777775
     W(43) W(513) -0.013325694444444458
     W(43) W(523) 0.014395659722222221
     W(43) W(533) -0.00026614583333333563
     W(43) W(543) -0.025615972222222231
     W(43) W(553) -0.0053756944444444451
     W(43) W(573) -0.00035243055555555537
     W(43) W(583) -0.0044119791666666682
     W(43) W(593) 0.003311631944444446
     W(43) W(603) 0.004815277777777776
     W(43) W(613) -0.016326041666666669
     W(43) W(623) -0.022876041666666687
     W(43) W(633) -0.0059421874999999987
     W(44) W(44) 0.12885711805555555
     W(44) W(54) 0.052569791666666699
     W(44) W(64) 0.0062579861111111109
     W(44) W(74) -2.881944444444448e-05
     W(44) W(84) 0.00011684027777777775
     W(44) W(94) 0.0015309027777777773
     W(44) W(104) 0.0021067708333333342
     W(44) W(114) -0.0066041666666666696
     W(44) W(124) 0.015500347222222214
     W(44) W(134) 0.038879687500000003
     W(44) W(144) 0.0070262152777777779
     W(44) W(164) 0.00011684027777777775
     W(44) W(174) 0.0011399305555555581
     W(44) W(184) -0.018704166666666664
     W(44) W(194) -0.017355555555555551
     W(44) W(204) -0.0060583333333333322
     W(44) W(214) 0.005175868055555556
     W(44) W(224) 0.0030458333333333292
     W(44) W(234) 9.0798611111111077e-05
     W(44) W(254) 0.0013475694444444444
     W(44) W(264) -0.015514236111111102
     W(44) W(274) 0.001426215277777776
     W(44) W(284) 0.0028076388888888882
     W(44) W(294) 0.0088480902777777811
     W(44) W(304) 0.0082701388888888824
     W(44) W(314) 9.0798611111111077e-05
     W(44) W(334) 0.0018998263888888888
     W(44) W(344) -0.0045654513888888854
     W(44) W(354) -0.0057329861111111106
     W(44) W(364) 0.012852083333333332
     W(44) W(374) 0.023313715277777796
     W(44) W(384) 0.0085479166666666568
     W(44) W(404) 0.00018159722222222215
     W(44) W(414) -0.0010336805555555548
     W(44) W(424) -0.016029166666666667
     W(44) W(434) -0.025840104166666659
     W(44) W(444) 0.00010850694444444589
     W(44) W(454) 0.016952604166666663
     W(44) W(464) -0.0058671874999999991
     W(44) W(474) -0.00037934027777777781
     W(44) W(484) 0.00072638888888888861
     W(44) W(494) 0.00082899305555555677
     W(44) W(504) -0.017644965277777775
     W(44) W(514) -0.013325694444444458
     W(44) W(524) 0.014395659722222221
     W(44) W(534) -0.00026614583333333563
     W(44) W(544) -0.025615972222222231
     W(44) W(554) -0.0053756944444444451
     W(44) W(574) -0.00035243055555555537
     W(44) W(584) -0.0044119791666666682
     W(44) W(594) 0.003311631944444446
     W(44) W(604) 0.004815277777777776
     W(44) W(614) -0.016326041666666669
     W(44) W(624) -0.022876041666666687
     W(44) W(634) -0.0059421874999999987
     W(45) W(45) 0.12885711805555555
     W(45) W(55) 0.052569791666666699
     W(45) W(65) 0.0062579861111111109
     W(45) W(75) -2.881944444444448e-05
     W(45) W(85) 0.00011684027777777775
     W(45) W(95) 0.0015309027777777773
     W(45) W(105) 0.0021067708333333342
     W(45) W(115) -0.0066041666666666696
     W(45) W(125) 0.015500347222222214
     W(45) W(135) 0.038879687500000003
     W(45) W(145) 0.0070262152777777779
     W(45) W(165) 0.00011684027777777775
     W(45) W(175) 0.0011399305555555581
     W(45) W(185) -0.018704166666666664
     W(45) W(195) -0.017355555555555551
     W(45) W(205) -0.0060583333333333322
     W(45) W(215) 0.005175868055555556
     W(45) W(225) 0.0030458333333333292
     W(45) W(235) 9.0798611111111077e-05
     W(45) W(255) 0.0013475694444444444
     W(45) W(265) -0.015514236111111102
     W(45) W(275) 0.001426215277777776
     W(45) W(285) 0.0028076388888888882
     W(45) W(295) 0.0088480902777777811
     W(45) W(305) 0.0082701388888888824
     W(45) W(315) 9.0798611111111077e-05
     W(45) W(335) 0.0018998263888888888
     W(45) W(345) -0.0045654513888888854
     W(45) W(355) -0.0057329861111111106
     W(45) W(365) 0.012852083333333332
     W(45) W(375) 0.023313715277777796
     W(45) W(385) 0.0085479166666666568
     W(45) W(405) 0.00018159722222222215
     W(45) W(415) -0.0010336805555555548
     W(45) W(425) -0.016029166666666667
     W(45) W(435) -0.025840104166666659
     W(45) W(445) 0.00010850694444444589
     W(45) W(455) 0.016952604166666663
     W(45) W(465) -0.0058671874999999991
     W(45) W(475) -0.00037934027777777781
     W(45) W(485) 0.00072638888888888861
     W(45) W(495) 0.00082899305555555677
     W(45) W(505) -0.017644965277777775
     W(45) W(515) -0.013325694444444458
     W(45) W(525) 0.014395659722222221
     W(45) W(535) -0.00026614583333333563
     W(45) W(545) -0.025615972222222231
     W(45) W(555) -0.0053756944444444451
     W(45) W(575) -0.00035243055555555537
     W(45) W(585) -0.0044119791666666682
     W(45) W(595) 0.003311631944444446
     W(45) W(605) 0.004815277777777776
     W(45) W(615) -0.016326041666666669
     W(45) W(625) -0.022876041666666687
     W(45) W(635) -0.0059421874999999987
     W(46) W(46) 0.12885711805555555
     W(46) W(56) 0.052569791666666699
     W(46) W(66) 0.0062579861111111109
     W(46) W(76) -2.881944444444448e-05
     W(46) W(86) 0.00011684027777777775
     W(46) W(96) 0.0015309027777777773
     W(46) W(106) 0.0021067708333333342
     W(46) W(116) -0.0066041666666666696
     W(46) W(126) 0.015500347222222214
     W(46) W(136) 0.038879687500000003
     W(46) W(146) 0.0070262152777777779
     W(46) W(166) 0.00011684027777777775
     W(46) W(176) 0.0011399305555555581
     W(46) W(186) -0.018704166666666664
     W(46) W(196) -0.017355555555555551
     W(46) W(206) -0.0060583333333333322
     W(46) W(216) 0.005175868055555556
     W(46) W(226) 0.0030458333333333292
     W(46) W(236) 9.0798611111111077e-05
     W(46) W(256) 0.0013475694444444444
     W(46) W(266) -0.015514236111111102
     W(46) W(276) 0.001426215277777776
     W(46) W(286) 0.0028076388888888882
     W(46) W(296) 0.0088480902777777811
     W(46) W(306) 0.0082701388888888824
     W(46) W(316) 9.0798611111111077e-05
     W(46) W(336) 0.0018998263888888888
     W(46) W(346) -0.0045654513888888854
     W(46) W(356) -0.0057329861111111106
     W(46) W(366) 0.012852083333333332
     W(46) W(376) 0.023313715277777796
     W(46) W(386) 0.0085479166666666568
     W(46) W(406) 0.00018159722222222215
     W(46) W(416) -0.0010336805555555548
     W(46) W(426) -0.016029166666666667
     W(46) W(436) -0.025840104166666659
     W(46) W(446) 0.00010850694444444589
     W(46) W(456) 0.016952604166666663
     W(46) W(466) -0.0058671874999999991
     W(46) W(476) -0.00037934027777777781
     W(46) W(486) 0.00072638888888888861
     W(46) W(496) 0.00082899305555555677
     W(46) W(506) -0.017644965277777775
     W(46) W(516) -0.013325694444444458
     W(46) W(526) 0.014395659722222221
     W(46) W(536) -0.00026614583333333563
     W(46) W(546) -0.025615972222222231
     W(46) W(556) -0.0053756944444444451
     W(46) W(576) -0.00035243055555555537
     W(46) W(586) -0.0044119791666666682
     W(46) W(596) 0.003311631944444446
     W(46) W(606) 0.004815277777777776
     W(46) W(616) -0.016326041666666669
     W(46) W(626) -0.022876041666666687
     W(46) W(636) -0.0059421874999999987
     W(47) W(47) 0.12885711805555555
     W(47) W(57) 0.052569791666666699
     W(47) W(67) 0.0062579861111111109
     W(47) W(77) -2.881944444444448e-05
     W(47) W(87) 0.00011684027777777775
     W(47) W(97) 0.0015309027777777773
     W(47) W(107) 0.0021067708333333342
     W(47) W(117) -0.0066041666666666696
     W(47) W(127) 0.015500347222222214
     W(47) W(137) 0.038879687500000003
     W(47) W(147) 0.0070262152777777779
     W(47) W(167) 0.00011684027777777775
     W(47) W(177) 0.0011399305555555581
     W(47) W(187) -0.018704166666666664
     W(47) W(197) -0.017355555555555551
     W(47) W(207) -0.0060583333333333322
     W(47) W(217) 0.005175868055555556
     W(47) W(227) 0.0030458333333333292
     W(47) W(237) 9.0798611111111077e-05
     W(47) W(257) 0.0013475694444444444
     W(47) W(267) -0.015514236111111102
     W(47) W(277) 0.001426215277777776
     W(47) W(287) 0.0028076388888888882
     W(47) W(297) 0.0088480902777777811
     W(47) W(307) 0.0082701388888888824
     W(47) W(317) 9.0798611111111077e-05
     W(47) W(337) 0.0018998263888888888
     W(47) W(347) -0.0045654513888888854
     W(47) W(357) -0.0057329861111111106
     W(47) W(367) 0.012852083333333332
     W(47) W(377) 0.023313715277777796
     W(47) W(387) 0.0085479166666666568
     W(47) W(407) 0.00018159722222222215
     W(47) W(417) -0.0010336805555555548
     W(47) W(427) -0.016029166666666667
     W(47) W(437) -0.025840104166666659
     W(47) W(447) 0.00010850694444444589
     W(47) W(457) 0.016952604166666663
     W(47) W(467) -0.0058671874999999991
     W(47) W(477) -0.00037934027777777781
     W(47) W(487) 0.00072638888888888861
     W(47) W(497) 0.00082899305555555677
     W(47) W(507) -0.017644965277777775
     W(47) W(517) -0.013325694444444458
     W(47) W(527) 0.014395659722222221
     W(47) W(537) -0.00026614583333333563
     W(47) W(547) -0.025615972222222231
     W(47) W(557) -0.0053756944444444451
     W(47) W(577) -0.00035243055555555537
     W(47) W(587) -0.0044119791666666682
     W(47) W(597) 0.003311631944444446
     W(47) W(607) 0.004815277777777776
     W(47) W(617) -0.016326041666666669
     W(47) W(627) -0.022876041666666687
     W(47) W(637) -0.0059421874999999987
     W(48) W(48) 0.12885711805555555
     W(48) W(58) 0.052569791666666699
     W(48) W(68) 0.0062579861111111109
     W(48) W(78) -2.881944444444448e-05
     W(48) W(88) 0.00011684027777777775
     W(48) W(98) 0.0015309027777777773
     W(48) W(108) 0.0021067708333333342
     W(48) W(118) -0.0066041666666666696
     W(48) W(128) 0.015500347222222214
     W(48) W(138) 0.038879687500000003
     W(48) W(148) 0.0070262152777777779
     W(48) W(168) 0.00011684027777777775
     W(48) W(178) 0.0011399305555555581
     W(48) W(188) -0.018704166666666664
     W(48) W(198) -0.017355555555555551
     W(48) W(208) -0.0060583333333333322
     W(48) W(218) 0.005175868055555556
     W(48) W(228) 0.0030458333333333292
     W(48) W(238) 9.0798611111111077e-05
     W(48) W(258) 0.0013475694444444444
     W(48) W(268) -0.015514236111111102
     W(48) W(278) 0.001426215277777776
     W(48) W(288) 0.0028076388888888882
     W(48) W(298) 0.0088480902777777811
     W(48) W(308) 0.0082701388888888824
     W(48) W(318) 9.0798611111111077e-05
     W(48) W(338) 0.0018998263888888888
     W(48) W(348) -0.0045654513888888854
     W(48) W(358) -0.0057329861111111106
     W(48) W(368) 0.012852083333333332
     W(48) W(378) 0.023313715277777796
     W(48) W(388) 0.0085479166666666568
     W(48) W(408) 0.00018159722222222215
     W(48) W(418) -0.0010336805555555548
     W(48) W(428) -0.016029166666666667
     W(48) W(438) -0.025840104166666659
     W(48) W(448) 0.00010850694444444589
     W(48) W(458) 0.016952604166666663
     W(48) W(468) -0.0058671874999999991
     W(48) W(478) -0.00037934027777777781
     W(48) W(488) 0.00072638888888888861
     W(48) W(498) 0.00082899305555555677
     W(48) W(508) -0.017644965277777775
     W(48) W(518) -0.013325694444444458
     W(48) W(528) 0.014395659722222221
     W(48) W(538) -0.00026614583333333563
     W(48) W(548) -0.025615972222222231
     W(48) W(558) -0.0053756944444444451
     W(48) W(578) -0.00035243055555555537
     W(48) W(588) -0.0044119791666666682
     W(48) W(598) 0.003311631944444446
     W(48) W(608) 0.004815277777777776
     W(48) W(618) -0.016326041666666669
     W(48) W(628) -0.022876041666666687
     W(48) W(638) -0.0059421874999999987
     W(49) W(49) 0.12885711805555555
     W(49) W(59) 0.052569791666666699
     W(49) W(69) 0.0062579861111111109
     W(49) W(79) -2.881944444444448e-05
     W(49) W(89) 0.00011684027777777775
     W(49) W(99) 0.0015309027777777773
     W(49) W(109) 0.0021067708333333342
     W(49) W(119) -0.0066041666666666696
     W(49) W(129) 0.015500347222222214
     W(49) W(139) 0.038879687500000003
     W(49) W(149) 0.0070262152777777779
     W(49) W(169) 0.00011684027777777775
     W(49) W(179) 0.0011399305555555581
     W(49) W(189) -0.018704166666666664
     W(49) W(199) -0.017355555555555551
     W(49) W(209) -0.0060583333333333322
     W(49) W(219) 0.005175868055555556
     W(49) W(229) 0.0030458333333333292
     W(49) W(239) 9.0798611111111077e-05
     W(49) W(259) 0.0013475694444444444
     W(49) W(269) -0.015514236111111102
     W(49) W(279) 0.001426215277777776
     W(49) W(289) 0.0028076388888888882
     W(49) W(299) 0.0088480902777777811
     W(49) W(309) 0.0082701388888888824
     W(49) W(319) 9.0798611111111077e-05
     W(49) W(339) 0.0018998263888888888
     W(49) W(349) -0.0045654513888888854
     W(49) W(359) -0.0057329861111111106
     W(49) W(369) 0.012852083333333332
     W(49) W(379) 0.023313715277777796
     W(49) W(389) 0.0085479166666666568
     W(49) W(409) 0.00018159722222222215
     W(49) W(419) -0.0010336805555555548
     W(49) W(429) -0.016029166666666667
     W(49) W(439) -0.025840104166666659
     W(49) W(449) 0.00010850694444444589
     W(49) W(459) 0.016952604166666663
     W(49) W(469) -0.0058671874999999991
     W(49) W(479) -0.00037934027777777781
     W(49) W(489) 0.00072638888888888861
     W(49) W(499) 0.00082899305555555677
     W(49) W(509) -0.017644965277777775
     W(49) W(519) -0.013325694444444458
     W(49) W(529) 0.014395659722222221
     W(49) W(539) -0.00026614583333333563
     W(49) W(549) -0.025615972222222231
     W(49) W(559) -0.0053756944444444451
     W(49) W(579) -0.00035243055555555537
     W(49) W(589) -0.0044119791666666682
     W(49) W(599) 0.003311631944444446
     W(49) W(609) 0.004815277777777776
     W(49) W(619) -0.016326041666666669
     W(49) W(629) -0.022876041666666687
     W(49) W(639) -0.0059421874999999987
     W(50) W(50) 0.16981249999999998
     W(50) W(60) 0.042075000000000001
     W(50) W(70) 0.0012166666666666658
     W(50) W(80) 9.9999999999999978e-05
     W(50) W(90) 0.0060531250000000038
     W(50) W(100) 0.012624999999999997
     W(50) W(110) -0.020187499999999987
     W(50) W(120) 0.00095208333333332855
     W(50) W(130) 0.0754364583333334
     W(50) W(140) 0.043064583333333309
     W(50) W(160) 9.9999999999999978e-05
     W(50) W(170) 0.0026375000000000036
     W(50) W(180) -0.008408333333333325
     W(50) W(190) -0.030844791666666656
     W(50) W(200) -0.0091322916666666601
     W(50) W(210) 0.029662500000000012
     W(50) W(220) 0.01178437500000001
     W(50) W(230) -0.00010833333333333341
     W(50) W(250) 0.0045302083333333323
     W(50) W(260) -0.0040093750000000043
     W(50) W(270) 0.0095104166666666705
     W(50) W(280) 0.027597916666666656
     W(50) W(290) 0.022895833333333331
     W(50) W(300) -0.0023468750000000017
     W(50) W(310) -0.00010833333333333341
     W(50) W(330) -0.010795833333333334
     W(50) W(340) -0.017650000000000006
     W(50) W(350) -0.0018166666666666713
     W(50) W(360) 0.009745833333333339
     W(50) W(370) 0.010962500000000002
     W(50) W(380) -0.004794791666666666
     W(50) W(400) -0.00021666666666666682
     W(50) W(410) -0.011492708333333334
     W(50) W(420) -0.047532291666666684
     W(50) W(430) -0.04836250000000001
     W(50) W(440) -0.00080729166666666807
     W(50) W(450) 0.019056250000000007
     W(50) W(460) -0.022671875000000001
     W(50) W(470) -0.00059375000000000053
     W(50) W(480) -0.00086666666666666728
     W(50) W(490) -0.00065104166666666435
     W(50) W(500) -0.033744791666666663
     W(50) W(510) -0.034595833333333346
     W(50) W(520) 0.0064458333333333338
     W(50) W(530) 0.0030302083333333357
     W(50) W(540) -0.041141666666666667
     W(50) W(550) -0.0048468750000000005
     W(50) W(570) 0.0025937500000000019
     W(50) W(580) 0.010884374999999998
     W(50) W(590) -0.014322916666666673
     W(50) W(600) -0.028050000000000002
     W(50) W(610) -0.022162499999999991
     W(50) W(620) -0.029746875000000006
     W(50) W(630) -0.0076604166666666643
     W(51) W(51) 0.16981249999999998
     W(51) W(61) 0.042075000000000001
     W(51) W(71) 0.0012166666666666658
     W(51) W(81) 9.9999999999999978e-05
     W(51) W(91) 0.0060531250000000038
     W(51) W(101) 0.012624999999999997
     W(51) W(111) -0.020187499999999987
     W(51) W(121) 0.00095208333333332855
     W(51) W(131) 0.0754364583333334
     W(51) W(141) 0.043064583333333309
     W(51) W(161) 9.9999999999999978e-05
     W(51) W(171) 0.0026375000000000036
     W(51) W(181) -0.008408333333333325
     W(51) W(191) -0.030844791666666656
     W(51) W(201) -0.0091322916666666601
     W(51) W(211) 0.029662500000000012
     W(51) W(221) 0.01178437500000001
     W(51) W(231) -0.00010833333333333341
     W(51) W(251) 0.0045302083333333323
     W(51) W(261) -0.0040093750000000043
     W(51) W(271) 0.0095104166666666705
     W(51) W(281) 0.027597916666666656
     W(51) W(291) 0.022895833333333331
     W(51) W(301) -0.0023468750000000017
     W(51) W(311) -0.00010833333333333341
     W(51) W(331) -0.010795833333333334
     W(51) W(341) -0.017650000000000006
     W(51) W(351) -0.0018166666666666713
     W(51) W(361) 0.009745833333333339
     W(51) W(371) 0.010962500000000002
     W(51) W(381) -0.004794791666666666
     W(51) W(401) -0.00021666666666666682
     W(51) W(411) -0.011492708333333334
     W(51) W(421) -0.047532291666666684
     W(51) W(431) -0.04836250000000001
     W(51) W(441) -0.00080729166666666807
     W(51) W(451) 0.019056250000000007
     W(51) W(461) -0.022671875000000001
     W(51) W(471) -0.00059375000000000053
     W(51) W(481) -0.00086666666666666728
     W(51) W(491) -0.00065104166666666435
     W(51) W(501) -0.033744791666666663
     W(51) W(511) -0.034595833333333346
     W(51) W(521) 0.0064458333333333338
     W(51) W(531) 0.0030302083333333357
     W(51) W(541) -0.041141666666666667
     W(51) W(551) -0.0048468750000000005
     W(51) W(571) 0.0025937500000000019
     W(51) W(581) 0.010884374999999998
     W(51) W(591) -0.014322916666666673
     W(51) W(601) -0.028050000000000002
     W(51) W(611) -0.022162499999999991
     W(51) W(621) -0.029746875000000006
     W(51) W(631) -0.0076604166666666643
     W(52) W(52) 0.16981249999999998
     W(52) W(62) 0.042075000000000001
     W(52) W(72) 0.0012166666666666658
     W(52) W(82) 9.9999999999999978e-05
     W(52) W(92) 0.0060531250000000038
     W(52) W(102) 0.012624999999999997
     W(52) W(112) -0.020187499999999987
     W(52) W(122) 0.00095208333333332855
     W(52) W(132) 0.0754364583333334
     W(52) W(142) 0.043064583333333309
     W(52) W(162) 9.9999999999999978e-05
     W(52) W(172) 0.0026375000000000036
     W(52) W(182) -0.008408333333333325
     W(52) W(192) -0.030844791666666656
     W(52) W(202) -0.0091322916666666601
     W(52) W(212) 0.029662500000000012
     W(52) W(222) 0.01178437500000001
     W(52) W(232) -0.00010833333333333341
     W(52) W(252) 0.0045302083333333323
     W(52) W(262) -0.0040093750000000043
     W(52) W(272) 0.0095104166666666705
     W(52) W(282) 0.027597916666666656
     W(52) W(292) 0.022895833333333331
     W(52) W(302) -0.0023468750000000017
     W(52) W(312) -0.00010833333333333341
     W(52) W(332) -0.010795833333333334
     W(52) W(342) -0.017650000000000006
     W(52) W(352) -0.0018166666666666713
     W(52) W(362) 0.009745833333333339
     W(52) W(372) 0.010962500000000002
     W(52) W(382) -0.004794791666666666
     W(52) W(402) -0.00021666666666666682
     W(52) W(412) -0.011492708333333334
     W(52) W(422) -0.047532291666666684
     W(52) W(432) -0.04836250000000001
     W(52) W(442) -0.00080729166666666807
     W(52) W(452) 0.019056250000000007
     W(52) W(462) -0.022671875000000001
     W(52) W(472) -0.00059375000000000053
     W(52) W(482) -0.00086666666666666728
     W(52) W(492) -0.00065104166666666435
     W(52) W(502) -0.033744791666666663
     W(52) W(512) -0.034595833333333346
     W(52) W(522) 0.0064458333333333338
     W(52) W(532) 0.0030302083333333357
     W(52) W(542) -0.041141666666666667
     W(52) W(552) -0.0048468750000000005
     W(52) W(572) 0.0025937500000000019
     W(52) W(582) 0.010884374999999998
     W(52) W(592) -0.014322916666666673
     W(52) W(602) -0.028050000000000002
     W(52) W(612) -0.022162499999999991
     W(52) W(622) -0.029746875000000006
     W(52) W(632) -0.0076604166666666643
     W(53) W(53) 0.16981249999999998
     W(53) W(63) 0.042075000000000001
     W(53) W(73) 0.0012166666666666658
     W(53) W(83) 9.9999999999999978e-05
     W(53) W(93) 0.0060531250000000038
     W(53) W(103) 0.012624999999999997
     W(53) W(113) -0.020187499999999987
     W(53) W(123) 0.00095208333333332855
     W(53) W(133) 0.0754364583333334
     W(53) W(143) 0.043064583333333309
     W(53) W(163) 9.9999999999999978e-05
     W(53) W(173) 0.0026375000000000036
     W(53) W(183) -0.008408333333333325
     W(53) W(193) -0.030844791666666656
     W(53) W(203) -0.0091322916666666601
     W(53) W(213) 0.029662500000000012
     W(53) W(223) 0.01178437500000001
     W(53) W(233) -0.00010833333333333341
     W(53) W(253) 0.0045302083333333323
     W(53) W(263) -0.0040093750000000043
     W(53) W(273) 0.0095104166666666705
     W(53) W(283) 0.027597916666666656
     W(53) W(293) 0.022895833333333331
     W(53) W(303) -0.0023468750000000017
     W(53) W(313) -0.00010833333333333341
     W(53) W(333) -0.010795833333333334
     W(53) W(343) -0.017650000000000006
     W(53) W(353) -0.0018166666666666713
     W(53) W(363) 0.009745833333333339
     W(53) W(373) 0.010962500000000002
     W(53) W(383) -0.004794791666666666
     W(53) W(403) -0.00021666666666666682
     W(53) W(413) -0.011492708333333334
     W(53) W(423) -0.047532291666666684
     W(53) W(433) -0.04836250000000001
     W(53) W(443) -0.00080729166666666807
     W(53) W(453) 0.019056250000000007
     W(53) W(463) -0.022671875000000001
     W(53) W(473) -0.00059375000000000053
     W(53) W(483) -0.00086666666666666728
     W(53) W(493) -0.00065104166666666435
     W(53) W(503) -0.033744791666666663
     W(53) W(513) -0.034595833333333346
     W(53) W(523) 0.0064458333333333338
     W(53) W(533) 0.0030302083333333357
     W(53) W(543) -0.041141666666666667
     W(53) W(553) -0.0048468750000000005
     W(53) W(573) 0.0025937500000000019
     W(53) W(583) 0.010884374999999998
     W(53) W(593) -0.014322916666666673
     W(53) W(603) -0.028050000000000002
     W(53) W(613) -0.022162499999999991
     W(53) W(623) -0.029746875000000006
     W(53) W(633) -0.0076604166666666643
     W(54) W(54) 0.16981249999999998
     W(54) W(64) 0.042075000000000001
     W(54) W(74) 0.0012166666666666658
     W(54) W(84) 9.9999999999999978e-05
     W(54) W(94) 0.0060531250000000038
     W(54) W(104) 0.012624999999999997
     W(54) W(114) -0.020187499999999987
     W(54) W(124) 0.00095208333333332855
     W(54) W(134) 0.0754364583333334
     W(54) W(144) 0.043064583333333309
     W(54) W(164) 9.9999999999999978e-05
     W(54) W(174) 0.0026375000000000036
     W(54) W(184) -0.008408333333333325
     W(54) W(194) -0.030844791666666656
     W(54) W(204) -0.0091322916666666601
     W(54) W(214) 0.029662500000000012
     W(54) W(224) 0.01178437500000001
     W(54) W(234) -0.00010833333333333341
     W(54) W(254) 0.0045302083333333323
     W(54) W(264) -0.0040093750000000043
     W(54) W(274) 0.0095104166666666705
     W(54) W(284) 0.027597916666666656
     W(54) W(294) 0.022895833333333331
     W(54) W(304) -0.0023468750000000017
     W(54) W(314) -0.00010833333333333341
     W(54) W(334) -0.010795833333333334
     W(54) W(344) -0.017650000000000006
     W(54) W(354) -0.0018166666666666713
     W(54) W(364) 0.009745833333333339
     W(54) W(374) 0.010962500000000002
     W(54) W(384) -0.004794791666666666
     W(54) W(404) -0.00021666666666666682
     W(54) W(414) -0.011492708333333334
     W(54) W(424) -0.047532291666666684
     W(54) W(434) -0.04836250000000001
     W(54) W(444) -0.00080729166666666807
     W(54) W(454) 0.019056250000000007
     W(54) W(464) -0.022671875000000001
     W(54) W(474) -0.00059375000000000053
     W(54) W(484) -0.00086666666666666728
     W(54) W(494) -0.00065104166666666435
     W(54) W(504) -0.033744791666666663
     W(54) W(514) -0.034595833333333346
     W(54) W(524) 0.0064458333333333338
     W(54) W(534) 0.0030302083333333357
     W(54) W(544) -0.041141666666666667
     W(54) W(554) -0.0048468750000000005
     W(54) W(574) 0.0025937500000000019
     W(54) W(584) 0.010884374999999998
     W(54) W(594) -0.014322916666666673
     W(54) W(604) -0.028050000000000002
     W(54) W(614) -0.022162499999999991
     W(54) W(624) -0.029746875000000006
     W(54) W(634) -0.0076604166666666643
     W(55) W(55) 0.16981249999999998
     W(55) W(65) 0.042075000000000001
     W(55) W(75) 0.0012166666666666658
     W(55) W(85) 9.9999999999999978e-05
     W(55) W(95) 0.0060531250000000038
     W(55) W(105) 0.012624999999999997
     W(55) W(115) -0.020187499999999987
     W(55) W(125) 0.00095208333333332855
     W(55) W(135) 0.0754364583333334
     W(55) W(145) 0.043064583333333309
     W(55) W(165) 9.9999999999999978e-05
     W(55) W(175) 0.0026375000000000036
     W(55) W(185) -0.008408333333333325
     W(55) W(195) -0.030844791666666656
     W(55) W(205) -0.0091322916666666601
     W(55) W(215) 0.029662500000000012
     W(55) W(225) 0.01178437500000001
     W(55) W(235) -0.00010833333333333341
     W(55) W(255) 0.0045302083333333323
     W(55) W(265) -0.0040093750000000043
     W(55) W(275) 0.0095104166666666705
     W(55) W(285) 0.027597916666666656
     W(55) W(295) 0.022895833333333331
     W(55) W(305) -0.0023468750000000017
     W(55) W(315) -0.00010833333333333341
     W(55) W(335) -0.010795833333333334
     W(55) W(345) -0.017650000000000006
     W(55) W(355) -0.0018166666666666713
     W(55) W(365) 0.009745833333333339
     W(55) W(375) 0.010962500000000002
     W(55) W(385) -0.004794791666666666
     W(55) W(405) -0.00021666666666666682
     W(55) W(415) -0.011492708333333334
     W(55) W(425) -0.047532291666666684
     W(55) W(435) -0.04836250000000001
     W(55) W(445) -0.00080729166666666807
     W(55) W(455) 0.019056250000000007
     W(55) W(465) -0.022671875000000001
     W(55) W(475) -0.00059375000000000053
     W(55) W(485) -0.00086666666666666728
     W(55) W(495) -0.00065104166666666435
     W(55) W(505) -0.033744791666666663
     W(55) W(515) -0.034595833333333346
     W(55) W(525) 0.0064458333333333338
     W(55) W(535) 0.0030302083333333357
     W(55) W(545) -0.041141666666666667
     W(55) W(555) -0.0048468750000000005
     W(55) W(575) 0.0025937500000000019
     W(55) W(585) 0.010884374999999998
     W(55) W(595) -0.014322916666666673
     W(55) W(605) -0.028050000000000002
     W(55) W(615) -0.022162499999999991
     W(55) W(625) -0.029746875000000006
     W(55) W(635) -0.0076604166666666643
     W(56) W(56) 0.16981249999999998
     W(56) W(66) 0.042075000000000001
     W(56) W(76) 0.0012166666666666658
     W(56) W(86) 9.9999999999999978e-05
     W(56) W(96) 0.0060531250000000038
     W(56) W(106) 0.012624999999999997
     W(56) W(116) -0.020187499999999987
     W(56) W(126) 0.00095208333333332855
     W(56) W(136) 0.0754364583333334
     W(56) W(146) 0.043064583333333309
     W(56) W(166) 9.9999999999999978e-05
     W(56) W(176) 0.0026375000000000036
     W(56) W(186) -0.008408333333333325
     W(56) W(196) -0.030844791666666656
     W(56) W(206) -0.0091322916666666601
     W(56) W(216) 0.029662500000000012
     W(56) W(226) 0.01178437500000001
     W(56) W(236) -0.00010833333333333341
     W(56) W(256) 0.0045302083333333323
     W(56) W(266) -0.0040093750000000043
     W(56) W(276) 0.0095104166666666705
     W(56) W(286) 0.027597916666666656
     W(56) W(296) 0.022895833333333331
     W(56) W(306) -0.0023468750000000017
     W(56) W(316) -0.00010833333333333341
     W(56) W(336) -0.010795833333333334
     W(56) W(346) -0.017650000000000006
     W(56) W(356) -0.0018166666666666713
     W(56) W(366) 0.009745833333333339
     W(56) W(376) 0.010962500000000002
     W(56) W(386) -0.004794791666666666
     W(56) W(406) -0.00021666666666666682
     W(56) W(416) -0.011492708333333334
     W(56) W(426) -0.047532291666666684
     W(56) W(436) -0.04836250000000001
     W(56) W(446) -0.00080729166666666807
     W(56) W(456) 0.019056250000000007
     W(56) W(466) -0.022671875000000001
     W(56) W(476) -0.00059375000000000053
     W(56) W(486) -0.00086666666666666728
     W(56) W(496) -0.00065104166666666435
     W(56) W(506) -0.033744791666666663
     W(56) W(516) -0.034595833333333346
     W(56) W(526) 0.0064458333333333338
     W(56) W(536) 0.0030302083333333357
     W(56) W(546) -0.041141666666666667
     W(56) W(556) -0.0048468750000000005
     W(56) W(576) 0.0025937500000000019
     W(56) W(586) 0.010884374999999998
     W(56) W(596) -0.014322916666666673
     W(56) W(606) -0.028050000000000002
     W(56) W(616) -0.022162499999999991
     W(56) W(626) -0.029746875000000006
     W(56) W(636) -0.0076604166666666643
     W(57) W(57) 0.16981249999999998
     W(57) W(67) 0.042075000000000001
     W(57) W(77) 0.0012166666666666658
     W(57) W(87) 9.9999999999999978e-05
     W(57) W(97) 0.0060531250000000038
     W(57) W(107) 0.012624999999999997
     W(57) W(117) -0.020187499999999987
     W(57) W(127) 0.00095208333333332855
     W(57) W(137) 0.0754364583333334
     W(57) W(147) 0.043064583333333309
     W(57) W(167) 9.9999999999999978e-05
     W(57) W(177) 0.0026375000000000036
     W(57) W(187) -0.008408333333333325
     W(57) W(197) -0.030844791666666656
     W(57) W(207) -0.0091322916666666601
     W(57) W(217) 0.029662500000000012
     W(57) W(227) 0.01178437500000001
     W(57) W(237) -0.00010833333333333341
     W(57) W(257) 0.0045302083333333323
     W(57) W(267) -0.0040093750000000043
     W(57) W(277) 0.0095104166666666705
     W(57) W(287) 0.027597916666666656
     W(57) W(297) 0.022895833333333331
     W(57) W(307) -0.0023468750000000017
     W(57) W(317) -0.00010833333333333341
     W(57) W(337) -0.010795833333333334
     W(57) W(347) -0.017650000000000006
     W(57) W(357) -0.0018166666666666713
     W(57) W(367) 0.009745833333333339
     W(57) W(377) 0.010962500000000002
     W(57) W(387) -0.004794791666666666
     W(57) W(407) -0.00021666666666666682
     W(57) W(417) -0.011492708333333334
     W(57) W(427) -0.047532291666666684
     W(57) W(437) -0.04836250000000001
     W(57) W(447) -0.00080729166666666807
     W(57) W(457) 0.019056250000000007
     W(57) W(467) -0.022671875000000001
     W(57) W(477) -0.00059375000000000053
     W(57) W(487) -0.00086666666666666728
     W(57) W(497) -0.00065104166666666435
     W(57) W(507) -0.033744791666666663
     W(57) W(517) -0.034595833333333346
     W(57) W(527) 0.0064458333333333338
     W(57) W(537) 0.0030302083333333357
     W(57) W(547) -0.041141666666666667
     W(57) W(557) -0.0048468750000000005
     W(57) W(577) 0.0025937500000000019
     W(57) W(587) 0.010884374999999998
     W(57) W(597) -0.014322916666666673
     W(57) W(607) -0.028050000000000002
     W(57) W(617) -0.022162499999999991
     W(57) W(627) -0.029746875000000006
     W(57) W(637) -0.0076604166666666643
     W(58) W(58) 0.16981249999999998
     W(58) W(68) 0.042075000000000001
     W(58) W(78) 0.0012166666666666658
     W(58) W(88) 9.9999999999999978e-05
     W(58) W(98) 0.0060531250000000038
     W(58) W(108) 0.012624999999999997
     W(58) W(118) -0.020187499999999987
     W(58) W(128) 0.00095208333333332855
     W(58) W(138) 0.0754364583333334
     W(58) W(148) 0.043064583333333309
     W(58) W(168) 9.9999999999999978e-05
     W(58) W(178) 0.0026375000000000036
     W(58) W(188) -0.008408333333333325
     W(58) W(198) -0.030844791666666656
     W(58) W(208) -0.0091322916666666601
     W(58) W(218) 0.029662500000000012
     W(58) W(228) 0.01178437500000001
     W(58) W(238) -0.00010833333333333341
     W(58) W(258) 0.0045302083333333323
     W(58) W(268) -0.0040093750000000043
     W(58) W(278) 0.0095104166666666705
     W(58) W(288) 0.027597916666666656
     W(58) W(298) 0.022895833333333331
     W(58) W(308) -0.0023468750000000017
     W(58) W(318) -0.00010833333333333341
     W(58) W(338) -0.010795833333333334
     W(58) W(348) -0.017650000000000006
     W(58) W(358) -0.0018166666666666713
     W(58) W(368) 0.009745833333333339
     W(58) W(378) 0.010962500000000002
     W(58) W(388) -0.004794791666666666
     W(58) W(408) -0.00021666666666666682
     W(58) W(418) -0.011492708333333334
     W(58) W(428) -0.047532291666666684
     W(58) W(438) -0.04836250000000001
     W(58) W(448) -0.00080729166666666807
     W(58) W(458) 0.019056250000000007
     W(58) W(468) -0.022671875000000001
     W(58) W(478) -0.00059375000000000053
     W(58) W(488) -0.00086666666666666728
     W(58) W(498) -0.00065104166666666435
     W(58) W(508) -0.033744791666666663
     W(58) W(518) -0.034595833333333346
     W(58) W(528) 0.0064458333333333338
     W(58) W(538) 0.0030302083333333357
     W(58) W(548) -0.041141666666666667
     W(58) W(558) -0.0048468750000000005
     W(58) W(578) 0.0025937500000000019
     W(58) W(588) 0.010884374999999998
     W(58) W(598) -0.014322916666666673
     W(58) W(608) -0.028050000000000002
     W(58) W(618) -0.022162499999999991
     W(58) W(628) -0.029746875000000006
     W(58) W(638) -0.0076604166666666643
     W(59) W(59) 0.16981249999999998
     W(59) W(69) 0.042075000000000001
     W(59) W(79) 0.0012166666666666658
     W(59) W(89) 9.9999999999999978e-05
     W(59) W(99) 0.0060531250000000038
     W(59) W(109) 0.012624999999999997
     W(59) W(119) -0.020187499999999987
     W(59) W(129) 0.00095208333333332855
     W(59) W(139) 0.0754364583333334
     W(59) W(149) 0.043064583333333309
     W(59) W(169) 9.9999999999999978e-05
     W(59) W(179) 0.0026375000000000036
     W(59) W(189) -0.008408333333333325
     W(59) W(199) -0.030844791666666656
     W(59) W(209) -0.0091322916666666601
     W(59) W(219) 0.029662500000000012
     W(59) W(229) 0.01178437500000001
     W(59) W(239) -0.00010833333333333341
     W(59) W(259) 0.0045302083333333323
     W(59) W(269) -0.0040093750000000043
     W(59) W(279) 0.0095104166666666705
     W(59) W(289) 0.027597916666666656
     W(59) W(299) 0.022895833333333331
     W(59) W(309) -0.0023468750000000017
     W(59) W(319) -0.00010833333333333341
     W(59) W(339) -0.010795833333333334
     W(59) W(349) -0.017650000000000006
     W(59) W(359) -0.0018166666666666713
     W(59) W(369) 0.009745833333333339
     W(59) W(379) 0.010962500000000002
     W(59) W(389) -0.004794791666666666
     W(59) W(409) -0.00021666666666666682
     W(59) W(419) -0.011492708333333334
     W(59) W(429) -0.047532291666666684
     W(59) W(439) -0.04836250000000001
     W(59) W(449) -0.00080729166666666807
     W(59) W(459) 0.019056250000000007
     W(59) W(469) -0.022671875000000001
     W(59) W(479) -0.00059375000000000053
     W(59) W(489) -0.00086666666666666728
     W(59) W(499) -0.00065104166666666435
     W(59) W(509) -0.033744791666666663
     W(59) W(519) -0.034595833333333346
     W(59) W(529) 0.0064458333333333338
     W(59) W(539) 0.0030302083333333357
     W(59) W(549) -0.041141666666666667
     W(59) W(559) -0.0048468750000000005
     W(59) W(579) 0.0025937500000000019
     W(59) W(589) 0.010884374999999998
     W(59) W(599) -0.014322916666666673
     W(59) W(609) -0.028050000000000002
     W(59) W(619) -0.022162499999999991
     W(59) W(629) -0.029746875000000006
     W(59) W(639) -0.0076604166666666643
     W(60) W(60) 0.084547222222222329
     W(60) W(70) 0.0030006944444444469
     W(60) W(80) -3.5069444444444442e-05
     W(60) W(90) 0.0031368055555555559
     W(60) W(100) 0.0021458333333333329
     W(60) W(110) -0.0031406250000000006
     W(60) W(120) -0.004282638888888887
     W(60) W(130) 0.011340625000000007
     W(60) W(140) 0.025650347222222314
     W(60) W(160) -3.5069444444444442e-05
     W(60) W(170) -0.0001013888888888897
     W(60) W(180) 0.0067906249999999972
     W(60) W(190) -0.0031454861111111111
     W(60) W(200) -0.011006249999999999
     W(60) W(210) 0.0034788194444444497
     W(60) W(220) 0.0068999999999999903
     W(60) W(230) -3.5069444444444476e-05
     W(60) W(250) 0.00094826388888888966
     W(60) W(260) 0.0073069444444444458
     W(60) W(270) 0.0046597222222222248
     W(60) W(280) 0.0095090277777777794
     W(60) W(290) 0.011274305555555558
     W(60) W(300) 0.00093506944444444518
     W(60) W(310) -3.5069444444444476e-05
     W(60) W(330) -0.0054222222222222068
     W(60) W(340) 7.4305555555554252e-05
     W(60) W(350) 0.006020486111111111
     W(60) W(360) 0.0030864583333333291
     W(60) W(370) 0.003161805555555557
     W(60) W(380) -0.0038739583333333326
     W(60) W(400) -7.0138888888888952e-05
     W(60) W(410) -0.0063548611111111323
     W(60) W(420) -0.016940625000000001
     W(60) W(430) -0.0043166666666666648
     W(60) W(440) 0.0051128472222222087
     W(60) W(450) -0.0036333333333333322
     W(60) W(460) -0.012755208333333328
     W(60) W(470) -0.00017534722222222206
     W(60) W(480) -0.00028055555555555581
     W(60) W(490) -0.0020138888888888919
     W(60) W(500) -0.016998263888888879
     W(60) W(510) -0.0051399305555555504
     W(60) W(520) -8.7847222222223127e-05
     W(60) W(530) -0.014810416666666656
     W(60) W(540) -0.016978819444444442
     W(60) W(550) -0.0011222222222222232
     W(60) W(570) 0.0012795138888888901
     W(60) W(580) 0.0064083333333333319
     W(60) W(590) -0.0096267361111111172
     W(60) W(600) -0.028865277777777757
     W(60) W(610) -0.017966666666666655
     W(60) W(620) -0.0081364583333333237
     W(60) W(630) -0.0017885416666666661
     W(61) W(61) 0.084547222222222329
     W(61) W(71) 0.0030006944444444469
     W(61) W(81) -3.5069444444444442e-05
     W(61) W(91) 0.0031368055555555559
     W(61) W(101) 0.0021458333333333329
     W(61) W(111) -0.0031406250000000006
     W(61) W(121) -0.004282638888888887
     W(61) W(131) 0.011340625000000007
     W(61) W(141) 0.025650347222222314
     W(61) W(161) -3.5069444444444442e-05
     W(61) W(171) -0.0001013888888888897
     W(61) W(181) 0.0067906249999999972
     W(61) W(191) -0.0031454861111111111
     W(61) W(201) -0.011006249999999999
     W(61) W(211) 0.0034788194444444497
     W(61) W(221) 0.0068999999999999903
     W(61) W(231) -3.5069444444444476e-05
     W(61) W(251) 0.00094826388888888966
     W(61) W(261) 0.0073069444444444458
     W(61) W(271) 0.0046597222222222248
     W(61) W(281) 0.0095090277777777794
     W(61) W(291) 0.011274305555555558
     W(61) W(301) 0.00093506944444444518
     W(61) W(311) -3.5069444444444476e-05
     W(61) W(331) -0.0054222222222222068
     W(61) W(341) 7.4305555555554252e-05
     W(61) W(351) 0.006020486111111111
     W(61) W(361) 0.0030864583333333291
     W(61) W(371) 0.003161805555555557
     W(61) W(381) -0.0038739583333333326
     W(61) W(401) -7.0138888888888952e-05
     W(61) W(411) -0.0063548611111111323
     W(61) W(421) -0.016940625000000001
     W(61) W(431) -0.0043166666666666648
     W(61) W(441) 0.0051128472222222087
     W(61) W(451) -0.0036333333333333322
     W(61) W(461) -0.012755208333333328
     W(61) W(471) -0.00017534722222222206
     W(61) W(481) -0.00028055555555555581
     W(61) W(491) -0.0020138888888888919
     W(61) W(501) -0.016998263888888879
     W(61) W(511) -0.0051399305555555504
     W(61) W(521) -8.7847222222223127e-05
     W(61) W(531) -0.014810416666666656
     W(61) W(541) -0.016978819444444442
     W(61) W(551) -0.0011222222222222232
     W(61) W(571) 0.0012795138888888901
     W(61) W(581) 0.0064083333333333319
     W(61) W(591) -0.0096267361111111172
     W(61) W(601) -0.028865277777777757
     W(61) W(611) -0.017966666666666655
     W(61) W(621) -0.0081364583333333237
     W(61) W(631) -0.0017885416666666661
     W(62) W(62) 0.084547222222222329
     W(62) W(72) 0.0030006944444444469
     W(62) W(82) -3.5069444444444442e-05
     W(62) W(92) 0.0031368055555555559
     W(62) W(102) 0.0021458333333333329
     W(62) W(112) -0.0031406250000000006
     W(62) W(122) -0.004282638888888887
     W(62) W(132) 0.011340625000000007
     W(62) W(142) 0.025650347222222314
     W(62) W(162) -3.5069444444444442e-05
     W(62) W(172) -0.0001013888888888897
     W(62) W(182) 0.0067906249999999972
     W(62) W(192) -0.0031454861111111111
     W(62) W(202) -0.011006249999999999
     W(62) W(212) 0.0034788194444444497
     W(62) W(222) 0.0068999999999999903
     W(62) W(232) -3.5069444444444476e-05
     W(62) W(252) 0.00094826388888888966
     W(62) W(262) 0.0073069444444444458
     W(62) W(272) 0.0046597222222222248
     W(62) W(282) 0.0095090277777777794
     W(62) W(292) 0.011274305555555558
     W(62) W(302) 0.00093506944444444518
     W(62) W(312) -3.5069444444444476e-05
     W(62) W(332) -0.0054222222222222068
     W(62) W(342) 7.4305555555554252e-05
     W(62) W(352) 0.006020486111111111
     W(62) W(362) 0.0030864583333333291
     W(62) W(372) 0.003161805555555557
     W(62) W(382) -0.0038739583333333326
     W(62) W(402) -7.0138888888888952e-05
     W(62) W(412) -0.0063548611111111323
     W(62) W(422) -0.016940625000000001
     W(62) W(432) -0.0043166666666666648
     W(62) W(442) 0.0051128472222222087
     W(62) W(452) -0.0036333333333333322
     W(62) W(462) -0.012755208333333328
     W(62) W(472) -0.00017534722222222206
     W(62) W(482) -0.00028055555555555581
     W(62) W(492) -0.0020138888888888919
     W(62) W(502) -0.016998263888888879
     W(62) W(512) -0.0051399305555555504
     W(62) W(522) -8.7847222222223127e-05
     W(62) W(532) -0.014810416666666656
     W(62) W(542) -0.016978819444444442
     W(62) W(552) -0.0011222222222222232
     W(62) W(572) 0.0012795138888888901
     W(62) W(582) 0.0064083333333333319
     W(62) W(592) -0.0096267361111111172
     W(62) W(602) -0.028865277777777757
     W(62) W(612) -0.017966666666666655
     W(62) W(622) -0.0081364583333333237
     W(62) W(632) -0.0017885416666666661
     W(63) W(63) 0.084547222222222329
     W(63) W(73) 0.0030006944444444469
     W(63) W(83) -3.5069444444444442e-05
     W(63) W(93) 0.0031368055555555559
     W(63) W(103) 0.0021458333333333329
     W(63) W(113) -0.0031406250000000006
     W(63) W(123) -0.004282638888888887
     W(63) W(133) 0.011340625000000007
     W(63) W(143) 0.025650347222222314
     W(63) W(163) -3.5069444444444442e-05
     W(63) W(173) -0.0001013888888888897
     W(63) W(183) 0.0067906249999999972
     W(63) W(193) -0.0031454861111111111
     W(63) W(203) -0.011006249999999999
     W(63) W(213) 0.0034788194444444497
     W(63) W(223) 0.0068999999999999903
     W(63) W(233) -3.5069444444444476e-05
     W(63) W(253) 0.00094826388888888966
     W(63) W(263) 0.0073069444444444458
     W(63) W(273) 0.0046597222222222248
     W(63) W(283) 0.0095090277777777794
     W(63) W(293) 0.011274305555555558
     W(63) W(303) 0.00093506944444444518
     W(63) W(313) -3.5069444444444476e-05
     W(63) W(333) -0.0054222222222222068
     W(63) W(343) 7.4305555555554252e-05
     W(63) W(353) 0.006020486111111111
     W(63) W(363) 0.0030864583333333291
     W(63) W(373) 0.003161805555555557
     W(63) W(383) -0.0038739583333333326
     W(63) W(403) -7.0138888888888952e-05
     W(63) W(413) -0.0063548611111111323
     W(63) W(423) -0.016940625000000001
     W(63) W(433) -0.0043166666666666648
     W(63) W(443) 0.0051128472222222087
     W(63) W(453) -0.0036333333333333322
     W(63) W(463) -0.012755208333333328
     W(63) W(473) -0.00017534722222222206
     W(63) W(483) -0.00028055555555555581
     W(63) W(493) -0.0020138888888888919
     W(63) W(503) -0.016998263888888879
     W(63) W(513) -0.0051399305555555504
     W(63) W(523) -8.7847222222223127e-05
     W(63) W(533) -0.014810416666666656
     W(63) W(543) -0.016978819444444442
     W(63) W(553) -0.0011222222222222232
     W(63) W(573) 0.0012795138888888901
     W(63) W(583) 0.0064083333333333319
     W(63) W(593) -0.0096267361111111172
     W(63) W(603) -0.028865277777777757
     W(63) W(613) -0.017966666666666655
     W(63) W(623) -0.0081364583333333237
     W(63) W(633) -0.0017885416666666661
     W(64) W(64) 0.084547222222222329
     W(64) W(74) 0.0030006944444444469
     W(64) W(84) -3.5069444444444442e-05
     W(64) W(94) 0.0031368055555555559
     W(64) W(104) 0.0021458333333333329
     W(64) W(114) -0.0031406250000000006
     W(64) W(124) -0.004282638888888887
     W(64) W(134) 0.011340625000000007
     W(64) W(144) 0.025650347222222314
     W(64) W(164) -3.5069444444444442e-05
     W(64) W(174) -0.0001013888888888897
     W(64) W(184) 0.0067906249999999972
     W(64) W(194) -0.0031454861111111111
     W(64) W(204) -0.011006249999999999
     W(64) W(214) 0.0034788194444444497
     W(64) W(224) 0.0068999999999999903
     W(64) W(234) -3.5069444444444476e-05
     W(64) W(254) 0.00094826388888888966
     W(64) W(264) 0.0073069444444444458
     W(64) W(274) 0.0046597222222222248
     W(64) W(284) 0.0095090277777777794
     W(64) W(294) 0.011274305555555558
     W(64) W(304) 0.00093506944444444518
     W(64) W(314) -3.5069444444444476e-05
     W(64) W(334) -0.0054222222222222068
     W(64) W(344) 7.4305555555554252e-05
     W(64) W(354) 0.006020486111111111
     W(64) W(364) 0.0030864583333333291
     W(64) W(374) 0.003161805555555557
     W(64) W(384) -0.0038739583333333326
     W(64) W(404) -7.0138888888888952e-05
     W(64) W(414) -0.0063548611111111323
     W(64) W(424) -0.016940625000000001
     W(64) W(434) -0.0043166666666666648
     W(64) W(444) 0.0051128472222222087
     W(64) W(454) -0.0036333333333333322
     W(64) W(464) -0.012755208333333328
     W(64) W(474) -0.00017534722222222206
     W(64) W(484) -0.00028055555555555581
     W(64) W(494) -0.0020138888888888919
     W(64) W(504) -0.016998263888888879
     W(64) W(514) -0.0051399305555555504
     W(64) W(524) -8.7847222222223127e-05
     W(64) W(534) -0.014810416666666656
     W(64) W(544) -0.016978819444444442
     W(64) W(554) -0.0011222222222222232
     W(64) W(574) 0.0012795138888888901
     W(64) W(584) 0.0064083333333333319
     W(64) W(594) -0.0096267361111111172
     W(64) W(604) -0.028865277777777757
     W(64) W(614) -0.017966666666666655
     W(64) W(624) -0.0081364583333333237
     W(64) W(634) -0.0017885416666666661
     W(65) W(65) 0.084547222222222329
     W(65) W(75) 0.0030006944444444469
     W(65) W(85) -3.5069444444444442e-05
     W(65) W(95) 0.0031368055555555559
     W(65) W(105) 0.0021458333333333329
     W(65) W(115) -0.0031406250000000006
     W(65) W(125) -0.004282638888888887
     W(65) W(135) 0.011340625000000007
     W(65) W(145) 0.025650347222222314
     W(65) W(165) -3.5069444444444442e-05
     W(65) W(175) -0.0001013888888888897
     W(65) W(185) 0.0067906249999999972
     W(65) W(195) -0.0031454861111111111
     W(65) W(205) -0.011006249999999999
     W(65) W(215) 0.0034788194444444497
     W(65) W(225) 0.0068999999999999903
     W(65) W(235) -3.5069444444444476e-05
     W(65) W(255) 0.00094826388888888966
     W(65) W(265) 0.0073069444444444458
     W(65) W(275) 0.0046597222222222248
     W(65) W(285) 0.0095090277777777794
     W(65) W(295) 0.011274305555555558
     W(65) W(305) 0.00093506944444444518
     W(65) W(315) -3.5069444444444476e-05
     W(65) W(335) -0.0054222222222222068
     W(65) W(345) 7.4305555555554252e-05
     W(65) W(355) 0.006020486111111111
     W(65) W(365) 0.0030864583333333291
     W(65) W(375) 0.003161805555555557
     W(65) W(385) -0.0038739583333333326
     W(65) W(405) -7.0138888888888952e-05
     W(65) W(415) -0.0063548611111111323
     W(65) W(425) -0.016940625000000001
     W(65) W(435) -0.0043166666666666648
     W(65) W(445) 0.0051128472222222087
     W(65) W(455) -0.0036333333333333322
     W(65) W(465) -0.012755208333333328
     W(65) W(475) -0.00017534722222222206
     W(65) W(485) -0.00028055555555555581
     W(65) W(495) -0.0020138888888888919
     W(65) W(505) -0.016998263888888879
     W(65) W(515) -0.0051399305555555504
     W(65) W(525) -8.7847222222223127e-05
     W(65) W(535) -0.014810416666666656
     W(65) W(545) -0.016978819444444442
     W(65) W(555) -0.0011222222222222232
     W(65) W(575) 0.0012795138888888901
     W(65) W(585) 0.0064083333333333319
     W(65) W(595) -0.0096267361111111172
     W(65) W(605) -0.028865277777777757
     W(65) W(615) -0.017966666666666655
     W(65) W(625) -0.0081364583333333237
     W(65) W(635) -0.0017885416666666661
     W(66) W(66) 0.084547222222222329
     W(66) W(76) 0.0030006944444444469
     W(66) W(86) -3.5069444444444442e-05
     W(66) W(96) 0.0031368055555555559
     W(66) W(106) 0.0021458333333333329
     W(66) W(116) -0.0031406250000000006
     W(66) W(126) -0.004282638888888887
     W(66) W(136) 0.011340625000000007
     W(66) W(146) 0.025650347222222314
     W(66) W(166) -3.5069444444444442e-05
     W(66) W(176) -0.0001013888888888897
     W(66) W(186) 0.0067906249999999972
     W(66) W(196) -0.0031454861111111111
     W(66) W(206) -0.011006249999999999
     W(66) W(216) 0.0034788194444444497
     W(66) W(226) 0.0068999999999999903
     W(66) W(236) -3.5069444444444476e-05
     W(66) W(256) 0.00094826388888888966
     W(66) W(266) 0.0073069444444444458
     W(66) W(276) 0.0046597222222222248
     W(66) W(286) 0.0095090277777777794
     W(66) W(296) 0.011274305555555558
     W(66) W(306) 0.00093506944444444518
     W(66) W(316) -3.5069444444444476e-05
     W(66) W(336) -0.0054222222222222068
     W(66) W(346) 7.4305555555554252e-05
     W(66) W(356) 0.006020486111111111
     W(66) W(366) 0.0030864583333333291
     W(66) W(376) 0.003161805555555557
     W(66) W(386) -0.0038739583333333326
     W(66) W(406) -7.0138888888888952e-05
     W(66) W(416) -0.0063548611111111323
     W(66) W(426) -0.016940625000000001
     W(66) W(436) -0.0043166666666666648
     W(66) W(446) 0.0051128472222222087
     W(66) W(456) -0.0036333333333333322
     W(66) W(466) -0.012755208333333328
     W(66) W(476) -0.00017534722222222206
     W(66) W(486) -0.00028055555555555581
     W(66) W(496) -0.0020138888888888919
     W(66) W(506) -0.016998263888888879
     W(66) W(516) -0.0051399305555555504
     W(66) W(526) -8.7847222222223127e-05
     W(66) W(536) -0.014810416666666656
     W(66) W(546) -0.016978819444444442
     W(66) W(556) -0.0011222222222222232
     W(66) W(576) 0.0012795138888888901
     W(66) W(586) 0.0064083333333333319
     W(66) W(596) -0.0096267361111111172
     W(66) W(606) -0.028865277777777757
     W(66) W(616) -0.017966666666666655
     W(66) W(626) -0.0081364583333333237
     W(66) W(636) -0.0017885416666666661
     W(67) W(67) 0.084547222222222329
     W(67) W(77) 0.0030006944444444469
     W(67) W(87) -3.5069444444444442e-05
     W(67) W(97) 0.0031368055555555559
     W(67) W(107) 0.0021458333333333329
     W(67) W(117) -0.0031406250000000006
     W(67) W(127) -0.004282638888888887
     W(67) W(137) 0.011340625000000007
     W(67) W(147) 0.025650347222222314
     W(67) W(167) -3.5069444444444442e-05
     W(67) W(177) -0.0001013888888888897
     W(67) W(187) 0.0067906249999999972
     W(67) W(197) -0.0031454861111111111
     W(67) W(207) -0.011006249999999999
     W(67) W(217) 0.0034788194444444497
     W(67) W(227) 0.0068999999999999903
     W(67) W(237) -3.5069444444444476e-05
     W(67) W(257) 0.00094826388888888966
     W(67) W(267) 0.0073069444444444458
     W(67) W(277) 0.0046597222222222248
     W(67) W(287) 0.0095090277777777794
     W(67) W(297) 0.011274305555555558
     W(67) W(307) 0.00093506944444444518
     W(67) W(317) -3.5069444444444476e-05
     W(67) W(337) -0.0054222222222222068
     W(67) W(347) 7.4305555555554252e-05
     W(67) W(357) 0.006020486111111111
     W(67) W(367) 0.0030864583333333291
     W(67) W(377) 0.003161805555555557
     W(67) W(387) -0.0038739583333333326
     W(67) W(407) -7.0138888888888952e-05
     W(67) W(417) -0.0063548611111111323
     W(67) W(427) -0.016940625000000001
     W(67) W(437) -0.0043166666666666648
     W(67) W(447) 0.0051128472222222087
     W(67) W(457) -0.0036333333333333322
     W(67) W(467) -0.012755208333333328
     W(67) W(477) -0.00017534722222222206
     W(67) W(487) -0.00028055555555555581
     W(67) W(497) -0.0020138888888888919
     W(67) W(507) -0.016998263888888879
     W(67) W(517) -0.0051399305555555504
     W(67) W(527) -8.7847222222223127e-05
     W(67) W(537) -0.014810416666666656
     W(67) W(547) -0.016978819444444442
     W(67) W(557) -0.0011222222222222232
     W(67) W(577) 0.0012795138888888901
     W(67) W(587) 0.0064083333333333319
     W(67) W(597) -0.0096267361111111172
     W(67) W(607) -0.028865277777777757
     W(67) W(617) -0.017966666666666655
     W(67) W(627) -0.0081364583333333237
     W(67) W(637) -0.0017885416666666661
     W(68) W(68) 0.084547222222222329
     W(68) W(78) 0.0030006944444444469
     W(68) W(88) -3.5069444444444442e-05
     W(68) W(98) 0.0031368055555555559
     W(68) W(108) 0.0021458333333333329
     W(68) W(118) -0.0031406250000000006
     W(68) W(128) -0.004282638888888887
     W(68) W(138) 0.011340625000000007
     W(68) W(148) 0.025650347222222314
     W(68) W(168) -3.5069444444444442e-05
     W(68) W(178) -0.0001013888888888897
     W(68) W(188) 0.0067906249999999972
     W(68) W(198) -0.0031454861111111111
     W(68) W(208) -0.011006249999999999
     W(68) W(218) 0.0034788194444444497
     W(68) W(228) 0.0068999999999999903
     W(68) W(238) -3.5069444444444476e-05
     W(68) W(258) 0.00094826388888888966
     W(68) W(268) 0.0073069444444444458
     W(68) W(278) 0.0046597222222222248
     W(68) W(288) 0.0095090277777777794
     W(68) W(298) 0.011274305555555558
     W(68) W(308) 0.00093506944444444518
     W(68) W(318) -3.5069444444444476e-05
     W(68) W(338) -0.0054222222222222068
     W(68) W(348) 7.4305555555554252e-05
     W(68) W(358) 0.006020486111111111
     W(68) W(368) 0.0030864583333333291
     W(68) W(378) 0.003161805555555557
     W(68) W(388) -0.0038739583333333326
     W(68) W(408) -7.0138888888888952e-05
     W(68) W(418) -0.0063548611111111323
     W(68) W(428) -0.016940625000000001
     W(68) W(438) -0.0043166666666666648
     W(68) W(448) 0.0051128472222222087
     W(68) W(458) -0.0036333333333333322
     W(68) W(468) -0.012755208333333328
     W(68) W(478) -0.00017534722222222206
     W(68) W(488) -0.00028055555555555581
     W(68) W(498) -0.0020138888888888919
     W(68) W(508) -0.016998263888888879
     W(68) W(518) -0.0051399305555555504
     W(68) W(528) -8.7847222222223127e-05
     W(68) W(538) -0.014810416666666656
     W(68) W(548) -0.016978819444444442
     W(68) W(558) -0.0011222222222222232
     W(68) W(578) 0.0012795138888888901
     W(68) W(588) 0.0064083333333333319
     W(68) W(598) -0.0096267361111111172
     W(68) W(608) -0.028865277777777757
     W(68) W(618) -0.017966666666666655
     W(68) W(628) -0.0081364583333333237
     W(68) W(638) -0.0017885416666666661
     W(69) W(69) 0.084547222222222329
     W(69) W(79) 0.0030006944444444469
     W(69) W(89) -3.5069444444444442e-05
     W(69) W(99) 0.0031368055555555559
     W(69) W(109) 0.0021458333333333329
     W(69) W(119) -0.0031406250000000006
     W(69) W(129) -0.004282638888888887
     W(69) W(139) 0.011340625000000007
     W(69) W(149) 0.025650347222222314
     W(69) W(169) -3.5069444444444442e-05
     W(69) W(179) -0.0001013888888888897
     W(69) W(189) 0.0067906249999999972
     W(69) W(199) -0.0031454861111111111
     W(69) W(209) -0.011006249999999999
     W(69) W(219) 0.0034788194444444497
     W(69) W(229) 0.0068999999999999903
     W(69) W(239) -3.5069444444444476e-05
     W(69) W(259) 0.00094826388888888966
     W(69) W(269) 0.0073069444444444458
     W(69) W(279) 0.0046597222222222248
     W(69) W(289) 0.0095090277777777794
     W(69) W(299) 0.011274305555555558
     W(69) W(309) 0.00093506944444444518
     W(69) W(319) -3.5069444444444476e-05
     W(69) W(339) -0.0054222222222222068
     W(69) W(349) 7.4305555555554252e-05
     W(69) W(359) 0.006020486111111111
     W(69) W(369) 0.0030864583333333291
     W(69) W(379) 0.003161805555555557
     W(69) W(389) -0.0038739583333333326
     W(69) W(409) -7.0138888888888952e-05
     W(69) W(419) -0.0063548611111111323
     W(69) W(429) -0.016940625000000001
     W(69) W(439) -0.0043166666666666648
     W(69) W(449) 0.0051128472222222087
     W(69) W(459) -0.0036333333333333322
     W(69) W(469) -0.012755208333333328
     W(69) W(479) -0.00017534722222222206
     W(69) W(489) -0.00028055555555555581
     W(69) W(499) -0.0020138888888888919
     W(69) W(509) -0.016998263888888879
     W(69) W(519) -0.0051399305555555504
     W(69) W(529) -8.7847222222223127e-05
     W(69) W(539) -0.014810416666666656
     W(69) W(549) -0.016978819444444442
     W(69) W(559) -0.0011222222222222232
     W(69) W(579) 0.0012795138888888901
     W(69) W(589) 0.0064083333333333319
     W(69) W(599) -0.0096267361111111172
     W(69) W(609) -0.028865277777777757
     W(69) W(619) -0.017966666666666655
     W(69) W(629) -0.0081364583333333237
     W(69) W(639) -0.0017885416666666661
     W(70) W(70) 0.045890972222222222
     W(70) W(80) -1.3888888888888898e-06
     W(70) W(90) 0.00010798611111111118
     W(70) W(100) 0.00079687500000000049
     W(70) W(110) -0.00047916666666666637
     W(70) W(120) -0.00039444444444444417
     W(70) W(130) 0.001300000000000001
     W(70) W(140) 0.0017767361111111209
     W(70) W(160) -1.3888888888888898e-06
     W(70) W(170) -0.00036215277777777759
     W(70) W(180) -2.4999999999999967e-05
     W(70) W(190) -0.0010888888888888884
     W(70) W(200) -0.00019687500000000027
     W(70) W(210) 0.0013024305555555567
     W(70) W(220) 0.00033437499999999993
     W(70) W(230) -1.3888888888888947e-06
     W(70) W(250) -0.000521180555555555
     W(70) W(260) -0.0013538194444444426
     W(70) W(270) -0.00010243055555555549
     W(70) W(280) 0.0010222222222222206
     W(70) W(290) 0.0016163194444444465
     W(70) W(300) 0.0016222222222222204
     W(70) W(310) -1.3888888888888947e-06
     W(70) W(330) -0.00047361111111111334
     W(70) W(340) 0.00093090277777777984
     W(70) W(350) 0.0013649305555555543
     W(70) W(360) 0.00067916666666666538
     W(70) W(370) -0.00026076388888888883
     W(70) W(380) -0.00023541666666666581
     W(70) W(400) -2.7777777777777893e-06
     W(70) W(410) -0.0002805555555555557
     W(70) W(420) -0.00047083333333333151
     W(70) W(430) 0.0010406249999999977
     W(70) W(440) -8.6805555555555369e-05
     W(70) W(450) -0.0016947916666666667
     W(70) W(460) -0.0008125000000000017
     W(70) W(470) -6.9444444444444736e-06
     W(70) W(480) -1.1111111111111157e-05
     W(70) W(490) -0.00017361111111111142
     W(70) W(500) -0.00073611111111111197
     W(70) W(510) 0.0010722222222222214
     W(70) W(520) -0.0012194444444444453
     W(70) W(530) -0.0018458333333333306
     W(70) W(540) -0.00079722222222222098
     W(70) W(550) -4.4444444444444616e-05
     W(70) W(570) -5.5555555555555755e-05
     W(70) W(580) 0.0010500000000000023
     W(70) W(590) -0.00034722222222222186
     W(70) W(600) -0.002405555555555554
     W(70) W(610) -0.0012937499999999991
     W(70) W(620) -0.00035833333333333236
     W(70) W(630) -7.0833333333332769e-05
     W(71) W(71) 0.045890972222222222
     W(71) W(81) -1.3888888888888898e-06
     W(71) W(91) 0.00010798611111111118
     W(71) W(101) 0.00079687500000000049
     W(71) W(111) -0.00047916666666666637
     W(71) W(121) -0.00039444444444444417
     W(71) W(131) 0.001300000000000001
     W(71) W(141) 0.0017767361111111209
     W(71) W(161) -1.3888888888888898e-06
     W(71) W(171) -0.00036215277777777759
     W(71) W(181) -2.4999999999999967e-05
     W(71) W(191) -0.0010888888888888884
     W(71) W(201) -0.00019687500000000027
     W(71) W(211) 0.0013024305555555567
     W(71) W(221) 0.00033437499999999993
     W(71) W(231) -1.3888888888888947e-06
     W(71) W(251) -0.000521180555555555
     W(71) W(261) -0.0013538194444444426
     W(71) W(271) -0.00010243055555555549
     W(71) W(281) 0.0010222222222222206
     W(71) W(291) 0.0016163194444444465
     W(71) W(301) 0.0016222222222222204
     W(71) W(311) -1.3888888888888947e-06
     W(71) W(331) -0.00047361111111111334
     W(71) W(341) 0.00093090277777777984
     W(71) W(351) 0.0013649305555555543
     W(71) W(361) 0.00067916666666666538
     W(71) W(371) -0.00026076388888888883
     W(71) W(381) -0.00023541666666666581
     W(71) W(401) -2.7777777777777893e-06
     W(71) W(411) -0.0002805555555555557
     W(71) W(421) -0.00047083333333333151
     W(71) W(431) 0.0010406249999999977
     W(71) W(441) -8.6805555555555369e-05
     W(71) W(451) -0.0016947916666666667
     W(71) W(461) -0.0008125000000000017
     W(71) W(471) -6.9444444444444736e-06
     W(71) W(481) -1.1111111111111157e-05
     W(71) W(491) -0.00017361111111111142
     W(71) W(501) -0.00073611111111111197
     W(71) W(511) 0.0010722222222222214
     W(71) W(521) -0.0012194444444444453
     W(71) W(531) -0.0018458333333333306
     W(71) W(541) -0.00079722222222222098
     W(71) W(551) -4.4444444444444616e-05
     W(71) W(571) -5.5555555555555755e-05
     W(71) W(581) 0.0010500000000000023
     W(71) W(591) -0.00034722222222222186
     W(71) W(601) -0.002405555555555554
     W(71) W(611) -0.0012937499999999991
     W(71) W(621) -0.00035833333333333236
     W(71) W(631) -7.0833333333332769e-05
     W(72) W(72) 0.045890972222222222
     W(72) W(82) -1.3888888888888898e-06
     W(72) W(92) 0.00010798611111111118
     W(72) W(102) 0.00079687500000000049
     W(72) W(112) -0.00047916666666666637
     W(72) W(122) -0.00039444444444444417
     W(72) W(132) 0.001300000000000001
     W(72) W(142) 0.0017767361111111209
     W(72) W(162) -1.3888888888888898e-06
     W(72) W(172) -0.00036215277777777759
     W(72) W(182) -2.4999999999999967e-05
     W(72) W(192) -0.0010888888888888884
     W(72) W(202) -0.00019687500000000027
     W(72) W(212) 0.0013024305555555567
     W(72) W(222) 0.00033437499999999993
     W(72) W(232) -1.3888888888888947e-06
     W(72) W(252) -0.000521180555555555
     W(72) W(262) -0.0013538194444444426
     W(72) W(272) -0.00010243055555555549
     W(72) W(282) 0.0010222222222222206
     W(72) W(292) 0.0016163194444444465
     W(72) W(302) 0.0016222222222222204
     W(72) W(312) -1.3888888888888947e-06
     W(72) W(332) -0.00047361111111111334
     W(72) W(342) 0.00093090277777777984
     W(72) W(352) 0.0013649305555555543
     W(72) W(362) 0.00067916666666666538
     W(72) W(372) -0.00026076388888888883
     W(72) W(382) -0.00023541666666666581
     W(72) W(402) -2.7777777777777893e-06
     W(72) W(412) -0.0002805555555555557
     W(72) W(422) -0.00047083333333333151
     W(72) W(432) 0.0010406249999999977
     W(72) W(442) -8.6805555555555369e-05
     W(72) W(452) -0.0016947916666666667
     W(72) W(462) -0.0008125000000000017
     W(72) W(472) -6.9444444444444736e-06
     W(72) W(482) -1.1111111111111157e-05
     W(72) W(492) -0.00017361111111111142
     W(72) W(502) -0.00073611111111111197
     W(72) W(512) 0.0010722222222222214
     W(72) W(522) -0.0012194444444444453
     W(72) W(532) -0.0018458333333333306
     W(72) W(542) -0.00079722222222222098
     W(72) W(552) -4.4444444444444616e-05
     W(72) W(572) -5.5555555555555755e-05
     W(72) W(582) 0.0010500000000000023
     W(72) W(592) -0.00034722222222222186
     W(72) W(602) -0.002405555555555554
     W(72) W(612) -0.0012937499999999991
     W(72) W(622) -0.00035833333333333236
     W(72) W(632) -7.0833333333332769e-05
     W(73) W(73) 0.045890972222222222
     W(73) W(83) -1.3888888888888898e-06
     W(73) W(93) 0.00010798611111111118
     W(73) W(103) 0.00079687500000000049
     W(73) W(113) -0.00047916666666666637
     W(73) W(123) -0.00039444444444444417
     W(73) W(133) 0.001300000000000001
     W(73) W(143) 0.0017767361111111209
     W(73) W(163) -1.3888888888888898e-06
     W(73) W(173) -0.00036215277777777759
     W(73) W(183) -2.4999999999999967e-05
     W(73) W(193) -0.0010888888888888884
     W(73) W(203) -0.00019687500000000027
     W(73) W(213) 0.0013024305555555567
     W(73) W(223) 0.00033437499999999993
     W(73) W(233) -1.3888888888888947e-06
     W(73) W(253) -0.000521180555555555
     W(73) W(263) -0.0013538194444444426
     W(73) W(273) -0.00010243055555555549
     W(73) W(283) 0.0010222222222222206
     W(73) W(293) 0.0016163194444444465
     W(73) W(303) 0.0016222222222222204
     W(73) W(313) -1.3888888888888947e-06
     W(73) W(333) -0.00047361111111111334
     W(73) W(343) 0.00093090277777777984
     W(73) W(353) 0.0013649305555555543
     W(73) W(363) 0.00067916666666666538
     W(73) W(373) -0.00026076388888888883
     W(73) W(383) -0.00023541666666666581
     W(73) W(403) -2.7777777777777893e-06
     W(73) W(413) -0.0002805555555555557
     W(73) W(423) -0.00047083333333333151
     W(73) W(433) 0.0010406249999999977
     W(73) W(443) -8.6805555555555369e-05
     W(73) W(453) -0.0016947916666666667
     W(73) W(463) -0.0008125000000000017
     W(73) W(473) -6.9444444444444736e-06
     W(73) W(483) -1.1111111111111157e-05
     W(73) W(493) -0.00017361111111111142
     W(73) W(503) -0.00073611111111111197
     W(73) W(513) 0.0010722222222222214
     W(73) W(523) -0.0012194444444444453
     W(73) W(533) -0.0018458333333333306
     W(73) W(543) -0.00079722222222222098
     W(73) W(553) -4.4444444444444616e-05
     W(73) W(573) -5.5555555555555755e-05
     W(73) W(583) 0.0010500000000000023
     W(73) W(593) -0.00034722222222222186
     W(73) W(603) -0.002405555555555554
     W(73) W(613) -0.0012937499999999991
     W(73) W(623) -0.00035833333333333236
     W(73) W(633) -7.0833333333332769e-05
     W(74) W(74) 0.045890972222222222
     W(74) W(84) -1.3888888888888898e-06
     W(74) W(94) 0.00010798611111111118
     W(74) W(104) 0.00079687500000000049
     W(74) W(114) -0.00047916666666666637
     W(74) W(124) -0.00039444444444444417
     W(74) W(134) 0.001300000000000001
     W(74) W(144) 0.0017767361111111209
     W(74) W(164) -1.3888888888888898e-06
     W(74) W(174) -0.00036215277777777759
     W(74) W(184) -2.4999999999999967e-05
     W(74) W(194) -0.0010888888888888884
     W(74) W(204) -0.00019687500000000027
     W(74) W(214) 0.0013024305555555567
     W(74) W(224) 0.00033437499999999993
     W(74) W(234) -1.3888888888888947e-06
     W(74) W(254) -0.000521180555555555
     W(74) W(264) -0.0013538194444444426
     W(74) W(274) -0.00010243055555555549
     W(74) W(284) 0.0010222222222222206
     W(74) W(294) 0.0016163194444444465
     W(74) W(304) 0.0016222222222222204
     W(74) W(314) -1.3888888888888947e-06
     W(74) W(334) -0.00047361111111111334
     W(74) W(344) 0.00093090277777777984
     W(74) W(354) 0.0013649305555555543
     W(74) W(364) 0.00067916666666666538
     W(74) W(374) -0.00026076388888888883
     W(74) W(384) -0.00023541666666666581
     W(74) W(404) -2.7777777777777893e-06
     W(74) W(414) -0.0002805555555555557
     W(74) W(424) -0.00047083333333333151
     W(74) W(434) 0.0010406249999999977
     W(74) W(444) -8.6805555555555369e-05
     W(74) W(454) -0.0016947916666666667
     W(74) W(464) -0.0008125000000000017
     W(74) W(474) -6.9444444444444736e-06
     W(74) W(484) -1.1111111111111157e-05
     W(74) W(494) -0.00017361111111111142
     W(74) W(504) -0.00073611111111111197
     W(74) W(514) 0.0010722222222222214
     W(74) W(524) -0.0012194444444444453
     W(74) W(534) -0.0018458333333333306
     W(74) W(544) -0.00079722222222222098
     W(74) W(554) -4.4444444444444616e-05
     W(74) W(574) -5.5555555555555755e-05
     W(74) W(584) 0.0010500000000000023
     W(74) W(594) -0.00034722222222222186
     W(74) W(604) -0.002405555555555554
     W(74) W(614) -0.0012937499999999991
     W(74) W(624) -0.00035833333333333236
     W(74) W(634) -7.0833333333332769e-05
     W(75) W(75) 0.045890972222222222
     W(75) W(85) -1.3888888888888898e-06
     W(75) W(95) 0.00010798611111111118
     W(75) W(105) 0.00079687500000000049
     W(75) W(115) -0.00047916666666666637
     W(75) W(125) -0.00039444444444444417
     W(75) W(135) 0.001300000000000001
     W(75) W(145) 0.0017767361111111209
     W(75) W(165) -1.3888888888888898e-06
     W(75) W(175) -0.00036215277777777759
     W(75) W(185) -2.4999999999999967e-05
     W(75) W(195) -0.0010888888888888884
     W(75) W(205) -0.00019687500000000027
     W(75) W(215) 0.0013024305555555567
     W(75) W(225) 0.00033437499999999993
     W(75) W(235) -1.3888888888888947e-06
     W(75) W(255) -0.000521180555555555
     W(75) W(265) -0.0013538194444444426
     W(75) W(275) -0.00010243055555555549
     W(75) W(285) 0.0010222222222222206
     W(75) W(295) 0.0016163194444444465
     W(75) W(305) 0.0016222222222222204
     W(75) W(315) -1.3888888888888947e-06
     W(75) W(335) -0.00047361111111111334
     W(75) W(345) 0.00093090277777777984
     W(75) W(355) 0.0013649305555555543
     W(75) W(365) 0.00067916666666666538
     W(75) W(375) -0.00026076388888888883
     W(75) W(385) -0.00023541666666666581
     W(75) W(405) -2.7777777777777893e-06
     W(75) W(415) -0.0002805555555555557
     W(75) W(425) -0.00047083333333333151
     W(75) W(435) 0.0010406249999999977
     W(75) W(445) -8.6805555555555369e-05
     W(75) W(455) -0.0016947916666666667
     W(75) W(465) -0.0008125000000000017
     W(75) W(475) -6.9444444444444736e-06
     W(75) W(485) -1.1111111111111157e-05
     W(75) W(495) -0.00017361111111111142
     W(75) W(505) -0.00073611111111111197
     W(75) W(515) 0.0010722222222222214
     W(75) W(525) -0.0012194444444444453
     W(75) W(535) -0.0018458333333333306
     W(75) W(545) -0.00079722222222222098
     W(75) W(555) -4.4444444444444616e-05
     W(75) W(575) -5.5555555555555755e-05
     W(75) W(585) 0.0010500000000000023
     W(75) W(595) -0.00034722222222222186
     W(75) W(605) -0.002405555555555554
     W(75) W(615) -0.0012937499999999991
     W(75) W(625) -0.00035833333333333236
     W(75) W(635) -7.0833333333332769e-05
     W(76) W(76) 0.045890972222222222
     W(76) W(86) -1.3888888888888898e-06
     W(76) W(96) 0.00010798611111111118
     W(76) W(106) 0.00079687500000000049
     W(76) W(116) -0.00047916666666666637
     W(76) W(126) -0.00039444444444444417
     W(76) W(136) 0.001300000000000001
     W(76) W(146) 0.0017767361111111209
     W(76) W(166) -1.3888888888888898e-06
     W(76) W(176) -0.00036215277777777759
     W(76) W(186) -2.4999999999999967e-05
     W(76) W(196) -0.0010888888888888884
     W(76) W(206) -0.00019687500000000027
     W(76) W(216) 0.0013024305555555567
     W(76) W(226) 0.00033437499999999993
     W(76) W(236) -1.3888888888888947e-06
     W(76) W(256) -0.000521180555555555
     W(76) W(266) -0.0013538194444444426
     W(76) W(276) -0.00010243055555555549
     W(76) W(286) 0.0010222222222222206
     W(76) W(296) 0.0016163194444444465
     W(76) W(306) 0.0016222222222222204
     W(76) W(316) -1.3888888888888947e-06
     W(76) W(336) -0.00047361111111111334
     W(76) W(346) 0.00093090277777777984
     W(76) W(356) 0.0013649305555555543
     W(76) W(366) 0.00067916666666666538
     W(76) W(376) -0.00026076388888888883
     W(76) W(386) -0.00023541666666666581
     W(76) W(406) -2.7777777777777893e-06
     W(76) W(416) -0.0002805555555555557
     W(76) W(426) -0.00047083333333333151
     W(76) W(436) 0.0010406249999999977
     W(76) W(446) -8.6805555555555369e-05
     W(76) W(456) -0.0016947916666666667
     W(76) W(466) -0.0008125000000000017
     W(76) W(476) -6.9444444444444736e-06
     W(76) W(486) -1.1111111111111157e-05
     W(76) W(496) -0.00017361111111111142
     W(76) W(506) -0.00073611111111111197
     W(76) W(516) 0.0010722222222222214
     W(76) W(526) -0.0012194444444444453
     W(76) W(536) -0.0018458333333333306
     W(76) W(546) -0.00079722222222222098
     W(76) W(556) -4.4444444444444616e-05
     W(76) W(576) -5.5555555555555755e-05
     W(76) W(586) 0.0010500000000000023
     W(76) W(596) -0.00034722222222222186
     W(76) W(606) -0.002405555555555554
     W(76) W(616) -0.0012937499999999991
     W(76) W(626) -0.00035833333333333236
     W(76) W(636) -7.0833333333332769e-05
     W(77) W(77) 0.045890972222222222
     W(77) W(87) -1.3888888888888898e-06
     W(77) W(97) 0.00010798611111111118
     W(77) W(107) 0.00079687500000000049
     W(77) W(117) -0.00047916666666666637
     W(77) W(127) -0.00039444444444444417
     W(77) W(137) 0.001300000000000001
     W(77) W(147) 0.0017767361111111209
     W(77) W(167) -1.3888888888888898e-06
     W(77) W(177) -0.00036215277777777759
     W(77) W(187) -2.4999999999999967e-05
     W(77) W(197) -0.0010888888888888884
     W(77) W(207) -0.00019687500000000027
     W(77) W(217) 0.0013024305555555567
     W(77) W(227) 0.00033437499999999993
     W(77) W(237) -1.3888888888888947e-06
     W(77) W(257) -0.000521180555555555
     W(77) W(267) -0.0013538194444444426
     W(77) W(277) -0.00010243055555555549
     W(77) W(287) 0.0010222222222222206
     W(77) W(297) 0.0016163194444444465
     W(77) W(307) 0.0016222222222222204
     W(77) W(317) -1.3888888888888947e-06
     W(77) W(337) -0.00047361111111111334
     W(77) W(347) 0.00093090277777777984
     W(77) W(357) 0.0013649305555555543
     W(77) W(367) 0.00067916666666666538
     W(77) W(377) -0.00026076388888888883
     W(77) W(387) -0.00023541666666666581
     W(77) W(407) -2.7777777777777893e-06
     W(77) W(417) -0.0002805555555555557
     W(77) W(427) -0.00047083333333333151
     W(77) W(437) 0.0010406249999999977
     W(77) W(447) -8.6805555555555369e-05
     W(77) W(457) -0.0016947916666666667
     W(77) W(467) -0.0008125000000000017
     W(77) W(477) -6.9444444444444736e-06
     W(77) W(487) -1.1111111111111157e-05
     W(77) W(497) -0.00017361111111111142
     W(77) W(507) -0.00073611111111111197
     W(77) W(517) 0.0010722222222222214
     W(77) W(527) -0.0012194444444444453
     W(77) W(537) -0.0018458333333333306
     W(77) W(547) -0.00079722222222222098
     W(77) W(557) -4.4444444444444616e-05
     W(77) W(577) -5.5555555555555755e-05
     W(77) W(587) 0.0010500000000000023
     W(77) W(597) -0.00034722222222222186
     W(77) W(607) -0.002405555555555554
     W(77) W(617) -0.0012937499999999991
     W(77) W(627) -0.00035833333333333236
     W(77) W(637) -7.0833333333332769e-05
     W(78) W(78) 0.045890972222222222
     W(78) W(88) -1.3888888888888898e-06
     W(78) W(98) 0.00010798611111111118
     W(78) W(108) 0.00079687500000000049
     W(78) W(118) -0.00047916666666666637
     W(78) W(128) -0.00039444444444444417
     W(78) W(138) 0.001300000000000001
     W(78) W(148) 0.0017767361111111209
     W(78) W(168) -1.3888888888888898e-06
     W(78) W(178) -0.00036215277777777759
     W(78) W(188) -2.4999999999999967e-05
     W(78) W(198) -0.0010888888888888884
     W(78) W(208) -0.00019687500000000027
     W(78) W(218) 0.0013024305555555567
     W(78) W(228) 0.00033437499999999993
     W(78) W(238) -1.3888888888888947e-06
     W(78) W(258) -0.000521180555555555
     W(78) W(268) -0.0013538194444444426
     W(78) W(278) -0.00010243055555555549
     W(78) W(288) 0.0010222222222222206
     W(78) W(298) 0.0016163194444444465
     W(78) W(308) 0.0016222222222222204
     W(78) W(318) -1.3888888888888947e-06
     W(78) W(338) -0.00047361111111111334
     W(78) W(348) 0.00093090277777777984
     W(78) W(358) 0.0013649305555555543
     W(78) W(368) 0.00067916666666666538
     W(78) W(378) -0.00026076388888888883
     W(78) W(388) -0.00023541666666666581
     W(78) W(408) -2.7777777777777893e-06
     W(78) W(418) -0.0002805555555555557
     W(78) W(428) -0.00047083333333333151
     W(78) W(438) 0.0010406249999999977
     W(78) W(448) -8.6805555555555369e-05
     W(78) W(458) -0.0016947916666666667
     W(78) W(468) -0.0008125000000000017
     W(78) W(478) -6.9444444444444736e-06
     W(78) W(488) -1.1111111111111157e-05
     W(78) W(498) -0.00017361111111111142
     W(78) W(508) -0.00073611111111111197
     W(78) W(518) 0.0010722222222222214
     W(78) W(528) -0.0012194444444444453
     W(78) W(538) -0.0018458333333333306
     W(78) W(548) -0.00079722222222222098
     W(78) W(558) -4.4444444444444616e-05
     W(78) W(578) -5.5555555555555755e-05
     W(78) W(588) 0.0010500000000000023
     W(78) W(598) -0.00034722222222222186
     W(78) W(608) -0.002405555555555554
     W(78) W(618) -0.0012937499999999991
     W(78) W(628) -0.00035833333333333236
     W(78) W(638) -7.0833333333332769e-05
     W(79) W(79) 0.045890972222222222
     W(79) W(89) -1.3888888888888898e-06
     W(79) W(99) 0.00010798611111111118
     W(79) W(109) 0.00079687500000000049
     W(79) W(119) -0.00047916666666666637
     W(79) W(129) -0.00039444444444444417
     W(79) W(139) 0.001300000000000001
     W(79) W(149) 0.0017767361111111209
     W(79) W(169) -1.3888888888888898e-06
     W(79) W(179) -0.00036215277777777759
     W(79) W(189) -2.4999999999999967e-05
     W(79) W(199) -0.0010888888888888884
     W(79) W(209) -0.00019687500000000027
     W(79) W(219) 0.0013024305555555567
     W(79) W(229) 0.00033437499999999993
     W(79) W(239) -1.3888888888888947e-06
     W(79) W(259) -0.000521180555555555
     W(79) W(269) -0.0013538194444444426
     W(79) W(279) -0.00010243055555555549
     W(79) W(289) 0.0010222222222222206
     W(79) W(299) 0.0016163194444444465
     W(79) W(309) 0.0016222222222222204
     W(79) W(319) -1.3888888888888947e-06
     W(79) W(339) -0.00047361111111111334
     W(79) W(349) 0.00093090277777777984
     W(79) W(359) 0.0013649305555555543
     W(79) W(369) 0.00067916666666666538
     W(79) W(379) -0.00026076388888888883
     W(79) W(389) -0.00023541666666666581
     W(79) W(409) -2.7777777777777893e-06
     W(79) W(419) -0.0002805555555555557
     W(79) W(429) -0.00047083333333333151
     W(79) W(439) 0.0010406249999999977
     W(79) W(449) -8.6805555555555369e-05
     W(79) W(459) -0.0016947916666666667
     W(79) W(469) -0.0008125000000000017
     W(79) W(479) -6.9444444444444736e-06
     W(79) W(489) -1.1111111111111157e-05
     W(79) W(499) -0.00017361111111111142
     W(79) W(509) -0.00073611111111111197
     W(79) W(519) 0.0010722222222222214
     W(79) W(529) -0.0012194444444444453
     W(79) W(539) -0.0018458333333333306
     W(79) W(549) -0.00079722222222222098
     W(79) W(559) -4.4444444444444616e-05
     W(79) W(579) -5.5555555555555755e-05
     W(79) W(589) 0.0010500000000000023
     W(79) W(599) -0.00034722222222222186
     W(79) W(609) -0.002405555555555554
     W(79) W(619) -0.0012937499999999991
     W(79) W(629) -0.00035833333333333236
     W(79) W(639) -7.0833333333332769e-05
     W(80) W(80) 0.044625868055555566
     W(80) W(90) 0.00030972222222222208
     W(80) W(100) 0.00014843750000000002
     W(80) W(110) -7.2916666666666659e-05
     W(80) W(120) 2.8819444444444446e-05
     W(80) W(130) 0.00020156250000000003
     W(80) W(140) -2.20486111111111e-05
     W(80) W(160) 2.5868055555555528e-05
     W(80) W(170) 0.00029652777777777794
     W(80) W(180) -0.00018541666666666666
     W(80) W(190) -0.00018819444444444439
     W(80) W(200) 0.00012187499999999997
     W(80) W(210) 0.00015954861111111118
     W(80) W(220) -3.9583333333333338e-05
     W(80) W(230) -1.7361111111111112e-07
     W(80) W(250) -6.8402777777777743e-05
     W(80) W(260) -0.00024409722222222207
     W(80) W(270) -8.7673611111111109e-05
     W(80) W(280) 0.00015381944444444441
     W(80) W(290) -9.5486111111111211e-06
     W(80) W(300) -5.7638888888888933e-05
     W(80) W(310) -1.7361111111111112e-07
     W(80) W(330) -5.9201388888888924e-05
     W(80) W(340) -0.00019288194444444439
     W(80) W(350) -0.00022326388888888887
     W(80) W(360) -5.833333333333336e-05
     W(80) W(370) 0.00017899305555555553
     W(80) W(380) 5.5208333333333338e-05
     W(80) W(400) -3.4722222222222224e-07
     W(80) W(410) -3.5069444444444442e-05
     W(80) W(420) -0.00014999999999999996
     W(80) W(430) -0.00016614583333333341
     W(80) W(440) -0.00018663194444444445
     W(80) W(450) 7.1354166666666655e-05
     W(80) W(460) 0.0001588541666666666
     W(80) W(470) -8.6805555555555549e-07
     W(80) W(480) -1.388888888888889e-06
     W(80) W(490) -2.17013888888889e-05
     W(80) W(500) -0.00013107638888888888
     W(80) W(510) -0.00012638888888888891
     W(80) W(520) -0.00011336805555555556
     W(80) W(530) 0.00010781250000000001
     W(80) W(540) 0.00023888888888888904
     W(80) W(550) -5.5555555555555601e-06
     W(80) W(570) -6.9444444444444456e-06
     W(80) W(580) 0.00014427083333333341
     W(80) W(590) 9.9826388888888922e-05
     W(80) W(600) 8.9930555555555594e-05
     W(80) W(610) 0.00023541666666666665
     W(80) W(620) 5.9375000000000027e-05
     W(80) W(630) -8.8541666666666521e-06
     W(81) W(81) 0.044625868055555566
     W(81) W(91) 0.00030972222222222208
     W(81) W(101) 0.00014843750000000002
     W(81) W(111) -7.2916666666666659e-05
     W(81) W(121) 2.8819444444444446e-05
     W(81) W(131) 0.00020156250000000003
     W(81) W(141) -2.20486111111111e-05
     W(81) W(161) 2.5868055555555528e-05
     W(81) W(171) 0.00029652777777777794
     W(81) W(181) -0.00018541666666666666
     W(81) W(191) -0.00018819444444444439
     W(81) W(201) 0.00012187499999999997
     W(81) W(211) 0.00015954861111111118
     W(81) W(221) -3.9583333333333338e-05
     W(81) W(231) -1.7361111111111112e-07
     W(81) W(251) -6.8402777777777743e-05
     W(81) W(261) -0.00024409722222222207
     W(81) W(271) -8.7673611111111109e-05
     W(81) W(281) 0.00015381944444444441
     W(81) W(291) -9.5486111111111211e-06
     W(81) W(301) -5.7638888888888933e-05
     W(81) W(311) -1.7361111111111112e-07
     W(81) W(331) -5.9201388888888924e-05
     W(81) W(341) -0.00019288194444444439
     W(81) W(351) -0.00022326388888888887
     W(81) W(361) -5.833333333333336e-05
     W(81) W(371) 0.00017899305555555553
     W(81) W(381) 5.5208333333333338e-05
     W(81) W(401) -3.4722222222222224e-07
     W(81) W(411) -3.5069444444444442e-05
     W(81) W(421) -0.00014999999999999996
     W(81) W(431) -0.00016614583333333341
     W(81) W(441) -0.00018663194444444445
     W(81) W(451) 7.1354166666666655e-05
     W(81) W(461) 0.0001588541666666666
     W(81) W(471) -8.6805555555555549e-07
     W(81) W(481) -1.388888888888889e-06
     W(81) W(491) -2.17013888888889e-05
     W(81) W(501) -0.00013107638888888888
     W(81) W(511) -0.00012638888888888891
     W(81) W(521) -0.00011336805555555556
     W(81) W(531) 0.00010781250000000001
     W(81) W(541) 0.00023888888888888904
     W(81) W(551) -5.5555555555555601e-06
     W(81) W(571) -6.9444444444444456e-06
     W(81) W(581) 0.00014427083333333341
     W(81) W(591) 9.9826388888888922e-05
     W(81) W(601) 8.9930555555555594e-05
     W(81) W(611) 0.00023541666666666665
     W(81) W(621) 5.9375000000000027e-05
     W(81) W(631) -8.8541666666666521e-06
     W(82) W(82) 0.044625868055555566
     W(82) W(92) 0.00030972222222222208
     W(82) W(102) 0.00014843750000000002
     W(82) W(112) -7.2916666666666659e-05
     W(82) W(122) 2.8819444444444446e-05
     W(82) W(132) 0.00020156250000000003
     W(82) W(142) -2.20486111111111e-05
     W(82) W(162) 2.5868055555555528e-05
     W(82) W(172) 0.00029652777777777794
     W(82) W(182) -0.00018541666666666666
     W(82) W(192) -0.00018819444444444439
     W(82) W(202) 0.00012187499999999997
     W(82) W(212) 0.00015954861111111118
     W(82) W(222) -3.9583333333333338e-05
     W(82) W(232) -1.7361111111111112e-07
     W(82) W(252) -6.8402777777777743e-05
     W(82) W(262) -0.00024409722222222207
     W(82) W(272) -8.7673611111111109e-05
     W(82) W(282) 0.00015381944444444441
     W(82) W(292) -9.5486111111111211e-06
     W(82) W(302) -5.7638888888888933e-05
     W(82) W(312) -1.7361111111111112e-07
     W(82) W(332) -5.9201388888888924e-05
     W(82) W(342) -0.00019288194444444439
     W(82) W(352) -0.00022326388888888887
     W(82) W(362) -5.833333333333336e-05
     W(82) W(372) 0.00017899305555555553
     W(82) W(382) 5.5208333333333338e-05
     W(82) W(402) -3.4722222222222224e-07
     W(82) W(412) -3.5069444444444442e-05
     W(82) W(422) -0.00014999999999999996
     W(82) W(432) -0.00016614583333333341
     W(82) W(442) -0.00018663194444444445
     W(82) W(452) 7.1354166666666655e-05
     W(82) W(462) 0.0001588541666666666
     W(82) W(472) -8.6805555555555549e-07
     W(82) W(482) -1.388888888888889e-06
     W(82) W(492) -2.17013888888889e-05
     W(82) W(502) -0.00013107638888888888
     W(82) W(512) -0.00012638888888888891
     W(82) W(522) -0.00011336805555555556
     W(82) W(532) 0.00010781250000000001
     W(82) W(542) 0.00023888888888888904
     W(82) W(552) -5.5555555555555601e-06
     W(82) W(572) -6.9444444444444456e-06
     W(82) W(582) 0.00014427083333333341
     W(82) W(592) 9.9826388888888922e-05
     W(82) W(602) 8.9930555555555594e-05
     W(82) W(612) 0.00023541666666666665
     W(82) W(622) 5.9375000000000027e-05
     W(82) W(632) -8.8541666666666521e-06
     W(83) W(83) 0.044625868055555566
     W(83) W(93) 0.00030972222222222208
     W(83) W(103) 0.00014843750000000002
     W(83) W(113) -7.2916666666666659e-05
     W(83) W(123) 2.8819444444444446e-05
     W(83) W(133) 0.00020156250000000003
     W(83) W(143) -2.20486111111111e-05
     W(83) W(163) 2.5868055555555528e-05
     W(83) W(173) 0.00029652777777777794
     W(83) W(183) -0.00018541666666666666
     W(83) W(193) -0.00018819444444444439
     W(83) W(203) 0.00012187499999999997
     W(83) W(213) 0.00015954861111111118
     W(83) W(223) -3.9583333333333338e-05
     W(83) W(233) -1.7361111111111112e-07
     W(83) W(253) -6.8402777777777743e-05
     W(83) W(263) -0.00024409722222222207
     W(83) W(273) -8.7673611111111109e-05
     W(83) W(283) 0.00015381944444444441
     W(83) W(293) -9.5486111111111211e-06
     W(83) W(303) -5.7638888888888933e-05
     W(83) W(313) -1.7361111111111112e-07
     W(83) W(333) -5.9201388888888924e-05
     W(83) W(343) -0.00019288194444444439
     W(83) W(353) -0.00022326388888888887
     W(83) W(363) -5.833333333333336e-05
     W(83) W(373) 0.00017899305555555553
     W(83) W(383) 5.5208333333333338e-05
     W(83) W(403) -3.4722222222222224e-07
     W(83) W(413) -3.5069444444444442e-05
     W(83) W(423) -0.00014999999999999996
     W(83) W(433) -0.00016614583333333341
     W(83) W(443) -0.00018663194444444445
     W(83) W(453) 7.1354166666666655e-05
     W(83) W(463) 0.0001588541666666666
     W(83) W(473) -8.6805555555555549e-07
     W(83) W(483) -1.388888888888889e-06
     W(83) W(493) -2.17013888888889e-05
     W(83) W(503) -0.00013107638888888888
     W(83) W(513) -0.00012638888888888891
     W(83) W(523) -0.00011336805555555556
     W(83) W(533) 0.00010781250000000001
     W(83) W(543) 0.00023888888888888904
     W(83) W(553) -5.5555555555555601e-06
     W(83) W(573) -6.9444444444444456e-06
     W(83) W(583) 0.00014427083333333341
     W(83) W(593) 9.9826388888888922e-05
     W(83) W(603) 8.9930555555555594e-05
     W(83) W(613) 0.00023541666666666665
     W(83) W(623) 5.9375000000000027e-05
     W(83) W(633) -8.8541666666666521e-06
     W(84) W(84) 0.044625868055555566
     W(84) W(94) 0.00030972222222222208
     W(84) W(104) 0.00014843750000000002
     W(84) W(114) -7.2916666666666659e-05
     W(84) W(124) 2.8819444444444446e-05
     W(84) W(134) 0.00020156250000000003
     W(84) W(144) -2.20486111111111e-05
     W(84) W(164) 2.5868055555555528e-05
     W(84) W(174) 0.00029652777777777794
     W(84) W(184) -0.00018541666666666666
     W(84) W(194) -0.00018819444444444439
     W(84) W(204) 0.00012187499999999997
     W(84) W(214) 0.00015954861111111118
     W(84) W(224) -3.9583333333333338e-05
     W(84) W(234) -1.7361111111111112e-07
     W(84) W(254) -6.8402777777777743e-05
     W(84) W(264) -0.00024409722222222207
     W(84) W(274) -8.7673611111111109e-05
     W(84) W(284) 0.00015381944444444441
     W(84) W(294) -9.5486111111111211e-06
     W(84) W(304) -5.7638888888888933e-05
     W(84) W(314) -1.7361111111111112e-07
     W(84) W(334) -5.9201388888888924e-05
     W(84) W(344) -0.00019288194444444439
     W(84) W(354) -0.00022326388888888887
     W(84) W(364) -5.833333333333336e-05
     W(84) W(374) 0.00017899305555555553
     W(84) W(384) 5.5208333333333338e-05
     W(84) W(404) -3.4722222222222224e-07
     W(84) W(414) -3.5069444444444442e-05
     W(84) W(424) -0.00014999999999999996
     W(84) W(434) -0.00016614583333333341
     W(84) W(444) -0.00018663194444444445
     W(84) W(454) 7.1354166666666655e-05
     W(84) W(464) 0.0001588541666666666
     W(84) W(474) -8.6805555555555549e-07
     W(84) W(484) -1.388888888888889e-06
     W(84) W(494) -2.17013888888889e-05
     W(84) W(504) -0.00013107638888888888
     W(84) W(514) -0.00012638888888888891
     W(84) W(524) -0.00011336805555555556
     W(84) W(534) 0.00010781250000000001
     W(84) W(544) 0.00023888888888888904
     W(84) W(554) -5.5555555555555601e-06
     W(84) W(574) -6.9444444444444456e-06
     W(84) W(584) 0.00014427083333333341
     W(84) W(594) 9.9826388888888922e-05
     W(84) W(604) 8.9930555555555594e-05
     W(84) W(614) 0.00023541666666666665
     W(84) W(624) 5.9375000000000027e-05
     W(84) W(634) -8.8541666666666521e-06
     W(85) W(85) 0.044625868055555566
     W(85) W(95) 0.00030972222222222208
     W(85) W(105) 0.00014843750000000002
     W(85) W(115) -7.2916666666666659e-05
     W(85) W(125) 2.8819444444444446e-05
     W(85) W(135) 0.00020156250000000003
     W(85) W(145) -2.20486111111111e-05
     W(85) W(165) 2.5868055555555528e-05
     W(85) W(175) 0.00029652777777777794
     W(85) W(185) -0.00018541666666666666
     W(85) W(195) -0.00018819444444444439
     W(85) W(205) 0.00012187499999999997
     W(85) W(215) 0.00015954861111111118
     W(85) W(225) -3.9583333333333338e-05
     W(85) W(235) -1.7361111111111112e-07
     W(85) W(255) -6.8402777777777743e-05
     W(85) W(265) -0.00024409722222222207
     W(85) W(275) -8.7673611111111109e-05
     W(85) W(285) 0.00015381944444444441
     W(85) W(295) -9.5486111111111211e-06
     W(85) W(305) -5.7638888888888933e-05
     W(85) W(315) -1.7361111111111112e-07
     W(85) W(335) -5.9201388888888924e-05
     W(85) W(345) -0.00019288194444444439
     W(85) W(355) -0.00022326388888888887
     W(85) W(365) -5.833333333333336e-05
     W(85) W(375) 0.00017899305555555553
     W(85) W(385) 5.5208333333333338e-05
     W(85) W(405) -3.4722222222222224e-07
     W(85) W(415) -3.5069444444444442e-05
     W(85) W(425) -0.00014999999999999996
     W(85) W(435) -0.00016614583333333341
     W(85) W(445) -0.00018663194444444445
     W(85) W(455) 7.1354166666666655e-05
     W(85) W(465) 0.0001588541666666666
     W(85) W(475) -8.6805555555555549e-07
     W(85) W(485) -1.388888888888889e-06
     W(85) W(495) -2.17013888888889e-05
     W(85) W(505) -0.00013107638888888888
     W(85) W(515) -0.00012638888888888891
     W(85) W(525) -0.00011336805555555556
     W(85) W(535) 0.00010781250000000001
     W(85) W(545) 0.00023888888888888904
     W(85) W(555) -5.5555555555555601e-06
     W(85) W(575) -6.9444444444444456e-06
     W(85) W(585) 0.00014427083333333341
     W(85) W(595) 9.9826388888888922e-05
     W(85) W(605) 8.9930555555555594e-05
     W(85) W(615) 0.00023541666666666665
     W(85) W(625) 5.9375000000000027e-05
     W(85) W(635) -8.8541666666666521e-06
     W(86) W(86) 0.044625868055555566
     W(86) W(96) 0.00030972222222222208
     W(86) W(106) 0.00014843750000000002
     W(86) W(116) -7.2916666666666659e-05
     W(86) W(126) 2.8819444444444446e-05
     W(86) W(136) 0.00020156250000000003
     W(86) W(146) -2.20486111111111e-05
     W(86) W(166) 2.5868055555555528e-05
     W(86) W(176) 0.00029652777777777794
     W(86) W(186) -0.00018541666666666666
     W(86) W(196) -0.00018819444444444439
     W(86) W(206) 0.00012187499999999997
     W(86) W(216) 0.00015954861111111118
     W(86) W(226) -3.9583333333333338e-05
     W(86) W(236) -1.7361111111111112e-07
     W(86) W(256) -6.8402777777777743e-05
     W(86) W(266) -0.00024409722222222207
     W(86) W(276) -8.7673611111111109e-05
     W(86) W(286) 0.00015381944444444441
     W(86) W(296) -9.5486111111111211e-06
     W(86) W(306) -5.7638888888888933e-05
     W(86) W(316) -1.7361111111111112e-07
     W(86) W(336) -5.9201388888888924e-05
     W(86) W(346) -0.00019288194444444439
     W(86) W(356) -0.00022326388888888887
     W(86) W(366) -5.833333333333336e-05
     W(86) W(376) 0.00017899305555555553
     W(86) W(386) 5.5208333333333338e-05
     W(86) W(406) -3.4722222222222224e-07
     W(86) W(416) -3.5069444444444442e-05
     W(86) W(426) -0.00014999999999999996
     W(86) W(436) -0.00016614583333333341
     W(86) W(446) -0.00018663194444444445
     W(86) W(456) 7.1354166666666655e-05
     W(86) W(466) 0.0001588541666666666
     W(86) W(476) -8.6805555555555549e-07
     W(86) W(486) -1.388888888888889e-06
     W(86) W(496) -2.17013888888889e-05
     W(86) W(506) -0.00013107638888888888
     W(86) W(516) -0.00012638888888888891
     W(86) W(526) -0.00011336805555555556
     W(86) W(536) 0.00010781250000000001
     W(86) W(546) 0.00023888888888888904
     W(86) W(556) -5.5555555555555601e-06
     W(86) W(576) -6.9444444444444456e-06
     W(86) W(586) 0.00014427083333333341
     W(86) W(596) 9.9826388888888922e-05
     W(86) W(606) 8.9930555555555594e-05
     W(86) W(616) 0.00023541666666666665
     W(86) W(626) 5.9375000000000027e-05
     W(86) W(636) -8.8541666666666521e-06
     W(87) W(87) 0.044625868055555566
     W(87) W(97) 0.00030972222222222208
     W(87) W(107) 0.00014843750000000002
     W(87) W(117) -7.2916666666666659e-05
     W(87) W(127) 2.8819444444444446e-05
     W(87) W(137) 0.00020156250000000003
     W(87) W(147) -2.20486111111111e-05
     W(87) W(167) 2.5868055555555528e-05
     W(87) W(177) 0.00029652777777777794
     W(87) W(187) -0.00018541666666666666
     W(87) W(197) -0.00018819444444444439
     W(87) W(207) 0.00012187499999999997
     W(87) W(217) 0.00015954861111111118
     W(87) W(227) -3.9583333333333338e-05
     W(87) W(237) -1.7361111111111112e-07
     W(87) W(257) -6.8402777777777743e-05
     W(87) W(267) -0.00024409722222222207
     W(87) W(277) -8.7673611111111109e-05
     W(87) W(287) 0.00015381944444444441
     W(87) W(297) -9.5486111111111211e-06
     W(87) W(307) -5.7638888888888933e-05
     W(87) W(317) -1.7361111111111112e-07
     W(87) W(337) -5.9201388888888924e-05
     W(87) W(347) -0.00019288194444444439
     W(87) W(357) -0.00022326388888888887
     W(87) W(367) -5.833333333333336e-05
     W(87) W(377) 0.00017899305555555553
     W(87) W(387) 5.5208333333333338e-05
     W(87) W(407) -3.4722222222222224e-07
     W(87) W(417) -3.5069444444444442e-05
     W(87) W(427) -0.00014999999999999996
     W(87) W(437) -0.00016614583333333341
     W(87) W(447) -0.00018663194444444445
     W(87) W(457) 7.1354166666666655e-05
     W(87) W(467) 0.0001588541666666666
     W(87) W(477) -8.6805555555555549e-07
     W(87) W(487) -1.388888888888889e-06
     W(87) W(497) -2.17013888888889e-05
     W(87) W(507) -0.00013107638888888888
     W(87) W(517) -0.00012638888888888891
     W(87) W(527) -0.00011336805555555556
     W(87) W(537) 0.00010781250000000001
     W(87) W(547) 0.00023888888888888904
     W(87) W(557) -5.5555555555555601e-06
     W(87) W(577) -6.9444444444444456e-06
     W(87) W(587) 0.00014427083333333341
     W(87) W(597) 9.9826388888888922e-05
     W(87) W(607) 8.9930555555555594e-05
     W(87) W(617) 0.00023541666666666665
     W(87) W(627) 5.9375000000000027e-05
     W(87) W(637) -8.8541666666666521e-06
     W(88) W(88) 0.044625868055555566
     W(88) W(98) 0.00030972222222222208
     W(88) W(108) 0.00014843750000000002
     W(88) W(118) -7.2916666666666659e-05
     W(88) W(128) 2.8819444444444446e-05
     W(88) W(138) 0.00020156250000000003
     W(88) W(148) -2.20486111111111e-05
     W(88) W(168) 2.5868055555555528e-05
     W(88) W(178) 0.00029652777777777794
     W(88) W(188) -0.00018541666666666666
     W(88) W(198) -0.00018819444444444439
     W(88) W(208) 0.00012187499999999997
     W(88) W(218) 0.00015954861111111118
     W(88) W(228) -3.9583333333333338e-05
     W(88) W(238) -1.7361111111111112e-07
     W(88) W(258) -6.8402777777777743e-05
     W(88) W(268) -0.00024409722222222207
     W(88) W(278) -8.7673611111111109e-05
     W(88) W(288) 0.00015381944444444441
     W(88) W(298) -9.5486111111111211e-06
     W(88) W(308) -5.7638888888888933e-05
     W(88) W(318) -1.7361111111111112e-07
     W(88) W(338) -5.9201388888888924e-05
     W(88) W(348) -0.00019288194444444439
     W(88) W(358) -0.00022326388888888887
     W(88) W(368) -5.833333333333336e-05
     W(88) W(378) 0.00017899305555555553
     W(88) W(388) 5.5208333333333338e-05
     W(88) W(408) -3.4722222222222224e-07
     W(88) W(418) -3.5069444444444442e-05
     W(88) W(428) -0.00014999999999999996
     W(88) W(438) -0.00016614583333333341
     W(88) W(448) -0.00018663194444444445
     W(88) W(458) 7.1354166666666655e-05
     W(88) W(468) 0.0001588541666666666
     W(88) W(478) -8.6805555555555549e-07
     W(88) W(488) -1.388888888888889e-06
     W(88) W(498) -2.17013888888889e-05
     W(88) W(508) -0.00013107638888888888
     W(88) W(518) -0.00012638888888888891
     W(88) W(528) -0.00011336805555555556
     W(88) W(538) 0.00010781250000000001
     W(88) W(548) 0.00023888888888888904
     W(88) W(558) -5.5555555555555601e-06
     W(88) W(578) -6.9444444444444456e-06
     W(88) W(588) 0.00014427083333333341
     W(88) W(598) 9.9826388888888922e-05
     W(88) W(608) 8.9930555555555594e-05
     W(88) W(618) 0.00023541666666666665
     W(88) W(628) 5.9375000000000027e-05
     W(88) W(638) -8.8541666666666521e-06
     W(89) W(89) 0.044625868055555566
     W(89) W(99) 0.00030972222222222208
     W(89) W(109) 0.00014843750000000002
     W(89) W(119) -7.2916666666666659e-05
     W(89) W(129) 2.8819444444444446e-05
     W(89) W(139) 0.00020156250000000003
     W(89) W(149) -2.20486111111111e-05
     W(89) W(169) 2.5868055555555528e-05
     W(89) W(179) 0.00029652777777777794
     W(89) W(189) -0.00018541666666666666
     W(89) W(199) -0.00018819444444444439
     W(89) W(209) 0.00012187499999999997
     W(89) W(219) 0.00015954861111111118
     W(89) W(229) -3.9583333333333338e-05
     W(89) W(239) -1.7361111111111112e-07
     W(89) W(259) -6.8402777777777743e-05
     W(89) W(269) -0.00024409722222222207
     W(89) W(279) -8.7673611111111109e-05
     W(89) W(289) 0.00015381944444444441
     W(89) W(299) -9.5486111111111211e-06
     W(89) W(309) -5.7638888888888933e-05
     W(89) W(319) -1.7361111111111112e-07
     W(89) W(339) -5.9201388888888924e-05
     W(89) W(349) -0.00019288194444444439
     W(89) W(359) -0.00022326388888888887
     W(89) W(369) -5.833333333333336e-05
     W(89) W(379) 0.00017899305555555553
     W(89) W(389) 5.5208333333333338e-05
     W(89) W(409) -3.4722222222222224e-07
     W(89) W(419) -3.5069444444444442e-05
     W(89) W(429) -0.00014999999999999996
     W(89) W(439) -0.00016614583333333341
     W(89) W(449) -0.00018663194444444445
     W(89) W(459) 7.1354166666666655e-05
     W(89) W(469) 0.0001588541666666666
     W(89) W(479) -8.6805555555555549e-07
     W(89) W(489) -1.388888888888889e-06
     W(89) W(499) -2.17013888888889e-05
     W(89) W(509) -0.00013107638888888888
     W(89) W(519) -0.00012638888888888891
     W(89) W(529) -0.00011336805555555556
     W(89) W(539) 0.00010781250000000001
     W(89) W(549) 0.00023888888888888904
     W(89) W(559) -5.5555555555555601e-06
     W(89) W(579) -6.9444444444444456e-06
     W(89) W(589) 0.00014427083333333341
     W(89) W(599) 9.9826388888888922e-05
     W(89) W(609) 8.9930555555555594e-05
     W(89) W(619) 0.00023541666666666665
     W(89) W(629) 5.9375000000000027e-05
     W(89) W(639) -8.8541666666666521e-06
     W(90) W(90) 0.088618055555555547
     W(90) W(100) 0.035812500000000004
     W(90) W(110) -0.015020833333333332
     W(90) W(120) -0.0045649305555555538
     W(90) W(130) 0.0082770833333333325
     W(90) W(140) -0.00011840277777777413
     W(90) W(160) 0.00030972222222222208
     W(90) W(170) 0.030760069444444451
     W(90) W(180) -0.0030187500000000006
     W(90) W(190) -0.021474652777777777
     W(90) W(200) 0.011455208333333333
     W(90) W(210) -0.0071086805555555634
     W(90) W(220) -0.0086281250000000004
     W(90) W(230) -5.4861111111110955e-05
     W(90) W(250) -0.0063548611111111141
     W(90) W(260) -0.02096284722222222
     W(90) W(270) 0.0041701388888888882
     W(90) W(280) 0.012747569444444455
     W(90) W(290) -0.018095486111111104
     W(90) W(300) -0.012484722222222206
     W(90) W(310) -5.4861111111110955e-05
     W(90) W(330) -0.015426388888888884
     W(90) W(340) -0.035039236111111122
     W(90) W(350) -0.0048222222222222251
     W(90) W(360) -0.002183333333333334
     W(90) W(370) -0.01838611111111111
     W(90) W(380) -0.011486458333333328
     W(90) W(400) -0.00010972222222222191
     W(90) W(410) -0.0085298611111111061
     W(90) W(420) -0.027113541666666675
     W(90) W(430) -0.0074499999999999992
     W(90) W(440) -0.0062673611111111116
     W(90) W(450) -0.022035416666666665
     W(90) W(460) -0.0024843749999999987
     W(90) W(470) -0.00027430555555555547
     W(90) W(480) -0.00043888888888888764
     W(90) W(490) 0.00043402777777777716
     W(90) W(500) 0.0023559027777777801
     W(90) W(510) -0.0010847222222222235
     W(90) W(520) -0.0063190972222222242
     W(90) W(530) -0.0071291666666666665
     W(90) W(540) 0.011843055555555556
     W(90) W(550) -0.00076597222222222225
     W(90) W(570) 0.0045763888888888972
     W(90) W(580) 0.039209375000000012
     W(90) W(590) 0.01539930555555556
     W(90) W(600) -0.0080402777777777816
     W(90) W(610) 0.0048343749999999967
     W(90) W(620) 0.011939583333333339
     W(90) W(630) 0.002514583333333337
     W(91) W(91) 0.088618055555555547
     W(91) W(101) 0.035812500000000004
     W(91) W(111) -0.015020833333333332
     W(91) W(121) -0.0045649305555555538
     W(91) W(131) 0.0082770833333333325
     W(91) W(141) -0.00011840277777777413
     W(91) W(161) 0.00030972222222222208
     W(91) W(171) 0.030760069444444451
     W(91) W(181) -0.0030187500000000006
     W(91) W(191) -0.021474652777777777
     W(91) W(201) 0.011455208333333333
     W(91) W(211) -0.0071086805555555634
     W(91) W(221) -0.0086281250000000004
     W(91) W(231) -5.4861111111110955e-05
     W(91) W(251) -0.0063548611111111141
     W(91) W(261) -0.02096284722222222
     W(91) W(271) 0.0041701388888888882
     W(91) W(281) 0.012747569444444455
     W(91) W(291) -0.018095486111111104
     W(91) W(301) -0.012484722222222206
     W(91) W(311) -5.4861111111110955e-05
     W(91) W(331) -0.015426388888888884
     W(91) W(341) -0.035039236111111122
     W(91) W(351) -0.0048222222222222251
     W(91) W(361) -0.002183333333333334
     W(91) W(371) -0.01838611111111111
     W(91) W(381) -0.011486458333333328
     W(91) W(401) -0.00010972222222222191
     W(91) W(411) -0.0085298611111111061
     W(91) W(421) -0.027113541666666675
     W(91) W(431) -0.0074499999999999992
     W(91) W(441) -0.0062673611111111116
     W(91) W(451) -0.022035416666666665
     W(91) W(461) -0.0024843749999999987
     W(91) W(471) -0.00027430555555555547
     W(91) W(481) -0.00043888888888888764
     W(91) W(491) 0.00043402777777777716
     W(91) W(501) 0.0023559027777777801
     W(91) W(511) -0.0010847222222222235
     W(91) W(521) -0.0063190972222222242
     W(91) W(531) -0.0071291666666666665
     W(91) W(541) 0.011843055555555556
     W(91) W(551) -0.00076597222222222225
     W(91) W(571) 0.0045763888888888972
     W(91) W(581) 0.039209375000000012
     W(91) W(591) 0.01539930555555556
     W(91) W(601) -0.0080402777777777816
     W(91) W(611) 0.0048343749999999967
     W(91) W(621) 0.011939583333333339
     W(91) W(631) 0.002514583333333337
     W(92) W(92) 0.088618055555555547
     W(92) W(102) 0.035812500000000004
     W(92) W(112) -0.015020833333333332
     W(92) W(122) -0.0045649305555555538
     W(92) W(132) 0.0082770833333333325
     W(92) W(142) -0.00011840277777777413
     W(92) W(162) 0.00030972222222222208
     W(92) W(172) 0.030760069444444451
     W(92) W(182) -0.0030187500000000006
     W(92) W(192) -0.021474652777777777
     W(92) W(202) 0.011455208333333333
     W(92) W(212) -0.0071086805555555634
     W(92) W(222) -0.0086281250000000004
     W(92) W(232) -5.4861111111110955e-05
     W(92) W(252) -0.0063548611111111141
     W(92) W(262) -0.02096284722222222
     W(92) W(272) 0.0041701388888888882
     W(92) W(282) 0.012747569444444455
     W(92) W(292) -0.018095486111111104
     W(92) W(302) -0.012484722222222206
     W(92) W(312) -5.4861111111110955e-05
     W(92) W(332) -0.015426388888888884
     W(92) W(342) -0.035039236111111122
     W(92) W(352) -0.0048222222222222251
     W(92) W(362) -0.002183333333333334
     W(92) W(372) -0.01838611111111111
     W(92) W(382) -0.011486458333333328
     W(92) W(402) -0.00010972222222222191
     W(92) W(412) -0.0085298611111111061
     W(92) W(422) -0.027113541666666675
     W(92) W(432) -0.0074499999999999992
     W(92) W(442) -0.0062673611111111116
     W(92) W(452) -0.022035416666666665
     W(92) W(462) -0.0024843749999999987
     W(92) W(472) -0.00027430555555555547
     W(92) W(482) -0.00043888888888888764
     W(92) W(492) 0.00043402777777777716
     W(92) W(502) 0.0023559027777777801
     W(92) W(512) -0.0010847222222222235
     W(92) W(522) -0.0063190972222222242
     W(92) W(532) -0.0071291666666666665
     W(92) W(542) 0.011843055555555556
     W(92) W(552) -0.00076597222222222225
     W(92) W(572) 0.0045763888888888972
     W(92) W(582) 0.039209375000000012
     W(92) W(592) 0.01539930555555556
     W(92) W(602) -0.0080402777777777816
     W(92) W(612) 0.0048343749999999967
     W(92) W(622) 0.011939583333333339
     W(92) W(632) 0.002514583333333337
     W(93) W(93) 0.088618055555555547
     W(93) W(103) 0.035812500000000004
     W(93) W(113) -0.015020833333333332
     W(93) W(123) -0.0045649305555555538
     W(93) W(133) 0.0082770833333333325
     W(93) W(143) -0.00011840277777777413
     W(93) W(163) 0.00030972222222222208
     W(93) W(173) 0.030760069444444451
     W(93) W(183) -0.0030187500000000006
     W(93) W(193) -0.021474652777777777
     W(93) W(203) 0.011455208333333333
     W(93) W(213) -0.0071086805555555634
     W(93) W(223) -0.0086281250000000004
     W(93) W(233) -5.4861111111110955e-05
     W(93) W(253) -0.0063548611111111141
     W(93) W(263) -0.02096284722222222
     W(93) W(273) 0.0041701388888888882
     W(93) W(283) 0.012747569444444455
     W(93) W(293) -0.018095486111111104
     W(93) W(303) -0.012484722222222206
     W(93) W(313) -5.4861111111110955e-05
     W(93) W(333) -0.015426388888888884
     W(93) W(343) -0.035039236111111122
     W(93) W(353) -0.0048222222222222251
     W(93) W(363) -0.002183333333333334
     W(93) W(373) -0.01838611111111111
     W(93) W(383) -0.011486458333333328
     W(93) W(403) -0.00010972222222222191
     W(93) W(413) -0.0085298611111111061
     W(93) W(423) -0.027113541666666675
     W(93) W(433) -0.0074499999999999992
     W(93) W(443) -0.0062673611111111116
     W(93) W(453) -0.022035416666666665
     W(93) W(463) -0.0024843749999999987
     W(93) W(473) -0.00027430555555555547
     W(93) W(483) -0.00043888888888888764
     W(93) W(493) 0.00043402777777777716
     W(93) W(503) 0.0023559027777777801
     W(93) W(513) -0.0010847222222222235
     W(93) W(523) -0.0063190972222222242
     W(93) W(533) -0.0071291666666666665
     W(93) W(543) 0.011843055555555556
     W(93) W(553) -0.00076597222222222225
     W(93) W(573) 0.0045763888888888972
     W(93) W(583) 0.039209375000000012
     W(93) W(593) 0.01539930555555556
     W(93) W(603) -0.0080402777777777816
     W(93) W(613) 0.0048343749999999967
     W(93) W(623) 0.011939583333333339
     W(93) W(633) 0.002514583333333337
     W(94) W(94) 0.088618055555555547
     W(94) W(104) 0.035812500000000004
     W(94) W(114) -0.015020833333333332
     W(94) W(124) -0.0045649305555555538
     W(94) W(134) 0.0082770833333333325
     W(94) W(144) -0.00011840277777777413
     W(94) W(164) 0.00030972222222222208
     W(94) W(174) 0.030760069444444451
     W(94) W(184) -0.0030187500000000006
     W(94) W(194) -0.021474652777777777
     W(94) W(204) 0.011455208333333333
     W(94) W(214) -0.0071086805555555634
     W(94) W(224) -0.0086281250000000004
     W(94) W(234) -5.4861111111110955e-05
     W(94) W(254) -0.0063548611111111141
     W(94) W(264) -0.02096284722222222
     W(94) W(274) 0.0041701388888888882
     W(94) W(284) 0.012747569444444455
     W(94) W(294) -0.018095486111111104
     W(94) W(304) -0.012484722222222206
     W(94) W(314) -5.4861111111110955e-05
     W(94) W(334) -0.015426388888888884
     W(94) W(344) -0.035039236111111122
     W(94) W(354) -0.0048222222222222251
     W(94) W(364) -0.002183333333333334
     W(94) W(374) -0.01838611111111111
     W(94) W(384) -0.011486458333333328
     W(94) W(404) -0.00010972222222222191
     W(94) W(414) -0.0085298611111111061
     W(94) W(424) -0.027113541666666675
     W(94) W(434) -0.0074499999999999992
     W(94) W(444) -0.0062673611111111116
     W(94) W(454) -0.022035416666666665
     W(94) W(464) -0.0024843749999999987
     W(94) W(474) -0.00027430555555555547
     W(94) W(484) -0.00043888888888888764
     W(94) W(494) 0.00043402777777777716
     W(94) W(504) 0.0023559027777777801
     W(94) W(514) -0.0010847222222222235
     W(94) W(524) -0.0063190972222222242
     W(94) W(534) -0.0071291666666666665
     W(94) W(544) 0.011843055555555556
     W(94) W(554) -0.00076597222222222225
     W(94) W(574) 0.0045763888888888972
     W(94) W(584) 0.039209375000000012
     W(94) W(594) 0.01539930555555556
     W(94) W(604) -0.0080402777777777816
     W(94) W(614) 0.0048343749999999967
     W(94) W(624) 0.011939583333333339
     W(94) W(634) 0.002514583333333337
     W(95) W(95) 0.088618055555555547
     W(95) W(105) 0.035812500000000004
     W(95) W(115) -0.015020833333333332
     W(95) W(125) -0.0045649305555555538
     W(95) W(135) 0.0082770833333333325
     W(95) W(145) -0.00011840277777777413
     W(95) W(165) 0.00030972222222222208
     W(95) W(175) 0.030760069444444451
     W(95) W(185) -0.0030187500000000006
     W(95) W(195) -0.021474652777777777
     W(95) W(205) 0.011455208333333333
     W(95) W(215) -0.0071086805555555634
     W(95) W(225) -0.0086281250000000004
     W(95) W(235) -5.4861111111110955e-05
     W(95) W(255) -0.0063548611111111141
     W(95) W(265) -0.02096284722222222
     W(95) W(275) 0.0041701388888888882
     W(95) W(285) 0.012747569444444455
     W(95) W(295) -0.018095486111111104
     W(95) W(305) -0.012484722222222206
     W(95) W(315) -5.4861111111110955e-05
     W(95) W(335) -0.015426388888888884
     W(95) W(345) -0.035039236111111122
     W(95) W(355) -0.0048222222222222251
     W(95) W(365) -0.002183333333333334
     W(95) W(375) -0.01838611111111111
     W(95) W(385) -0.011486458333333328
     W(95) W(405) -0.00010972222222222191
     W(95) W(415) -0.0085298611111111061
     W(95) W(425) -0.027113541666666675
     W(95) W(435) -0.0074499999999999992
     W(95) W(445) -0.0062673611111111116
     W(95) W(455) -0.022035416666666665
     W(95) W(465) -0.0024843749999999987
     W(95) W(475) -0.00027430555555555547
     W(95) W(485) -0.00043888888888888764
     W(95) W(495) 0.00043402777777777716
     W(95) W(505) 0.0023559027777777801
     W(95) W(515) -0.0010847222222222235
     W(95) W(525) -0.0063190972222222242
     W(95) W(535) -0.0071291666666666665
     W(95) W(545) 0.011843055555555556
     W(95) W(555) -0.00076597222222222225
     W(95) W(575) 0.0045763888888888972
     W(95) W(585) 0.039209375000000012
     W(95) W(595) 0.01539930555555556
     W(95) W(605) -0.0080402777777777816
     W(95) W(615) 0.0048343749999999967
     W(95) W(625) 0.011939583333333339
     W(95) W(635) 0.002514583333333337
     W(96) W(96) 0.088618055555555547
     W(96) W(106) 0.035812500000000004
     W(96) W(116) -0.015020833333333332
     W(96) W(126) -0.0045649305555555538
     W(96) W(136) 0.0082770833333333325
     W(96) W(146) -0.00011840277777777413
     W(96) W(166) 0.00030972222222222208
     W(96) W(176) 0.030760069444444451
     W(96) W(186) -0.0030187500000000006
     W(96) W(196) -0.021474652777777777
     W(96) W(206) 0.011455208333333333
     W(96) W(216) -0.0071086805555555634
     W(96) W(226) -0.0086281250000000004
     W(96) W(236) -5.4861111111110955e-05
     W(96) W(256) -0.0063548611111111141
     W(96) W(266) -0.02096284722222222
     W(96) W(276) 0.0041701388888888882
     W(96) W(286) 0.012747569444444455
     W(96) W(296) -0.018095486111111104
     W(96) W(306) -0.012484722222222206
     W(96) W(316) -5.4861111111110955e-05
     W(96) W(336) -0.015426388888888884
     W(96) W(346) -0.035039236111111122
     W(96) W(356) -0.0048222222222222251
     W(96) W(366) -0.002183333333333334
     W(96) W(376) -0.01838611111111111
     W(96) W(386) -0.011486458333333328
     W(96) W(406) -0.00010972222222222191
     W(96) W(416) -0.0085298611111111061
     W(96) W(426) -0.027113541666666675
     W(96) W(436) -0.0074499999999999992
     W(96) W(446) -0.0062673611111111116
     W(96) W(456) -0.022035416666666665
     W(96) W(466) -0.0024843749999999987
     W(96) W(476) -0.00027430555555555547
     W(96) W(486) -0.00043888888888888764
     W(96) W(496) 0.00043402777777777716
     W(96) W(506) 0.0023559027777777801
     W(96) W(516) -0.0010847222222222235
     W(96) W(526) -0.0063190972222222242
     W(96) W(536) -0.0071291666666666665
     W(96) W(546) 0.011843055555555556
     W(96) W(556) -0.00076597222222222225
     W(96) W(576) 0.0045763888888888972
     W(96) W(586) 0.039209375000000012
     W(96) W(596) 0.01539930555555556
     W(96) W(606) -0.0080402777777777816
     W(96) W(616) 0.0048343749999999967
     W(96) W(626) 0.011939583333333339
     W(96) W(636) 0.002514583333333337
     W(97) W(97) 0.088618055555555547
     W(97) W(107) 0.035812500000000004
     W(97) W(117) -0.015020833333333332
     W(97) W(127) -0.0045649305555555538
     W(97) W(137) 0.0082770833333333325
     W(97) W(147) -0.00011840277777777413
     W(97) W(167) 0.00030972222222222208
     W(97) W(177) 0.030760069444444451
     W(97) W(187) -0.0030187500000000006
     W(97) W(197) -0.021474652777777777
     W(97) W(207) 0.011455208333333333
     W(97) W(217) -0.0071086805555555634
     W(97) W(227) -0.0086281250000000004
     W(97) W(237) -5.4861111111110955e-05
     W(97) W(257) -0.0063548611111111141
     W(97) W(267) -0.02096284722222222
     W(97) W(277) 0.0041701388888888882
     W(97) W(287) 0.012747569444444455
     W(97) W(297) -0.018095486111111104
     W(97) W(307) -0.012484722222222206
     W(97) W(317) -5.4861111111110955e-05
     W(97) W(337) -0.015426388888888884
     W(97) W(347) -0.035039236111111122
     W(97) W(357) -0.0048222222222222251
     W(97) W(367) -0.002183333333333334
     W(97) W(377) -0.01838611111111111
     W(97) W(387) -0.011486458333333328
     W(97) W(407) -0.00010972222222222191
     W(97) W(417) -0.0085298611111111061
     W(97) W(427) -0.027113541666666675
     W(97) W(437) -0.0074499999999999992
     W(97) W(447) -0.0062673611111111116
     W(97) W(457) -0.022035416666666665
     W(97) W(467) -0.0024843749999999987
     W(97) W(477) -0.00027430555555555547
     W(97) W(487) -0.00043888888888888764
     W(97) W(497) 0.00043402777777777716
     W(97) W(507) 0.0023559027777777801
     W(97) W(517) -0.0010847222222222235
     W(97) W(527) -0.0063190972222222242
     W(97) W(537) -0.0071291666666666665
     W(97) W(547) 0.011843055555555556
     W(97) W(557) -0.00076597222222222225
     W(97) W(577) 0.0045763888888888972
     W(97) W(587) 0.039209375000000012
     W(97) W(597) 0.01539930555555556
     W(97) W(607) -0.0080402777777777816
     W(97) W(617) 0.0048343749999999967
     W(97) W(627) 0.011939583333333339
     W(97) W(637) 0.002514583333333337
     W(98) W(98) 0.088618055555555547
     W(98) W(108) 0.035812500000000004
     W(98) W(118) -0.015020833333333332
     W(98) W(128) -0.0045649305555555538
     W(98) W(138) 0.0082770833333333325
     W(98) W(148) -0.00011840277777777413
     W(98) W(168) 0.00030972222222222208
     W(98) W(178) 0.030760069444444451
     W(98) W(188) -0.0030187500000000006
     W(98) W(198) -0.021474652777777777
     W(98) W(208) 0.011455208333333333
     W(98) W(218) -0.0071086805555555634
     W(98) W(228) -0.0086281250000000004
     W(98) W(238) -5.4861111111110955e-05
     W(98) W(258) -0.0063548611111111141
     W(98) W(268) -0.02096284722222222
     W(98) W(278) 0.0041701388888888882
     W(98) W(288) 0.012747569444444455
     W(98) W(298) -0.018095486111111104
     W(98) W(308) -0.012484722222222206
     W(98) W(318) -5.4861111111110955e-05
     W(98) W(338) -0.015426388888888884
     W(98) W(348) -0.035039236111111122
     W(98) W(358) -0.0048222222222222251
     W(98) W(368) -0.002183333333333334
     W(98) W(378) -0.01838611111111111
     W(98) W(388) -0.011486458333333328
     W(98) W(408) -0.00010972222222222191
     W(98) W(418) -0.0085298611111111061
     W(98) W(428) -0.027113541666666675
     W(98) W(438) -0.0074499999999999992
     W(98) W(448) -0.0062673611111111116
     W(98) W(458) -0.022035416666666665
     W(98) W(468) -0.0024843749999999987
     W(98) W(478) -0.00027430555555555547
     W(98) W(488) -0.00043888888888888764
     W(98) W(498) 0.00043402777777777716
     W(98) W(508) 0.0023559027777777801
     W(98) W(518) -0.0010847222222222235
     W(98) W(528) -0.0063190972222222242
     W(98) W(538) -0.0071291666666666665
     W(98) W(548) 0.011843055555555556
     W(98) W(558) -0.00076597222222222225
     W(98) W(578) 0.0045763888888888972
     W(98) W(588) 0.039209375000000012
     W(98) W(598) 0.01539930555555556
     W(98) W(608) -0.0080402777777777816
     W(98) W(618) 0.0048343749999999967
     W(98) W(628) 0.011939583333333339
     W(98) W(638) 0.002514583333333337
     W(99) W(99) 0.088618055555555547
     W(99) W(109) 0.035812500000000004
     W(99) W(119) -0.015020833333333332
     W(99) W(129) -0.0045649305555555538
     W(99) W(139) 0.0082770833333333325
     W(99) W(149) -0.00011840277777777413
     W(99) W(169) 0.00030972222222222208
     W(99) W(179) 0.030760069444444451
     W(99) W(189) -0.0030187500000000006
     W(99) W(199) -0.021474652777777777
     W(99) W(209) 0.011455208333333333
     W(99) W(219) -0.0071086805555555634
     W(99) W(229) -0.0086281250000000004
     W(99) W(239) -5.4861111111110955e-05
     W(99) W(259) -0.0063548611111111141
     W(99) W(269) -0.02096284722222222
     W(99) W(279) 0.0041701388888888882
     W(99) W(289) 0.012747569444444455
     W(99) W(299) -0.018095486111111104
     W(99) W(309) -0.012484722222222206
     W(99) W(319) -5.4861111111110955e-05
     W(99) W(339) -0.015426388888888884
     W(99) W(349) -0.035039236111111122
     W(99) W(359) -0.0048222222222222251
     W(99) W(369) -0.002183333333333334
     W(99) W(379) -0.01838611111111111
     W(99) W(389) -0.011486458333333328
     W(99) W(409) -0.00010972222222222191
     W(99) W(419) -0.0085298611111111061
     W(99) W(429) -0.027113541666666675
     W(99) W(439) -0.0074499999999999992
     W(99) W(449) -0.0062673611111111116
     W(99) W(459) -0.022035416666666665
     W(99) W(469) -0.0024843749999999987
     W(99) W(479) -0.00027430555555555547
     W(99) W(489) -0.00043888888888888764
     W(99) W(499) 0.00043402777777777716
     W(99) W(509) 0.0023559027777777801
     W(99) W(519) -0.0010847222222222235
     W(99) W(529) -0.0063190972222222242
     W(99) W(539) -0.0071291666666666665
     W(99) W(549) 0.011843055555555556
     W(99) W(559) -0.00076597222222222225
     W(99) W(579) 0.0045763888888888972
     W(99) W(589) 0.039209375000000012
     W(99) W(599) 0.01539930555555556
     W(99) W(609) -0.0080402777777777816
     W(99) W(619) 0.0048343749999999967
     W(99) W(629) 0.011939583333333339
     W(99) W(639) 0.002514583333333337
     W(100) W(100) 0.16969114583333322
     W(100) W(110) -0.0064322916666666695
     W(100) W(120) -0.016593749999999997
     W(100) W(130) 0.033289062500000008
     W(100) W(140) 0.0018723958333333353
     W(100) W(160) 0.00014843750000000002
     W(100) W(170) 0.036026041666666675
     W(100) W(180) 0.037593749999999988
     W(100) W(190) -0.07193229166666669
     W(100) W(200) -0.0066510416666666601
     W(100) W(210) 0.017335937500000006
     W(100) W(220) -0.01097395833333333
     W(100) W(230) -0.0002682291666666664
     W(100) W(250) -0.0040416666666666665
     W(100) W(260) -0.032494791666666675
     W(100) W(270) -0.014856770833333331
     W(100) W(280) 0.019708333333333335
     W(100) W(290) -0.010325520833333332
     W(100) W(300) -0.016473958333333334
     W(100) W(310) -0.0002682291666666664
     W(100) W(330) -0.023992187500000008
     W(100) W(340) -0.04740364583333332
     W(100) W(350) -0.012416666666666668
     W(100) W(360) -0.012182291666666662
     W(100) W(370) -0.01884635416666668
     W(100) W(380) -0.003140625000000005
     W(100) W(400) -0.0005364583333333328
     W(100) W(410) -0.015979166666666676
     W(100) W(420) -0.036619791666666672
     W(100) W(430) -0.038778645833333333
     W(100) W(440) -0.055221354166666653
     W(100) W(450) -0.0058515625000000043
     W(100) W(460) 0.012721354166666671
     W(100) W(470) -3.9062500000000048e-05
     W(100) W(480) -0.0021458333333333312
     W(100) W(490) -0.00055989583333333423
     W(100) W(500) 0.032513020833333343
     W(100) W(510) 0.0057708333333333353
     W(100) W(520) -0.026247395833333353
     W(100) W(530) 0.01597135416666667
     W(100) W(540) 0.018510416666666665
     W(100) W(550) -0.0014739583333333338
     W(100) W(570) 0.0042187500000000037
     W(100) W(580) 0.068757812500000001
     W(100) W(590) 0.060846354166666665
     W(100) W(600) -0.016630208333333344
     W(100) W(610) -0.0027135416666666662
     W(100) W(620) 0.008739583333333337
     W(100) W(630) 0.0025182291666666643
     W(101) W(101) 0.16969114583333322
     W(101) W(111) -0.0064322916666666695
     W(101) W(121) -0.016593749999999997
     W(101) W(131) 0.033289062500000008
     W(101) W(141) 0.0018723958333333353
     W(101) W(161) 0.00014843750000000002
     W(101) W(171) 0.036026041666666675
     W(101) W(181) 0.037593749999999988
     W(101) W(191) -0.07193229166666669
     W(101) W(201) -0.0066510416666666601
     W(101) W(211) 0.017335937500000006
     W(101) W(221) -0.01097395833333333
     W(101) W(231) -0.0002682291666666664
     W(101) W(251) -0.0040416666666666665
     W(101) W(261) -0.032494791666666675
     W(101) W(271) -0.014856770833333331
     W(101) W(281) 0.019708333333333335
     W(101) W(291) -0.010325520833333332
     W(101) W(301) -0.016473958333333334
     W(101) W(311) -0.0002682291666666664
     W(101) W(331) -0.023992187500000008
     W(101) W(341) -0.04740364583333332
     W(101) W(351) -0.012416666666666668
     W(101) W(361) -0.012182291666666662
     W(101) W(371) -0.01884635416666668
     W(101) W(381) -0.003140625000000005
     W(101) W(401) -0.0005364583333333328
     W(101) W(411) -0.015979166666666676
     W(101) W(421) -0.036619791666666672
     W(101) W(431) -0.038778645833333333
     W(101) W(441) -0.055221354166666653
     W(101) W(451) -0.0058515625000000043
     W(101) W(461) 0.012721354166666671
     W(101) W(471) -3.9062500000000048e-05
     W(101) W(481) -0.0021458333333333312
     W(101) W(491) -0.00055989583333333423
     W(101) W(501) 0.032513020833333343
     W(101) W(511) 0.0057708333333333353
     W(101) W(521) -0.026247395833333353
     W(101) W(531) 0.01597135416666667
     W(101) W(541) 0.018510416666666665
     W(101) W(551) -0.0014739583333333338
     W(101) W(571) 0.0042187500000000037
     W(101) W(581) 0.068757812500000001
     W(101) W(591) 0.060846354166666665
     W(101) W(601) -0.016630208333333344
     W(101) W(611) -0.0027135416666666662
     W(101) W(621) 0.008739583333333337
     W(101) W(631) 0.0025182291666666643
     W(102) W(102) 0.16969114583333322
     W(102) W(112) -0.0064322916666666695
     W(102) W(122) -0.016593749999999997
     W(102) W(132) 0.033289062500000008
     W(102) W(142) 0.0018723958333333353
     W(102) W(162) 0.00014843750000000002
     W(102) W(172) 0.036026041666666675
     W(102) W(182) 0.037593749999999988
     W(102) W(192) -0.07193229166666669
     W(102) W(202) -0.0066510416666666601
     W(102) W(212) 0.017335937500000006
     W(102) W(222) -0.01097395833333333
     W(102) W(232) -0.0002682291666666664
     W(102) W(252) -0.0040416666666666665
     W(102) W(262) -0.032494791666666675
     W(102) W(272) -0.014856770833333331
     W(102) W(282) 0.019708333333333335
     W(102) W(292) -0.010325520833333332
     W(102) W(302) -0.016473958333333334
     W(102) W(312) -0.0002682291666666664
     W(102) W(332) -0.023992187500000008
     W(102) W(342) -0.04740364583333332
     W(102) W(352) -0.012416666666666668
     W(102) W(362) -0.012182291666666662
     W(102) W(372) -0.01884635416666668
     W(102) W(382) -0.003140625000000005
     W(102) W(402) -0.0005364583333333328
     W(102) W(412) -0.015979166666666676
     W(102) W(422) -0.036619791666666672
     W(102) W(432) -0.038778645833333333
     W(102) W(442) -0.055221354166666653
     W(102) W(452) -0.0058515625000000043
     W(102) W(462) 0.012721354166666671
     W(102) W(472) -3.9062500000000048e-05
     W(102) W(482) -0.0021458333333333312
     W(102) W(492) -0.00055989583333333423
     W(102) W(502) 0.032513020833333343
     W(102) W(512) 0.0057708333333333353
     W(102) W(522) -0.026247395833333353
     W(102) W(532) 0.01597135416666667
     W(102) W(542) 0.018510416666666665
     W(102) W(552) -0.0014739583333333338
     W(102) W(572) 0.0042187500000000037
     W(102) W(582) 0.068757812500000001
     W(102) W(592) 0.060846354166666665
     W(102) W(602) -0.016630208333333344
     W(102) W(612) -0.0027135416666666662
     W(102) W(622) 0.008739583333333337
     W(102) W(632) 0.0025182291666666643
     W(103) W(103) 0.16969114583333322
     W(103) W(113) -0.0064322916666666695
     W(103) W(123) -0.016593749999999997
     W(103) W(133) 0.033289062500000008
     W(103) W(143) 0.0018723958333333353
     W(103) W(163) 0.00014843750000000002
     W(103) W(173) 0.036026041666666675
     W(103) W(183) 0.037593749999999988
     W(103) W(193) -0.07193229166666669
     W(103) W(203) -0.0066510416666666601
     W(103) W(213) 0.017335937500000006
     W(103) W(223) -0.01097395833333333
     W(103) W(233) -0.0002682291666666664
     W(103) W(253) -0.0040416666666666665
     W(103) W(263) -0.032494791666666675
     W(103) W(273) -0.014856770833333331
     W(103) W(283) 0.019708333333333335
     W(103) W(293) -0.010325520833333332
     W(103) W(303) -0.016473958333333334
     W(103) W(313) -0.0002682291666666664
     W(103) W(333) -0.023992187500000008
     W(103) W(343) -0.04740364583333332
     W(103) W(353) -0.012416666666666668
     W(103) W(363) -0.012182291666666662
     W(103) W(373) -0.01884635416666668
     W(103) W(383) -0.003140625000000005
     W(103) W(403) -0.0005364583333333328
     W(103) W(413) -0.015979166666666676
     W(103) W(423) -0.036619791666666672
     W(103) W(433) -0.038778645833333333
     W(103) W(443) -0.055221354166666653
     W(103) W(453) -0.0058515625000000043
     W(103) W(463) 0.012721354166666671
     W(103) W(473) -3.9062500000000048e-05
     W(103) W(483) -0.0021458333333333312
     W(103) W(493) -0.00055989583333333423
     W(103) W(503) 0.032513020833333343
     W(103) W(513) 0.0057708333333333353
     W(103) W(523) -0.026247395833333353
     W(103) W(533) 0.01597135416666667
     W(103) W(543) 0.018510416666666665
     W(103) W(553) -0.0014739583333333338
     W(103) W(573) 0.0042187500000000037
     W(103) W(583) 0.068757812500000001
     W(103) W(593) 0.060846354166666665
     W(103) W(603) -0.016630208333333344
     W(103) W(613) -0.0027135416666666662
     W(103) W(623) 0.008739583333333337
     W(103) W(633) 0.0025182291666666643
     W(104) W(104) 0.16969114583333322
     W(104) W(114) -0.0064322916666666695
     W(104) W(124) -0.016593749999999997
     W(104) W(134) 0.033289062500000008
     W(104) W(144) 0.0018723958333333353
     W(104) W(164) 0.00014843750000000002
     W(104) W(174) 0.036026041666666675
     W(104) W(184) 0.037593749999999988
     W(104) W(194) -0.07193229166666669
     W(104) W(204) -0.0066510416666666601
     W(104) W(214) 0.017335937500000006
     W(104) W(224) -0.01097395833333333
     W(104) W(234) -0.0002682291666666664
     W(104) W(254) -0.0040416666666666665
     W(104) W(264) -0.032494791666666675
     W(104) W(274) -0.014856770833333331
     W(104) W(284) 0.019708333333333335
     W(104) W(294) -0.010325520833333332
     W(104) W(304) -0.016473958333333334
     W(104) W(314) -0.0002682291666666664
     W(104) W(334) -0.023992187500000008
     W(104) W(344) -0.04740364583333332
     W(104) W(354) -0.012416666666666668
     W(104) W(364) -0.012182291666666662
     W(104) W(374) -0.01884635416666668
     W(104) W(384) -0.003140625000000005
     W(104) W(404) -0.0005364583333333328
     W(104) W(414) -0.015979166666666676
     W(104) W(424) -0.036619791666666672
     W(104) W(434) -0.038778645833333333
     W(104) W(444) -0.055221354166666653
     W(104) W(454) -0.0058515625000000043
     W(104) W(464) 0.012721354166666671
     W(104) W(474) -3.9062500000000048e-05
     W(104) W(484) -0.0021458333333333312
     W(104) W(494) -0.00055989583333333423
     W(104) W(504) 0.032513020833333343
     W(104) W(514) 0.0057708333333333353
     W(104) W(524) -0.026247395833333353
     W(104) W(534) 0.01597135416666667
     W(104) W(544) 0.018510416666666665
     W(104) W(554) -0.0014739583333333338
     W(104) W(574) 0.0042187500000000037
     W(104) W(584) 0.068757812500000001
     W(104) W(594) 0.060846354166666665
     W(104) W(604) -0.016630208333333344
     W(104) W(614) -0.0027135416666666662
     W(104) W(624) 0.008739583333333337
     W(104) W(634) 0.0025182291666666643
     W(105) W(105) 0.16969114583333322
     W(105) W(115) -0.0064322916666666695
     W(105) W(125) -0.016593749999999997
     W(105) W(135) 0.033289062500000008
     W(105) W(145) 0.0018723958333333353
     W(105) W(165) 0.00014843750000000002
     W(105) W(175) 0.036026041666666675
     W(105) W(185) 0.037593749999999988
     W(105) W(195) -0.07193229166666669
     W(105) W(205) -0.0066510416666666601
     W(105) W(215) 0.017335937500000006
     W(105) W(225) -0.01097395833333333
     W(105) W(235) -0.0002682291666666664
     W(105) W(255) -0.0040416666666666665
     W(105) W(265) -0.032494791666666675
     W(105) W(275) -0.014856770833333331
     W(105) W(285) 0.019708333333333335
     W(105) W(295) -0.010325520833333332
     W(105) W(305) -0.016473958333333334
     W(105) W(315) -0.0002682291666666664
     W(105) W(335) -0.023992187500000008
     W(105) W(345) -0.04740364583333332
     W(105) W(355) -0.012416666666666668
     W(105) W(365) -0.012182291666666662
     W(105) W(375) -0.01884635416666668
     W(105) W(385) -0.003140625000000005
     W(105) W(405) -0.0005364583333333328
     W(105) W(415) -0.015979166666666676
     W(105) W(425) -0.036619791666666672
     W(105) W(435) -0.038778645833333333
     W(105) W(445) -0.055221354166666653
     W(105) W(455) -0.0058515625000000043
     W(105) W(465) 0.012721354166666671
     W(105) W(475) -3.9062500000000048e-05
     W(105) W(485) -0.0021458333333333312
     W(105) W(495) -0.00055989583333333423
     W(105) W(505) 0.032513020833333343
     W(105) W(515) 0.0057708333333333353
     W(105) W(525) -0.026247395833333353
     W(105) W(535) 0.01597135416666667
     W(105) W(545) 0.018510416666666665
     W(105) W(555) -0.0014739583333333338
     W(105) W(575) 0.0042187500000000037
     W(105) W(585) 0.068757812500000001
     W(105) W(595) 0.060846354166666665
     W(105) W(605) -0.016630208333333344
     W(105) W(615) -0.0027135416666666662
     W(105) W(625) 0.008739583333333337
     W(105) W(635) 0.0025182291666666643
     W(106) W(106) 0.16969114583333322
     W(106) W(116) -0.0064322916666666695
     W(106) W(126) -0.016593749999999997
     W(106) W(136) 0.033289062500000008
     W(106) W(146) 0.0018723958333333353
     W(106) W(166) 0.00014843750000000002
     W(106) W(176) 0.036026041666666675
     W(106) W(186) 0.037593749999999988
     W(106) W(196) -0.07193229166666669
     W(106) W(206) -0.0066510416666666601
     W(106) W(216) 0.017335937500000006
     W(106) W(226) -0.01097395833333333
     W(106) W(236) -0.0002682291666666664
     W(106) W(256) -0.0040416666666666665
     W(106) W(266) -0.032494791666666675
     W(106) W(276) -0.014856770833333331
     W(106) W(286) 0.019708333333333335
     W(106) W(296) -0.010325520833333332
     W(106) W(306) -0.016473958333333334
     W(106) W(316) -0.0002682291666666664
     W(106) W(336) -0.023992187500000008
     W(106) W(346) -0.04740364583333332
     W(106) W(356) -0.012416666666666668
     W(106) W(366) -0.012182291666666662
     W(106) W(376) -0.01884635416666668
     W(106) W(386) -0.003140625000000005
     W(106) W(406) -0.0005364583333333328
     W(106) W(416) -0.015979166666666676
     W(106) W(426) -0.036619791666666672
     W(106) W(436) -0.038778645833333333
     W(106) W(446) -0.055221354166666653
     W(106) W(456) -0.0058515625000000043
     W(106) W(466) 0.012721354166666671
     W(106) W(476) -3.9062500000000048e-05
     W(106) W(486) -0.0021458333333333312
     W(106) W(496) -0.00055989583333333423
     W(106) W(506) 0.032513020833333343
     W(106) W(516) 0.0057708333333333353
     W(106) W(526) -0.026247395833333353
     W(106) W(536) 0.01597135416666667
     W(106) W(546) 0.018510416666666665
     W(106) W(556) -0.0014739583333333338
     W(106) W(576) 0.0042187500000000037
     W(106) W(586) 0.068757812500000001
     W(106) W(596) 0.060846354166666665
     W(106) W(606) -0.016630208333333344
     W(106) W(616) -0.0027135416666666662
     W(106) W(626) 0.008739583333333337
     W(106) W(636) 0.0025182291666666643
     W(107) W(107) 0.16969114583333322
     W(107) W(117) -0.0064322916666666695
     W(107) W(127) -0.016593749999999997
     W(107) W(137) 0.033289062500000008
     W(107) W(147) 0.0018723958333333353
     W(107) W(167) 0.00014843750000000002
     W(107) W(177) 0.036026041666666675
     W(107) W(187) 0.037593749999999988
     W(107) W(197) -0.07193229166666669
     W(107) W(207) -0.0066510416666666601
     W(107) W(217) 0.017335937500000006
     W(107) W(227) -0.01097395833333333
     W(107) W(237) -0.0002682291666666664
     W(107) W(257) -0.0040416666666666665
     W(107) W(267) -0.032494791666666675
     W(107) W(277) -0.014856770833333331
     W(107) W(287) 0.019708333333333335
     W(107) W(297) -0.010325520833333332
     W(107) W(307) -0.016473958333333334
     W(107) W(317) -0.0002682291666666664
     W(107) W(337) -0.023992187500000008
     W(107) W(347) -0.04740364583333332
     W(107) W(357) -0.012416666666666668
     W(107) W(367) -0.012182291666666662
     W(107) W(377) -0.01884635416666668
     W(107) W(387) -0.003140625000000005
     W(107) W(407) -0.0005364583333333328
     W(107) W(417) -0.015979166666666676
     W(107) W(427) -0.036619791666666672
     W(107) W(437) -0.038778645833333333
     W(107) W(447) -0.055221354166666653
     W(107) W(457) -0.0058515625000000043
     W(107) W(467) 0.012721354166666671
     W(107) W(477) -3.9062500000000048e-05
     W(107) W(487) -0.0021458333333333312
     W(107) W(497) -0.00055989583333333423
     W(107) W(507) 0.032513020833333343
     W(107) W(517) 0.0057708333333333353
     W(107) W(527) -0.026247395833333353
     W(107) W(537) 0.01597135416666667
     W(107) W(547) 0.018510416666666665
     W(107) W(557) -0.0014739583333333338
     W(107) W(577) 0.0042187500000000037
     W(107) W(587) 0.068757812500000001
     W(107) W(597) 0.060846354166666665
     W(107) W(607) -0.016630208333333344
     W(107) W(617) -0.0027135416666666662
     W(107) W(627) 0.008739583333333337
     W(107) W(637) 0.0025182291666666643
     W(108) W(108) 0.16969114583333322
     W(108) W(118) -0.0064322916666666695
     W(108) W(128) -0.016593749999999997
     W(108) W(138) 0.033289062500000008
     W(108) W(148) 0.0018723958333333353
     W(108) W(168) 0.00014843750000000002
     W(108) W(178) 0.036026041666666675
     W(108) W(188) 0.037593749999999988
     W(108) W(198) -0.07193229166666669
     W(108) W(208) -0.0066510416666666601
     W(108) W(218) 0.017335937500000006
     W(108) W(228) -0.01097395833333333
     W(108) W(238) -0.0002682291666666664
     W(108) W(258) -0.0040416666666666665
     W(108) W(268) -0.032494791666666675
     W(108) W(278) -0.014856770833333331
     W(108) W(288) 0.019708333333333335
     W(108) W(298) -0.010325520833333332
     W(108) W(308) -0.016473958333333334
     W(108) W(318) -0.0002682291666666664
     W(108) W(338) -0.023992187500000008
     W(108) W(348) -0.04740364583333332
     W(108) W(358) -0.012416666666666668
     W(108) W(368) -0.012182291666666662
     W(108) W(378) -0.01884635416666668
     W(108) W(388) -0.003140625000000005
     W(108) W(408) -0.0005364583333333328
     W(108) W(418) -0.015979166666666676
     W(108) W(428) -0.036619791666666672
     W(108) W(438) -0.038778645833333333
     W(108) W(448) -0.055221354166666653
     W(108) W(458) -0.0058515625000000043
     W(108) W(468) 0.012721354166666671
     W(108) W(478) -3.9062500000000048e-05
     W(108) W(488) -0.0021458333333333312
     W(108) W(498) -0.00055989583333333423
     W(108) W(508) 0.032513020833333343
     W(108) W(518) 0.0057708333333333353
     W(108) W(528) -0.026247395833333353
     W(108) W(538) 0.01597135416666667
     W(108) W(548) 0.018510416666666665
     W(108) W(558) -0.0014739583333333338
     W(108) W(578) 0.0042187500000000037
     W(108) W(588) 0.068757812500000001
     W(108) W(598) 0.060846354166666665
     W(108) W(608) -0.016630208333333344
     W(108) W(618) -0.0027135416666666662
     W(108) W(628) 0.008739583333333337
     W(108) W(638) 0.0025182291666666643
     W(109) W(109) 0.16969114583333322
     W(109) W(119) -0.0064322916666666695
     W(109) W(129) -0.016593749999999997
     W(109) W(139) 0.033289062500000008
     W(109) W(149) 0.0018723958333333353
     W(109) W(169) 0.00014843750000000002
     W(109) W(179) 0.036026041666666675
     W(109) W(189) 0.037593749999999988
     W(109) W(199) -0.07193229166666669
     W(109) W(209) -0.0066510416666666601
     W(109) W(219) 0.017335937500000006
     W(109) W(229) -0.01097395833333333
     W(109) W(239) -0.0002682291666666664
     W(109) W(259) -0.0040416666666666665
     W(109) W(269) -0.032494791666666675
     W(109) W(279) -0.014856770833333331
     W(109) W(289) 0.019708333333333335
     W(109) W(299) -0.010325520833333332
     W(109) W(309) -0.016473958333333334
     W(109) W(319) -0.0002682291666666664
     W(109) W(339) -0.023992187500000008
     W(109) W(349) -0.04740364583333332
     W(109) W(359) -0.012416666666666668
     W(109) W(369) -0.012182291666666662
     W(109) W(379) -0.01884635416666668
     W(109) W(389) -0.003140625000000005
     W(109) W(409) -0.0005364583333333328
     W(109) W(419) -0.015979166666666676
     W(109) W(429) -0.036619791666666672
     W(109) W(439) -0.038778645833333333
     W(109) W(449) -0.055221354166666653
     W(109) W(459) -0.0058515625000000043
     W(109) W(469) 0.012721354166666671
     W(109) W(479) -3.9062500000000048e-05
     W(109) W(489) -0.0021458333333333312
     W(109) W(499) -0.00055989583333333423
     W(109) W(509) 0.032513020833333343
     W(109) W(519) 0.0057708333333333353
     W(109) W(529) -0.026247395833333353
     W(109) W(539) 0.01597135416666667
     W(109) W(549) 0.018510416666666665
     W(109) W(559) -0.0014739583333333338
     W(109) W(579) 0.0042187500000000037
     W(109) W(589) 0.068757812500000001
     W(109) W(599) 0.060846354166666665
     W(109) W(609) -0.016630208333333344
     W(109) W(619) -0.0027135416666666662
     W(109) W(629) 0.008739583333333337
     W(109) W(639) 0.0025182291666666643
     W(110) W(110) 0.10407916666666669
     W(110) W(120) 0.018692708333333339
     W(110) W(130) -0.028182291666666678
     W(110) W(140) -0.0055885416666666696
     W(110) W(160) -7.2916666666666659e-05
     W(110) W(170) -0.0050937499999999993
     W(110) W(180) 0.020875000000000005
     W(110) W(190) 0.033901041666666666
     W(110) W(200) -0.012588541666666663
     W(110) W(210) -0.023015625000000001
     W(110) W(220) 4.1666666666666787e-05
     W(110) W(230) 3.1249999999999967e-05
     W(110) W(250) 0.0024687500000000009
     W(110) W(260) 0.016776041666666665
     W(110) W(270) -0.0096354166666666637
     W(110) W(280) -0.017921874999999993
     W(110) W(290) -0.008984375000000001
     W(110) W(300) 0.0016250000000000001
     W(110) W(310) 3.1249999999999967e-05
     W(110) W(330) 0.0064375000000000005
     W(110) W(340) 0.026854166666666662
     W(110) W(350) 0.024302083333333335
     W(110) W(360) 0.012687500000000008
     W(110) W(370) -0.0048489583333333327
     W(110) W(380) 0.0030312499999999997
     W(110) W(400) 6.2499999999999934e-05
     W(110) W(410) 0.0051406249999999976
     W(110) W(420) 0.029708333333333333
     W(110) W(430) 0.036859375
     W(110) W(440) 0.010859375000000001
     W(110) W(450) -0.0062812500000000038
     W(110) W(460) 0.0061197916666666683
     W(110) W(470) 0.00023437500000000013
     W(110) W(480) 0.00024999999999999973
     W(110) W(490) -0.00010416666666666741
     W(110) W(500) 0.005989583333333332
     W(110) W(510) 0.037984375000000008
     W(110) W(520) 0.019859374999999999
     W(110) W(530) -0.0039114583333333319
     W(110) W(540) 0.010229166666666656
     W(110) W(550) 0.0026406250000000002
     W(110) W(570) 0.00015624999999999979
     W(110) W(580) -0.022348958333333339
     W(110) W(590) 0.0036197916666666726
     W(110) W(600) 0.0074062499999999962
     W(110) W(610) -0.004171875000000002
     W(110) W(620) 0.005848958333333338
     W(110) W(630) 0.00089062500000000003
     W(111) W(111) 0.10407916666666669
     W(111) W(121) 0.018692708333333339
     W(111) W(131) -0.028182291666666678
     W(111) W(141) -0.0055885416666666696
     W(111) W(161) -7.2916666666666659e-05
     W(111) W(171) -0.0050937499999999993
     W(111) W(181) 0.020875000000000005
     W(111) W(191) 0.033901041666666666
     W(111) W(201) -0.012588541666666663
     W(111) W(211) -0.023015625000000001
     W(111) W(221) 4.1666666666666787e-05
     W(111) W(231) 3.1249999999999967e-05
     W(111) W(251) 0.0024687500000000009
     W(111) W(261) 0.016776041666666665
     W(111) W(271) -0.0096354166666666637
     W(111) W(281) -0.017921874999999993
     W(111) W(291) -0.008984375000000001
     W(111) W(301) 0.0016250000000000001
     W(111) W(311) 3.1249999999999967e-05
     W(111) W(331) 0.0064375000000000005
     W(111) W(341) 0.026854166666666662
     W(111) W(351) 0.024302083333333335
     W(111) W(361) 0.012687500000000008
     W(111) W(371) -0.0048489583333333327
     W(111) W(381) 0.0030312499999999997
     W(111) W(401) 6.2499999999999934e-05
     W(111) W(411) 0.0051406249999999976
     W(111) W(421) 0.029708333333333333
     W(111) W(431) 0.036859375
     W(111) W(441) 0.010859375000000001
     W(111) W(451) -0.0062812500000000038
     W(111) W(461) 0.0061197916666666683
     W(111) W(471) 0.00023437500000000013
     W(111) W(481) 0.00024999999999999973
     W(111) W(491) -0.00010416666666666741
     W(111) W(501) 0.005989583333333332
     W(111) W(511) 0.037984375000000008
     W(111) W(521) 0.019859374999999999
     W(111) W(531) -0.0039114583333333319
     W(111) W(541) 0.010229166666666656
     W(111) W(551) 0.0026406250000000002
     W(111) W(571) 0.00015624999999999979
     W(111) W(581) -0.022348958333333339
     W(111) W(591) 0.0036197916666666726
     W(111) W(601) 0.0074062499999999962
     W(111) W(611) -0.004171875000000002
     W(111) W(621) 0.005848958333333338
     W(111) W(631) 0.00089062500000000003
     W(112) W(112) 0.10407916666666669
     W(112) W(122) 0.018692708333333339
     W(112) W(132) -0.028182291666666678
     W(112) W(142) -0.0055885416666666696
     W(112) W(162) -7.2916666666666659e-05
     W(112) W(172) -0.0050937499999999993
     W(112) W(182) 0.020875000000000005
     W(112) W(192) 0.033901041666666666
     W(112) W(202) -0.012588541666666663
     W(112) W(212) -0.023015625000000001
     W(112) W(222) 4.1666666666666787e-05
     W(112) W(232) 3.1249999999999967e-05
     W(112) W(252) 0.0024687500000000009
     W(112) W(262) 0.016776041666666665
     W(112) W(272) -0.0096354166666666637
     W(112) W(282) -0.017921874999999993
     W(112) W(292) -0.008984375000000001
     W(112) W(302) 0.0016250000000000001
     W(112) W(312) 3.1249999999999967e-05
     W(112) W(332) 0.0064375000000000005
     W(112) W(342) 0.026854166666666662
     W(112) W(352) 0.024302083333333335
     W(112) W(362) 0.012687500000000008
     W(112) W(372) -0.0048489583333333327
     W(112) W(382) 0.0030312499999999997
     W(112) W(402) 6.2499999999999934e-05
     W(112) W(412) 0.0051406249999999976
     W(112) W(422) 0.029708333333333333
     W(112) W(432) 0.036859375
     W(112) W(442) 0.010859375000000001
     W(112) W(452) -0.0062812500000000038
     W(112) W(462) 0.0061197916666666683
     W(112) W(472) 0.00023437500000000013
     W(112) W(482) 0.00024999999999999973
     W(112) W(492) -0.00010416666666666741
     W(112) W(502) 0.005989583333333332
     W(112) W(512) 0.037984375000000008
     W(112) W(522) 0.019859374999999999
     W(112) W(532) -0.0039114583333333319
     W(112) W(542) 0.010229166666666656
     W(112) W(552) 0.0026406250000000002
     W(112) W(572) 0.00015624999999999979
     W(112) W(582) -0.022348958333333339
     W(112) W(592) 0.0036197916666666726
     W(112) W(602) 0.0074062499999999962
     W(112) W(612) -0.004171875000000002
     W(112) W(622) 0.005848958333333338
     W(112) W(632) 0.00089062500000000003
     W(113) W(113) 0.10407916666666669
     W(113) W(123) 0.018692708333333339
     W(113) W(133) -0.028182291666666678
     W(113) W(143) -0.0055885416666666696
     W(113) W(163) -7.2916666666666659e-05
     W(113) W(173) -0.0050937499999999993
     W(113) W(183) 0.020875000000000005
     W(113) W(193) 0.033901041666666666
     W(113) W(203) -0.012588541666666663
     W(113) W(213) -0.023015625000000001
     W(113) W(223) 4.1666666666666787e-05
     W(113) W(233) 3.1249999999999967e-05
     W(113) W(253) 0.0024687500000000009
     W(113) W(263) 0.016776041666666665
     W(113) W(273) -0.0096354166666666637
     W(113) W(283) -0.017921874999999993
     W(113) W(293) -0.008984375000000001
     W(113) W(303) 0.0016250000000000001
     W(113) W(313) 3.1249999999999967e-05
     W(113) W(333) 0.0064375000000000005
     W(113) W(343) 0.026854166666666662
     W(113) W(353) 0.024302083333333335
     W(113) W(363) 0.012687500000000008
     W(113) W(373) -0.0048489583333333327
     W(113) W(383) 0.0030312499999999997
     W(113) W(403) 6.2499999999999934e-05
     W(113) W(413) 0.0051406249999999976
     W(113) W(423) 0.029708333333333333
     W(113) W(433) 0.036859375
     W(113) W(443) 0.010859375000000001
     W(113) W(453) -0.0062812500000000038
     W(113) W(463) 0.0061197916666666683
     W(113) W(473) 0.00023437500000000013
     W(113) W(483) 0.00024999999999999973
     W(113) W(493) -0.00010416666666666741
     W(113) W(503) 0.005989583333333332
     W(113) W(513) 0.037984375000000008
     W(113) W(523) 0.019859374999999999
     W(113) W(533) -0.0039114583333333319
     W(113) W(543) 0.010229166666666656
     W(113) W(553) 0.0026406250000000002
     W(113) W(573) 0.00015624999999999979
     W(113) W(583) -0.022348958333333339
     W(113) W(593) 0.0036197916666666726
     W(113) W(603) 0.0074062499999999962
     W(113) W(613) -0.004171875000000002
     W(113) W(623) 0.005848958333333338
     W(113) W(633) 0.00089062500000000003
     W(114) W(114) 0.10407916666666669
     W(114) W(124) 0.018692708333333339
     W(114) W(134) -0.028182291666666678
     W(114) W(144) -0.0055885416666666696
     W(114) W(164) -7.2916666666666659e-05
     W(114) W(174) -0.0050937499999999993
     W(114) W(184) 0.020875000000000005
     W(114) W(194) 0.033901041666666666
     W(114) W(204) -0.012588541666666663
     W(114) W(214) -0.023015625000000001
     W(114) W(224) 4.1666666666666787e-05
     W(114) W(234) 3.1249999999999967e-05
     W(114) W(254) 0.0024687500000000009
     W(114) W(264) 0.016776041666666665
     W(114) W(274) -0.0096354166666666637
     W(114) W(284) -0.017921874999999993
     W(114) W(294) -0.008984375000000001
     W(114) W(304) 0.0016250000000000001
     W(114) W(314) 3.1249999999999967e-05
     W(114) W(334) 0.0064375000000000005
     W(114) W(344) 0.026854166666666662
     W(114) W(354) 0.024302083333333335
     W(114) W(364) 0.012687500000000008
     W(114) W(374) -0.0048489583333333327
     W(114) W(384) 0.0030312499999999997
     W(114) W(404) 6.2499999999999934e-05
     W(114) W(414) 0.0051406249999999976
     W(114) W(424) 0.029708333333333333
     W(114) W(434) 0.036859375
     W(114) W(444) 0.010859375000000001
     W(114) W(454) -0.0062812500000000038
     W(114) W(464) 0.0061197916666666683
     W(114) W(474) 0.00023437500000000013
     W(114) W(484) 0.00024999999999999973
     W(114) W(494) -0.00010416666666666741
     W(114) W(504) 0.005989583333333332
     W(114) W(514) 0.037984375000000008
     W(114) W(524) 0.019859374999999999
     W(114) W(534) -0.0039114583333333319
     W(114) W(544) 0.010229166666666656
     W(114) W(554) 0.0026406250000000002
     W(114) W(574) 0.00015624999999999979
     W(114) W(584) -0.022348958333333339
     W(114) W(594) 0.0036197916666666726
     W(114) W(604) 0.0074062499999999962
     W(114) W(614) -0.004171875000000002
     W(114) W(624) 0.005848958333333338
     W(114) W(634) 0.00089062500000000003
     W(115) W(115) 0.10407916666666669
     W(115) W(125) 0.018692708333333339
     W(115) W(135) -0.028182291666666678
     W(115) W(145) -0.0055885416666666696
     W(115) W(165) -7.2916666666666659e-05
     W(115) W(175) -0.0050937499999999993
     W(115) W(185) 0.020875000000000005
     W(115) W(195) 0.033901041666666666
     W(115) W(205) -0.012588541666666663
     W(115) W(215) -0.023015625000000001
     W(115) W(225) 4.1666666666666787e-05
     W(115) W(235) 3.1249999999999967e-05
     W(115) W(255) 0.0024687500000000009
     W(115) W(265) 0.016776041666666665
     W(115) W(275) -0.0096354166666666637
     W(115) W(285) -0.017921874999999993
     W(115) W(295) -0.008984375000000001
     W(115) W(305) 0.0016250000000000001
     W(115) W(315) 3.1249999999999967e-05
     W(115) W(335) 0.0064375000000000005
     W(115) W(345) 0.026854166666666662
     W(115) W(355) 0.024302083333333335
     W(115) W(365) 0.012687500000000008
     W(115) W(375) -0.0048489583333333327
     W(115) W(385) 0.0030312499999999997
     W(115) W(405) 6.2499999999999934e-05
     W(115) W(415) 0.0051406249999999976
     W(115) W(425) 0.029708333333333333
     W(115) W(435) 0.036859375
     W(115) W(445) 0.010859375000000001
     W(115) W(455) -0.0062812500000000038
     W(115) W(465) 0.0061197916666666683
     W(115) W(475) 0.00023437500000000013
     W(115) W(485) 0.00024999999999999973
     W(115) W(495) -0.00010416666666666741
     W(115) W(505) 0.005989583333333332
     W(115) W(515) 0.037984375000000008
     W(115) W(525) 0.019859374999999999
     W(115) W(535) -0.0039114583333333319
     W(115) W(545) 0.010229166666666656
     W(115) W(555) 0.0026406250000000002
     W(115) W(575) 0.00015624999999999979
     W(115) W(585) -0.022348958333333339
     W(115) W(595) 0.0036197916666666726
     W(115) W(605) 0.0074062499999999962
     W(115) W(615) -0.004171875000000002
     W(115) W(625) 0.005848958333333338
     W(115) W(635) 0.00089062500000000003
     W(116) W(116) 0.10407916666666669
     W(116) W(126) 0.018692708333333339
     W(116) W(136) -0.028182291666666678
     W(116) W(146) -0.0055885416666666696
     W(116) W(166) -7.2916666666666659e-05
     W(116) W(176) -0.0050937499999999993
     W(116) W(186) 0.020875000000000005
     W(116) W(196) 0.033901041666666666
     W(116) W(206) -0.012588541666666663
     W(116) W(216) -0.023015625000000001
     W(116) W(226) 4.1666666666666787e-05
     W(116) W(236) 3.1249999999999967e-05
     W(116) W(256) 0.0024687500000000009
     W(116) W(266) 0.016776041666666665
     W(116) W(276) -0.0096354166666666637
     W(116) W(286) -0.017921874999999993
     W(116) W(296) -0.008984375000000001
     W(116) W(306) 0.0016250000000000001
     W(116) W(316) 3.1249999999999967e-05
     W(116) W(336) 0.0064375000000000005
     W(116) W(346) 0.026854166666666662
     W(116) W(356) 0.024302083333333335
     W(116) W(366) 0.012687500000000008
     W(116) W(376) -0.0048489583333333327
     W(116) W(386) 0.0030312499999999997
     W(116) W(406) 6.2499999999999934e-05
     W(116) W(416) 0.0051406249999999976
     W(116) W(426) 0.029708333333333333
     W(116) W(436) 0.036859375
     W(116) W(446) 0.010859375000000001
     W(116) W(456) -0.0062812500000000038
     W(116) W(466) 0.0061197916666666683
     W(116) W(476) 0.00023437500000000013
     W(116) W(486) 0.00024999999999999973
     W(116) W(496) -0.00010416666666666741
     W(116) W(506) 0.005989583333333332
     W(116) W(516) 0.037984375000000008
     W(116) W(526) 0.019859374999999999
     W(116) W(536) -0.0039114583333333319
     W(116) W(546) 0.010229166666666656
     W(116) W(556) 0.0026406250000000002
     W(116) W(576) 0.00015624999999999979
     W(116) W(586) -0.022348958333333339
     W(116) W(596) 0.0036197916666666726
     W(116) W(606) 0.0074062499999999962
     W(116) W(616) -0.004171875000000002
     W(116) W(626) 0.005848958333333338
     W(116) W(636) 0.00089062500000000003
     W(117) W(117) 0.10407916666666669
     W(117) W(127) 0.018692708333333339
     W(117) W(137) -0.028182291666666678
     W(117) W(147) -0.0055885416666666696
     W(117) W(167) -7.2916666666666659e-05
     W(117) W(177) -0.0050937499999999993
     W(117) W(187) 0.020875000000000005
     W(117) W(197) 0.033901041666666666
     W(117) W(207) -0.012588541666666663
     W(117) W(217) -0.023015625000000001
     W(117) W(227) 4.1666666666666787e-05
     W(117) W(237) 3.1249999999999967e-05
     W(117) W(257) 0.0024687500000000009
     W(117) W(267) 0.016776041666666665
     W(117) W(277) -0.0096354166666666637
     W(117) W(287) -0.017921874999999993
     W(117) W(297) -0.008984375000000001
     W(117) W(307) 0.0016250000000000001
     W(117) W(317) 3.1249999999999967e-05
     W(117) W(337) 0.0064375000000000005
     W(117) W(347) 0.026854166666666662
     W(117) W(357) 0.024302083333333335
     W(117) W(367) 0.012687500000000008
     W(117) W(377) -0.0048489583333333327
     W(117) W(387) 0.0030312499999999997
     W(117) W(407) 6.2499999999999934e-05
     W(117) W(417) 0.0051406249999999976
     W(117) W(427) 0.029708333333333333
     W(117) W(437) 0.036859375
     W(117) W(447) 0.010859375000000001
     W(117) W(457) -0.0062812500000000038
     W(117) W(467) 0.0061197916666666683
     W(117) W(477) 0.00023437500000000013
     W(117) W(487) 0.00024999999999999973
     W(117) W(497) -0.00010416666666666741
     W(117) W(507) 0.005989583333333332
     W(117) W(517) 0.037984375000000008
     W(117) W(527) 0.019859374999999999
     W(117) W(537) -0.0039114583333333319
     W(117) W(547) 0.010229166666666656
     W(117) W(557) 0.0026406250000000002
     W(117) W(577) 0.00015624999999999979
     W(117) W(587) -0.022348958333333339
     W(117) W(597) 0.0036197916666666726
     W(117) W(607) 0.0074062499999999962
     W(117) W(617) -0.004171875000000002
     W(117) W(627) 0.005848958333333338
     W(117) W(637) 0.00089062500000000003
     W(118) W(118) 0.10407916666666669
     W(118) W(128) 0.018692708333333339
     W(118) W(138) -0.028182291666666678
     W(118) W(148) -0.0055885416666666696
     W(118) W(168) -7.2916666666666659e-05
     W(118) W(178) -0.0050937499999999993
     W(118) W(188) 0.020875000000000005
     W(118) W(198) 0.033901041666666666
     W(118) W(208) -0.012588541666666663
     W(118) W(218) -0.023015625000000001
     W(118) W(228) 4.1666666666666787e-05
     W(118) W(238) 3.1249999999999967e-05
     W(118) W(258) 0.0024687500000000009
     W(118) W(268) 0.016776041666666665
     W(118) W(278) -0.0096354166666666637
     W(118) W(288) -0.017921874999999993
     W(118) W(298) -0.008984375000000001
     W(118) W(308) 0.0016250000000000001
     W(118) W(318) 3.1249999999999967e-05
     W(118) W(338) 0.0064375000000000005
     W(118) W(348) 0.026854166666666662
     W(118) W(358) 0.024302083333333335
     W(118) W(368) 0.012687500000000008
     W(118) W(378) -0.0048489583333333327
     W(118) W(388) 0.0030312499999999997
     W(118) W(408) 6.2499999999999934e-05
     W(118) W(418) 0.0051406249999999976
     W(118) W(428) 0.029708333333333333
     W(118) W(438) 0.036859375
     W(118) W(448) 0.010859375000000001
     W(118) W(458) -0.0062812500000000038
     W(118) W(468) 0.0061197916666666683
     W(118) W(478) 0.00023437500000000013
     W(118) W(488) 0.00024999999999999973
     W(118) W(498) -0.00010416666666666741
     W(118) W(508) 0.005989583333333332
     W(118) W(518) 0.037984375000000008
     W(118) W(528) 0.019859374999999999
     W(118) W(538) -0.0039114583333333319
     W(118) W(548) 0.010229166666666656
     W(118) W(558) 0.0026406250000000002
     W(118) W(578) 0.00015624999999999979
     W(118) W(588) -0.022348958333333339
     W(118) W(598) 0.0036197916666666726
     W(118) W(608) 0.0074062499999999962
     W(118) W(618) -0.004171875000000002
     W(118) W(628) 0.005848958333333338
     W(118) W(638) 0.00089062500000000003
     W(119) W(119) 0.10407916666666669
     W(119) W(129) 0.018692708333333339
     W(119) W(139) -0.028182291666666678
     W(119) W(149) -0.0055885416666666696
     W(119) W(169) -7.2916666666666659e-05
     W(119) W(179) -0.0050937499999999993
     W(119) W(189) 0.020875000000000005
     W(119) W(199) 0.033901041666666666
     W(119) W(209) -0.012588541666666663
     W(119) W(219) -0.023015625000000001
     W(119) W(229) 4.1666666666666787e-05
     W(119) W(239) 3.1249999999999967e-05
     W(119) W(259) 0.0024687500000000009
     W(119) W(269) 0.016776041666666665
     W(119) W(279) -0.0096354166666666637
     W(119) W(289) -0.017921874999999993
     W(119) W(299) -0.008984375000000001
     W(119) W(309) 0.0016250000000000001
     W(119) W(319) 3.1249999999999967e-05
     W(119) W(339) 0.0064375000000000005
     W(119) W(349) 0.026854166666666662
     W(119) W(359) 0.024302083333333335
     W(119) W(369) 0.012687500000000008
     W(119) W(379) -0.0048489583333333327
     W(119) W(389) 0.0030312499999999997
     W(119) W(409) 6.2499999999999934e-05
     W(119) W(419) 0.0051406249999999976
     W(119) W(429) 0.029708333333333333
     W(119) W(439) 0.036859375
     W(119) W(449) 0.010859375000000001
     W(119) W(459) -0.0062812500000000038
     W(119) W(469) 0.0061197916666666683
     W(119) W(479) 0.00023437500000000013
     W(119) W(489) 0.00024999999999999973
     W(119) W(499) -0.00010416666666666741
     W(119) W(509) 0.005989583333333332
     W(119) W(519) 0.037984375000000008
     W(119) W(529) 0.019859374999999999
     W(119) W(539) -0.0039114583333333319
     W(119) W(549) 0.010229166666666656
     W(119) W(559) 0.0026406250000000002
     W(119) W(579) 0.00015624999999999979
     W(119) W(589) -0.022348958333333339
     W(119) W(599) 0.0036197916666666726
     W(119) W(609) 0.0074062499999999962
     W(119) W(619) -0.004171875000000002
     W(119) W(629) 0.005848958333333338
     W(119) W(639) 0.00089062500000000003
     W(120) W(120) 0.13924305555555558
     W(120) W(130) 0.032530208333333338
     W(120) W(140) -0.0027722222222222228
     W(120) W(160) 2.8819444444444446e-05
     W(120) W(170) 0.0020263888888888905
     W(120) W(180) -0.019351041666666666
     W(120) W(190) 0.030354861111111121
     W(120) W(200) 0.058232291666666679
     W(120) W(210) 0.025363888888888932
     W(120) W(220) 0.0011020833333333323
     W(120) W(230) 8.0902777777777817e-05
     W(120) W(250) -0.0029159722222222174
     W(120) W(260) -0.018750694444444455
     W(120) W(270) 0.018460069444444439
     W(120) W(280) 0.021340972222222202
     W(120) W(290) 0.023486111111111093
     W(120) W(300) 0.0057659722222222253
     W(120) W(310) 8.0902777777777817e-05
     W(120) W(330) -0.016292361111111119
     W(120) W(340) -0.030820138888888918
     W(120) W(350) -0.0012454861111111089
     W(120) W(360) 0.0087458333333333312
     W(120) W(370) -0.0019784722222222213
     W(120) W(380) 0.0030750000000000022
     W(120) W(400) 0.00016180555555555563
     W(120) W(410) -0.0082670138888888828
     W(120) W(420) -0.022626041666666666
     W(120) W(430) -0.0056229166666666684
     W(120) W(440) 0.01449652777777778
     W(120) W(450) -0.00090729166666666475
     W(120) W(460) -0.0055885416666666653
     W(120) W(470) 0.00037847222222222232
     W(120) W(480) 0.00064722222222222253
     W(120) W(490) 0.0013888888888888892
     W(120) W(500) -0.00022048611111110793
     W(120) W(510) 0.015563888888888891
     W(120) W(520) 0.034053472222222193
     W(120) W(530) 0.0088479166666666654
     W(120) W(540) -0.0099420138888888891
     W(120) W(550) 0.00047951388888888946
     W(120) W(570) -0.00017534722222222225
     W(120) W(580) -0.012386458333333338
     W(120) W(590) -0.015295138888888889
     W(120) W(600) 0.0080663194444444402
     W(120) W(610) -0.0013447916666666675
     W(120) W(620) -0.0016791666666666667
     W(120) W(630) -0.00084791666666666826
     W(121) W(121) 0.13924305555555558
     W(121) W(131) 0.032530208333333338
     W(121) W(141) -0.0027722222222222228
     W(121) W(161) 2.8819444444444446e-05
     W(121) W(171) 0.0020263888888888905
     W(121) W(181) -0.019351041666666666
     W(121) W(191) 0.030354861111111121
     W(121) W(201) 0.058232291666666679
     W(121) W(211) 0.025363888888888932
     W(121) W(221) 0.0011020833333333323
     W(121) W(231) 8.0902777777777817e-05
     W(121) W(251) -0.0029159722222222174
     W(121) W(261) -0.018750694444444455
     W(121) W(271) 0.018460069444444439
     W(121) W(281) 0.021340972222222202
     W(121) W(291) 0.023486111111111093
     W(121) W(301) 0.0057659722222222253
     W(121) W(311) 8.0902777777777817e-05
     W(121) W(331) -0.016292361111111119
     W(121) W(341) -0.030820138888888918
     W(121) W(351) -0.0012454861111111089
     W(121) W(361) 0.0087458333333333312
     W(121) W(371) -0.0019784722222222213
     W(121) W(381) 0.0030750000000000022
     W(121) W(401) 0.00016180555555555563
     W(121) W(411) -0.0082670138888888828
     W(121) W(421) -0.022626041666666666
     W(121) W(431) -0.0056229166666666684
     W(121) W(441) 0.01449652777777778
     W(121) W(451) -0.00090729166666666475
     W(121) W(461) -0.0055885416666666653
     W(121) W(471) 0.00037847222222222232
     W(121) W(481) 0.00064722222222222253
     W(121) W(491) 0.0013888888888888892
     W(121) W(501) -0.00022048611111110793
     W(121) W(511) 0.015563888888888891
     W(121) W(521) 0.034053472222222193
     W(121) W(531) 0.0088479166666666654
     W(121) W(541) -0.0099420138888888891
     W(121) W(551) 0.00047951388888888946
     W(121) W(571) -0.00017534722222222225
     W(121) W(581) -0.012386458333333338
     W(121) W(591) -0.015295138888888889
     W(121) W(601) 0.0080663194444444402
     W(121) W(611) -0.0013447916666666675
     W(121) W(621) -0.0016791666666666667
     W(121) W(631) -0.00084791666666666826
     W(122) W(122) 0.13924305555555558
     W(122) W(132) 0.032530208333333338
     W(122) W(142) -0.0027722222222222228
     W(122) W(162) 2.8819444444444446e-05
     W(122) W(172) 0.0020263888888888905
     W(122) W(182) -0.019351041666666666
     W(122) W(192) 0.030354861111111121
     W(122) W(202) 0.058232291666666679
     W(122) W(212) 0.025363888888888932
     W(122) W(222) 0.0011020833333333323
     W(122) W(232) 8.0902777777777817e-05
     W(122) W(252) -0.0029159722222222174
     W(122) W(262) -0.018750694444444455
     W(122) W(272) 0.018460069444444439
     W(122) W(282) 0.021340972222222202
     W(122) W(292) 0.023486111111111093
     W(122) W(302) 0.0057659722222222253
     W(122) W(312) 8.0902777777777817e-05
     W(122) W(332) -0.016292361111111119
     W(122) W(342) -0.030820138888888918
     W(122) W(352) -0.0012454861111111089
     W(122) W(362) 0.0087458333333333312
     W(122) W(372) -0.0019784722222222213
     W(122) W(382) 0.0030750000000000022
     W(122) W(402) 0.00016180555555555563
     W(122) W(412) -0.0082670138888888828
     W(122) W(422) -0.022626041666666666
     W(122) W(432) -0.0056229166666666684
     W(122) W(442) 0.01449652777777778
     W(122) W(452) -0.00090729166666666475
     W(122) W(462) -0.0055885416666666653
     W(122) W(472) 0.00037847222222222232
     W(122) W(482) 0.00064722222222222253
     W(122) W(492) 0.0013888888888888892
     W(122) W(502) -0.00022048611111110793
     W(122) W(512) 0.015563888888888891
     W(122) W(522) 0.034053472222222193
     W(122) W(532) 0.0088479166666666654
     W(122) W(542) -0.0099420138888888891
     W(122) W(552) 0.00047951388888888946
     W(122) W(572) -0.00017534722222222225
     W(122) W(582) -0.012386458333333338
     W(122) W(592) -0.015295138888888889
     W(122) W(602) 0.0080663194444444402
     W(122) W(612) -0.0013447916666666675
     W(122) W(622) -0.0016791666666666667
     W(122) W(632) -0.00084791666666666826
     W(123) W(123) 0.13924305555555558
     W(123) W(133) 0.032530208333333338
     W(123) W(143) -0.0027722222222222228
     W(123) W(163) 2.8819444444444446e-05
     W(123) W(173) 0.0020263888888888905
     W(123) W(183) -0.019351041666666666
     W(123) W(193) 0.030354861111111121
     W(123) W(203) 0.058232291666666679
     W(123) W(213) 0.025363888888888932
     W(123) W(223) 0.0011020833333333323
     W(123) W(233) 8.0902777777777817e-05
     W(123) W(253) -0.0029159722222222174
     W(123) W(263) -0.018750694444444455
     W(123) W(273) 0.018460069444444439
     W(123) W(283) 0.021340972222222202
     W(123) W(293) 0.023486111111111093
     W(123) W(303) 0.0057659722222222253
     W(123) W(313) 8.0902777777777817e-05
     W(123) W(333) -0.016292361111111119
     W(123) W(343) -0.030820138888888918
     W(123) W(353) -0.0012454861111111089
     W(123) W(363) 0.0087458333333333312
     W(123) W(373) -0.0019784722222222213
     W(123) W(383) 0.0030750000000000022
     W(123) W(403) 0.00016180555555555563
     W(123) W(413) -0.0082670138888888828
     W(123) W(423) -0.022626041666666666
     W(123) W(433) -0.0056229166666666684
     W(123) W(443) 0.01449652777777778
     W(123) W(453) -0.00090729166666666475
     W(123) W(463) -0.0055885416666666653
     W(123) W(473) 0.00037847222222222232
     W(123) W(483) 0.00064722222222222253
     W(123) W(493) 0.0013888888888888892
     W(123) W(503) -0.00022048611111110793
     W(123) W(513) 0.015563888888888891
     W(123) W(523) 0.034053472222222193
     W(123) W(533) 0.0088479166666666654
     W(123) W(543) -0.0099420138888888891
     W(123) W(553) 0.00047951388888888946
     W(123) W(573) -0.00017534722222222225
     W(123) W(583) -0.012386458333333338
     W(123) W(593) -0.015295138888888889
     W(123) W(603) 0.0080663194444444402
     W(123) W(613) -0.0013447916666666675
     W(123) W(623) -0.0016791666666666667
     W(123) W(633) -0.00084791666666666826
     W(124) W(124) 0.13924305555555558
     W(124) W(134) 0.032530208333333338
     W(124) W(144) -0.0027722222222222228
     W(124) W(164) 2.8819444444444446e-05
     W(124) W(174) 0.0020263888888888905
     W(124) W(184) -0.019351041666666666
     W(124) W(194) 0.030354861111111121
     W(124) W(204) 0.058232291666666679
     W(124) W(214) 0.025363888888888932
     W(124) W(224) 0.0011020833333333323
     W(124) W(234) 8.0902777777777817e-05
     W(124) W(254) -0.0029159722222222174
     W(124) W(264) -0.018750694444444455
     W(124) W(274) 0.018460069444444439
     W(124) W(284) 0.021340972222222202
     W(124) W(294) 0.023486111111111093
     W(124) W(304) 0.0057659722222222253
     W(124) W(314) 8.0902777777777817e-05
     W(124) W(334) -0.016292361111111119
     W(124) W(344) -0.030820138888888918
     W(124) W(354) -0.0012454861111111089
     W(124) W(364) 0.0087458333333333312
     W(124) W(374) -0.0019784722222222213
     W(124) W(384) 0.0030750000000000022
     W(124) W(404) 0.00016180555555555563
     W(124) W(414) -0.0082670138888888828
     W(124) W(424) -0.022626041666666666
     W(124) W(434) -0.0056229166666666684
     W(124) W(444) 0.01449652777777778
     W(124) W(454) -0.00090729166666666475
     W(124) W(464) -0.0055885416666666653
     W(124) W(474) 0.00037847222222222232
     W(124) W(484) 0.00064722222222222253
     W(124) W(494) 0.0013888888888888892
     W(124) W(504) -0.00022048611111110793
     W(124) W(514) 0.015563888888888891
     W(124) W(524) 0.034053472222222193
     W(124) W(534) 0.0088479166666666654
     W(124) W(544) -0.0099420138888888891
     W(124) W(554) 0.00047951388888888946
     W(124) W(574) -0.00017534722222222225
     W(124) W(584) -0.012386458333333338
     W(124) W(594) -0.015295138888888889
     W(124) W(604) 0.0080663194444444402
     W(124) W(614) -0.0013447916666666675
     W(124) W(624) -0.0016791666666666667
     W(124) W(634) -0.00084791666666666826
     W(125) W(125) 0.13924305555555558
     W(125) W(135) 0.032530208333333338
     W(125) W(145) -0.0027722222222222228
     W(125) W(165) 2.8819444444444446e-05
     W(125) W(175) 0.0020263888888888905
     W(125) W(185) -0.019351041666666666
     W(125) W(195) 0.030354861111111121
     W(125) W(205) 0.058232291666666679
     W(125) W(215) 0.025363888888888932
     W(125) W(225) 0.0011020833333333323
     W(125) W(235) 8.0902777777777817e-05
     W(125) W(255) -0.0029159722222222174
     W(125) W(265) -0.018750694444444455
     W(125) W(275) 0.018460069444444439
     W(125) W(285) 0.021340972222222202
     W(125) W(295) 0.023486111111111093
     W(125) W(305) 0.0057659722222222253
     W(125) W(315) 8.0902777777777817e-05
     W(125) W(335) -0.016292361111111119
     W(125) W(345) -0.030820138888888918
     W(125) W(355) -0.0012454861111111089
     W(125) W(365) 0.0087458333333333312
     W(125) W(375) -0.0019784722222222213
     W(125) W(385) 0.0030750000000000022
     W(125) W(405) 0.00016180555555555563
     W(125) W(415) -0.0082670138888888828
     W(125) W(425) -0.022626041666666666
     W(125) W(435) -0.0056229166666666684
     W(125) W(445) 0.01449652777777778
     W(125) W(455) -0.00090729166666666475
     W(125) W(465) -0.0055885416666666653
     W(125) W(475) 0.00037847222222222232
     W(125) W(485) 0.00064722222222222253
     W(125) W(495) 0.0013888888888888892
     W(125) W(505) -0.00022048611111110793
     W(125) W(515) 0.015563888888888891
     W(125) W(525) 0.034053472222222193
     W(125) W(535) 0.0088479166666666654
     W(125) W(545) -0.0099420138888888891
     W(125) W(555) 0.00047951388888888946
     W(125) W(575) -0.00017534722222222225
     W(125) W(585) -0.012386458333333338
     W(125) W(595) -0.015295138888888889
     W(125) W(605) 0.0080663194444444402
     W(125) W(615) -0.0013447916666666675
     W(125) W(625) -0.0016791666666666667
     W(125) W(635) -0.00084791666666666826
     W(126) W(126) 0.13924305555555558
     W(126) W(136) 0.032530208333333338
     W(126) W(146) -0.0027722222222222228
     W(126) W(166) 2.8819444444444446e-05
     W(126) W(176) 0.0020263888888888905
     W(126) W(186) -0.019351041666666666
     W(126) W(196) 0.030354861111111121
     W(126) W(206) 0.058232291666666679
     W(126) W(216) 0.025363888888888932
     W(126) W(226) 0.0011020833333333323
     W(126) W(236) 8.0902777777777817e-05
     W(126) W(256) -0.0029159722222222174
     W(126) W(266) -0.018750694444444455
     W(126) W(276) 0.018460069444444439
     W(126) W(286) 0.021340972222222202
     W(126) W(296) 0.023486111111111093
     W(126) W(306) 0.0057659722222222253
     W(126) W(316) 8.0902777777777817e-05
     W(126) W(336) -0.016292361111111119
     W(126) W(346) -0.030820138888888918
     W(126) W(356) -0.0012454861111111089
     W(126) W(366) 0.0087458333333333312
     W(126) W(376) -0.0019784722222222213
     W(126) W(386) 0.0030750000000000022
     W(126) W(406) 0.00016180555555555563
     W(126) W(416) -0.0082670138888888828
     W(126) W(426) -0.022626041666666666
     W(126) W(436) -0.0056229166666666684
     W(126) W(446) 0.01449652777777778
     W(126) W(456) -0.00090729166666666475
     W(126) W(466) -0.0055885416666666653
     W(126) W(476) 0.00037847222222222232
     W(126) W(486) 0.00064722222222222253
     W(126) W(496) 0.0013888888888888892
     W(126) W(506) -0.00022048611111110793
     W(126) W(516) 0.015563888888888891
     W(126) W(526) 0.034053472222222193
     W(126) W(536) 0.0088479166666666654
     W(126) W(546) -0.0099420138888888891
     W(126) W(556) 0.00047951388888888946
     W(126) W(576) -0.00017534722222222225
     W(126) W(586) -0.012386458333333338
     W(126) W(596) -0.015295138888888889
     W(126) W(606) 0.0080663194444444402
     W(126) W(616) -0.0013447916666666675
     W(126) W(626) -0.0016791666666666667
     W(126) W(636) -0.00084791666666666826
     W(127) W(127) 0.13924305555555558
     W(127) W(137) 0.032530208333333338
     W(127) W(147) -0.0027722222222222228
     W(127) W(167) 2.8819444444444446e-05
     W(127) W(177) 0.0020263888888888905
     W(127) W(187) -0.019351041666666666
     W(127) W(197) 0.030354861111111121
     W(127) W(207) 0.058232291666666679
     W(127) W(217) 0.025363888888888932
     W(127) W(227) 0.0011020833333333323
     W(127) W(237) 8.0902777777777817e-05
     W(127) W(257) -0.0029159722222222174
     W(127) W(267) -0.018750694444444455
     W(127) W(277) 0.018460069444444439
     W(127) W(287) 0.021340972222222202
     W(127) W(297) 0.023486111111111093
     W(127) W(307) 0.0057659722222222253
     W(127) W(317) 8.0902777777777817e-05
     W(127) W(337) -0.016292361111111119
     W(127) W(347) -0.030820138888888918
     W(127) W(357) -0.0012454861111111089
     W(127) W(367) 0.0087458333333333312
     W(127) W(377) -0.0019784722222222213
     W(127) W(387) 0.0030750000000000022
     W(127) W(407) 0.00016180555555555563
     W(127) W(417) -0.0082670138888888828
     W(127) W(427) -0.022626041666666666
     W(127) W(437) -0.0056229166666666684
     W(127) W(447) 0.01449652777777778
     W(127) W(457) -0.00090729166666666475
     W(127) W(467) -0.0055885416666666653
     W(127) W(477) 0.00037847222222222232
     W(127) W(487) 0.00064722222222222253
     W(127) W(497) 0.0013888888888888892
     W(127) W(507) -0.00022048611111110793
     W(127) W(517) 0.015563888888888891
     W(127) W(527) 0.034053472222222193
     W(127) W(537) 0.0088479166666666654
     W(127) W(547) -0.0099420138888888891
     W(127) W(557) 0.00047951388888888946
     W(127) W(577) -0.00017534722222222225
     W(127) W(587) -0.012386458333333338
     W(127) W(597) -0.015295138888888889
     W(127) W(607) 0.0080663194444444402
     W(127) W(617) -0.0013447916666666675
     W(127) W(627) -0.0016791666666666667
     W(127) W(637) -0.00084791666666666826
     W(128) W(128) 0.13924305555555558
     W(128) W(138) 0.032530208333333338
     W(128) W(148) -0.0027722222222222228
     W(128) W(168) 2.8819444444444446e-05
     W(128) W(178) 0.0020263888888888905
     W(128) W(188) -0.019351041666666666
     W(128) W(198) 0.030354861111111121
     W(128) W(208) 0.058232291666666679
     W(128) W(218) 0.025363888888888932
     W(128) W(228) 0.0011020833333333323
     W(128) W(238) 8.0902777777777817e-05
     W(128) W(258) -0.0029159722222222174
     W(128) W(268) -0.018750694444444455
     W(128) W(278) 0.018460069444444439
     W(128) W(288) 0.021340972222222202
     W(128) W(298) 0.023486111111111093
     W(128) W(308) 0.0057659722222222253
     W(128) W(318) 8.0902777777777817e-05
     W(128) W(338) -0.016292361111111119
     W(128) W(348) -0.030820138888888918
     W(128) W(358) -0.0012454861111111089
     W(128) W(368) 0.0087458333333333312
     W(128) W(378) -0.0019784722222222213
     W(128) W(388) 0.0030750000000000022
     W(128) W(408) 0.00016180555555555563
     W(128) W(418) -0.0082670138888888828
     W(128) W(428) -0.022626041666666666
     W(128) W(438) -0.0056229166666666684
     W(128) W(448) 0.01449652777777778
     W(128) W(458) -0.00090729166666666475
     W(128) W(468) -0.0055885416666666653
     W(128) W(478) 0.00037847222222222232
     W(128) W(488) 0.00064722222222222253
     W(128) W(498) 0.0013888888888888892
     W(128) W(508) -0.00022048611111110793
     W(128) W(518) 0.015563888888888891
     W(128) W(528) 0.034053472222222193
     W(128) W(538) 0.0088479166666666654
     W(128) W(548) -0.0099420138888888891
     W(128) W(558) 0.00047951388888888946
     W(128) W(578) -0.00017534722222222225
     W(128) W(588) -0.012386458333333338
     W(128) W(598) -0.015295138888888889
     W(128) W(608) 0.0080663194444444402
     W(128) W(618) -0.0013447916666666675
     W(128) W(628) -0.0016791666666666667
     W(128) W(638) -0.00084791666666666826
     W(129) W(129) 0.13924305555555558
     W(129) W(139) 0.032530208333333338
     W(129) W(149) -0.0027722222222222228
     W(129) W(169) 2.8819444444444446e-05
     W(129) W(179) 0.0020263888888888905
     W(129) W(189) -0.019351041666666666
     W(129) W(199) 0.030354861111111121
     W(129) W(209) 0.058232291666666679
     W(129) W(219) 0.025363888888888932
     W(129) W(229) 0.0011020833333333323
     W(129) W(239) 8.0902777777777817e-05
     W(129) W(259) -0.0029159722222222174
     W(129) W(269) -0.018750694444444455
     W(129) W(279) 0.018460069444444439
     W(129) W(289) 0.021340972222222202
     W(129) W(299) 0.023486111111111093
     W(129) W(309) 0.0057659722222222253
     W(129) W(319) 8.0902777777777817e-05
     W(129) W(339) -0.016292361111111119
     W(129) W(349) -0.030820138888888918
     W(129) W(359) -0.0012454861111111089
     W(129) W(369) 0.0087458333333333312
     W(129) W(379) -0.0019784722222222213
     W(129) W(389) 0.0030750000000000022
     W(129) W(409) 0.00016180555555555563
     W(129) W(419) -0.0082670138888888828
     W(129) W(429) -0.022626041666666666
     W(129) W(439) -0.0056229166666666684
     W(129) W(449) 0.01449652777777778
     W(129) W(459) -0.00090729166666666475
     W(129) W(469) -0.0055885416666666653
     W(129) W(479) 0.00037847222222222232
     W(129) W(489) 0.00064722222222222253
     W(129) W(499) 0.0013888888888888892
     W(129) W(509) -0.00022048611111110793
     W(129) W(519) 0.015563888888888891
     W(129) W(529) 0.034053472222222193
     W(129) W(539) 0.0088479166666666654
     W(129) W(549) -0.0099420138888888891
     W(129) W(559) 0.00047951388888888946
     W(129) W(579) -0.00017534722222222225
     W(129) W(589) -0.012386458333333338
     W(129) W(599) -0.015295138888888889
     W(129) W(609) 0.0080663194444444402
     W(129) W(619) -0.0013447916666666675
     W(129) W(629) -0.0016791666666666667
     W(129) W(639) -0.00084791666666666826
     W(130) W(130) 0.19707031250000018
     W(130) W(140) 0.031457812499999946
     W(130) W(160) 0.00020156250000000003
     W(130) W(170) 0.013101041666666665
     W(130) W(180) -0.018819791666666672
     W(130) W(190) -0.04470937500000003
     W(130) W(200) 0.037617708333333333
     W(130) W(210) 0.11163906249999997
     W(130) W(220) 0.01501875000000001
     W(130) W(230) -0.00021510416666666661
     W(130) W(250) -0.0053500000000000023
     W(130) W(260) -0.041525000000000013
     W(130) W(270) 0.0045755208333333333
     W(130) W(280) 0.04529583333333332
     W(130) W(290) 0.040044270833333333
     W(130) W(300) 0.0005124999999999995
     W(130) W(310) -0.00021510416666666661
     W(130) W(330) -0.024808854166666668
     W(130) W(340) -0.06335572916666668
     W(130) W(350) -0.019384374999999999
     W(130) W(360) -0.0008427083333333407
     W(130) W(370) -0.0013786458333333376
     W(130) W(380) 0.0025958333333333354
     W(130) W(400) -0.00043020833333333322
     W(130) W(410) -0.012435416666666657
     W(130) W(420) -0.04650104166666668
     W(130) W(430) -0.06228697916666668
     W(130) W(440) -0.019648437499999994
     W(130) W(450) 0.0064026041666666667
     W(130) W(460) -0.0075286458333333386
     W(130) W(470) 7.0312500000000591e-05
     W(130) W(480) -0.0017208333333333329
     W(130) W(490) -0.0023046874999999964
     W(130) W(500) -0.0020651041666666626
     W(130) W(510) -0.023601041666666666
     W(130) W(520) -0.0085359374999999984
     W(130) W(530) 0.0043609374999999994
     W(130) W(540) -0.029224999999999994
     W(130) W(550) -0.0051906249999999973
     W(130) W(570) 0.00032812500000000013
     W(130) W(580) 0.024168229166666659
     W(130) W(590) 0.006888020833333338
     W(130) W(600) -0.019175000000000011
     W(130) W(610) -0.0057406249999999983
     W(130) W(620) -0.027189583333333361
     W(130) W(630) -0.0069338541666666637
     W(131) W(131) 0.19707031250000018
     W(131) W(141) 0.031457812499999946
     W(131) W(161) 0.00020156250000000003
     W(131) W(171) 0.013101041666666665
     W(131) W(181) -0.018819791666666672
     W(131) W(191) -0.04470937500000003
     W(131) W(201) 0.037617708333333333
     W(131) W(211) 0.11163906249999997
     W(131) W(221) 0.01501875000000001
     W(131) W(231) -0.00021510416666666661
     W(131) W(251) -0.0053500000000000023
     W(131) W(261) -0.041525000000000013
     W(131) W(271) 0.0045755208333333333
     W(131) W(281) 0.04529583333333332
     W(131) W(291) 0.040044270833333333
     W(131) W(301) 0.0005124999999999995
     W(131) W(311) -0.00021510416666666661
     W(131) W(331) -0.024808854166666668
     W(131) W(341) -0.06335572916666668
     W(131) W(351) -0.019384374999999999
     W(131) W(361) -0.0008427083333333407
     W(131) W(371) -0.0013786458333333376
     W(131) W(381) 0.0025958333333333354
     W(131) W(401) -0.00043020833333333322
     W(131) W(411) -0.012435416666666657
     W(131) W(421) -0.04650104166666668
     W(131) W(431) -0.06228697916666668
     W(131) W(441) -0.019648437499999994
     W(131) W(451) 0.0064026041666666667
     W(131) W(461) -0.0075286458333333386
     W(131) W(471) 7.0312500000000591e-05
     W(131) W(481) -0.0017208333333333329
     W(131) W(491) -0.0023046874999999964
     W(131) W(501) -0.0020651041666666626
     W(131) W(511) -0.023601041666666666
     W(131) W(521) -0.0085359374999999984
     W(131) W(531) 0.0043609374999999994
     W(131) W(541) -0.029224999999999994
     W(131) W(551) -0.0051906249999999973
     W(131) W(571) 0.00032812500000000013
     W(131) W(581) 0.024168229166666659
     W(131) W(591) 0.006888020833333338
     W(131) W(601) -0.019175000000000011
     W(131) W(611) -0.0057406249999999983
     W(131) W(621) -0.027189583333333361
     W(131) W(631) -0.0069338541666666637
     W(132) W(132) 0.19707031250000018
     W(132) W(142) 0.031457812499999946
     W(132) W(162) 0.00020156250000000003
     W(132) W(172) 0.013101041666666665
     W(132) W(182) -0.018819791666666672
     W(132) W(192) -0.04470937500000003
     W(132) W(202) 0.037617708333333333
     W(132) W(212) 0.11163906249999997
     W(132) W(222) 0.01501875000000001
     W(132) W(232) -0.00021510416666666661
     W(132) W(252) -0.0053500000000000023
     W(132) W(262) -0.041525000000000013
     W(132) W(272) 0.0045755208333333333
     W(132) W(282) 0.04529583333333332
     W(132) W(292) 0.040044270833333333
     W(132) W(302) 0.0005124999999999995
     W(132) W(312) -0.00021510416666666661
     W(132) W(332) -0.024808854166666668
     W(132) W(342) -0.06335572916666668
     W(132) W(352) -0.019384374999999999
     W(132) W(362) -0.0008427083333333407
     W(132) W(372) -0.0013786458333333376
     W(132) W(382) 0.0025958333333333354
     W(132) W(402) -0.00043020833333333322
     W(132) W(412) -0.012435416666666657
     W(132) W(422) -0.04650104166666668
     W(132) W(432) -0.06228697916666668
     W(132) W(442) -0.019648437499999994
     W(132) W(452) 0.0064026041666666667
     W(132) W(462) -0.0075286458333333386
     W(132) W(472) 7.0312500000000591e-05
     W(132) W(482) -0.0017208333333333329
     W(132) W(492) -0.0023046874999999964
     W(132) W(502) -0.0020651041666666626
     W(132) W(512) -0.023601041666666666
     W(132) W(522) -0.0085359374999999984
     W(132) W(532) 0.0043609374999999994
     W(132) W(542) -0.029224999999999994
     W(132) W(552) -0.0051906249999999973
     W(132) W(572) 0.00032812500000000013
     W(132) W(582) 0.024168229166666659
     W(132) W(592) 0.006888020833333338
     W(132) W(602) -0.019175000000000011
     W(132) W(612) -0.0057406249999999983
     W(132) W(622) -0.027189583333333361
     W(132) W(632) -0.0069338541666666637
     W(133) W(133) 0.19707031250000018
     W(133) W(143) 0.031457812499999946
     W(133) W(163) 0.00020156250000000003
     W(133) W(173) 0.013101041666666665
     W(133) W(183) -0.018819791666666672
     W(133) W(193) -0.04470937500000003
     W(133) W(203) 0.037617708333333333
     W(133) W(213) 0.11163906249999997
     W(133) W(223) 0.01501875000000001
     W(133) W(233) -0.00021510416666666661
     W(133) W(253) -0.0053500000000000023
     W(133) W(263) -0.041525000000000013
     W(133) W(273) 0.0045755208333333333
     W(133) W(283) 0.04529583333333332
     W(133) W(293) 0.040044270833333333
     W(133) W(303) 0.0005124999999999995
     W(133) W(313) -0.00021510416666666661
     W(133) W(333) -0.024808854166666668
     W(133) W(343) -0.06335572916666668
     W(133) W(353) -0.019384374999999999
     W(133) W(363) -0.0008427083333333407
     W(133) W(373) -0.0013786458333333376
     W(133) W(383) 0.0025958333333333354
     W(133) W(403) -0.00043020833333333322
     W(133) W(413) -0.012435416666666657
     W(133) W(423) -0.04650104166666668
     W(133) W(433) -0.06228697916666668
     W(133) W(443) -0.019648437499999994
     W(133) W(453) 0.0064026041666666667
     W(133) W(463) -0.0075286458333333386
     W(133) W(473) 7.0312500000000591e-05
     W(133) W(483) -0.0017208333333333329
     W(133) W(493) -0.0023046874999999964
     W(133) W(503) -0.0020651041666666626
     W(133) W(513) -0.023601041666666666
     W(133) W(523) -0.0085359374999999984
     W(133) W(533) 0.0043609374999999994
     W(133) W(543) -0.029224999999999994
     W(133) W(553) -0.0051906249999999973
     W(133) W(573) 0.00032812500000000013
     W(133) W(583) 0.024168229166666659
     W(133) W(593) 0.006888020833333338
     W(133) W(603) -0.019175000000000011
     W(133) W(613) -0.0057406249999999983
     W(133) W(623) -0.027189583333333361
     W(133) W(633) -0.0069338541666666637
     W(134) W(134) 0.19707031250000018
     W(134) W(144) 0.031457812499999946
     W(134) W(164) 0.00020156250000000003
     W(134) W(174) 0.013101041666666665
     W(134) W(184) -0.018819791666666672
     W(134) W(194) -0.04470937500000003
     W(134) W(204) 0.037617708333333333
     W(134) W(214) 0.11163906249999997
     W(134) W(224) 0.01501875000000001
     W(134) W(234) -0.00021510416666666661
     W(134) W(254) -0.0053500000000000023
     W(134) W(264) -0.041525000000000013
     W(134) W(274) 0.0045755208333333333
     W(134) W(284) 0.04529583333333332
     W(134) W(294) 0.040044270833333333
     W(134) W(304) 0.0005124999999999995
     W(134) W(314) -0.00021510416666666661
     W(134) W(334) -0.024808854166666668
     W(134) W(344) -0.06335572916666668
     W(134) W(354) -0.019384374999999999
     W(134) W(364) -0.0008427083333333407
     W(134) W(374) -0.0013786458333333376
     W(134) W(384) 0.0025958333333333354
     W(134) W(404) -0.00043020833333333322
     W(134) W(414) -0.012435416666666657
     W(134) W(424) -0.04650104166666668
     W(134) W(434) -0.06228697916666668
     W(134) W(444) -0.019648437499999994
     W(134) W(454) 0.0064026041666666667
     W(134) W(464) -0.0075286458333333386
     W(134) W(474) 7.0312500000000591e-05
     W(134) W(484) -0.0017208333333333329
     W(134) W(494) -0.0023046874999999964
     W(134) W(504) -0.0020651041666666626
     W(134) W(514) -0.023601041666666666
     W(134) W(524) -0.0085359374999999984
     W(134) W(534) 0.0043609374999999994
     W(134) W(544) -0.029224999999999994
     W(134) W(554) -0.0051906249999999973
     W(134) W(574) 0.00032812500000000013
     W(134) W(584) 0.024168229166666659
     W(134) W(594) 0.006888020833333338
     W(134) W(604) -0.019175000000000011
     W(134) W(614) -0.0057406249999999983
     W(134) W(624) -0.027189583333333361
     W(134) W(634) -0.0069338541666666637
     W(135) W(135) 0.19707031250000018
     W(135) W(145) 0.031457812499999946
     W(135) W(165) 0.00020156250000000003
     W(135) W(175) 0.013101041666666665
     W(135) W(185) -0.018819791666666672
     W(135) W(195) -0.04470937500000003
     W(135) W(205) 0.037617708333333333
     W(135) W(215) 0.11163906249999997
     W(135) W(225) 0.01501875000000001
     W(135) W(235) -0.00021510416666666661
     W(135) W(255) -0.0053500000000000023
     W(135) W(265) -0.041525000000000013
     W(135) W(275) 0.0045755208333333333
     W(135) W(285) 0.04529583333333332
     W(135) W(295) 0.040044270833333333
     W(135) W(305) 0.0005124999999999995
     W(135) W(315) -0.00021510416666666661
     W(135) W(335) -0.024808854166666668
     W(135) W(345) -0.06335572916666668
     W(135) W(355) -0.019384374999999999
     W(135) W(365) -0.0008427083333333407
     W(135) W(375) -0.0013786458333333376
     W(135) W(385) 0.0025958333333333354
     W(135) W(405) -0.00043020833333333322
     W(135) W(415) -0.012435416666666657
     W(135) W(425) -0.04650104166666668
     W(135) W(435) -0.06228697916666668
     W(135) W(445) -0.019648437499999994
     W(135) W(455) 0.0064026041666666667
     W(135) W(465) -0.0075286458333333386
     W(135) W(475) 7.0312500000000591e-05
     W(135) W(485) -0.0017208333333333329
     W(135) W(495) -0.0023046874999999964
     W(135) W(505) -0.0020651041666666626
     W(135) W(515) -0.023601041666666666
     W(135) W(525) -0.0085359374999999984
     W(135) W(535) 0.0043609374999999994
     W(135) W(545) -0.029224999999999994
     W(135) W(555) -0.0051906249999999973
     W(135) W(575) 0.00032812500000000013
     W(135) W(585) 0.024168229166666659
     W(135) W(595) 0.006888020833333338
     W(135) W(605) -0.019175000000000011
     W(135) W(615) -0.0057406249999999983
     W(135) W(625) -0.027189583333333361
     W(135) W(635) -0.0069338541666666637
     W(136) W(136) 0.19707031250000018
     W(136) W(146) 0.031457812499999946
     W(136) W(166) 0.00020156250000000003
     W(136) W(176) 0.013101041666666665
     W(136) W(186) -0.018819791666666672
     W(136) W(196) -0.04470937500000003
     W(136) W(206) 0.037617708333333333
     W(136) W(216) 0.11163906249999997
     W(136) W(226) 0.01501875000000001
     W(136) W(236) -0.00021510416666666661
     W(136) W(256) -0.0053500000000000023
     W(136) W(266) -0.041525000000000013
     W(136) W(276) 0.0045755208333333333
     W(136) W(286) 0.04529583333333332
     W(136) W(296) 0.040044270833333333
     W(136) W(306) 0.0005124999999999995
     W(136) W(316) -0.00021510416666666661
     W(136) W(336) -0.024808854166666668
     W(136) W(346) -0.06335572916666668
     W(136) W(356) -0.019384374999999999
     W(136) W(366) -0.0008427083333333407
     W(136) W(376) -0.0013786458333333376
     W(136) W(386) 0.0025958333333333354
     W(136) W(406) -0.00043020833333333322
     W(136) W(416) -0.012435416666666657
     W(136) W(426) -0.04650104166666668
     W(136) W(436) -0.06228697916666668
     W(136) W(446) -0.019648437499999994
     W(136) W(456) 0.0064026041666666667
     W(136) W(466) -0.0075286458333333386
     W(136) W(476) 7.0312500000000591e-05
     W(136) W(486) -0.0017208333333333329
     W(136) W(496) -0.0023046874999999964
     W(136) W(506) -0.0020651041666666626
     W(136) W(516) -0.023601041666666666
     W(136) W(526) -0.0085359374999999984
     W(136) W(536) 0.0043609374999999994
     W(136) W(546) -0.029224999999999994
     W(136) W(556) -0.0051906249999999973
     W(136) W(576) 0.00032812500000000013
     W(136) W(586) 0.024168229166666659
     W(136) W(596) 0.006888020833333338
     W(136) W(606) -0.019175000000000011
     W(136) W(616) -0.0057406249999999983
     W(136) W(626) -0.027189583333333361
     W(136) W(636) -0.0069338541666666637
     W(137) W(137) 0.19707031250000018
     W(137) W(147) 0.031457812499999946
     W(137) W(167) 0.00020156250000000003
     W(137) W(177) 0.013101041666666665
     W(137) W(187) -0.018819791666666672
     W(137) W(197) -0.04470937500000003
     W(137) W(207) 0.037617708333333333
     W(137) W(217) 0.11163906249999997
     W(137) W(227) 0.01501875000000001
     W(137) W(237) -0.00021510416666666661
     W(137) W(257) -0.0053500000000000023
     W(137) W(267) -0.041525000000000013
     W(137) W(277) 0.0045755208333333333
     W(137) W(287) 0.04529583333333332
     W(137) W(297) 0.040044270833333333
     W(137) W(307) 0.0005124999999999995
     W(137) W(317) -0.00021510416666666661
     W(137) W(337) -0.024808854166666668
     W(137) W(347) -0.06335572916666668
     W(137) W(357) -0.019384374999999999
     W(137) W(367) -0.0008427083333333407
     W(137) W(377) -0.0013786458333333376
     W(137) W(387) 0.0025958333333333354
     W(137) W(407) -0.00043020833333333322
     W(137) W(417) -0.012435416666666657
     W(137) W(427) -0.04650104166666668
     W(137) W(437) -0.06228697916666668
     W(137) W(447) -0.019648437499999994
     W(137) W(457) 0.0064026041666666667
     W(137) W(467) -0.0075286458333333386
     W(137) W(477) 7.0312500000000591e-05
     W(137) W(487) -0.0017208333333333329
     W(137) W(497) -0.0023046874999999964
     W(137) W(507) -0.0020651041666666626
     W(137) W(517) -0.023601041666666666
     W(137) W(527) -0.0085359374999999984
     W(137) W(537) 0.0043609374999999994
     W(137) W(547) -0.029224999999999994
     W(137) W(557) -0.0051906249999999973
     W(137) W(577) 0.00032812500000000013
     W(137) W(587) 0.024168229166666659
     W(137) W(597) 0.006888020833333338
     W(137) W(607) -0.019175000000000011
     W(137) W(617) -0.0057406249999999983
     W(137) W(627) -0.027189583333333361
     W(137) W(637) -0.0069338541666666637
     W(138) W(138) 0.19707031250000018
     W(138) W(148) 0.031457812499999946
     W(138) W(168) 0.00020156250000000003
     W(138) W(178) 0.013101041666666665
     W(138) W(188) -0.018819791666666672
     W(138) W(198) -0.04470937500000003
     W(138) W(208) 0.037617708333333333
     W(138) W(218) 0.11163906249999997
     W(138) W(228) 0.01501875000000001
     W(138) W(238) -0.00021510416666666661
     W(138) W(258) -0.0053500000000000023
     W(138) W(268) -0.041525000000000013
     W(138) W(278) 0.0045755208333333333
     W(138) W(288) 0.04529583333333332
     W(138) W(298) 0.040044270833333333
     W(138) W(308) 0.0005124999999999995
     W(138) W(318) -0.00021510416666666661
     W(138) W(338) -0.024808854166666668
     W(138) W(348) -0.06335572916666668
     W(138) W(358) -0.019384374999999999
     W(138) W(368) -0.0008427083333333407
     W(138) W(378) -0.0013786458333333376
     W(138) W(388) 0.0025958333333333354
     W(138) W(408) -0.00043020833333333322
     W(138) W(418) -0.012435416666666657
     W(138) W(428) -0.04650104166666668
     W(138) W(438) -0.06228697916666668
     W(138) W(448) -0.019648437499999994
     W(138) W(458) 0.0064026041666666667
     W(138) W(468) -0.0075286458333333386
     W(138) W(478) 7.0312500000000591e-05
     W(138) W(488) -0.0017208333333333329
     W(138) W(498) -0.0023046874999999964
     W(138) W(508) -0.0020651041666666626
     W(138) W(518) -0.023601041666666666
     W(138) W(528) -0.0085359374999999984
     W(138) W(538) 0.0043609374999999994
     W(138) W(548) -0.029224999999999994
     W(138) W(558) -0.0051906249999999973
     W(138) W(578) 0.00032812500000000013
     W(138) W(588) 0.024168229166666659
     W(138) W(598) 0.006888020833333338
     W(138) W(608) -0.019175000000000011
     W(138) W(618) -0.0057406249999999983
     W(138) W(628) -0.027189583333333361
     W(138) W(638) -0.0069338541666666637
     W(139) W(139) 0.19707031250000018
     W(139) W(149) 0.031457812499999946
     W(139) W(169) 0.00020156250000000003
     W(139) W(179) 0.013101041666666665
     W(139) W(189) -0.018819791666666672
     W(139) W(199) -0.04470937500000003
     W(139) W(209) 0.037617708333333333
     W(139) W(219) 0.11163906249999997
     W(139) W(229) 0.01501875000000001
     W(139) W(239) -0.00021510416666666661
     W(139) W(259) -0.0053500000000000023
     W(139) W(269) -0.041525000000000013
     W(139) W(279) 0.0045755208333333333
     W(139) W(289) 0.04529583333333332
     W(139) W(299) 0.040044270833333333
     W(139) W(309) 0.0005124999999999995
     W(139) W(319) -0.00021510416666666661
     W(139) W(339) -0.024808854166666668
     W(139) W(349) -0.06335572916666668
     W(139) W(359) -0.019384374999999999
     W(139) W(369) -0.0008427083333333407
     W(139) W(379) -0.0013786458333333376
     W(139) W(389) 0.0025958333333333354
     W(139) W(409) -0.00043020833333333322
     W(139) W(419) -0.012435416666666657
     W(139) W(429) -0.04650104166666668
     W(139) W(439) -0.06228697916666668
     W(139) W(449) -0.019648437499999994
     W(139) W(459) 0.0064026041666666667
     W(139) W(469) -0.0075286458333333386
     W(139) W(479) 7.0312500000000591e-05
     W(139) W(489) -0.0017208333333333329
     W(139) W(499) -0.0023046874999999964
     W(139) W(509) -0.0020651041666666626
     W(139) W(519) -0.023601041666666666
     W(139) W(529) -0.0085359374999999984
     W(139) W(539) 0.0043609374999999994
     W(139) W(549) -0.029224999999999994
     W(139) W(559) -0.0051906249999999973
     W(139) W(579) 0.00032812500000000013
     W(139) W(589) 0.024168229166666659
     W(139) W(599) 0.006888020833333338
     W(139) W(609) -0.019175000000000011
     W(139) W(619) -0.0057406249999999983
     W(139) W(629) -0.027189583333333361
     W(139) W(639) -0.0069338541666666637
     W(140) W(140) 0.084846701388888918
     W(140) W(160) -2.20486111111111e-05
     W(140) W(170) -0.00072638888888889187
     W(140) W(180) -0.0033916666666666661
     W(140) W(190) -0.01207777777777776
     W(140) W(200) -0.0092614583333333386
     W(140) W(210) 0.028674131944444466
     W(140) W(220) 0.017030208333333356
     W(140) W(230) -4.8090277777777785e-05
     W(140) W(250) -0.0047548611111111142
     W(140) W(260) -0.0027972222222222257
     W(140) W(270) 0.0040217013888888854
     W(140) W(280) 0.011982986111111104
     W(140) W(290) 0.01654774305555556
     W(140) W(300) 0.0014559027777777808
     W(140) W(310) -4.8090277777777785e-05
     W(140) W(330) -0.0057477430555555511
     W(140) W(340) -0.006344965277777768
     W(140) W(350) 0.0097444444444444445
     W(140) W(360) 0.010195833333333335
     W(140) W(370) 0.00020607638888888995
     W(140) W(380) -0.0072072916666666665
     W(140) W(400) -9.618055555555557e-05
     W(140) W(410) -0.0059121527777777757
     W(140) W(420) -0.016029166666666681
     W(140) W(430) -0.0065171875000000004
     W(140) W(440) 0.014084201388888884
     W(140) W(450) 0.0030203125000000013
     W(140) W(460) -0.017013020833333337
     W(140) W(470) -0.00024045138888888882
     W(140) W(480) -0.00038472222222222228
     W(140) W(490) -0.0012456597222222203
     W(140) W(500) -0.014328993055555557
     W(140) W(510) -0.0083430555555555549
     W(140) W(520) 0.0048470486111111153
     W(140) W(530) -0.0090161458333333413
     W(140) W(540) -0.020937152777777798
     W(140) W(550) -0.001538888888888887
     W(140) W(570) 0.00088888888888888926
     W(140) W(580) 1.5104166666668142e-05
     W(140) W(590) -0.0082855902777777737
     W(140) W(600) -0.021261111111111095
     W(140) W(610) -0.015336458333333337
     W(140) W(620) -0.010323958333333333
     W(140) W(630) -0.002452604166666668
     W(141) W(141) 0.084846701388888918
     W(141) W(161) -2.20486111111111e-05
     W(141) W(171) -0.00072638888888889187
     W(141) W(181) -0.0033916666666666661
     W(141) W(191) -0.01207777777777776
     W(141) W(201) -0.0092614583333333386
     W(141) W(211) 0.028674131944444466
     W(141) W(221) 0.017030208333333356
     W(141) W(231) -4.8090277777777785e-05
     W(141) W(251) -0.0047548611111111142
     W(141) W(261) -0.0027972222222222257
     W(141) W(271) 0.0040217013888888854
     W(141) W(281) 0.011982986111111104
     W(141) W(291) 0.01654774305555556
     W(141) W(301) 0.0014559027777777808
     W(141) W(311) -4.8090277777777785e-05
     W(141) W(331) -0.0057477430555555511
     W(141) W(341) -0.006344965277777768
     W(141) W(351) 0.0097444444444444445
     W(141) W(361) 0.010195833333333335
     W(141) W(371) 0.00020607638888888995
     W(141) W(381) -0.0072072916666666665
     W(141) W(401) -9.618055555555557e-05
     W(141) W(411) -0.0059121527777777757
     W(141) W(421) -0.016029166666666681
     W(141) W(431) -0.0065171875000000004
     W(141) W(441) 0.014084201388888884
     W(141) W(451) 0.0030203125000000013
     W(141) W(461) -0.017013020833333337
     W(141) W(471) -0.00024045138888888882
     W(141) W(481) -0.00038472222222222228
     W(141) W(491) -0.0012456597222222203
     W(141) W(501) -0.014328993055555557
     W(141) W(511) -0.0083430555555555549
     W(141) W(521) 0.0048470486111111153
     W(141) W(531) -0.0090161458333333413
     W(141) W(541) -0.020937152777777798
     W(141) W(551) -0.001538888888888887
     W(141) W(571) 0.00088888888888888926
     W(141) W(581) 1.5104166666668142e-05
     W(141) W(591) -0.0082855902777777737
     W(141) W(601) -0.021261111111111095
     W(141) W(611) -0.015336458333333337
     W(141) W(621) -0.010323958333333333
     W(141) W(631) -0.002452604166666668
     W(142) W(142) 0.084846701388888918
     W(142) W(162) -2.20486111111111e-05
     W(142) W(172) -0.00072638888888889187
     W(142) W(182) -0.0033916666666666661
     W(142) W(192) -0.01207777777777776
     W(142) W(202) -0.0092614583333333386
     W(142) W(212) 0.028674131944444466
     W(142) W(222) 0.017030208333333356
     W(142) W(232) -4.8090277777777785e-05
     W(142) W(252) -0.0047548611111111142
     W(142) W(262) -0.0027972222222222257
     W(142) W(272) 0.0040217013888888854
     W(142) W(282) 0.011982986111111104
     W(142) W(292) 0.01654774305555556
     W(142) W(302) 0.0014559027777777808
     W(142) W(312) -4.8090277777777785e-05
     W(142) W(332) -0.0057477430555555511
     W(142) W(342) -0.006344965277777768
     W(142) W(352) 0.0097444444444444445
     W(142) W(362) 0.010195833333333335
     W(142) W(372) 0.00020607638888888995
     W(142) W(382) -0.0072072916666666665
     W(142) W(402) -9.618055555555557e-05
     W(142) W(412) -0.0059121527777777757
     W(142) W(422) -0.016029166666666681
     W(142) W(432) -0.0065171875000000004
     W(142) W(442) 0.014084201388888884
     W(142) W(452) 0.0030203125000000013
     W(142) W(462) -0.017013020833333337
     W(142) W(472) -0.00024045138888888882
     W(142) W(482) -0.00038472222222222228
     W(142) W(492) -0.0012456597222222203
     W(142) W(502) -0.014328993055555557
     W(142) W(512) -0.0083430555555555549
     W(142) W(522) 0.0048470486111111153
     W(142) W(532) -0.0090161458333333413
     W(142) W(542) -0.020937152777777798
     W(142) W(552) -0.001538888888888887
     W(142) W(572) 0.00088888888888888926
     W(142) W(582) 1.5104166666668142e-05
     W(142) W(592) -0.0082855902777777737
     W(142) W(602) -0.021261111111111095
     W(142) W(612) -0.015336458333333337
     W(142) W(622) -0.010323958333333333
     W(142) W(632) -0.002452604166666668
     W(143) W(143) 0.084846701388888918
     W(143) W(163) -2.20486111111111e-05
     W(143) W(173) -0.00072638888888889187
     W(143) W(183) -0.0033916666666666661
     W(143) W(193) -0.01207777777777776
     W(143) W(203) -0.0092614583333333386
     W(143) W(213) 0.028674131944444466
     W(143) W(223) 0.017030208333333356
     W(143) W(233) -4.8090277777777785e-05
     W(143) W(253) -0.0047548611111111142
     W(143) W(263) -0.0027972222222222257
     W(143) W(273) 0.0040217013888888854
     W(143) W(283) 0.011982986111111104
     W(143) W(293) 0.01654774305555556
     W(143) W(303) 0.0014559027777777808
     W(143) W(313) -4.8090277777777785e-05
     W(143) W(333) -0.0057477430555555511
     W(143) W(343) -0.006344965277777768
     W(143) W(353) 0.0097444444444444445
     W(143) W(363) 0.010195833333333335
     W(143) W(373) 0.00020607638888888995
     W(143) W(383) -0.0072072916666666665
     W(143) W(403) -9.618055555555557e-05
     W(143) W(413) -0.0059121527777777757
     W(143) W(423) -0.016029166666666681
     W(143) W(433) -0.0065171875000000004
     W(143) W(443) 0.014084201388888884
     W(143) W(453) 0.0030203125000000013
     W(143) W(463) -0.017013020833333337
     W(143) W(473) -0.00024045138888888882
     W(143) W(483) -0.00038472222222222228
     W(143) W(493) -0.0012456597222222203
     W(143) W(503) -0.014328993055555557
     W(143) W(513) -0.0083430555555555549
     W(143) W(523) 0.0048470486111111153
     W(143) W(533) -0.0090161458333333413
     W(143) W(543) -0.020937152777777798
     W(143) W(553) -0.001538888888888887
     W(143) W(573) 0.00088888888888888926
     W(143) W(583) 1.5104166666668142e-05
     W(143) W(593) -0.0082855902777777737
     W(143) W(603) -0.021261111111111095
     W(143) W(613) -0.015336458333333337
     W(143) W(623) -0.010323958333333333
     W(143) W(633) -0.002452604166666668
     W(144) W(144) 0.084846701388888918
     W(144) W(164) -2.20486111111111e-05
     W(144) W(174) -0.00072638888888889187
     W(144) W(184) -0.0033916666666666661
     W(144) W(194) -0.01207777777777776
     W(144) W(204) -0.0092614583333333386
     W(144) W(214) 0.028674131944444466
     W(144) W(224) 0.017030208333333356
     W(144) W(234) -4.8090277777777785e-05
     W(144) W(254) -0.0047548611111111142
     W(144) W(264) -0.0027972222222222257
     W(144) W(274) 0.0040217013888888854
     W(144) W(284) 0.011982986111111104
     W(144) W(294) 0.01654774305555556
     W(144) W(304) 0.0014559027777777808
     W(144) W(314) -4.8090277777777785e-05
     W(144) W(334) -0.0057477430555555511
     W(144) W(344) -0.006344965277777768
     W(144) W(354) 0.0097444444444444445
     W(144) W(364) 0.010195833333333335
     W(144) W(374) 0.00020607638888888995
     W(144) W(384) -0.0072072916666666665
     W(144) W(404) -9.618055555555557e-05
     W(144) W(414) -0.0059121527777777757
     W(144) W(424) -0.016029166666666681
     W(144) W(434) -0.0065171875000000004
     W(144) W(444) 0.014084201388888884
     W(144) W(454) 0.0030203125000000013
     W(144) W(464) -0.017013020833333337
     W(144) W(474) -0.00024045138888888882
     W(144) W(484) -0.00038472222222222228
     W(144) W(494) -0.0012456597222222203
     W(144) W(504) -0.014328993055555557
     W(144) W(514) -0.0083430555555555549
     W(144) W(524) 0.0048470486111111153
     W(144) W(534) -0.0090161458333333413
     W(144) W(544) -0.020937152777777798
     W(144) W(554) -0.001538888888888887
     W(144) W(574) 0.00088888888888888926
     W(144) W(584) 1.5104166666668142e-05
     W(144) W(594) -0.0082855902777777737
     W(144) W(604) -0.021261111111111095
     W(144) W(614) -0.015336458333333337
     W(144) W(624) -0.010323958333333333
     W(144) W(634) -0.002452604166666668
     W(145) W(145) 0.084846701388888918
     W(145) W(165) -2.20486111111111e-05
     W(145) W(175) -0.00072638888888889187
     W(145) W(185) -0.0033916666666666661
     W(145) W(195) -0.01207777777777776
     W(145) W(205) -0.0092614583333333386
     W(145) W(215) 0.028674131944444466
     W(145) W(225) 0.017030208333333356
     W(145) W(235) -4.8090277777777785e-05
     W(145) W(255) -0.0047548611111111142
     W(145) W(265) -0.0027972222222222257
     W(145) W(275) 0.0040217013888888854
     W(145) W(285) 0.011982986111111104
     W(145) W(295) 0.01654774305555556
     W(145) W(305) 0.0014559027777777808
     W(145) W(315) -4.8090277777777785e-05
     W(145) W(335) -0.0057477430555555511
     W(145) W(345) -0.006344965277777768
     W(145) W(355) 0.0097444444444444445
     W(145) W(365) 0.010195833333333335
     W(145) W(375) 0.00020607638888888995
     W(145) W(385) -0.0072072916666666665
     W(145) W(405) -9.618055555555557e-05
     W(145) W(415) -0.0059121527777777757
     W(145) W(425) -0.016029166666666681
     W(145) W(435) -0.0065171875000000004
     W(145) W(445) 0.014084201388888884
     W(145) W(455) 0.0030203125000000013
     W(145) W(465) -0.017013020833333337
     W(145) W(475) -0.00024045138888888882
     W(145) W(485) -0.00038472222222222228
     W(145) W(495) -0.0012456597222222203
     W(145) W(505) -0.014328993055555557
     W(145) W(515) -0.0083430555555555549
     W(145) W(525) 0.0048470486111111153
     W(145) W(535) -0.0090161458333333413
     W(145) W(545) -0.020937152777777798
     W(145) W(555) -0.001538888888888887
     W(145) W(575) 0.00088888888888888926
     W(145) W(585) 1.5104166666668142e-05
     W(145) W(595) -0.0082855902777777737
     W(145) W(605) -0.021261111111111095
     W(145) W(615) -0.015336458333333337
     W(145) W(625) -0.010323958333333333
     W(145) W(635) -0.002452604166666668
     W(146) W(146) 0.084846701388888918
     W(146) W(166) -2.20486111111111e-05
     W(146) W(176) -0.00072638888888889187
     W(146) W(186) -0.0033916666666666661
     W(146) W(196) -0.01207777777777776
     W(146) W(206) -0.0092614583333333386
     W(146) W(216) 0.028674131944444466
     W(146) W(226) 0.017030208333333356
     W(146) W(236) -4.8090277777777785e-05
     W(146) W(256) -0.0047548611111111142
     W(146) W(266) -0.0027972222222222257
     W(146) W(276) 0.0040217013888888854
     W(146) W(286) 0.011982986111111104
     W(146) W(296) 0.01654774305555556
     W(146) W(306) 0.0014559027777777808
     W(146) W(316) -4.8090277777777785e-05
     W(146) W(336) -0.0057477430555555511
     W(146) W(346) -0.006344965277777768
     W(146) W(356) 0.0097444444444444445
     W(146) W(366) 0.010195833333333335
     W(146) W(376) 0.00020607638888888995
     W(146) W(386) -0.0072072916666666665
     W(146) W(406) -9.618055555555557e-05
     W(146) W(416) -0.0059121527777777757
     W(146) W(426) -0.016029166666666681
     W(146) W(436) -0.0065171875000000004
     W(146) W(446) 0.014084201388888884
     W(146) W(456) 0.0030203125000000013
     W(146) W(466) -0.017013020833333337
     W(146) W(476) -0.00024045138888888882
     W(146) W(486) -0.00038472222222222228
     W(146) W(496) -0.0012456597222222203
     W(146) W(506) -0.014328993055555557
     W(146) W(516) -0.0083430555555555549
     W(146) W(526) 0.0048470486111111153
     W(146) W(536) -0.0090161458333333413
     W(146) W(546) -0.020937152777777798
     W(146) W(556) -0.001538888888888887
     W(146) W(576) 0.00088888888888888926
     W(146) W(586) 1.5104166666668142e-05
     W(146) W(596) -0.0082855902777777737
     W(146) W(606) -0.021261111111111095
     W(146) W(616) -0.015336458333333337
     W(146) W(626) -0.010323958333333333
     W(146) W(636) -0.002452604166666668
     W(147) W(147) 0.084846701388888918
     W(147) W(167) -2.20486111111111e-05
     W(147) W(177) -0.00072638888888889187
     W(147) W(187) -0.0033916666666666661
     W(147) W(197) -0.01207777777777776
     W(147) W(207) -0.0092614583333333386
     W(147) W(217) 0.028674131944444466
     W(147) W(227) 0.017030208333333356
     W(147) W(237) -4.8090277777777785e-05
     W(147) W(257) -0.0047548611111111142
     W(147) W(267) -0.0027972222222222257
     W(147) W(277) 0.0040217013888888854
     W(147) W(287) 0.011982986111111104
     W(147) W(297) 0.01654774305555556
     W(147) W(307) 0.0014559027777777808
     W(147) W(317) -4.8090277777777785e-05
     W(147) W(337) -0.0057477430555555511
     W(147) W(347) -0.006344965277777768
     W(147) W(357) 0.0097444444444444445
     W(147) W(367) 0.010195833333333335
     W(147) W(377) 0.00020607638888888995
     W(147) W(387) -0.0072072916666666665
     W(147) W(407) -9.618055555555557e-05
     W(147) W(417) -0.0059121527777777757
     W(147) W(427) -0.016029166666666681
     W(147) W(437) -0.0065171875000000004
     W(147) W(447) 0.014084201388888884
     W(147) W(457) 0.0030203125000000013
     W(147) W(467) -0.017013020833333337
     W(147) W(477) -0.00024045138888888882
     W(147) W(487) -0.00038472222222222228
     W(147) W(497) -0.0012456597222222203
     W(147) W(507) -0.014328993055555557
     W(147) W(517) -0.0083430555555555549
     W(147) W(527) 0.0048470486111111153
     W(147) W(537) -0.0090161458333333413
     W(147) W(547) -0.020937152777777798
     W(147) W(557) -0.001538888888888887
     W(147) W(577) 0.00088888888888888926
     W(147) W(587) 1.5104166666668142e-05
     W(147) W(597) -0.0082855902777777737
     W(147) W(607) -0.021261111111111095
     W(147) W(617) -0.015336458333333337
     W(147) W(627) -0.010323958333333333
     W(147) W(637) -0.002452604166666668
     W(148) W(148) 0.084846701388888918
     W(148) W(168) -2.20486111111111e-05
     W(148) W(178) -0.00072638888888889187
     W(148) W(188) -0.0033916666666666661
     W(148) W(198) -0.01207777777777776
     W(148) W(208) -0.0092614583333333386
     W(148) W(218) 0.028674131944444466
     W(148) W(228) 0.017030208333333356
     W(148) W(238) -4.8090277777777785e-05
     W(148) W(258) -0.0047548611111111142
     W(148) W(268) -0.0027972222222222257
     W(148) W(278) 0.0040217013888888854
     W(148) W(288) 0.011982986111111104
     W(148) W(298) 0.01654774305555556
     W(148) W(308) 0.0014559027777777808
     W(148) W(318) -4.8090277777777785e-05
     W(148) W(338) -0.0057477430555555511
     W(148) W(348) -0.006344965277777768
     W(148) W(358) 0.0097444444444444445
     W(148) W(368) 0.010195833333333335
     W(148) W(378) 0.00020607638888888995
     W(148) W(388) -0.0072072916666666665
     W(148) W(408) -9.618055555555557e-05
     W(148) W(418) -0.0059121527777777757
     W(148) W(428) -0.016029166666666681
     W(148) W(438) -0.0065171875000000004
     W(148) W(448) 0.014084201388888884
     W(148) W(458) 0.0030203125000000013
     W(148) W(468) -0.017013020833333337
     W(148) W(478) -0.00024045138888888882
     W(148) W(488) -0.00038472222222222228
     W(148) W(498) -0.0012456597222222203
     W(148) W(508) -0.014328993055555557
     W(148) W(518) -0.0083430555555555549
     W(148) W(528) 0.0048470486111111153
     W(148) W(538) -0.0090161458333333413
     W(148) W(548) -0.020937152777777798
     W(148) W(558) -0.001538888888888887
     W(148) W(578) 0.00088888888888888926
     W(148) W(588) 1.5104166666668142e-05
     W(148) W(598) -0.0082855902777777737
     W(148) W(608) -0.021261111111111095
     W(148) W(618) -0.015336458333333337
     W(148) W(628) -0.010323958333333333
     W(148) W(638) -0.002452604166666668
     W(149) W(149) 0.084846701388888918
     W(149) W(169) -2.20486111111111e-05
     W(149) W(179) -0.00072638888888889187
     W(149) W(189) -0.0033916666666666661
     W(149) W(199) -0.01207777777777776
     W(149) W(209) -0.0092614583333333386
     W(149) W(219) 0.028674131944444466
     W(149) W(229) 0.017030208333333356
     W(149) W(239) -4.8090277777777785e-05
     W(149) W(259) -0.0047548611111111142
     W(149) W(269) -0.0027972222222222257
     W(149) W(279) 0.0040217013888888854
     W(149) W(289) 0.011982986111111104
     W(149) W(299) 0.01654774305555556
     W(149) W(309) 0.0014559027777777808
     W(149) W(319) -4.8090277777777785e-05
     W(149) W(339) -0.0057477430555555511
     W(149) W(349) -0.006344965277777768
     W(149) W(359) 0.0097444444444444445
     W(149) W(369) 0.010195833333333335
     W(149) W(379) 0.00020607638888888995
     W(149) W(389) -0.0072072916666666665
     W(149) W(409) -9.618055555555557e-05
     W(149) W(419) -0.0059121527777777757
     W(149) W(429) -0.016029166666666681
     W(149) W(439) -0.0065171875000000004
     W(149) W(449) 0.014084201388888884
     W(149) W(459) 0.0030203125000000013
     W(149) W(469) -0.017013020833333337
     W(149) W(479) -0.00024045138888888882
     W(149) W(489) -0.00038472222222222228
     W(149) W(499) -0.0012456597222222203
     W(149) W(509) -0.014328993055555557
     W(149) W(519) -0.0083430555555555549
     W(149) W(529) 0.0048470486111111153
     W(149) W(539) -0.0090161458333333413
     W(149) W(549) -0.020937152777777798
     W(149) W(559) -0.001538888888888887
     W(149) W(579) 0.00088888888888888926
     W(149) W(589) 1.5104166666668142e-05
     W(149) W(599) -0.0082855902777777737
     W(149) W(609) -0.021261111111111095
     W(149) W(619) -0.015336458333333337
     W(149) W(629) -0.010323958333333333
     W(149) W(639) -0.002452604166666668
     W(150) W(150) 0.044600000000000008
     W(151) W(151) 0.044600000000000008
     W(152) W(152) 0.044600000000000008
     W(153) W(153) 0.044600000000000008
     W(154) W(154) 0.044600000000000008
     W(155) W(155) 0.044600000000000008
     W(156) W(156) 0.044600000000000008
     W(157) W(157) 0.044600000000000008
     W(158) W(158) 0.044600000000000008
     W(159) W(159) 0.044600000000000008
     W(160) W(160) 0.044625868055555566
     W(160) W(170) 0.00029652777777777794
     W(160) W(180) -0.00018541666666666666
     W(160) W(190) -0.00018819444444444439
     W(160) W(200) 0.00012187499999999997
     W(160) W(210) 0.00015954861111111118
     W(160) W(220) -3.9583333333333338e-05
     W(160) W(230) -1.7361111111111112e-07
     W(160) W(250) -6.8402777777777743e-05
     W(160) W(260) -0.00024409722222222207
     W(160) W(270) -8.7673611111111109e-05
     W(160) W(280) 0.00015381944444444441
     W(160) W(290) -9.5486111111111211e-06
     W(160) W(300) -5.7638888888888933e-05
     W(160) W(310) -1.7361111111111112e-07
     W(160) W(330) -5.9201388888888924e-05
     W(160) W(340) -0.00019288194444444439
     W(160) W(350) -0.00022326388888888887
     W(160) W(360) -5.833333333333336e-05
     W(160) W(370) 0.00017899305555555553
     W(160) W(380) 5.5208333333333338e-05
     W(160) W(400) -3.4722222222222224e-07
     W(160) W(410) -3.5069444444444442e-05
     W(160) W(420) -0.00014999999999999996
     W(160) W(430) -0.00016614583333333341
     W(160) W(440) -0.00018663194444444445
     W(160) W(450) 7.1354166666666655e-05
     W(160) W(460) 0.0001588541666666666
     W(160) W(470) -8.6805555555555549e-07
     W(160) W(480) -1.388888888888889e-06
     W(160) W(490) -2.17013888888889e-05
     W(160) W(500) -0.00013107638888888888
     W(160) W(510) -0.00012638888888888891
     W(160) W(520) -0.00011336805555555556
     W(160) W(530) 0.00010781250000000001
     W(160) W(540) 0.00023888888888888904
     W(160) W(550) -5.5555555555555601e-06
     W(160) W(570) -6.9444444444444456e-06
     W(160) W(580) 0.00014427083333333341
     W(160) W(590) 9.9826388888888922e-05
     W(160) W(600) 8.9930555555555594e-05
     W(160) W(610) 0.00023541666666666665
     W(160) W(620) 5.9375000000000027e-05
     W(160) W(630) -8.8541666666666521e-06
     W(161) W(161) 0.044625868055555566
     W(161) W(171) 0.00029652777777777794
     W(161) W(181) -0.00018541666666666666
     W(161) W(191) -0.00018819444444444439
     W(161) W(201) 0.00012187499999999997
     W(161) W(211) 0.00015954861111111118
     W(161) W(221) -3.9583333333333338e-05
     W(161) W(231) -1.7361111111111112e-07
     W(161) W(251) -6.8402777777777743e-05
     W(161) W(261) -0.00024409722222222207
     W(161) W(271) -8.7673611111111109e-05
     W(161) W(281) 0.00015381944444444441
     W(161) W(291) -9.5486111111111211e-06
     W(161) W(301) -5.7638888888888933e-05
     W(161) W(311) -1.7361111111111112e-07
     W(161) W(331) -5.9201388888888924e-05
     W(161) W(341) -0.00019288194444444439
     W(161) W(351) -0.00022326388888888887
     W(161) W(361) -5.833333333333336e-05
     W(161) W(371) 0.00017899305555555553
     W(161) W(381) 5.5208333333333338e-05
     W(161) W(401) -3.4722222222222224e-07
     W(161) W(411) -3.5069444444444442e-05
     W(161) W(421) -0.00014999999999999996
     W(161) W(431) -0.00016614583333333341
     W(161) W(441) -0.00018663194444444445
     W(161) W(451) 7.1354166666666655e-05
     W(161) W(461) 0.0001588541666666666
     W(161) W(471) -8.6805555555555549e-07
     W(161) W(481) -1.388888888888889e-06
     W(161) W(491) -2.17013888888889e-05
     W(161) W(501) -0.00013107638888888888
     W(161) W(511) -0.00012638888888888891
     W(161) W(521) -0.00011336805555555556
     W(161) W(531) 0.00010781250000000001
     W(161) W(541) 0.00023888888888888904
     W(161) W(551) -5.5555555555555601e-06
     W(161) W(571) -6.9444444444444456e-06
     W(161) W(581) 0.00014427083333333341
     W(161) W(591) 9.9826388888888922e-05
     W(161) W(601) 8.9930555555555594e-05
     W(161) W(611) 0.00023541666666666665
     W(161) W(621) 5.9375000000000027e-05
     W(161) W(631) -8.8541666666666521e-06
     W(162) W(162) 0.044625868055555566
     W(162) W(172) 0.00029652777777777794
     W(162) W(182) -0.00018541666666666666
     W(162) W(192) -0.00018819444444444439
     W(162) W(202) 0.00012187499999999997
     W(162) W(212) 0.00015954861111111118
     W(162) W(222) -3.9583333333333338e-05
     W(162) W(232) -1.7361111111111112e-07
     W(162) W(252) -6.8402777777777743e-05
     W(162) W(262) -0.00024409722222222207
     W(162) W(272) -8.7673611111111109e-05
     W(162) W(282) 0.00015381944444444441
     W(162) W(292) -9.5486111111111211e-06
     W(162) W(302) -5.7638888888888933e-05
     W(162) W(312) -1.7361111111111112e-07
     W(162) W(332) -5.9201388888888924e-05
     W(162) W(342) -0.00019288194444444439
     W(162) W(352) -0.00022326388888888887
     W(162) W(362) -5.833333333333336e-05
     W(162) W(372) 0.00017899305555555553
     W(162) W(382) 5.5208333333333338e-05
     W(162) W(402) -3.4722222222222224e-07
     W(162) W(412) -3.5069444444444442e-05
     W(162) W(422) -0.00014999999999999996
     W(162) W(432) -0.00016614583333333341
     W(162) W(442) -0.00018663194444444445
     W(162) W(452) 7.1354166666666655e-05
     W(162) W(462) 0.0001588541666666666
     W(162) W(472) -8.6805555555555549e-07
     W(162) W(482) -1.388888888888889e-06
     W(162) W(492) -2.17013888888889e-05
     W(162) W(502) -0.00013107638888888888
     W(162) W(512) -0.00012638888888888891
     W(162) W(522) -0.00011336805555555556
     W(162) W(532) 0.00010781250000000001
     W(162) W(542) 0.00023888888888888904
     W(162) W(552) -5.5555555555555601e-06
     W(162) W(572) -6.9444444444444456e-06
     W(162) W(582) 0.00014427083333333341
     W(162) W(592) 9.9826388888888922e-05
     W(162) W(602) 8.9930555555555594e-05
     W(162) W(612) 0.00023541666666666665
     W(162) W(622) 5.9375000000000027e-05
     W(162) W(632) -8.8541666666666521e-06
     W(163) W(163) 0.044625868055555566
     W(163) W(173) 0.00029652777777777794
     W(163) W(183) -0.00018541666666666666
     W(163) W(193) -0.00018819444444444439
     W(163) W(203) 0.00012187499999999997
     W(163) W(213) 0.00015954861111111118
     W(163) W(223) -3.9583333333333338e-05
     W(163) W(233) -1.7361111111111112e-07
     W(163) W(253) -6.8402777777777743e-05
     W(163) W(263) -0.00024409722222222207
     W(163) W(273) -8.7673611111111109e-05
     W(163) W(283) 0.00015381944444444441
     W(163) W(293) -9.5486111111111211e-06
     W(163) W(303) -5.7638888888888933e-05
     W(163) W(313) -1.7361111111111112e-07
     W(163) W(333) -5.9201388888888924e-05
     W(163) W(343) -0.00019288194444444439
     W(163) W(353) -0.00022326388888888887
     W(163) W(363) -5.833333333333336e-05
     W(163) W(373) 0.00017899305555555553
     W(163) W(383) 5.5208333333333338e-05
     W(163) W(403) -3.4722222222222224e-07
     W(163) W(413) -3.5069444444444442e-05
     W(163) W(423) -0.00014999999999999996
     W(163) W(433) -0.00016614583333333341
     W(163) W(443) -0.00018663194444444445
     W(163) W(453) 7.1354166666666655e-05
     W(163) W(463) 0.0001588541666666666
     W(163) W(473) -8.6805555555555549e-07
     W(163) W(483) -1.388888888888889e-06
     W(163) W(493) -2.17013888888889e-05
     W(163) W(503) -0.00013107638888888888
     W(163) W(513) -0.00012638888888888891
     W(163) W(523) -0.00011336805555555556
     W(163) W(533) 0.00010781250000000001
     W(163) W(543) 0.00023888888888888904
     W(163) W(553) -5.5555555555555601e-06
     W(163) W(573) -6.9444444444444456e-06
     W(163) W(583) 0.00014427083333333341
     W(163) W(593) 9.9826388888888922e-05
     W(163) W(603) 8.9930555555555594e-05
     W(163) W(613) 0.00023541666666666665
     W(163) W(623) 5.9375000000000027e-05
     W(163) W(633) -8.8541666666666521e-06
     W(164) W(164) 0.044625868055555566
     W(164) W(174) 0.00029652777777777794
     W(164) W(184) -0.00018541666666666666
     W(164) W(194) -0.00018819444444444439
     W(164) W(204) 0.00012187499999999997
     W(164) W(214) 0.00015954861111111118
     W(164) W(224) -3.9583333333333338e-05
     W(164) W(234) -1.7361111111111112e-07
     W(164) W(254) -6.8402777777777743e-05
     W(164) W(264) -0.00024409722222222207
     W(164) W(274) -8.7673611111111109e-05
     W(164) W(284) 0.00015381944444444441
     W(164) W(294) -9.5486111111111211e-06
     W(164) W(304) -5.7638888888888933e-05
     W(164) W(314) -1.7361111111111112e-07
     W(164) W(334) -5.9201388888888924e-05
     W(164) W(344) -0.00019288194444444439
     W(164) W(354) -0.00022326388888888887
     W(164) W(364) -5.833333333333336e-05
     W(164) W(374) 0.00017899305555555553
     W(164) W(384) 5.5208333333333338e-05
     W(164) W(404) -3.4722222222222224e-07
     W(164) W(414) -3.5069444444444442e-05
     W(164) W(424) -0.00014999999999999996
     W(164) W(434) -0.00016614583333333341
     W(164) W(444) -0.00018663194444444445
     W(164) W(454) 7.1354166666666655e-05
     W(164) W(464) 0.0001588541666666666
     W(164) W(474) -8.6805555555555549e-07
     W(164) W(484) -1.388888888888889e-06
     W(164) W(494) -2.17013888888889e-05
     W(164) W(504) -0.00013107638888888888
     W(164) W(514) -0.00012638888888888891
     W(164) W(524) -0.00011336805555555556
     W(164) W(534) 0.00010781250000000001
     W(164) W(544) 0.00023888888888888904
     W(164) W(554) -5.5555555555555601e-06
     W(164) W(574) -6.9444444444444456e-06
     W(164) W(584) 0.00014427083333333341
     W(164) W(594) 9.9826388888888922e-05
     W(164) W(604) 8.9930555555555594e-05
     W(164) W(614) 0.00023541666666666665
     W(164) W(624) 5.9375000000000027e-05
     W(164) W(634) -8.8541666666666521e-06
     W(165) W(165) 0.044625868055555566
     W(165) W(175) 0.00029652777777777794
     W(165) W(185) -0.00018541666666666666
     W(165) W(195) -0.00018819444444444439
     W(165) W(205) 0.00012187499999999997
     W(165) W(215) 0.00015954861111111118
     W(165) W(225) -3.9583333333333338e-05
     W(165) W(235) -1.7361111111111112e-07
     W(165) W(255) -6.8402777777777743e-05
     W(165) W(265) -0.00024409722222222207
     W(165) W(275) -8.7673611111111109e-05
     W(165) W(285) 0.00015381944444444441
     W(165) W(295) -9.5486111111111211e-06
     W(165) W(305) -5.7638888888888933e-05
     W(165) W(315) -1.7361111111111112e-07
     W(165) W(335) -5.9201388888888924e-05
     W(165) W(345) -0.00019288194444444439
     W(165) W(355) -0.00022326388888888887
     W(165) W(365) -5.833333333333336e-05
     W(165) W(375) 0.00017899305555555553
     W(165) W(385) 5.5208333333333338e-05
     W(165) W(405) -3.4722222222222224e-07
     W(165) W(415) -3.5069444444444442e-05
     W(165) W(425) -0.00014999999999999996
     W(165) W(435) -0.00016614583333333341
     W(165) W(445) -0.00018663194444444445
     W(165) W(455) 7.1354166666666655e-05
     W(165) W(465) 0.0001588541666666666
     W(165) W(475) -8.6805555555555549e-07
     W(165) W(485) -1.388888888888889e-06
     W(165) W(495) -2.17013888888889e-05
     W(165) W(505) -0.00013107638888888888
     W(165) W(515) -0.00012638888888888891
     W(165) W(525) -0.00011336805555555556
     W(165) W(535) 0.00010781250000000001
     W(165) W(545) 0.00023888888888888904
     W(165) W(555) -5.5555555555555601e-06
     W(165) W(575) -6.9444444444444456e-06
     W(165) W(585) 0.00014427083333333341
     W(165) W(595) 9.9826388888888922e-05
     W(165) W(605) 8.9930555555555594e-05
     W(165) W(615) 0.00023541666666666665
     W(165) W(625) 5.9375000000000027e-05
     W(165) W(635) -8.8541666666666521e-06
     W(166) W(166) 0.044625868055555566
     W(166) W(176) 0.00029652777777777794
     W(166) W(186) -0.00018541666666666666
     W(166) W(196) -0.00018819444444444439
     W(166) W(206) 0.00012187499999999997
     W(166) W(216) 0.00015954861111111118
     W(166) W(226) -3.9583333333333338e-05
     W(166) W(236) -1.7361111111111112e-07
     W(166) W(256) -6.8402777777777743e-05
     W(166) W(266) -0.00024409722222222207
     W(166) W(276) -8.7673611111111109e-05
     W(166) W(286) 0.00015381944444444441
     W(166) W(296) -9.5486111111111211e-06
     W(166) W(306) -5.7638888888888933e-05
     W(166) W(316) -1.7361111111111112e-07
     W(166) W(336) -5.9201388888888924e-05
     W(166) W(346) -0.00019288194444444439
     W(166) W(356) -0.00022326388888888887
     W(166) W(366) -5.833333333333336e-05
     W(166) W(376) 0.00017899305555555553
     W(166) W(386) 5.5208333333333338e-05
     W(166) W(406) -3.4722222222222224e-07
     W(166) W(416) -3.5069444444444442e-05
     W(166) W(426) -0.00014999999999999996
     W(166) W(436) -0.00016614583333333341
     W(166) W(446) -0.00018663194444444445
     W(166) W(456) 7.1354166666666655e-05
     W(166) W(466) 0.0001588541666666666
     W(166) W(476) -8.6805555555555549e-07
     W(166) W(486) -1.388888888888889e-06
     W(166) W(496) -2.17013888888889e-05
     W(166) W(506) -0.00013107638888888888
     W(166) W(516) -0.00012638888888888891
     W(166) W(526) -0.00011336805555555556
     W(166) W(536) 0.00010781250000000001
     W(166) W(546) 0.00023888888888888904
     W(166) W(556) -5.5555555555555601e-06
     W(166) W(576) -6.9444444444444456e-06
     W(166) W(586) 0.00014427083333333341
     W(166) W(596) 9.9826388888888922e-05
     W(166) W(606) 8.9930555555555594e-05
     W(166) W(616) 0.00023541666666666665
     W(166) W(626) 5.9375000000000027e-05
     W(166) W(636) -8.8541666666666521e-06
     W(167) W(167) 0.044625868055555566
     W(167) W(177) 0.00029652777777777794
     W(167) W(187) -0.00018541666666666666
     W(167) W(197) -0.00018819444444444439
     W(167) W(207) 0.00012187499999999997
     W(167) W(217) 0.00015954861111111118
     W(167) W(227) -3.9583333333333338e-05
     W(167) W(237) -1.7361111111111112e-07
     W(167) W(257) -6.8402777777777743e-05
     W(167) W(267) -0.00024409722222222207
     W(167) W(277) -8.7673611111111109e-05
     W(167) W(287) 0.00015381944444444441
     W(167) W(297) -9.5486111111111211e-06
     W(167) W(307) -5.7638888888888933e-05
     W(167) W(317) -1.7361111111111112e-07
     W(167) W(337) -5.9201388888888924e-05
     W(167) W(347) -0.00019288194444444439
     W(167) W(357) -0.00022326388888888887
     W(167) W(367) -5.833333333333336e-05
     W(167) W(377) 0.00017899305555555553
     W(167) W(387) 5.5208333333333338e-05
     W(167) W(407) -3.4722222222222224e-07
     W(167) W(417) -3.5069444444444442e-05
     W(167) W(427) -0.00014999999999999996
     W(167) W(437) -0.00016614583333333341
     W(167) W(447) -0.00018663194444444445
     W(167) W(457) 7.1354166666666655e-05
     W(167) W(467) 0.0001588541666666666
     W(167) W(477) -8.6805555555555549e-07
     W(167) W(487) -1.388888888888889e-06
     W(167) W(497) -2.17013888888889e-05
     W(167) W(507) -0.00013107638888888888
     W(167) W(517) -0.00012638888888888891
     W(167) W(527) -0.00011336805555555556
     W(167) W(537) 0.00010781250000000001
     W(167) W(547) 0.00023888888888888904
     W(167) W(557) -5.5555555555555601e-06
     W(167) W(577) -6.9444444444444456e-06
     W(167) W(587) 0.00014427083333333341
     W(167) W(597) 9.9826388888888922e-05
     W(167) W(607) 8.9930555555555594e-05
     W(167) W(617) 0.00023541666666666665
     W(167) W(627) 5.9375000000000027e-05
     W(167) W(637) -8.8541666666666521e-06
     W(168) W(168) 0.044625868055555566
     W(168) W(178) 0.00029652777777777794
     W(168) W(188) -0.00018541666666666666
     W(168) W(198) -0.00018819444444444439
     W(168) W(208) 0.00012187499999999997
     W(168) W(218) 0.00015954861111111118
     W(168) W(228) -3.9583333333333338e-05
     W(168) W(238) -1.7361111111111112e-07
     W(168) W(258) -6.8402777777777743e-05
     W(168) W(268) -0.00024409722222222207
     W(168) W(278) -8.7673611111111109e-05
     W(168) W(288) 0.00015381944444444441
     W(168) W(298) -9.5486111111111211e-06
     W(168) W(308) -5.7638888888888933e-05
     W(168) W(318) -1.7361111111111112e-07
     W(168) W(338) -5.9201388888888924e-05
     W(168) W(348) -0.00019288194444444439
     W(168) W(358) -0.00022326388888888887
     W(168) W(368) -5.833333333333336e-05
     W(168) W(378) 0.00017899305555555553
     W(168) W(388) 5.5208333333333338e-05
     W(168) W(408) -3.4722222222222224e-07
     W(168) W(418) -3.5069444444444442e-05
     W(168) W(428) -0.00014999999999999996
     W(168) W(438) -0.00016614583333333341
     W(168) W(448) -0.00018663194444444445
     W(168) W(458) 7.1354166666666655e-05
     W(168) W(468) 0.0001588541666666666
     W(168) W(478) -8.6805555555555549e-07
     W(168) W(488) -1.388888888888889e-06
     W(168) W(498) -2.17013888888889e-05
     W(168) W(508) -0.00013107638888888888
     W(168) W(518) -0.00012638888888888891
     W(168) W(528) -0.00011336805555555556
     W(168) W(538) 0.00010781250000000001
     W(168) W(548) 0.00023888888888888904
     W(168) W(558) -5.5555555555555601e-06
     W(168) W(578) -6.9444444444444456e-06
     W(168) W(588) 0.00014427083333333341
     W(168) W(598) 9.9826388888888922e-05
     W(168) W(608) 8.9930555555555594e-05
     W(168) W(618) 0.00023541666666666665
     W(168) W(628) 5.9375000000000027e-05
     W(168) W(638) -8.8541666666666521e-06
     W(169) W(169) 0.044625868055555566
     W(169) W(179) 0.00029652777777777794
     W(169) W(189) -0.00018541666666666666
     W(169) W(199) -0.00018819444444444439
     W(169) W(209) 0.00012187499999999997
     W(169) W(219) 0.00015954861111111118
     W(169) W(229) -3.9583333333333338e-05
     W(169) W(239) -1.7361111111111112e-07
     W(169) W(259) -6.8402777777777743e-05
     W(169) W(269) -0.00024409722222222207
     W(169) W(279) -8.7673611111111109e-05
     W(169) W(289) 0.00015381944444444441
     W(169) W(299) -9.5486111111111211e-06
     W(169) W(309) -5.7638888888888933e-05
     W(169) W(319) -1.7361111111111112e-07
     W(169) W(339) -5.9201388888888924e-05
     W(169) W(349) -0.00019288194444444439
     W(169) W(359) -0.00022326388888888887
     W(169) W(369) -5.833333333333336e-05
     W(169) W(379) 0.00017899305555555553
     W(169) W(389) 5.5208333333333338e-05
     W(169) W(409) -3.4722222222222224e-07
     W(169) W(419) -3.5069444444444442e-05
     W(169) W(429) -0.00014999999999999996
     W(169) W(439) -0.00016614583333333341
     W(169) W(449) -0.00018663194444444445
     W(169) W(459) 7.1354166666666655e-05
     W(169) W(469) 0.0001588541666666666
     W(169) W(479) -8.6805555555555549e-07
     W(169) W(489) -1.388888888888889e-06
     W(169) W(499) -2.17013888888889e-05
     W(169) W(509) -0.00013107638888888888
     W(169) W(519) -0.00012638888888888891
     W(169) W(529) -0.00011336805555555556
     W(169) W(539) 0.00010781250000000001
     W(169) W(549) 0.00023888888888888904
     W(169) W(559) -5.5555555555555601e-06
     W(169) W(579) -6.9444444444444456e-06
     W(169) W(589) 0.00014427083333333341
     W(169) W(599) 9.9826388888888922e-05
     W(169) W(609) 8.9930555555555594e-05
     W(169) W(619) 0.00023541666666666665
     W(169) W(629) 5.9375000000000027e-05
     W(169) W(639) -8.8541666666666521e-06
     W(170) W(170) 0.095161805555555506
     W(170) W(180) 0.021170833333333333
     W(170) W(190) -0.026454513888888889
     W(170) W(200) 0.0053791666666666718
     W(170) W(210) 0.0059805555555555575
     W(170) W(220) -0.0059072916666666727
     W(170) W(230) -6.8055555555555591e-05
     W(170) W(250) 0.012665277777777786
     W(170) W(260) 0.00077222222222221993
     W(170) W(270) -0.0077013888888888878
     W(170) W(280) 0.0067295138888888986
     W(170) W(290) -0.0049409722222222233
     W(170) W(300) -0.0079850694444444491
     W(170) W(310) -6.8055555555555591e-05
     W(170) W(330) -0.008389236111111106
     W(170) W(340) -0.021156597222222226
     W(170) W(350) -0.0059829861111111134
     W(170) W(360) -0.014923958333333331
     W(170) W(370) -0.017829513888888898
     W(170) W(380) -0.0029937500000000012
     W(170) W(400) -0.00013611111111111118
     W(170) W(410) -0.0062472222222222174
     W(170) W(420) -0.014424999999999995
     W(170) W(430) -0.0040614583333333327
     W(170) W(440) -0.014409722222222209
     W(170) W(450) -0.017784375000000005
     W(170) W(460) 0.0024531249999999991
     W(170) W(470) -0.00034027777777777724
     W(170) W(480) -0.00054444444444444473
     W(170) W(490) -0.001215277777777778
     W(170) W(500) 0.0025503472222222173
     W(170) W(510) 0.0077472222222222118
     W(170) W(520) -0.0042319444444444462
     W(170) W(530) 0.0016635416666666691
     W(170) W(540) 0.011613194444444429
     W(170) W(550) -0.0017350694444444436
     W(170) W(570) 0.0016006944444444426
     W(170) W(580) 0.017022916666666676
     W(170) W(590) 0.010173611111111102
     W(170) W(600) -0.0038097222222222265
     W(170) W(610) 0.009132291666666667
     W(170) W(620) 0.0083010416666666701
     W(170) W(630) 0.001529166666666665
     W(171) W(171) 0.095161805555555506
     W(171) W(181) 0.021170833333333333
     W(171) W(191) -0.026454513888888889
     W(171) W(201) 0.0053791666666666718
     W(171) W(211) 0.0059805555555555575
     W(171) W(221) -0.0059072916666666727
     W(171) W(231) -6.8055555555555591e-05
     W(171) W(251) 0.012665277777777786
     W(171) W(261) 0.00077222222222221993
     W(171) W(271) -0.0077013888888888878
     W(171) W(281) 0.0067295138888888986
     W(171) W(291) -0.0049409722222222233
     W(171) W(301) -0.0079850694444444491
     W(171) W(311) -6.8055555555555591e-05
     W(171) W(331) -0.008389236111111106
     W(171) W(341) -0.021156597222222226
     W(171) W(351) -0.0059829861111111134
     W(171) W(361) -0.014923958333333331
     W(171) W(371) -0.017829513888888898
     W(171) W(381) -0.0029937500000000012
     W(171) W(401) -0.00013611111111111118
     W(171) W(411) -0.0062472222222222174
     W(171) W(421) -0.014424999999999995
     W(171) W(431) -0.0040614583333333327
     W(171) W(441) -0.014409722222222209
     W(171) W(451) -0.017784375000000005
     W(171) W(461) 0.0024531249999999991
     W(171) W(471) -0.00034027777777777724
     W(171) W(481) -0.00054444444444444473
     W(171) W(491) -0.001215277777777778
     W(171) W(501) 0.0025503472222222173
     W(171) W(511) 0.0077472222222222118
     W(171) W(521) -0.0042319444444444462
     W(171) W(531) 0.0016635416666666691
     W(171) W(541) 0.011613194444444429
     W(171) W(551) -0.0017350694444444436
     W(171) W(571) 0.0016006944444444426
     W(171) W(581) 0.017022916666666676
     W(171) W(591) 0.010173611111111102
     W(171) W(601) -0.0038097222222222265
     W(171) W(611) 0.009132291666666667
     W(171) W(621) 0.0083010416666666701
     W(171) W(631) 0.001529166666666665
     W(172) W(172) 0.095161805555555506
     W(172) W(182) 0.021170833333333333
     W(172) W(192) -0.026454513888888889
     W(172) W(202) 0.0053791666666666718
     W(172) W(212) 0.0059805555555555575
     W(172) W(222) -0.0059072916666666727
     W(172) W(232) -6.8055555555555591e-05
     W(172) W(252) 0.012665277777777786
     W(172) W(262) 0.00077222222222221993
     W(172) W(272) -0.0077013888888888878
     W(172) W(282) 0.0067295138888888986
     W(172) W(292) -0.0049409722222222233
     W(172) W(302) -0.0079850694444444491
     W(172) W(312) -6.8055555555555591e-05
     W(172) W(332) -0.008389236111111106
     W(172) W(342) -0.021156597222222226
     W(172) W(352) -0.0059829861111111134
     W(172) W(362) -0.014923958333333331
     W(172) W(372) -0.017829513888888898
     W(172) W(382) -0.0029937500000000012
     W(172) W(402) -0.00013611111111111118
     W(172) W(412) -0.0062472222222222174
     W(172) W(422) -0.014424999999999995
     W(172) W(432) -0.0040614583333333327
     W(172) W(442) -0.014409722222222209
     W(172) W(452) -0.017784375000000005
     W(172) W(462) 0.0024531249999999991
     W(172) W(472) -0.00034027777777777724
     W(172) W(482) -0.00054444444444444473
     W(172) W(492) -0.001215277777777778
     W(172) W(502) 0.0025503472222222173
     W(172) W(512) 0.0077472222222222118
     W(172) W(522) -0.0042319444444444462
     W(172) W(532) 0.0016635416666666691
     W(172) W(542) 0.011613194444444429
     W(172) W(552) -0.0017350694444444436
     W(172) W(572) 0.0016006944444444426
     W(172) W(582) 0.017022916666666676
     W(172) W(592) 0.010173611111111102
     W(172) W(602) -0.0038097222222222265
     W(172) W(612) 0.009132291666666667
     W(172) W(622) 0.0083010416666666701
     W(172) W(632) 0.001529166666666665
     W(173) W(173) 0.095161805555555506
     W(173) W(183) 0.021170833333333333
     W(173) W(193) -0.026454513888888889
     W(173) W(203) 0.0053791666666666718
     W(173) W(213) 0.0059805555555555575
     W(173) W(223) -0.0059072916666666727
     W(173) W(233) -6.8055555555555591e-05
     W(173) W(253) 0.012665277777777786
     W(173) W(263) 0.00077222222222221993
     W(173) W(273) -0.0077013888888888878
     W(173) W(283) 0.0067295138888888986
     W(173) W(293) -0.0049409722222222233
     W(173) W(303) -0.0079850694444444491
     W(173) W(313) -6.8055555555555591e-05
     W(173) W(333) -0.008389236111111106
     W(173) W(343) -0.021156597222222226
     W(173) W(353) -0.0059829861111111134
     W(173) W(363) -0.014923958333333331
     W(173) W(373) -0.017829513888888898
     W(173) W(383) -0.0029937500000000012
     W(173) W(403) -0.00013611111111111118
     W(173) W(413) -0.0062472222222222174
     W(173) W(423) -0.014424999999999995
     W(173) W(433) -0.0040614583333333327
     W(173) W(443) -0.014409722222222209
     W(173) W(453) -0.017784375000000005
     W(173) W(463) 0.0024531249999999991
     W(173) W(473) -0.00034027777777777724
     W(173) W(483) -0.00054444444444444473
     W(173) W(493) -0.001215277777777778
     W(173) W(503) 0.0025503472222222173
     W(173) W(513) 0.0077472222222222118
     W(173) W(523) -0.0042319444444444462
     W(173) W(533) 0.0016635416666666691
     W(173) W(543) 0.011613194444444429
     W(173) W(553) -0.0017350694444444436
     W(173) W(573) 0.0016006944444444426
     W(173) W(583) 0.017022916666666676
     W(173) W(593) 0.010173611111111102
     W(173) W(603) -0.0038097222222222265
     W(173) W(613) 0.009132291666666667
     W(173) W(623) 0.0083010416666666701
     W(173) W(633) 0.001529166666666665
     W(174) W(174) 0.095161805555555506
     W(174) W(184) 0.021170833333333333
     W(174) W(194) -0.026454513888888889
     W(174) W(204) 0.0053791666666666718
     W(174) W(214) 0.0059805555555555575
     W(174) W(224) -0.0059072916666666727
     W(174) W(234) -6.8055555555555591e-05
     W(174) W(254) 0.012665277777777786
     W(174) W(264) 0.00077222222222221993
     W(174) W(274) -0.0077013888888888878
     W(174) W(284) 0.0067295138888888986
     W(174) W(294) -0.0049409722222222233
     W(174) W(304) -0.0079850694444444491
     W(174) W(314) -6.8055555555555591e-05
     W(174) W(334) -0.008389236111111106
     W(174) W(344) -0.021156597222222226
     W(174) W(354) -0.0059829861111111134
     W(174) W(364) -0.014923958333333331
     W(174) W(374) -0.017829513888888898
     W(174) W(384) -0.0029937500000000012
     W(174) W(404) -0.00013611111111111118
     W(174) W(414) -0.0062472222222222174
     W(174) W(424) -0.014424999999999995
     W(174) W(434) -0.0040614583333333327
     W(174) W(444) -0.014409722222222209
     W(174) W(454) -0.017784375000000005
     W(174) W(464) 0.0024531249999999991
     W(174) W(474) -0.00034027777777777724
     W(174) W(484) -0.00054444444444444473
     W(174) W(494) -0.001215277777777778
     W(174) W(504) 0.0025503472222222173
     W(174) W(514) 0.0077472222222222118
     W(174) W(524) -0.0042319444444444462
     W(174) W(534) 0.0016635416666666691
     W(174) W(544) 0.011613194444444429
     W(174) W(554) -0.0017350694444444436
     W(174) W(574) 0.0016006944444444426
     W(174) W(584) 0.017022916666666676
     W(174) W(594) 0.010173611111111102
     W(174) W(604) -0.0038097222222222265
     W(174) W(614) 0.009132291666666667
     W(174) W(624) 0.0083010416666666701
     W(174) W(634) 0.001529166666666665
     W(175) W(175) 0.095161805555555506
     W(175) W(185) 0.021170833333333333
     W(175) W(195) -0.026454513888888889
     W(175) W(205) 0.0053791666666666718
     W(175) W(215) 0.0059805555555555575
     W(175) W(225) -0.0059072916666666727
     W(175) W(235) -6.8055555555555591e-05
     W(175) W(255) 0.012665277777777786
     W(175) W(265) 0.00077222222222221993
     W(175) W(275) -0.0077013888888888878
     W(175) W(285) 0.0067295138888888986
     W(175) W(295) -0.0049409722222222233
     W(175) W(305) -0.0079850694444444491
     W(175) W(315) -6.8055555555555591e-05
     W(175) W(335) -0.008389236111111106
     W(175) W(345) -0.021156597222222226
     W(175) W(355) -0.0059829861111111134
     W(175) W(365) -0.014923958333333331
     W(175) W(375) -0.017829513888888898
     W(175) W(385) -0.0029937500000000012
     W(175) W(405) -0.00013611111111111118
     W(175) W(415) -0.0062472222222222174
     W(175) W(425) -0.014424999999999995
     W(175) W(435) -0.0040614583333333327
     W(175) W(445) -0.014409722222222209
     W(175) W(455) -0.017784375000000005
     W(175) W(465) 0.0024531249999999991
     W(175) W(475) -0.00034027777777777724
     W(175) W(485) -0.00054444444444444473
     W(175) W(495) -0.001215277777777778
     W(175) W(505) 0.0025503472222222173
     W(175) W(515) 0.0077472222222222118
     W(175) W(525) -0.0042319444444444462
     W(175) W(535) 0.0016635416666666691
     W(175) W(545) 0.011613194444444429
     W(175) W(555) -0.0017350694444444436
     W(175) W(575) 0.0016006944444444426
     W(175) W(585) 0.017022916666666676
     W(175) W(595) 0.010173611111111102
     W(175) W(605) -0.0038097222222222265
     W(175) W(615) 0.009132291666666667
     W(175) W(625) 0.0083010416666666701
     W(175) W(635) 0.001529166666666665
     W(176) W(176) 0.095161805555555506
     W(176) W(186) 0.021170833333333333
     W(176) W(196) -0.026454513888888889
     W(176) W(206) 0.0053791666666666718
     W(176) W(216) 0.0059805555555555575
     W(176) W(226) -0.0059072916666666727
     W(176) W(236) -6.8055555555555591e-05
     W(176) W(256) 0.012665277777777786
     W(176) W(266) 0.00077222222222221993
     W(176) W(276) -0.0077013888888888878
     W(176) W(286) 0.0067295138888888986
     W(176) W(296) -0.0049409722222222233
     W(176) W(306) -0.0079850694444444491
     W(176) W(316) -6.8055555555555591e-05
     W(176) W(336) -0.008389236111111106
     W(176) W(346) -0.021156597222222226
     W(176) W(356) -0.0059829861111111134
     W(176) W(366) -0.014923958333333331
     W(176) W(376) -0.017829513888888898
     W(176) W(386) -0.0029937500000000012
     W(176) W(406) -0.00013611111111111118
     W(176) W(416) -0.0062472222222222174
     W(176) W(426) -0.014424999999999995
     W(176) W(436) -0.0040614583333333327
     W(176) W(446) -0.014409722222222209
     W(176) W(456) -0.017784375000000005
     W(176) W(466) 0.0024531249999999991
     W(176) W(476) -0.00034027777777777724
     W(176) W(486) -0.00054444444444444473
     W(176) W(496) -0.001215277777777778
     W(176) W(506) 0.0025503472222222173
     W(176) W(516) 0.0077472222222222118
     W(176) W(526) -0.0042319444444444462
     W(176) W(536) 0.0016635416666666691
     W(176) W(546) 0.011613194444444429
     W(176) W(556) -0.0017350694444444436
     W(176) W(576) 0.0016006944444444426
     W(176) W(586) 0.017022916666666676
     W(176) W(596) 0.010173611111111102
     W(176) W(606) -0.0038097222222222265
     W(176) W(616) 0.009132291666666667
     W(176) W(626) 0.0083010416666666701
     W(176) W(636) 0.001529166666666665
     W(177) W(177) 0.095161805555555506
     W(177) W(187) 0.021170833333333333
     W(177) W(197) -0.026454513888888889
     W(177) W(207) 0.0053791666666666718
     W(177) W(217) 0.0059805555555555575
     W(177) W(227) -0.0059072916666666727
     W(177) W(237) -6.8055555555555591e-05
     W(177) W(257) 0.012665277777777786
     W(177) W(267) 0.00077222222222221993
     W(177) W(277) -0.0077013888888888878
     W(177) W(287) 0.0067295138888888986
     W(177) W(297) -0.0049409722222222233
     W(177) W(307) -0.0079850694444444491
     W(177) W(317) -6.8055555555555591e-05
     W(177) W(337) -0.008389236111111106
     W(177) W(347) -0.021156597222222226
     W(177) W(357) -0.0059829861111111134
     W(177) W(367) -0.014923958333333331
     W(177) W(377) -0.017829513888888898
     W(177) W(387) -0.0029937500000000012
     W(177) W(407) -0.00013611111111111118
     W(177) W(417) -0.0062472222222222174
     W(177) W(427) -0.014424999999999995
     W(177) W(437) -0.0040614583333333327
     W(177) W(447) -0.014409722222222209
     W(177) W(457) -0.017784375000000005
     W(177) W(467) 0.0024531249999999991
     W(177) W(477) -0.00034027777777777724
     W(177) W(487) -0.00054444444444444473
     W(177) W(497) -0.001215277777777778
     W(177) W(507) 0.0025503472222222173
     W(177) W(517) 0.0077472222222222118
     W(177) W(527) -0.0042319444444444462
     W(177) W(537) 0.0016635416666666691
     W(177) W(547) 0.011613194444444429
     W(177) W(557) -0.0017350694444444436
     W(177) W(577) 0.0016006944444444426
     W(177) W(587) 0.017022916666666676
     W(177) W(597) 0.010173611111111102
     W(177) W(607) -0.0038097222222222265
     W(177) W(617) 0.009132291666666667
     W(177) W(627) 0.0083010416666666701
     W(177) W(637) 0.001529166666666665
     W(178) W(178) 0.095161805555555506
     W(178) W(188) 0.021170833333333333
     W(178) W(198) -0.026454513888888889
     W(178) W(208) 0.0053791666666666718
     W(178) W(218) 0.0059805555555555575
     W(178) W(228) -0.0059072916666666727
     W(178) W(238) -6.8055555555555591e-05
     W(178) W(258) 0.012665277777777786
     W(178) W(268) 0.00077222222222221993
     W(178) W(278) -0.0077013888888888878
     W(178) W(288) 0.0067295138888888986
     W(178) W(298) -0.0049409722222222233
     W(178) W(308) -0.0079850694444444491
     W(178) W(318) -6.8055555555555591e-05
     W(178) W(338) -0.008389236111111106
     W(178) W(348) -0.021156597222222226
     W(178) W(358) -0.0059829861111111134
     W(178) W(368) -0.014923958333333331
     W(178) W(378) -0.017829513888888898
     W(178) W(388) -0.0029937500000000012
     W(178) W(408) -0.00013611111111111118
     W(178) W(418) -0.0062472222222222174
     W(178) W(428) -0.014424999999999995
     W(178) W(438) -0.0040614583333333327
     W(178) W(448) -0.014409722222222209
     W(178) W(458) -0.017784375000000005
     W(178) W(468) 0.0024531249999999991
     W(178) W(478) -0.00034027777777777724
     W(178) W(488) -0.00054444444444444473
     W(178) W(498) -0.001215277777777778
     W(178) W(508) 0.0025503472222222173
     W(178) W(518) 0.0077472222222222118
     W(178) W(528) -0.0042319444444444462
     W(178) W(538) 0.0016635416666666691
     W(178) W(548) 0.011613194444444429
     W(178) W(558) -0.0017350694444444436
     W(178) W(578) 0.0016006944444444426
     W(178) W(588) 0.017022916666666676
     W(178) W(598) 0.010173611111111102
     W(178) W(608) -0.0038097222222222265
     W(178) W(618) 0.009132291666666667
     W(178) W(628) 0.0083010416666666701
     W(178) W(638) 0.001529166666666665
     W(179) W(179) 0.095161805555555506
     W(179) W(189) 0.021170833333333333
     W(179) W(199) -0.026454513888888889
     W(179) W(209) 0.0053791666666666718
     W(179) W(219) 0.0059805555555555575
     W(179) W(229) -0.0059072916666666727
     W(179) W(239) -6.8055555555555591e-05
     W(179) W(259) 0.012665277777777786
     W(179) W(269) 0.00077222222222221993
     W(179) W(279) -0.0077013888888888878
     W(179) W(289) 0.0067295138888888986
     W(179) W(299) -0.0049409722222222233
     W(179) W(309) -0.0079850694444444491
     W(179) W(319) -6.8055555555555591e-05
     W(179) W(339) -0.008389236111111106
     W(179) W(349) -0.021156597222222226
     W(179) W(359) -0.0059829861111111134
     W(179) W(369) -0.014923958333333331
     W(179) W(379) -0.017829513888888898
     W(179) W(389) -0.0029937500000000012
     W(179) W(409) -0.00013611111111111118
     W(179) W(419) -0.0062472222222222174
     W(179) W(429) -0.014424999999999995
     W(179) W(439) -0.0040614583333333327
     W(179) W(449) -0.014409722222222209
     W(179) W(459) -0.017784375000000005
     W(179) W(469) 0.0024531249999999991
     W(179) W(479) -0.00034027777777777724
     W(179) W(489) -0.00054444444444444473
     W(179) W(499) -0.001215277777777778
     W(179) W(509) 0.0025503472222222173
     W(179) W(519) 0.0077472222222222118
     W(179) W(529) -0.0042319444444444462
     W(179) W(539) 0.0016635416666666691
     W(179) W(549) 0.011613194444444429
     W(179) W(559) -0.0017350694444444436
     W(179) W(579) 0.0016006944444444426
     W(179) W(589) 0.017022916666666676
     W(179) W(599) 0.010173611111111102
     W(179) W(609) -0.0038097222222222265
     W(179) W(619) 0.009132291666666667
     W(179) W(629) 0.0083010416666666701
     W(179) W(639) 0.001529166666666665
     W(180) W(180) 0.1612625
     W(180) W(190) 0.0072895833333333319
     W(180) W(200) -0.048821874999999973
     W(180) W(210) -0.0035083333333333282
     W(180) W(220) 0.00040729166666666783
     W(180) W(230) -0.00018541666666666668
     W(180) W(250) 0.029992708333333323
     W(180) W(260) 0.080892708333333355
     W(180) W(270) -0.016083333333333335
     W(180) W(280) -0.027543749999999995
     W(180) W(290) 0.010322916666666668
     W(180) W(300) 0.0016187499999999997
     W(180) W(310) -0.00018541666666666668
     W(180) W(330) 0.014481250000000001
     W(180) W(340) 0.030824999999999995
     W(180) W(350) -0.010971874999999997
     W(180) W(360) -0.027586458333333331
     W(180) W(370) 0.0021541666666666606
     W(180) W(380) 0.011670833333333339
     W(180) W(400) -0.00037083333333333337
     W(180) W(410) 0.0015562499999999986
     W(180) W(420) 0.020164583333333336
     W(180) W(430) 0.0033895833333333347
     W(180) W(440) -0.027291666666666672
     W(180) W(450) 0.0059458333333333334
     W(180) W(460) 0.015020833333333329
     W(180) W(470) -4.1666666666666686e-05
     W(180) W(480) -0.0014833333333333335
     W(180) W(490) -0.0020572916666666678
     W(180) W(500) 0.016468750000000001
     W(180) W(510) 0.011448958333333335
     W(180) W(520) -0.012795833333333326
     W(180) W(530) 0.011706249999999994
     W(180) W(540) 0.01255520833333333
     W(180) W(550) -0.00046458333333333247
     W(180) W(570) -0.00043749999999999974
     W(180) W(580) -0.0047729166666666692
     W(180) W(590) 0.002578125000000004
     W(180) W(600) -0.0064541666666666627
     W(180) W(610) 0.0047843749999999996
     W(180) W(620) 0.0053656250000000023
     W(180) W(630) 0.00025729166666666663
     W(181) W(181) 0.1612625
     W(181) W(191) 0.0072895833333333319
     W(181) W(201) -0.048821874999999973
     W(181) W(211) -0.0035083333333333282
     W(181) W(221) 0.00040729166666666783
     W(181) W(231) -0.00018541666666666668
     W(181) W(251) 0.029992708333333323
     W(181) W(261) 0.080892708333333355
     W(181) W(271) -0.016083333333333335
     W(181) W(281) -0.027543749999999995
     W(181) W(291) 0.010322916666666668
     W(181) W(301) 0.0016187499999999997
     W(181) W(311) -0.00018541666666666668
     W(181) W(331) 0.014481250000000001
     W(181) W(341) 0.030824999999999995
     W(181) W(351) -0.010971874999999997
     W(181) W(361) -0.027586458333333331
     W(181) W(371) 0.0021541666666666606
     W(181) W(381) 0.011670833333333339
     W(181) W(401) -0.00037083333333333337
     W(181) W(411) 0.0015562499999999986
     W(181) W(421) 0.020164583333333336
     W(181) W(431) 0.0033895833333333347
     W(181) W(441) -0.027291666666666672
     W(181) W(451) 0.0059458333333333334
     W(181) W(461) 0.015020833333333329
     W(181) W(471) -4.1666666666666686e-05
     W(181) W(481) -0.0014833333333333335
     W(181) W(491) -0.0020572916666666678
     W(181) W(501) 0.016468750000000001
     W(181) W(511) 0.011448958333333335
     W(181) W(521) -0.012795833333333326
     W(181) W(531) 0.011706249999999994
     W(181) W(541) 0.01255520833333333
     W(181) W(551) -0.00046458333333333247
     W(181) W(571) -0.00043749999999999974
     W(181) W(581) -0.0047729166666666692
     W(181) W(591) 0.002578125000000004
     W(181) W(601) -0.0064541666666666627
     W(181) W(611) 0.0047843749999999996
     W(181) W(621) 0.0053656250000000023
     W(181) W(631) 0.00025729166666666663
     W(182) W(182) 0.1612625
     W(182) W(192) 0.0072895833333333319
     W(182) W(202) -0.048821874999999973
     W(182) W(212) -0.0035083333333333282
     W(182) W(222) 0.00040729166666666783
     W(182) W(232) -0.00018541666666666668
     W(182) W(252) 0.029992708333333323
     W(182) W(262) 0.080892708333333355
     W(182) W(272) -0.016083333333333335
     W(182) W(282) -0.027543749999999995
     W(182) W(292) 0.010322916666666668
     W(182) W(302) 0.0016187499999999997
     W(182) W(312) -0.00018541666666666668
     W(182) W(332) 0.014481250000000001
     W(182) W(342) 0.030824999999999995
     W(182) W(352) -0.010971874999999997
     W(182) W(362) -0.027586458333333331
     W(182) W(372) 0.0021541666666666606
     W(182) W(382) 0.011670833333333339
     W(182) W(402) -0.00037083333333333337
     W(182) W(412) 0.0015562499999999986
     W(182) W(422) 0.020164583333333336
     W(182) W(432) 0.0033895833333333347
     W(182) W(442) -0.027291666666666672
     W(182) W(452) 0.0059458333333333334
     W(182) W(462) 0.015020833333333329
     W(182) W(472) -4.1666666666666686e-05
     W(182) W(482) -0.0014833333333333335
     W(182) W(492) -0.0020572916666666678
     W(182) W(502) 0.016468750000000001
     W(182) W(512) 0.011448958333333335
     W(182) W(522) -0.012795833333333326
     W(182) W(532) 0.011706249999999994
     W(182) W(542) 0.01255520833333333
     W(182) W(552) -0.00046458333333333247
     W(182) W(572) -0.00043749999999999974
     W(182) W(582) -0.0047729166666666692
     W(182) W(592) 0.002578125000000004
     W(182) W(602) -0.0064541666666666627
     W(182) W(612) 0.0047843749999999996
     W(182) W(622) 0.0053656250000000023
     W(182) W(632) 0.00025729166666666663
     W(183) W(183) 0.1612625
     W(183) W(193) 0.0072895833333333319
     W(183) W(203) -0.048821874999999973
     W(183) W(213) -0.0035083333333333282
     W(183) W(223) 0.00040729166666666783
     W(183) W(233) -0.00018541666666666668
     W(183) W(253) 0.029992708333333323
     W(183) W(263) 0.080892708333333355
     W(183) W(273) -0.016083333333333335
     W(183) W(283) -0.027543749999999995
     W(183) W(293) 0.010322916666666668
     W(183) W(303) 0.0016187499999999997
     W(183) W(313) -0.00018541666666666668
     W(183) W(333) 0.014481250000000001
     W(183) W(343) 0.030824999999999995
     W(183) W(353) -0.010971874999999997
     W(183) W(363) -0.027586458333333331
     W(183) W(373) 0.0021541666666666606
     W(183) W(383) 0.011670833333333339
     W(183) W(403) -0.00037083333333333337
     W(183) W(413) 0.0015562499999999986
     W(183) W(423) 0.020164583333333336
     W(183) W(433) 0.0033895833333333347
     W(183) W(443) -0.027291666666666672
     W(183) W(453) 0.0059458333333333334
     W(183) W(463) 0.015020833333333329
     W(183) W(473) -4.1666666666666686e-05
     W(183) W(483) -0.0014833333333333335
     W(183) W(493) -0.0020572916666666678
     W(183) W(503) 0.016468750000000001
     W(183) W(513) 0.011448958333333335
     W(183) W(523) -0.012795833333333326
     W(183) W(533) 0.011706249999999994
     W(183) W(543) 0.01255520833333333
     W(183) W(553) -0.00046458333333333247
     W(183) W(573) -0.00043749999999999974
     W(183) W(583) -0.0047729166666666692
     W(183) W(593) 0.002578125000000004
     W(183) W(603) -0.0064541666666666627
     W(183) W(613) 0.0047843749999999996
     W(183) W(623) 0.0053656250000000023
     W(183) W(633) 0.00025729166666666663
     W(184) W(184) 0.1612625
     W(184) W(194) 0.0072895833333333319
     W(184) W(204) -0.048821874999999973
     W(184) W(214) -0.0035083333333333282
     W(184) W(224) 0.00040729166666666783
     W(184) W(234) -0.00018541666666666668
     W(184) W(254) 0.029992708333333323
     W(184) W(264) 0.080892708333333355
     W(184) W(274) -0.016083333333333335
     W(184) W(284) -0.027543749999999995
     W(184) W(294) 0.010322916666666668
     W(184) W(304) 0.0016187499999999997
     W(184) W(314) -0.00018541666666666668
     W(184) W(334) 0.014481250000000001
     W(184) W(344) 0.030824999999999995
     W(184) W(354) -0.010971874999999997
     W(184) W(364) -0.027586458333333331
     W(184) W(374) 0.0021541666666666606
     W(184) W(384) 0.011670833333333339
     W(184) W(404) -0.00037083333333333337
     W(184) W(414) 0.0015562499999999986
     W(184) W(424) 0.020164583333333336
     W(184) W(434) 0.0033895833333333347
     W(184) W(444) -0.027291666666666672
     W(184) W(454) 0.0059458333333333334
     W(184) W(464) 0.015020833333333329
     W(184) W(474) -4.1666666666666686e-05
     W(184) W(484) -0.0014833333333333335
     W(184) W(494) -0.0020572916666666678
     W(184) W(504) 0.016468750000000001
     W(184) W(514) 0.011448958333333335
     W(184) W(524) -0.012795833333333326
     W(184) W(534) 0.011706249999999994
     W(184) W(544) 0.01255520833333333
     W(184) W(554) -0.00046458333333333247
     W(184) W(574) -0.00043749999999999974
     W(184) W(584) -0.0047729166666666692
     W(184) W(594) 0.002578125000000004
     W(184) W(604) -0.0064541666666666627
     W(184) W(614) 0.0047843749999999996
     W(184) W(624) 0.0053656250000000023
     W(184) W(634) 0.00025729166666666663
     W(185) W(185) 0.1612625
     W(185) W(195) 0.0072895833333333319
     W(185) W(205) -0.048821874999999973
     W(185) W(215) -0.0035083333333333282
     W(185) W(225) 0.00040729166666666783
     W(185) W(235) -0.00018541666666666668
     W(185) W(255) 0.029992708333333323
     W(185) W(265) 0.080892708333333355
     W(185) W(275) -0.016083333333333335
     W(185) W(285) -0.027543749999999995
     W(185) W(295) 0.010322916666666668
     W(185) W(305) 0.0016187499999999997
     W(185) W(315) -0.00018541666666666668
     W(185) W(335) 0.014481250000000001
     W(185) W(345) 0.030824999999999995
     W(185) W(355) -0.010971874999999997
     W(185) W(365) -0.027586458333333331
     W(185) W(375) 0.0021541666666666606
     W(185) W(385) 0.011670833333333339
     W(185) W(405) -0.00037083333333333337
     W(185) W(415) 0.0015562499999999986
     W(185) W(425) 0.020164583333333336
     W(185) W(435) 0.0033895833333333347
     W(185) W(445) -0.027291666666666672
     W(185) W(455) 0.0059458333333333334
     W(185) W(465) 0.015020833333333329
     W(185) W(475) -4.1666666666666686e-05
     W(185) W(485) -0.0014833333333333335
     W(185) W(495) -0.0020572916666666678
     W(185) W(505) 0.016468750000000001
     W(185) W(515) 0.011448958333333335
     W(185) W(525) -0.012795833333333326
     W(185) W(535) 0.011706249999999994
     W(185) W(545) 0.01255520833333333
     W(185) W(555) -0.00046458333333333247
     W(185) W(575) -0.00043749999999999974
     W(185) W(585) -0.0047729166666666692
     W(185) W(595) 0.002578125000000004
     W(185) W(605) -0.0064541666666666627
     W(185) W(615) 0.0047843749999999996
     W(185) W(625) 0.0053656250000000023
     W(185) W(635) 0.00025729166666666663
     W(186) W(186) 0.1612625
     W(186) W(196) 0.0072895833333333319
     W(186) W(206) -0.048821874999999973
     W(186) W(216) -0.0035083333333333282
     W(186) W(226) 0.00040729166666666783
     W(186) W(236) -0.00018541666666666668
     W(186) W(256) 0.029992708333333323
     W(186) W(266) 0.080892708333333355
     W(186) W(276) -0.016083333333333335
     W(186) W(286) -0.027543749999999995
     W(186) W(296) 0.010322916666666668
     W(186) W(306) 0.0016187499999999997
     W(186) W(316) -0.00018541666666666668
     W(186) W(336) 0.014481250000000001
     W(186) W(346) 0.030824999999999995
     W(186) W(356) -0.010971874999999997
     W(186) W(366) -0.027586458333333331
     W(186) W(376) 0.0021541666666666606
     W(186) W(386) 0.011670833333333339
     W(186) W(406) -0.00037083333333333337
     W(186) W(416) 0.0015562499999999986
     W(186) W(426) 0.020164583333333336
     W(186) W(436) 0.0033895833333333347
     W(186) W(446) -0.027291666666666672
     W(186) W(456) 0.0059458333333333334
     W(186) W(466) 0.015020833333333329
     W(186) W(476) -4.1666666666666686e-05
     W(186) W(486) -0.0014833333333333335
     W(186) W(496) -0.0020572916666666678
     W(186) W(506) 0.016468750000000001
     W(186) W(516) 0.011448958333333335
     W(186) W(526) -0.012795833333333326
     W(186) W(536) 0.011706249999999994
     W(186) W(546) 0.01255520833333333
     W(186) W(556) -0.00046458333333333247
     W(186) W(576) -0.00043749999999999974
     W(186) W(586) -0.0047729166666666692
     W(186) W(596) 0.002578125000000004
     W(186) W(606) -0.0064541666666666627
     W(186) W(616) 0.0047843749999999996
     W(186) W(626) 0.0053656250000000023
     W(186) W(636) 0.00025729166666666663
     W(187) W(187) 0.1612625
     W(187) W(197) 0.0072895833333333319
     W(187) W(207) -0.048821874999999973
     W(187) W(217) -0.0035083333333333282
     W(187) W(227) 0.00040729166666666783
     W(187) W(237) -0.00018541666666666668
     W(187) W(257) 0.029992708333333323
     W(187) W(267) 0.080892708333333355
     W(187) W(277) -0.016083333333333335
     W(187) W(287) -0.027543749999999995
     W(187) W(297) 0.010322916666666668
     W(187) W(307) 0.0016187499999999997
     W(187) W(317) -0.00018541666666666668
     W(187) W(337) 0.014481250000000001
     W(187) W(347) 0.030824999999999995
     W(187) W(357) -0.010971874999999997
     W(187) W(367) -0.027586458333333331
     W(187) W(377) 0.0021541666666666606
     W(187) W(387) 0.011670833333333339
     W(187) W(407) -0.00037083333333333337
     W(187) W(417) 0.0015562499999999986
     W(187) W(427) 0.020164583333333336
     W(187) W(437) 0.0033895833333333347
     W(187) W(447) -0.027291666666666672
     W(187) W(457) 0.0059458333333333334
     W(187) W(467) 0.015020833333333329
     W(187) W(477) -4.1666666666666686e-05
     W(187) W(487) -0.0014833333333333335
     W(187) W(497) -0.0020572916666666678
     W(187) W(507) 0.016468750000000001
     W(187) W(517) 0.011448958333333335
     W(187) W(527) -0.012795833333333326
     W(187) W(537) 0.011706249999999994
     W(187) W(547) 0.01255520833333333
     W(187) W(557) -0.00046458333333333247
     W(187) W(577) -0.00043749999999999974
     W(187) W(587) -0.0047729166666666692
     W(187) W(597) 0.002578125000000004
     W(187) W(607) -0.0064541666666666627
     W(187) W(617) 0.0047843749999999996
     W(187) W(627) 0.0053656250000000023
     W(187) W(637) 0.00025729166666666663
     W(188) W(188) 0.1612625
     W(188) W(198) 0.0072895833333333319
     W(188) W(208) -0.048821874999999973
     W(188) W(218) -0.0035083333333333282
     W(188) W(228) 0.00040729166666666783
     W(188) W(238) -0.00018541666666666668
     W(188) W(258) 0.029992708333333323
     W(188) W(268) 0.080892708333333355
     W(188) W(278) -0.016083333333333335
     W(188) W(288) -0.027543749999999995
     W(188) W(298) 0.010322916666666668
     W(188) W(308) 0.0016187499999999997
     W(188) W(318) -0.00018541666666666668
     W(188) W(338) 0.014481250000000001
     W(188) W(348) 0.030824999999999995
     W(188) W(358) -0.010971874999999997
     W(188) W(368) -0.027586458333333331
     W(188) W(378) 0.0021541666666666606
     W(188) W(388) 0.011670833333333339
     W(188) W(408) -0.00037083333333333337
     W(188) W(418) 0.0015562499999999986
     W(188) W(428) 0.020164583333333336
     W(188) W(438) 0.0033895833333333347
     W(188) W(448) -0.027291666666666672
     W(188) W(458) 0.0059458333333333334
     W(188) W(468) 0.015020833333333329
     W(188) W(478) -4.1666666666666686e-05
     W(188) W(488) -0.0014833333333333335
     W(188) W(498) -0.0020572916666666678
     W(188) W(508) 0.016468750000000001
     W(188) W(518) 0.011448958333333335
     W(188) W(528) -0.012795833333333326
     W(188) W(538) 0.011706249999999994
     W(188) W(548) 0.01255520833333333
     W(188) W(558) -0.00046458333333333247
     W(188) W(578) -0.00043749999999999974
     W(188) W(588) -0.0047729166666666692
     W(188) W(598) 0.002578125000000004
     W(188) W(608) -0.0064541666666666627
     W(188) W(618) 0.0047843749999999996
     W(188) W(628) 0.0053656250000000023
     W(188) W(638) 0.00025729166666666663
     W(189) W(189) 0.1612625
     W(189) W(199) 0.0072895833333333319
     W(189) W(209) -0.048821874999999973
     W(189) W(219) -0.0035083333333333282
     W(189) W(229) 0.00040729166666666783
     W(189) W(239) -0.00018541666666666668
     W(189) W(259) 0.029992708333333323
     W(189) W(269) 0.080892708333333355
     W(189) W(279) -0.016083333333333335
     W(189) W(289) -0.027543749999999995
     W(189) W(299) 0.010322916666666668
     W(189) W(309) 0.0016187499999999997
     W(189) W(319) -0.00018541666666666668
     W(189) W(339) 0.014481250000000001
     W(189) W(349) 0.030824999999999995
     W(189) W(359) -0.010971874999999997
     W(189) W(369) -0.027586458333333331
     W(189) W(379) 0.0021541666666666606
     W(189) W(389) 0.011670833333333339
     W(189) W(409) -0.00037083333333333337
     W(189) W(419) 0.0015562499999999986
     W(189) W(429) 0.020164583333333336
     W(189) W(439) 0.0033895833333333347
     W(189) W(449) -0.027291666666666672
     W(189) W(459) 0.0059458333333333334
     W(189) W(469) 0.015020833333333329
     W(189) W(479) -4.1666666666666686e-05
     W(189) W(489) -0.0014833333333333335
     W(189) W(499) -0.0020572916666666678
     W(189) W(509) 0.016468750000000001
     W(189) W(519) 0.011448958333333335
     W(189) W(529) -0.012795833333333326
     W(189) W(539) 0.011706249999999994
     W(189) W(549) 0.01255520833333333
     W(189) W(559) -0.00046458333333333247
     W(189) W(579) -0.00043749999999999974
     W(189) W(589) -0.0047729166666666692
     W(189) W(599) 0.002578125000000004
     W(189) W(609) -0.0064541666666666627
     W(189) W(619) 0.0047843749999999996
     W(189) W(629) 0.0053656250000000023
     W(189) W(639) 0.00025729166666666663
     W(190) W(190) 0.18283680555555554
     W(190) W(200) 0.022893749999999994
     W(190) W(210) -0.030773263888888885
     W(190) W(220) 0.0027166666666666689
     W(190) W(230) 0.00022847222222222201
     W(190) W(250) 0.0029607638888888895
     W(190) W(260) 0.036856944444444449
     W(190) W(270) 0.045352430555555587
     W(190) W(280) -0.01773888888888888
     W(190) W(290) -0.0069392361111111165
     W(190) W(300) 0.0068423611111111185
     W(190) W(310) 0.00022847222222222201
     W(190) W(330) 0.0076486111111111034
     W(190) W(340) 0.021072222222222211
     W(190) W(350) 0.016393402777777788
     W(190) W(360) 4.7916666666663815e-05
     W(190) W(370) -0.012117361111111108
     W(190) W(380) -0.0082270833333333293
     W(190) W(400) 0.00045694444444444401
     W(190) W(410) 0.0049795138888888953
     W(190) W(420) 0.020603125
     W(190) W(430) 0.047163541666666656
     W(190) W(440) 0.04701388888888889
     W(190) W(450) -0.0035375000000000029
     W(190) W(460) -0.013661458333333334
     W(190) W(470) 0.00080381944444444468
     W(190) W(480) 0.001827777777777776
     W(190) W(490) 0.0022569444444444403
     W(190) W(500) -0.018675347222222222
     W(190) W(510) 0.012004861111111114
     W(190) W(520) 0.030728819444444441
     W(190) W(530) -0.0094333333333333283
     W(190) W(540) -0.0033621527777777851
     W(190) W(550) 0.005436111111111112
     W(190) W(570) 0.00093576388888888919
     W(190) W(580) -0.03506875000000001
     W(190) W(590) -0.040381944444444422
     W(190) W(600) 0.019047222222222226
     W(190) W(610) 0.011754166666666661
     W(190) W(620) 0.0057427083333333332
     W(190) W(630) 0.0025895833333333309
     W(191) W(191) 0.18283680555555554
     W(191) W(201) 0.022893749999999994
     W(191) W(211) -0.030773263888888885
     W(191) W(221) 0.0027166666666666689
     W(191) W(231) 0.00022847222222222201
     W(191) W(251) 0.0029607638888888895
     W(191) W(261) 0.036856944444444449
     W(191) W(271) 0.045352430555555587
     W(191) W(281) -0.01773888888888888
     W(191) W(291) -0.0069392361111111165
     W(191) W(301) 0.0068423611111111185
     W(191) W(311) 0.00022847222222222201
     W(191) W(331) 0.0076486111111111034
     W(191) W(341) 0.021072222222222211
     W(191) W(351) 0.016393402777777788
     W(191) W(361) 4.7916666666663815e-05
     W(191) W(371) -0.012117361111111108
     W(191) W(381) -0.0082270833333333293
     W(191) W(401) 0.00045694444444444401
     W(191) W(411) 0.0049795138888888953
     W(191) W(421) 0.020603125
     W(191) W(431) 0.047163541666666656
     W(191) W(441) 0.04701388888888889
     W(191) W(451) -0.0035375000000000029
     W(191) W(461) -0.013661458333333334
     W(191) W(471) 0.00080381944444444468
     W(191) W(481) 0.001827777777777776
     W(191) W(491) 0.0022569444444444403
     W(191) W(501) -0.018675347222222222
     W(191) W(511) 0.012004861111111114
     W(191) W(521) 0.030728819444444441
     W(191) W(531) -0.0094333333333333283
     W(191) W(541) -0.0033621527777777851
     W(191) W(551) 0.005436111111111112
     W(191) W(571) 0.00093576388888888919
     W(191) W(581) -0.03506875000000001
     W(191) W(591) -0.040381944444444422
     W(191) W(601) 0.019047222222222226
     W(191) W(611) 0.011754166666666661
     W(191) W(621) 0.0057427083333333332
     W(191) W(631) 0.0025895833333333309
     W(192) W(192) 0.18283680555555554
     W(192) W(202) 0.022893749999999994
     W(192) W(212) -0.030773263888888885
     W(192) W(222) 0.0027166666666666689
     W(192) W(232) 0.00022847222222222201
     W(192) W(252) 0.0029607638888888895
     W(192) W(262) 0.036856944444444449
     W(192) W(272) 0.045352430555555587
     W(192) W(282) -0.01773888888888888
     W(192) W(292) -0.0069392361111111165
     W(192) W(302) 0.0068423611111111185
     W(192) W(312) 0.00022847222222222201
     W(192) W(332) 0.0076486111111111034
     W(192) W(342) 0.021072222222222211
     W(192) W(352) 0.016393402777777788
     W(192) W(362) 4.7916666666663815e-05
     W(192) W(372) -0.012117361111111108
     W(192) W(382) -0.0082270833333333293
     W(192) W(402) 0.00045694444444444401
     W(192) W(412) 0.0049795138888888953
     W(192) W(422) 0.020603125
     W(192) W(432) 0.047163541666666656
     W(192) W(442) 0.04701388888888889
     W(192) W(452) -0.0035375000000000029
     W(192) W(462) -0.013661458333333334
     W(192) W(472) 0.00080381944444444468
     W(192) W(482) 0.001827777777777776
     W(192) W(492) 0.0022569444444444403
     W(192) W(502) -0.018675347222222222
     W(192) W(512) 0.012004861111111114
     W(192) W(522) 0.030728819444444441
     W(192) W(532) -0.0094333333333333283
     W(192) W(542) -0.0033621527777777851
     W(192) W(552) 0.005436111111111112
     W(192) W(572) 0.00093576388888888919
     W(192) W(582) -0.03506875000000001
     W(192) W(592) -0.040381944444444422
     W(192) W(602) 0.019047222222222226
     W(192) W(612) 0.011754166666666661
     W(192) W(622) 0.0057427083333333332
     W(192) W(632) 0.0025895833333333309
     W(193) W(193) 0.18283680555555554
     W(193) W(203) 0.022893749999999994
     W(193) W(213) -0.030773263888888885
     W(193) W(223) 0.0027166666666666689
     W(193) W(233) 0.00022847222222222201
     W(193) W(253) 0.0029607638888888895
     W(193) W(263) 0.036856944444444449
     W(193) W(273) 0.045352430555555587
     W(193) W(283) -0.01773888888888888
     W(193) W(293) -0.0069392361111111165
     W(193) W(303) 0.0068423611111111185
     W(193) W(313) 0.00022847222222222201
     W(193) W(333) 0.0076486111111111034
     W(193) W(343) 0.021072222222222211
     W(193) W(353) 0.016393402777777788
     W(193) W(363) 4.7916666666663815e-05
     W(193) W(373) -0.012117361111111108
     W(193) W(383) -0.0082270833333333293
     W(193) W(403) 0.00045694444444444401
     W(193) W(413) 0.0049795138888888953
     W(193) W(423) 0.020603125
     W(193) W(433) 0.047163541666666656
     W(193) W(443) 0.04701388888888889
     W(193) W(453) -0.0035375000000000029
     W(193) W(463) -0.013661458333333334
     W(193) W(473) 0.00080381944444444468
     W(193) W(483) 0.001827777777777776
     W(193) W(493) 0.0022569444444444403
     W(193) W(503) -0.018675347222222222
     W(193) W(513) 0.012004861111111114
     W(193) W(523) 0.030728819444444441
     W(193) W(533) -0.0094333333333333283
     W(193) W(543) -0.0033621527777777851
     W(193) W(553) 0.005436111111111112
     W(193) W(573) 0.00093576388888888919
     W(193) W(583) -0.03506875000000001
     W(193) W(593) -0.040381944444444422
     W(193) W(603) 0.019047222222222226
     W(193) W(613) 0.011754166666666661
     W(193) W(623) 0.0057427083333333332
     W(193) W(633) 0.0025895833333333309
     W(194) W(194) 0.18283680555555554
     W(194) W(204) 0.022893749999999994
     W(194) W(214) -0.030773263888888885
     W(194) W(224) 0.0027166666666666689
     W(194) W(234) 0.00022847222222222201
     W(194) W(254) 0.0029607638888888895
     W(194) W(264) 0.036856944444444449
     W(194) W(274) 0.045352430555555587
     W(194) W(284) -0.01773888888888888
     W(194) W(294) -0.0069392361111111165
     W(194) W(304) 0.0068423611111111185
     W(194) W(314) 0.00022847222222222201
     W(194) W(334) 0.0076486111111111034
     W(194) W(344) 0.021072222222222211
     W(194) W(354) 0.016393402777777788
     W(194) W(364) 4.7916666666663815e-05
     W(194) W(374) -0.012117361111111108
     W(194) W(384) -0.0082270833333333293
     W(194) W(404) 0.00045694444444444401
     W(194) W(414) 0.0049795138888888953
     W(194) W(424) 0.020603125
     W(194) W(434) 0.047163541666666656
     W(194) W(444) 0.04701388888888889
     W(194) W(454) -0.0035375000000000029
     W(194) W(464) -0.013661458333333334
     W(194) W(474) 0.00080381944444444468
     W(194) W(484) 0.001827777777777776
     W(194) W(494) 0.0022569444444444403
     W(194) W(504) -0.018675347222222222
     W(194) W(514) 0.012004861111111114
     W(194) W(524) 0.030728819444444441
     W(194) W(534) -0.0094333333333333283
     W(194) W(544) -0.0033621527777777851
     W(194) W(554) 0.005436111111111112
     W(194) W(574) 0.00093576388888888919
     W(194) W(584) -0.03506875000000001
     W(194) W(594) -0.040381944444444422
     W(194) W(604) 0.019047222222222226
     W(194) W(614) 0.011754166666666661
     W(194) W(624) 0.0057427083333333332
     W(194) W(634) 0.0025895833333333309
     W(195) W(195) 0.18283680555555554
     W(195) W(205) 0.022893749999999994
     W(195) W(215) -0.030773263888888885
     W(195) W(225) 0.0027166666666666689
     W(195) W(235) 0.00022847222222222201
     W(195) W(255) 0.0029607638888888895
     W(195) W(265) 0.036856944444444449
     W(195) W(275) 0.045352430555555587
     W(195) W(285) -0.01773888888888888
     W(195) W(295) -0.0069392361111111165
     W(195) W(305) 0.0068423611111111185
     W(195) W(315) 0.00022847222222222201
     W(195) W(335) 0.0076486111111111034
     W(195) W(345) 0.021072222222222211
     W(195) W(355) 0.016393402777777788
     W(195) W(365) 4.7916666666663815e-05
     W(195) W(375) -0.012117361111111108
     W(195) W(385) -0.0082270833333333293
     W(195) W(405) 0.00045694444444444401
     W(195) W(415) 0.0049795138888888953
     W(195) W(425) 0.020603125
     W(195) W(435) 0.047163541666666656
     W(195) W(445) 0.04701388888888889
     W(195) W(455) -0.0035375000000000029
     W(195) W(465) -0.013661458333333334
     W(195) W(475) 0.00080381944444444468
     W(195) W(485) 0.001827777777777776
     W(195) W(495) 0.0022569444444444403
     W(195) W(505) -0.018675347222222222
     W(195) W(515) 0.012004861111111114
     W(195) W(525) 0.030728819444444441
     W(195) W(535) -0.0094333333333333283
     W(195) W(545) -0.0033621527777777851
     W(195) W(555) 0.005436111111111112
     W(195) W(575) 0.00093576388888888919
     W(195) W(585) -0.03506875000000001
     W(195) W(595) -0.040381944444444422
     W(195) W(605) 0.019047222222222226
     W(195) W(615) 0.011754166666666661
     W(195) W(625) 0.0057427083333333332
     W(195) W(635) 0.0025895833333333309
     W(196) W(196) 0.18283680555555554
     W(196) W(206) 0.022893749999999994
     W(196) W(216) -0.030773263888888885
     W(196) W(226) 0.0027166666666666689
     W(196) W(236) 0.00022847222222222201
     W(196) W(256) 0.0029607638888888895
     W(196) W(266) 0.036856944444444449
     W(196) W(276) 0.045352430555555587
     W(196) W(286) -0.01773888888888888
     W(196) W(296) -0.0069392361111111165
     W(196) W(306) 0.0068423611111111185
     W(196) W(316) 0.00022847222222222201
     W(196) W(336) 0.0076486111111111034
     W(196) W(346) 0.021072222222222211
     W(196) W(356) 0.016393402777777788
     W(196) W(366) 4.7916666666663815e-05
     W(196) W(376) -0.012117361111111108
     W(196) W(386) -0.0082270833333333293
     W(196) W(406) 0.00045694444444444401
     W(196) W(416) 0.0049795138888888953
     W(196) W(426) 0.020603125
     W(196) W(436) 0.047163541666666656
     W(196) W(446) 0.04701388888888889
     W(196) W(456) -0.0035375000000000029
     W(196) W(466) -0.013661458333333334
     W(196) W(476) 0.00080381944444444468
     W(196) W(486) 0.001827777777777776
     W(196) W(496) 0.0022569444444444403
     W(196) W(506) -0.018675347222222222
     W(196) W(516) 0.012004861111111114
     W(196) W(526) 0.030728819444444441
     W(196) W(536) -0.0094333333333333283
     W(196) W(546) -0.0033621527777777851
     W(196) W(556) 0.005436111111111112
     W(196) W(576) 0.00093576388888888919
     W(196) W(586) -0.03506875000000001
     W(196) W(596) -0.040381944444444422
     W(196) W(606) 0.019047222222222226
     W(196) W(616) 0.011754166666666661
     W(196) W(626) 0.0057427083333333332
     W(196) W(636) 0.0025895833333333309
     W(197) W(197) 0.18283680555555554
     W(197) W(207) 0.022893749999999994
     W(197) W(217) -0.030773263888888885
     W(197) W(227) 0.0027166666666666689
     W(197) W(237) 0.00022847222222222201
     W(197) W(257) 0.0029607638888888895
     W(197) W(267) 0.036856944444444449
     W(197) W(277) 0.045352430555555587
     W(197) W(287) -0.01773888888888888
     W(197) W(297) -0.0069392361111111165
     W(197) W(307) 0.0068423611111111185
     W(197) W(317) 0.00022847222222222201
     W(197) W(337) 0.0076486111111111034
     W(197) W(347) 0.021072222222222211
     W(197) W(357) 0.016393402777777788
     W(197) W(367) 4.7916666666663815e-05
     W(197) W(377) -0.012117361111111108
     W(197) W(387) -0.0082270833333333293
     W(197) W(407) 0.00045694444444444401
     W(197) W(417) 0.0049795138888888953
     W(197) W(427) 0.020603125
     W(197) W(437) 0.047163541666666656
     W(197) W(447) 0.04701388888888889
     W(197) W(457) -0.0035375000000000029
     W(197) W(467) -0.013661458333333334
     W(197) W(477) 0.00080381944444444468
     W(197) W(487) 0.001827777777777776
     W(197) W(497) 0.0022569444444444403
     W(197) W(507) -0.018675347222222222
     W(197) W(517) 0.012004861111111114
     W(197) W(527) 0.030728819444444441
     W(197) W(537) -0.0094333333333333283
     W(197) W(547) -0.0033621527777777851
     W(197) W(557) 0.005436111111111112
     W(197) W(577) 0.00093576388888888919
     W(197) W(587) -0.03506875000000001
     W(197) W(597) -0.040381944444444422
     W(197) W(607) 0.019047222222222226
     W(197) W(617) 0.011754166666666661
     W(197) W(627) 0.0057427083333333332
     W(197) W(637) 0.0025895833333333309
     W(198) W(198) 0.18283680555555554
     W(198) W(208) 0.022893749999999994
     W(198) W(218) -0.030773263888888885
     W(198) W(228) 0.0027166666666666689
     W(198) W(238) 0.00022847222222222201
     W(198) W(258) 0.0029607638888888895
     W(198) W(268) 0.036856944444444449
     W(198) W(278) 0.045352430555555587
     W(198) W(288) -0.01773888888888888
     W(198) W(298) -0.0069392361111111165
     W(198) W(308) 0.0068423611111111185
     W(198) W(318) 0.00022847222222222201
     W(198) W(338) 0.0076486111111111034
     W(198) W(348) 0.021072222222222211
     W(198) W(358) 0.016393402777777788
     W(198) W(368) 4.7916666666663815e-05
     W(198) W(378) -0.012117361111111108
     W(198) W(388) -0.0082270833333333293
     W(198) W(408) 0.00045694444444444401
     W(198) W(418) 0.0049795138888888953
     W(198) W(428) 0.020603125
     W(198) W(438) 0.047163541666666656
     W(198) W(448) 0.04701388888888889
     W(198) W(458) -0.0035375000000000029
     W(198) W(468) -0.013661458333333334
     W(198) W(478) 0.00080381944444444468
     W(198) W(488) 0.001827777777777776
     W(198) W(498) 0.0022569444444444403
     W(198) W(508) -0.018675347222222222
     W(198) W(518) 0.012004861111111114
     W(198) W(528) 0.030728819444444441
     W(198) W(538) -0.0094333333333333283
     W(198) W(548) -0.0033621527777777851
     W(198) W(558) 0.005436111111111112
     W(198) W(578) 0.00093576388888888919
     W(198) W(588) -0.03506875000000001
     W(198) W(598) -0.040381944444444422
     W(198) W(608) 0.019047222222222226
     W(198) W(618) 0.011754166666666661
     W(198) W(628) 0.0057427083333333332
     W(198) W(638) 0.0025895833333333309
     W(199) W(199) 0.18283680555555554
     W(199) W(209) 0.022893749999999994
     W(199) W(219) -0.030773263888888885
     W(199) W(229) 0.0027166666666666689
     W(199) W(239) 0.00022847222222222201
     W(199) W(259) 0.0029607638888888895
     W(199) W(269) 0.036856944444444449
     W(199) W(279) 0.045352430555555587
     W(199) W(289) -0.01773888888888888
     W(199) W(299) -0.0069392361111111165
     W(199) W(309) 0.0068423611111111185
     W(199) W(319) 0.00022847222222222201
     W(199) W(339) 0.0076486111111111034
     W(199) W(349) 0.021072222222222211
     W(199) W(359) 0.016393402777777788
     W(199) W(369) 4.7916666666663815e-05
     W(199) W(379) -0.012117361111111108
     W(199) W(389) -0.0082270833333333293
     W(199) W(409) 0.00045694444444444401
     W(199) W(419) 0.0049795138888888953
     W(199) W(429) 0.020603125
     W(199) W(439) 0.047163541666666656
     W(199) W(449) 0.04701388888888889
     W(199) W(459) -0.0035375000000000029
     W(199) W(469) -0.013661458333333334
     W(199) W(479) 0.00080381944444444468
     W(199) W(489) 0.001827777777777776
     W(199) W(499) 0.0022569444444444403
     W(199) W(509) -0.018675347222222222
     W(199) W(519) 0.012004861111111114
     W(199) W(529) 0.030728819444444441
     W(199) W(539) -0.0094333333333333283
     W(199) W(549) -0.0033621527777777851
     W(199) W(559) 0.005436111111111112
     W(199) W(579) 0.00093576388888888919
     W(199) W(589) -0.03506875000000001
     W(199) W(599) -0.040381944444444422
     W(199) W(609) 0.019047222222222226
     W(199) W(619) 0.011754166666666661
     W(199) W(629) 0.0057427083333333332
     W(199) W(639) 0.0025895833333333309
     W(200) W(200) 0.18399166666666661
     W(200) W(210) 0.041382291666666682
     W(200) W(220) -0.014061458333333341
     W(200) W(230) -3.4375000000000016e-05
     W(200) W(250) -0.015158333333333343
     W(200) W(260) -0.065727083333333339
     W(200) W(270) 0.04277083333333332
     W(200) W(280) 0.091471874999999966
     W(200) W(290) 0.0031354166666666579
     W(200) W(300) -0.021438541666666661
     W(200) W(310) -3.4375000000000016e-05
     W(200) W(330) -0.036461458333333356
     W(200) W(340) -0.087747916666666731
     W(200) W(350) -0.0024614583333333337
     W(200) W(360) 0.023319791666666666
     W(200) W(370) -0.032241666666666675
     W(200) W(380) -0.020266666666666672
     W(200) W(400) -6.8750000000000031e-05
     W(200) W(410) -0.01631875
     W(200) W(420) -0.051392708333333308
     W(200) W(430) 0.001712499999999999
     W(200) W(440) 0.022838541666666667
     W(200) W(450) -0.026548958333333331
     W(200) W(460) -0.020812500000000001
     W(200) W(470) -9.3749999999999975e-05
     W(200) W(480) -0.00027500000000000012
     W(200) W(490) 0.0013020833333333328
     W(200) W(500) -0.0025937500000000023
     W(200) W(510) 0.015912500000000007
     W(200) W(520) 0.016329166666666665
     W(200) W(530) -0.0024552083333333353
     W(200) W(540) -0.0045229166666666664
     W(200) W(550) 0.00043645833333333292
     W(200) W(570) -0.0013489583333333346
     W(200) W(580) 0.013591666666666663
     W(200) W(590) -0.0035937499999999963
     W(200) W(600) 0.0027802083333333298
     W(200) W(610) 0.011456249999999998
     W(200) W(620) 0.0049333333333333234
     W(200) W(630) 0.0015541666666666655
     W(201) W(201) 0.18399166666666661
     W(201) W(211) 0.041382291666666682
     W(201) W(221) -0.014061458333333341
     W(201) W(231) -3.4375000000000016e-05
     W(201) W(251) -0.015158333333333343
     W(201) W(261) -0.065727083333333339
     W(201) W(271) 0.04277083333333332
     W(201) W(281) 0.091471874999999966
     W(201) W(291) 0.0031354166666666579
     W(201) W(301) -0.021438541666666661
     W(201) W(311) -3.4375000000000016e-05
     W(201) W(331) -0.036461458333333356
     W(201) W(341) -0.087747916666666731
     W(201) W(351) -0.0024614583333333337
     W(201) W(361) 0.023319791666666666
     W(201) W(371) -0.032241666666666675
     W(201) W(381) -0.020266666666666672
     W(201) W(401) -6.8750000000000031e-05
     W(201) W(411) -0.01631875
     W(201) W(421) -0.051392708333333308
     W(201) W(431) 0.001712499999999999
     W(201) W(441) 0.022838541666666667
     W(201) W(451) -0.026548958333333331
     W(201) W(461) -0.020812500000000001
     W(201) W(471) -9.3749999999999975e-05
     W(201) W(481) -0.00027500000000000012
     W(201) W(491) 0.0013020833333333328
     W(201) W(501) -0.0025937500000000023
     W(201) W(511) 0.015912500000000007
     W(201) W(521) 0.016329166666666665
     W(201) W(531) -0.0024552083333333353
     W(201) W(541) -0.0045229166666666664
     W(201) W(551) 0.00043645833333333292
     W(201) W(571) -0.0013489583333333346
     W(201) W(581) 0.013591666666666663
     W(201) W(591) -0.0035937499999999963
     W(201) W(601) 0.0027802083333333298
     W(201) W(611) 0.011456249999999998
     W(201) W(621) 0.0049333333333333234
     W(201) W(631) 0.0015541666666666655
     W(202) W(202) 0.18399166666666661
     W(202) W(212) 0.041382291666666682
     W(202) W(222) -0.014061458333333341
     W(202) W(232) -3.4375000000000016e-05
     W(202) W(252) -0.015158333333333343
     W(202) W(262) -0.065727083333333339
     W(202) W(272) 0.04277083333333332
     W(202) W(282) 0.091471874999999966
     W(202) W(292) 0.0031354166666666579
     W(202) W(302) -0.021438541666666661
     W(202) W(312) -3.4375000000000016e-05
     W(202) W(332) -0.036461458333333356
     W(202) W(342) -0.087747916666666731
     W(202) W(352) -0.0024614583333333337
     W(202) W(362) 0.023319791666666666
     W(202) W(372) -0.032241666666666675
     W(202) W(382) -0.020266666666666672
     W(202) W(402) -6.8750000000000031e-05
     W(202) W(412) -0.01631875
     W(202) W(422) -0.051392708333333308
     W(202) W(432) 0.001712499999999999
     W(202) W(442) 0.022838541666666667
     W(202) W(452) -0.026548958333333331
     W(202) W(462) -0.020812500000000001
     W(202) W(472) -9.3749999999999975e-05
     W(202) W(482) -0.00027500000000000012
     W(202) W(492) 0.0013020833333333328
     W(202) W(502) -0.0025937500000000023
     W(202) W(512) 0.015912500000000007
     W(202) W(522) 0.016329166666666665
     W(202) W(532) -0.0024552083333333353
     W(202) W(542) -0.0045229166666666664
     W(202) W(552) 0.00043645833333333292
     W(202) W(572) -0.0013489583333333346
     W(202) W(582) 0.013591666666666663
     W(202) W(592) -0.0035937499999999963
     W(202) W(602) 0.0027802083333333298
     W(202) W(612) 0.011456249999999998
     W(202) W(622) 0.0049333333333333234
     W(202) W(632) 0.0015541666666666655
     W(203) W(203) 0.18399166666666661
     W(203) W(213) 0.041382291666666682
     W(203) W(223) -0.014061458333333341
     W(203) W(233) -3.4375000000000016e-05
     W(203) W(253) -0.015158333333333343
     W(203) W(263) -0.065727083333333339
     W(203) W(273) 0.04277083333333332
     W(203) W(283) 0.091471874999999966
     W(203) W(293) 0.0031354166666666579
     W(203) W(303) -0.021438541666666661
     W(203) W(313) -3.4375000000000016e-05
     W(203) W(333) -0.036461458333333356
     W(203) W(343) -0.087747916666666731
     W(203) W(353) -0.0024614583333333337
     W(203) W(363) 0.023319791666666666
     W(203) W(373) -0.032241666666666675
     W(203) W(383) -0.020266666666666672
     W(203) W(403) -6.8750000000000031e-05
     W(203) W(413) -0.01631875
     W(203) W(423) -0.051392708333333308
     W(203) W(433) 0.001712499999999999
     W(203) W(443) 0.022838541666666667
     W(203) W(453) -0.026548958333333331
     W(203) W(463) -0.020812500000000001
     W(203) W(473) -9.3749999999999975e-05
     W(203) W(483) -0.00027500000000000012
     W(203) W(493) 0.0013020833333333328
     W(203) W(503) -0.0025937500000000023
     W(203) W(513) 0.015912500000000007
     W(203) W(523) 0.016329166666666665
     W(203) W(533) -0.0024552083333333353
     W(203) W(543) -0.0045229166666666664
     W(203) W(553) 0.00043645833333333292
     W(203) W(573) -0.0013489583333333346
     W(203) W(583) 0.013591666666666663
     W(203) W(593) -0.0035937499999999963
     W(203) W(603) 0.0027802083333333298
     W(203) W(613) 0.011456249999999998
     W(203) W(623) 0.0049333333333333234
     W(203) W(633) 0.0015541666666666655
     W(204) W(204) 0.18399166666666661
     W(204) W(214) 0.041382291666666682
     W(204) W(224) -0.014061458333333341
     W(204) W(234) -3.4375000000000016e-05
     W(204) W(254) -0.015158333333333343
     W(204) W(264) -0.065727083333333339
     W(204) W(274) 0.04277083333333332
     W(204) W(284) 0.091471874999999966
     W(204) W(294) 0.0031354166666666579
     W(204) W(304) -0.021438541666666661
     W(204) W(314) -3.4375000000000016e-05
     W(204) W(334) -0.036461458333333356
     W(204) W(344) -0.087747916666666731
     W(204) W(354) -0.0024614583333333337
     W(204) W(364) 0.023319791666666666
     W(204) W(374) -0.032241666666666675
     W(204) W(384) -0.020266666666666672
     W(204) W(404) -6.8750000000000031e-05
     W(204) W(414) -0.01631875
     W(204) W(424) -0.051392708333333308
     W(204) W(434) 0.001712499999999999
     W(204) W(444) 0.022838541666666667
     W(204) W(454) -0.026548958333333331
     W(204) W(464) -0.020812500000000001
     W(204) W(474) -9.3749999999999975e-05
     W(204) W(484) -0.00027500000000000012
     W(204) W(494) 0.0013020833333333328
     W(204) W(504) -0.0025937500000000023
     W(204) W(514) 0.015912500000000007
     W(204) W(524) 0.016329166666666665
     W(204) W(534) -0.0024552083333333353
     W(204) W(544) -0.0045229166666666664
     W(204) W(554) 0.00043645833333333292
     W(204) W(574) -0.0013489583333333346
     W(204) W(584) 0.013591666666666663
     W(204) W(594) -0.0035937499999999963
     W(204) W(604) 0.0027802083333333298
     W(204) W(614) 0.011456249999999998
     W(204) W(624) 0.0049333333333333234
     W(204) W(634) 0.0015541666666666655
     W(205) W(205) 0.18399166666666661
     W(205) W(215) 0.041382291666666682
     W(205) W(225) -0.014061458333333341
     W(205) W(235) -3.4375000000000016e-05
     W(205) W(255) -0.015158333333333343
     W(205) W(265) -0.065727083333333339
     W(205) W(275) 0.04277083333333332
     W(205) W(285) 0.091471874999999966
     W(205) W(295) 0.0031354166666666579
     W(205) W(305) -0.021438541666666661
     W(205) W(315) -3.4375000000000016e-05
     W(205) W(335) -0.036461458333333356
     W(205) W(345) -0.087747916666666731
     W(205) W(355) -0.0024614583333333337
     W(205) W(365) 0.023319791666666666
     W(205) W(375) -0.032241666666666675
     W(205) W(385) -0.020266666666666672
     W(205) W(405) -6.8750000000000031e-05
     W(205) W(415) -0.01631875
     W(205) W(425) -0.051392708333333308
     W(205) W(435) 0.001712499999999999
     W(205) W(445) 0.022838541666666667
     W(205) W(455) -0.026548958333333331
     W(205) W(465) -0.020812500000000001
     W(205) W(475) -9.3749999999999975e-05
     W(205) W(485) -0.00027500000000000012
     W(205) W(495) 0.0013020833333333328
     W(205) W(505) -0.0025937500000000023
     W(205) W(515) 0.015912500000000007
     W(205) W(525) 0.016329166666666665
     W(205) W(535) -0.0024552083333333353
     W(205) W(545) -0.0045229166666666664
     W(205) W(555) 0.00043645833333333292
     W(205) W(575) -0.0013489583333333346
     W(205) W(585) 0.013591666666666663
     W(205) W(595) -0.0035937499999999963
     W(205) W(605) 0.0027802083333333298
     W(205) W(615) 0.011456249999999998
     W(205) W(625) 0.0049333333333333234
     W(205) W(635) 0.0015541666666666655
     W(206) W(206) 0.18399166666666661
     W(206) W(216) 0.041382291666666682
     W(206) W(226) -0.014061458333333341
     W(206) W(236) -3.4375000000000016e-05
     W(206) W(256) -0.015158333333333343
     W(206) W(266) -0.065727083333333339
     W(206) W(276) 0.04277083333333332
     W(206) W(286) 0.091471874999999966
     W(206) W(296) 0.0031354166666666579
     W(206) W(306) -0.021438541666666661
     W(206) W(316) -3.4375000000000016e-05
     W(206) W(336) -0.036461458333333356
     W(206) W(346) -0.087747916666666731
     W(206) W(356) -0.0024614583333333337
     W(206) W(366) 0.023319791666666666
     W(206) W(376) -0.032241666666666675
     W(206) W(386) -0.020266666666666672
     W(206) W(406) -6.8750000000000031e-05
     W(206) W(416) -0.01631875
     W(206) W(426) -0.051392708333333308
     W(206) W(436) 0.001712499999999999
     W(206) W(446) 0.022838541666666667
     W(206) W(456) -0.026548958333333331
     W(206) W(466) -0.020812500000000001
     W(206) W(476) -9.3749999999999975e-05
     W(206) W(486) -0.00027500000000000012
     W(206) W(496) 0.0013020833333333328
     W(206) W(506) -0.0025937500000000023
     W(206) W(516) 0.015912500000000007
     W(206) W(526) 0.016329166666666665
     W(206) W(536) -0.0024552083333333353
     W(206) W(546) -0.0045229166666666664
     W(206) W(556) 0.00043645833333333292
     W(206) W(576) -0.0013489583333333346
     W(206) W(586) 0.013591666666666663
     W(206) W(596) -0.0035937499999999963
     W(206) W(606) 0.0027802083333333298
     W(206) W(616) 0.011456249999999998
     W(206) W(626) 0.0049333333333333234
     W(206) W(636) 0.0015541666666666655
     W(207) W(207) 0.18399166666666661
     W(207) W(217) 0.041382291666666682
     W(207) W(227) -0.014061458333333341
     W(207) W(237) -3.4375000000000016e-05
     W(207) W(257) -0.015158333333333343
     W(207) W(267) -0.065727083333333339
     W(207) W(277) 0.04277083333333332
     W(207) W(287) 0.091471874999999966
     W(207) W(297) 0.0031354166666666579
     W(207) W(307) -0.021438541666666661
     W(207) W(317) -3.4375000000000016e-05
     W(207) W(337) -0.036461458333333356
     W(207) W(347) -0.087747916666666731
     W(207) W(357) -0.0024614583333333337
     W(207) W(367) 0.023319791666666666
     W(207) W(377) -0.032241666666666675
     W(207) W(387) -0.020266666666666672
     W(207) W(407) -6.8750000000000031e-05
     W(207) W(417) -0.01631875
     W(207) W(427) -0.051392708333333308
     W(207) W(437) 0.001712499999999999
     W(207) W(447) 0.022838541666666667
     W(207) W(457) -0.026548958333333331
     W(207) W(467) -0.020812500000000001
     W(207) W(477) -9.3749999999999975e-05
     W(207) W(487) -0.00027500000000000012
     W(207) W(497) 0.0013020833333333328
     W(207) W(507) -0.0025937500000000023
     W(207) W(517) 0.015912500000000007
     W(207) W(527) 0.016329166666666665
     W(207) W(537) -0.0024552083333333353
     W(207) W(547) -0.0045229166666666664
     W(207) W(557) 0.00043645833333333292
     W(207) W(577) -0.0013489583333333346
     W(207) W(587) 0.013591666666666663
     W(207) W(597) -0.0035937499999999963
     W(207) W(607) 0.0027802083333333298
     W(207) W(617) 0.011456249999999998
     W(207) W(627) 0.0049333333333333234
     W(207) W(637) 0.0015541666666666655
     W(208) W(208) 0.18399166666666661
     W(208) W(218) 0.041382291666666682
     W(208) W(228) -0.014061458333333341
     W(208) W(238) -3.4375000000000016e-05
     W(208) W(258) -0.015158333333333343
     W(208) W(268) -0.065727083333333339
     W(208) W(278) 0.04277083333333332
     W(208) W(288) 0.091471874999999966
     W(208) W(298) 0.0031354166666666579
     W(208) W(308) -0.021438541666666661
     W(208) W(318) -3.4375000000000016e-05
     W(208) W(338) -0.036461458333333356
     W(208) W(348) -0.087747916666666731
     W(208) W(358) -0.0024614583333333337
     W(208) W(368) 0.023319791666666666
     W(208) W(378) -0.032241666666666675
     W(208) W(388) -0.020266666666666672
     W(208) W(408) -6.8750000000000031e-05
     W(208) W(418) -0.01631875
     W(208) W(428) -0.051392708333333308
     W(208) W(438) 0.001712499999999999
     W(208) W(448) 0.022838541666666667
     W(208) W(458) -0.026548958333333331
     W(208) W(468) -0.020812500000000001
     W(208) W(478) -9.3749999999999975e-05
     W(208) W(488) -0.00027500000000000012
     W(208) W(498) 0.0013020833333333328
     W(208) W(508) -0.0025937500000000023
     W(208) W(518) 0.015912500000000007
     W(208) W(528) 0.016329166666666665
     W(208) W(538) -0.0024552083333333353
     W(208) W(548) -0.0045229166666666664
     W(208) W(558) 0.00043645833333333292
     W(208) W(578) -0.0013489583333333346
     W(208) W(588) 0.013591666666666663
     W(208) W(598) -0.0035937499999999963
     W(208) W(608) 0.0027802083333333298
     W(208) W(618) 0.011456249999999998
     W(208) W(628) 0.0049333333333333234
     W(208) W(638) 0.0015541666666666655
     W(209) W(209) 0.18399166666666661
     W(209) W(219) 0.041382291666666682
     W(209) W(229) -0.014061458333333341
     W(209) W(239) -3.4375000000000016e-05
     W(209) W(259) -0.015158333333333343
     W(209) W(269) -0.065727083333333339
     W(209) W(279) 0.04277083333333332
     W(209) W(289) 0.091471874999999966
     W(209) W(299) 0.0031354166666666579
     W(209) W(309) -0.021438541666666661
     W(209) W(319) -3.4375000000000016e-05
     W(209) W(339) -0.036461458333333356
     W(209) W(349) -0.087747916666666731
     W(209) W(359) -0.0024614583333333337
     W(209) W(369) 0.023319791666666666
     W(209) W(379) -0.032241666666666675
     W(209) W(389) -0.020266666666666672
     W(209) W(409) -6.8750000000000031e-05
     W(209) W(419) -0.01631875
     W(209) W(429) -0.051392708333333308
     W(209) W(439) 0.001712499999999999
     W(209) W(449) 0.022838541666666667
     W(209) W(459) -0.026548958333333331
     W(209) W(469) -0.020812500000000001
     W(209) W(479) -9.3749999999999975e-05
     W(209) W(489) -0.00027500000000000012
     W(209) W(499) 0.0013020833333333328
     W(209) W(509) -0.0025937500000000023
     W(209) W(519) 0.015912500000000007
     W(209) W(529) 0.016329166666666665
     W(209) W(539) -0.0024552083333333353
     W(209) W(549) -0.0045229166666666664
     W(209) W(559) 0.00043645833333333292
     W(209) W(579) -0.0013489583333333346
     W(209) W(589) 0.013591666666666663
     W(209) W(599) -0.0035937499999999963
     W(209) W(609) 0.0027802083333333298
     W(209) W(619) 0.011456249999999998
     W(209) W(629) 0.0049333333333333234
     W(209) W(639) 0.0015541666666666655
     W(210) W(210) 0.20456336805555569
     W(210) W(220) 0.029345833333333283
     W(210) W(230) -0.00020503472222222239
     W(210) W(250) -0.0025284722222222206
     W(210) W(260) -0.035856944444444455
     W(210) W(270) -0.011589409722222214
     W(210) W(280) 0.051712847222222233
     W(210) W(290) 0.087316840277777863
     W(210) W(300) 0.015808680555555552
     W(210) W(310) -0.00020503472222222239
     W(210) W(330) -0.013536631944444459
     W(210) W(340) -0.047689409722222249
     W(210) W(350) -0.03268506944444443
     W(210) W(360) -0.010844791666666666
     W(210) W(370) 0.014203298611111108
     W(210) W(380) 0.011346875000000005
     W(210) W(400) -0.00041006944444444478
     W(210) W(410) -0.0084743055555555457
     W(210) W(420) -0.027358333333333314
     W(210) W(430) -0.041009895833333324
     W(210) W(440) -0.011766493055555561
     W(210) W(450) 0.0047380208333333363
     W(210) W(460) -0.0090338541666666657
     W(210) W(470) 0.00064149305555555628
     W(210) W(480) -0.0016402777777777791
     W(210) W(490) -0.0052387152777777736
     W(210) W(500) -0.01086892361111111
     W(210) W(510) -0.023926736111111117
     W(210) W(520) -0.008575173611111115
     W(210) W(530) 0.0039932291666666744
     W(210) W(540) -0.02375763888888887
     W(210) W(550) -0.0038006944444444433
     W(210) W(570) -0.0047899305555555508
     W(210) W(580) -0.0053453125000000011
     W(210) W(590) -0.0021571180555555571
     W(210) W(600) -0.014885763888888869
     W(210) W(610) 0.0032354166666666621
     W(210) W(620) -0.01888854166666663
     W(210) W(630) -0.0048838541666666648
     W(211) W(211) 0.20456336805555569
     W(211) W(221) 0.029345833333333283
     W(211) W(231) -0.00020503472222222239
     W(211) W(251) -0.0025284722222222206
     W(211) W(261) -0.035856944444444455
     W(211) W(271) -0.011589409722222214
     W(211) W(281) 0.051712847222222233
     W(211) W(291) 0.087316840277777863
     W(211) W(301) 0.015808680555555552
     W(211) W(311) -0.00020503472222222239
     W(211) W(331) -0.013536631944444459
     W(211) W(341) -0.047689409722222249
     W(211) W(351) -0.03268506944444443
     W(211) W(361) -0.010844791666666666
     W(211) W(371) 0.014203298611111108
     W(211) W(381) 0.011346875000000005
     W(211) W(401) -0.00041006944444444478
     W(211) W(411) -0.0084743055555555457
     W(211) W(421) -0.027358333333333314
     W(211) W(431) -0.041009895833333324
     W(211) W(441) -0.011766493055555561
     W(211) W(451) 0.0047380208333333363
     W(211) W(461) -0.0090338541666666657
     W(211) W(471) 0.00064149305555555628
     W(211) W(481) -0.0016402777777777791
     W(211) W(491) -0.0052387152777777736
     W(211) W(501) -0.01086892361111111
     W(211) W(511) -0.023926736111111117
     W(211) W(521) -0.008575173611111115
     W(211) W(531) 0.0039932291666666744
     W(211) W(541) -0.02375763888888887
     W(211) W(551) -0.0038006944444444433
     W(211) W(571) -0.0047899305555555508
     W(211) W(581) -0.0053453125000000011
     W(211) W(591) -0.0021571180555555571
     W(211) W(601) -0.014885763888888869
     W(211) W(611) 0.0032354166666666621
     W(211) W(621) -0.01888854166666663
     W(211) W(631) -0.0048838541666666648
     W(212) W(212) 0.20456336805555569
     W(212) W(222) 0.029345833333333283
     W(212) W(232) -0.00020503472222222239
     W(212) W(252) -0.0025284722222222206
     W(212) W(262) -0.035856944444444455
     W(212) W(272) -0.011589409722222214
     W(212) W(282) 0.051712847222222233
     W(212) W(292) 0.087316840277777863
     W(212) W(302) 0.015808680555555552
     W(212) W(312) -0.00020503472222222239
     W(212) W(332) -0.013536631944444459
     W(212) W(342) -0.047689409722222249
     W(212) W(352) -0.03268506944444443
     W(212) W(362) -0.010844791666666666
     W(212) W(372) 0.014203298611111108
     W(212) W(382) 0.011346875000000005
     W(212) W(402) -0.00041006944444444478
     W(212) W(412) -0.0084743055555555457
     W(212) W(422) -0.027358333333333314
     W(212) W(432) -0.041009895833333324
     W(212) W(442) -0.011766493055555561
     W(212) W(452) 0.0047380208333333363
     W(212) W(462) -0.0090338541666666657
     W(212) W(472) 0.00064149305555555628
     W(212) W(482) -0.0016402777777777791
     W(212) W(492) -0.0052387152777777736
     W(212) W(502) -0.01086892361111111
     W(212) W(512) -0.023926736111111117
     W(212) W(522) -0.008575173611111115
     W(212) W(532) 0.0039932291666666744
     W(212) W(542) -0.02375763888888887
     W(212) W(552) -0.0038006944444444433
     W(212) W(572) -0.0047899305555555508
     W(212) W(582) -0.0053453125000000011
     W(212) W(592) -0.0021571180555555571
     W(212) W(602) -0.014885763888888869
     W(212) W(612) 0.0032354166666666621
     W(212) W(622) -0.01888854166666663
     W(212) W(632) -0.0048838541666666648
     W(213) W(213) 0.20456336805555569
     W(213) W(223) 0.029345833333333283
     W(213) W(233) -0.00020503472222222239
     W(213) W(253) -0.0025284722222222206
     W(213) W(263) -0.035856944444444455
     W(213) W(273) -0.011589409722222214
     W(213) W(283) 0.051712847222222233
     W(213) W(293) 0.087316840277777863
     W(213) W(303) 0.015808680555555552
     W(213) W(313) -0.00020503472222222239
     W(213) W(333) -0.013536631944444459
     W(213) W(343) -0.047689409722222249
     W(213) W(353) -0.03268506944444443
     W(213) W(363) -0.010844791666666666
     W(213) W(373) 0.014203298611111108
     W(213) W(383) 0.011346875000000005
     W(213) W(403) -0.00041006944444444478
     W(213) W(413) -0.0084743055555555457
     W(213) W(423) -0.027358333333333314
     W(213) W(433) -0.041009895833333324
     W(213) W(443) -0.011766493055555561
     W(213) W(453) 0.0047380208333333363
     W(213) W(463) -0.0090338541666666657
     W(213) W(473) 0.00064149305555555628
     W(213) W(483) -0.0016402777777777791
     W(213) W(493) -0.0052387152777777736
     W(213) W(503) -0.01086892361111111
     W(213) W(513) -0.023926736111111117
     W(213) W(523) -0.008575173611111115
     W(213) W(533) 0.0039932291666666744
     W(213) W(543) -0.02375763888888887
     W(213) W(553) -0.0038006944444444433
     W(213) W(573) -0.0047899305555555508
     W(213) W(583) -0.0053453125000000011
     W(213) W(593) -0.0021571180555555571
     W(213) W(603) -0.014885763888888869
     W(213) W(613) 0.0032354166666666621
     W(213) W(623) -0.01888854166666663
     W(213) W(633) -0.0048838541666666648
     W(214) W(214) 0.20456336805555569
     W(214) W(224) 0.029345833333333283
     W(214) W(234) -0.00020503472222222239
     W(214) W(254) -0.0025284722222222206
     W(214) W(264) -0.035856944444444455
     W(214) W(274) -0.011589409722222214
     W(214) W(284) 0.051712847222222233
     W(214) W(294) 0.087316840277777863
     W(214) W(304) 0.015808680555555552
     W(214) W(314) -0.00020503472222222239
     W(214) W(334) -0.013536631944444459
     W(214) W(344) -0.047689409722222249
     W(214) W(354) -0.03268506944444443
     W(214) W(364) -0.010844791666666666
     W(214) W(374) 0.014203298611111108
     W(214) W(384) 0.011346875000000005
     W(214) W(404) -0.00041006944444444478
     W(214) W(414) -0.0084743055555555457
     W(214) W(424) -0.027358333333333314
     W(214) W(434) -0.041009895833333324
     W(214) W(444) -0.011766493055555561
     W(214) W(454) 0.0047380208333333363
     W(214) W(464) -0.0090338541666666657
     W(214) W(474) 0.00064149305555555628
     W(214) W(484) -0.0016402777777777791
     W(214) W(494) -0.0052387152777777736
     W(214) W(504) -0.01086892361111111
     W(214) W(514) -0.023926736111111117
     W(214) W(524) -0.008575173611111115
     W(214) W(534) 0.0039932291666666744
     W(214) W(544) -0.02375763888888887
     W(214) W(554) -0.0038006944444444433
     W(214) W(574) -0.0047899305555555508
     W(214) W(584) -0.0053453125000000011
     W(214) W(594) -0.0021571180555555571
     W(214) W(604) -0.014885763888888869
     W(214) W(614) 0.0032354166666666621
     W(214) W(624) -0.01888854166666663
     W(214) W(634) -0.0048838541666666648
     W(215) W(215) 0.20456336805555569
     W(215) W(225) 0.029345833333333283
     W(215) W(235) -0.00020503472222222239
     W(215) W(255) -0.0025284722222222206
     W(215) W(265) -0.035856944444444455
     W(215) W(275) -0.011589409722222214
     W(215) W(285) 0.051712847222222233
     W(215) W(295) 0.087316840277777863
     W(215) W(305) 0.015808680555555552
     W(215) W(315) -0.00020503472222222239
     W(215) W(335) -0.013536631944444459
     W(215) W(345) -0.047689409722222249
     W(215) W(355) -0.03268506944444443
     W(215) W(365) -0.010844791666666666
     W(215) W(375) 0.014203298611111108
     W(215) W(385) 0.011346875000000005
     W(215) W(405) -0.00041006944444444478
     W(215) W(415) -0.0084743055555555457
     W(215) W(425) -0.027358333333333314
     W(215) W(435) -0.041009895833333324
     W(215) W(445) -0.011766493055555561
     W(215) W(455) 0.0047380208333333363
     W(215) W(465) -0.0090338541666666657
     W(215) W(475) 0.00064149305555555628
     W(215) W(485) -0.0016402777777777791
     W(215) W(495) -0.0052387152777777736
     W(215) W(505) -0.01086892361111111
     W(215) W(515) -0.023926736111111117
     W(215) W(525) -0.008575173611111115
     W(215) W(535) 0.0039932291666666744
     W(215) W(545) -0.02375763888888887
     W(215) W(555) -0.0038006944444444433
     W(215) W(575) -0.0047899305555555508
     W(215) W(585) -0.0053453125000000011
     W(215) W(595) -0.0021571180555555571
     W(215) W(605) -0.014885763888888869
     W(215) W(615) 0.0032354166666666621
     W(215) W(625) -0.01888854166666663
     W(215) W(635) -0.0048838541666666648
     W(216) W(216) 0.20456336805555569
     W(216) W(226) 0.029345833333333283
     W(216) W(236) -0.00020503472222222239
     W(216) W(256) -0.0025284722222222206
     W(216) W(266) -0.035856944444444455
     W(216) W(276) -0.011589409722222214
     W(216) W(286) 0.051712847222222233
     W(216) W(296) 0.087316840277777863
     W(216) W(306) 0.015808680555555552
     W(216) W(316) -0.00020503472222222239
     W(216) W(336) -0.013536631944444459
     W(216) W(346) -0.047689409722222249
     W(216) W(356) -0.03268506944444443
     W(216) W(366) -0.010844791666666666
     W(216) W(376) 0.014203298611111108
     W(216) W(386) 0.011346875000000005
     W(216) W(406) -0.00041006944444444478
     W(216) W(416) -0.0084743055555555457
     W(216) W(426) -0.027358333333333314
     W(216) W(436) -0.041009895833333324
     W(216) W(446) -0.011766493055555561
     W(216) W(456) 0.0047380208333333363
     W(216) W(466) -0.0090338541666666657
     W(216) W(476) 0.00064149305555555628
     W(216) W(486) -0.0016402777777777791
     W(216) W(496) -0.0052387152777777736
     W(216) W(506) -0.01086892361111111
     W(216) W(516) -0.023926736111111117
     W(216) W(526) -0.008575173611111115
     W(216) W(536) 0.0039932291666666744
     W(216) W(546) -0.02375763888888887
     W(216) W(556) -0.0038006944444444433
     W(216) W(576) -0.0047899305555555508
     W(216) W(586) -0.0053453125000000011
     W(216) W(596) -0.0021571180555555571
     W(216) W(606) -0.014885763888888869
     W(216) W(616) 0.0032354166666666621
     W(216) W(626) -0.01888854166666663
     W(216) W(636) -0.0048838541666666648
     W(217) W(217) 0.20456336805555569
     W(217) W(227) 0.029345833333333283
     W(217) W(237) -0.00020503472222222239
     W(217) W(257) -0.0025284722222222206
     W(217) W(267) -0.035856944444444455
     W(217) W(277) -0.011589409722222214
     W(217) W(287) 0.051712847222222233
     W(217) W(297) 0.087316840277777863
     W(217) W(307) 0.015808680555555552
     W(217) W(317) -0.00020503472222222239
     W(217) W(337) -0.013536631944444459
     W(217) W(347) -0.047689409722222249
     W(217) W(357) -0.03268506944444443
     W(217) W(367) -0.010844791666666666
     W(217) W(377) 0.014203298611111108
     W(217) W(387) 0.011346875000000005
     W(217) W(407) -0.00041006944444444478
     W(217) W(417) -0.0084743055555555457
     W(217) W(427) -0.027358333333333314
     W(217) W(437) -0.041009895833333324
     W(217) W(447) -0.011766493055555561
     W(217) W(457) 0.0047380208333333363
     W(217) W(467) -0.0090338541666666657
     W(217) W(477) 0.00064149305555555628
     W(217) W(487) -0.0016402777777777791
     W(217) W(497) -0.0052387152777777736
     W(217) W(507) -0.01086892361111111
     W(217) W(517) -0.023926736111111117
     W(217) W(527) -0.008575173611111115
     W(217) W(537) 0.0039932291666666744
     W(217) W(547) -0.02375763888888887
     W(217) W(557) -0.0038006944444444433
     W(217) W(577) -0.0047899305555555508
     W(217) W(587) -0.0053453125000000011
     W(217) W(597) -0.0021571180555555571
     W(217) W(607) -0.014885763888888869
     W(217) W(617) 0.0032354166666666621
     W(217) W(627) -0.01888854166666663
     W(217) W(637) -0.0048838541666666648
     W(218) W(218) 0.20456336805555569
     W(218) W(228) 0.029345833333333283
     W(218) W(238) -0.00020503472222222239
     W(218) W(258) -0.0025284722222222206
     W(218) W(268) -0.035856944444444455
     W(218) W(278) -0.011589409722222214
     W(218) W(288) 0.051712847222222233
     W(218) W(298) 0.087316840277777863
     W(218) W(308) 0.015808680555555552
     W(218) W(318) -0.00020503472222222239
     W(218) W(338) -0.013536631944444459
     W(218) W(348) -0.047689409722222249
     W(218) W(358) -0.03268506944444443
     W(218) W(368) -0.010844791666666666
     W(218) W(378) 0.014203298611111108
     W(218) W(388) 0.011346875000000005
     W(218) W(408) -0.00041006944444444478
     W(218) W(418) -0.0084743055555555457
     W(218) W(428) -0.027358333333333314
     W(218) W(438) -0.041009895833333324
     W(218) W(448) -0.011766493055555561
     W(218) W(458) 0.0047380208333333363
     W(218) W(468) -0.0090338541666666657
     W(218) W(478) 0.00064149305555555628
     W(218) W(488) -0.0016402777777777791
     W(218) W(498) -0.0052387152777777736
     W(218) W(508) -0.01086892361111111
     W(218) W(518) -0.023926736111111117
     W(218) W(528) -0.008575173611111115
     W(218) W(538) 0.0039932291666666744
     W(218) W(548) -0.02375763888888887
     W(218) W(558) -0.0038006944444444433
     W(218) W(578) -0.0047899305555555508
     W(218) W(588) -0.0053453125000000011
     W(218) W(598) -0.0021571180555555571
     W(218) W(608) -0.014885763888888869
     W(218) W(618) 0.0032354166666666621
     W(218) W(628) -0.01888854166666663
     W(218) W(638) -0.0048838541666666648
     W(219) W(219) 0.20456336805555569
     W(219) W(229) 0.029345833333333283
     W(219) W(239) -0.00020503472222222239
     W(219) W(259) -0.0025284722222222206
     W(219) W(269) -0.035856944444444455
     W(219) W(279) -0.011589409722222214
     W(219) W(289) 0.051712847222222233
     W(219) W(299) 0.087316840277777863
     W(219) W(309) 0.015808680555555552
     W(219) W(319) -0.00020503472222222239
     W(219) W(339) -0.013536631944444459
     W(219) W(349) -0.047689409722222249
     W(219) W(359) -0.03268506944444443
     W(219) W(369) -0.010844791666666666
     W(219) W(379) 0.014203298611111108
     W(219) W(389) 0.011346875000000005
     W(219) W(409) -0.00041006944444444478
     W(219) W(419) -0.0084743055555555457
     W(219) W(429) -0.027358333333333314
     W(219) W(439) -0.041009895833333324
     W(219) W(449) -0.011766493055555561
     W(219) W(459) 0.0047380208333333363
     W(219) W(469) -0.0090338541666666657
     W(219) W(479) 0.00064149305555555628
     W(219) W(489) -0.0016402777777777791
     W(219) W(499) -0.0052387152777777736
     W(219) W(509) -0.01086892361111111
     W(219) W(519) -0.023926736111111117
     W(219) W(529) -0.008575173611111115
     W(219) W(539) 0.0039932291666666744
     W(219) W(549) -0.02375763888888887
     W(219) W(559) -0.0038006944444444433
     W(219) W(579) -0.0047899305555555508
     W(219) W(589) -0.0053453125000000011
     W(219) W(599) -0.0021571180555555571
     W(219) W(609) -0.014885763888888869
     W(219) W(619) 0.0032354166666666621
     W(219) W(629) -0.01888854166666663
     W(219) W(639) -0.0048838541666666648
     W(220) W(220) 0.073022916666666604
     W(220) W(230) 0.00022083333333333446
     W(220) W(250) 0.0013052083333333323
     W(220) W(260) 0.0060124999999999987
     W(220) W(270) -0.0091822916666666702
     W(220) W(280) -0.012923958333333345
     W(220) W(290) 0.026651041666666653
     W(220) W(300) 0.019983333333333353
     W(220) W(310) 0.00022083333333333446
     W(220) W(330) 0.0087677083333333357
     W(220) W(340) 0.010892708333333329
     W(220) W(350) -0.0076749999999999961
     W(220) W(360) -0.011893750000000005
     W(220) W(370) 0.012971874999999992
     W(220) W(380) 0.0098791666666666542
     W(220) W(400) 0.00044166666666666893
     W(220) W(410) 0.0079677083333333423
     W(220) W(420) 0.0060343750000000041
     W(220) W(430) -0.010016666666666665
     W(220) W(440) 0.00062499999999999893
     W(220) W(450) 0.014185416666666671
     W(220) W(460) -0.0050833333333333364
     W(220) W(470) 1.0416666666666643e-05
     W(220) W(480) 0.0017666666666666757
     W(220) W(490) 0.0029427083333333345
     W(220) W(500) -0.0039218750000000026
     W(220) W(510) -0.0082958333333333287
     W(220) W(520) 0.0076156249999999983
     W(220) W(530) 0.0048416666666666634
     W(220) W(540) -0.012408333333333335
     W(220) W(550) -0.0010062500000000002
     W(220) W(570) -0.001505208333333336
     W(220) W(580) -0.014007291666666666
     W(220) W(590) -0.0099479166666666639
     W(220) W(600) -0.0019437499999999993
     W(220) W(610) -0.0040854166666666669
     W(220) W(620) -0.0064885416666666841
     W(220) W(630) -0.0019666666666666621
     W(221) W(221) 0.073022916666666604
     W(221) W(231) 0.00022083333333333446
     W(221) W(251) 0.0013052083333333323
     W(221) W(261) 0.0060124999999999987
     W(221) W(271) -0.0091822916666666702
     W(221) W(281) -0.012923958333333345
     W(221) W(291) 0.026651041666666653
     W(221) W(301) 0.019983333333333353
     W(221) W(311) 0.00022083333333333446
     W(221) W(331) 0.0087677083333333357
     W(221) W(341) 0.010892708333333329
     W(221) W(351) -0.0076749999999999961
     W(221) W(361) -0.011893750000000005
     W(221) W(371) 0.012971874999999992
     W(221) W(381) 0.0098791666666666542
     W(221) W(401) 0.00044166666666666893
     W(221) W(411) 0.0079677083333333423
     W(221) W(421) 0.0060343750000000041
     W(221) W(431) -0.010016666666666665
     W(221) W(441) 0.00062499999999999893
     W(221) W(451) 0.014185416666666671
     W(221) W(461) -0.0050833333333333364
     W(221) W(471) 1.0416666666666643e-05
     W(221) W(481) 0.0017666666666666757
     W(221) W(491) 0.0029427083333333345
     W(221) W(501) -0.0039218750000000026
     W(221) W(511) -0.0082958333333333287
     W(221) W(521) 0.0076156249999999983
     W(221) W(531) 0.0048416666666666634
     W(221) W(541) -0.012408333333333335
     W(221) W(551) -0.0010062500000000002
     W(221) W(571) -0.001505208333333336
     W(221) W(581) -0.014007291666666666
     W(221) W(591) -0.0099479166666666639
     W(221) W(601) -0.0019437499999999993
     W(221) W(611) -0.0040854166666666669
     W(221) W(621) -0.0064885416666666841
     W(221) W(631) -0.0019666666666666621
     W(222) W(222) 0.073022916666666604
     W(222) W(232) 0.00022083333333333446
     W(222) W(252) 0.0013052083333333323
     W(222) W(262) 0.0060124999999999987
     W(222) W(272) -0.0091822916666666702
     W(222) W(282) -0.012923958333333345
     W(222) W(292) 0.026651041666666653
     W(222) W(302) 0.019983333333333353
     W(222) W(312) 0.00022083333333333446
     W(222) W(332) 0.0087677083333333357
     W(222) W(342) 0.010892708333333329
     W(222) W(352) -0.0076749999999999961
     W(222) W(362) -0.011893750000000005
     W(222) W(372) 0.012971874999999992
     W(222) W(382) 0.0098791666666666542
     W(222) W(402) 0.00044166666666666893
     W(222) W(412) 0.0079677083333333423
     W(222) W(422) 0.0060343750000000041
     W(222) W(432) -0.010016666666666665
     W(222) W(442) 0.00062499999999999893
     W(222) W(452) 0.014185416666666671
     W(222) W(462) -0.0050833333333333364
     W(222) W(472) 1.0416666666666643e-05
     W(222) W(482) 0.0017666666666666757
     W(222) W(492) 0.0029427083333333345
     W(222) W(502) -0.0039218750000000026
     W(222) W(512) -0.0082958333333333287
     W(222) W(522) 0.0076156249999999983
     W(222) W(532) 0.0048416666666666634
     W(222) W(542) -0.012408333333333335
     W(222) W(552) -0.0010062500000000002
     W(222) W(572) -0.001505208333333336
     W(222) W(582) -0.014007291666666666
     W(222) W(592) -0.0099479166666666639
     W(222) W(602) -0.0019437499999999993
     W(222) W(612) -0.0040854166666666669
     W(222) W(622) -0.0064885416666666841
     W(222) W(632) -0.0019666666666666621
     W(223) W(223) 0.073022916666666604
     W(223) W(233) 0.00022083333333333446
     W(223) W(253) 0.0013052083333333323
     W(223) W(263) 0.0060124999999999987
     W(223) W(273) -0.0091822916666666702
     W(223) W(283) -0.012923958333333345
     W(223) W(293) 0.026651041666666653
     W(223) W(303) 0.019983333333333353
     W(223) W(313) 0.00022083333333333446
     W(223) W(333) 0.0087677083333333357
     W(223) W(343) 0.010892708333333329
     W(223) W(353) -0.0076749999999999961
     W(223) W(363) -0.011893750000000005
     W(223) W(373) 0.012971874999999992
     W(223) W(383) 0.0098791666666666542
     W(223) W(403) 0.00044166666666666893
     W(223) W(413) 0.0079677083333333423
     W(223) W(423) 0.0060343750000000041
     W(223) W(433) -0.010016666666666665
     W(223) W(443) 0.00062499999999999893
     W(223) W(453) 0.014185416666666671
     W(223) W(463) -0.0050833333333333364
     W(223) W(473) 1.0416666666666643e-05
     W(223) W(483) 0.0017666666666666757
     W(223) W(493) 0.0029427083333333345
     W(223) W(503) -0.0039218750000000026
     W(223) W(513) -0.0082958333333333287
     W(223) W(523) 0.0076156249999999983
     W(223) W(533) 0.0048416666666666634
     W(223) W(543) -0.012408333333333335
     W(223) W(553) -0.0010062500000000002
     W(223) W(573) -0.001505208333333336
     W(223) W(583) -0.014007291666666666
     W(223) W(593) -0.0099479166666666639
     W(223) W(603) -0.0019437499999999993
     W(223) W(613) -0.0040854166666666669
     W(223) W(623) -0.0064885416666666841
     W(223) W(633) -0.0019666666666666621
     W(224) W(224) 0.073022916666666604
     W(224) W(234) 0.00022083333333333446
     W(224) W(254) 0.0013052083333333323
     W(224) W(264) 0.0060124999999999987
     W(224) W(274) -0.0091822916666666702
     W(224) W(284) -0.012923958333333345
     W(224) W(294) 0.026651041666666653
     W(224) W(304) 0.019983333333333353
     W(224) W(314) 0.00022083333333333446
     W(224) W(334) 0.0087677083333333357
     W(224) W(344) 0.010892708333333329
     W(224) W(354) -0.0076749999999999961
     W(224) W(364) -0.011893750000000005
     W(224) W(374) 0.012971874999999992
     W(224) W(384) 0.0098791666666666542
     W(224) W(404) 0.00044166666666666893
     W(224) W(414) 0.0079677083333333423
     W(224) W(424) 0.0060343750000000041
     W(224) W(434) -0.010016666666666665
     W(224) W(444) 0.00062499999999999893
     W(224) W(454) 0.014185416666666671
     W(224) W(464) -0.0050833333333333364
     W(224) W(474) 1.0416666666666643e-05
     W(224) W(484) 0.0017666666666666757
     W(224) W(494) 0.0029427083333333345
     W(224) W(504) -0.0039218750000000026
     W(224) W(514) -0.0082958333333333287
     W(224) W(524) 0.0076156249999999983
     W(224) W(534) 0.0048416666666666634
     W(224) W(544) -0.012408333333333335
     W(224) W(554) -0.0010062500000000002
     W(224) W(574) -0.001505208333333336
     W(224) W(584) -0.014007291666666666
     W(224) W(594) -0.0099479166666666639
     W(224) W(604) -0.0019437499999999993
     W(224) W(614) -0.0040854166666666669
     W(224) W(624) -0.0064885416666666841
     W(224) W(634) -0.0019666666666666621
     W(225) W(225) 0.073022916666666604
     W(225) W(235) 0.00022083333333333446
     W(225) W(255) 0.0013052083333333323
     W(225) W(265) 0.0060124999999999987
     W(225) W(275) -0.0091822916666666702
     W(225) W(285) -0.012923958333333345
     W(225) W(295) 0.026651041666666653
     W(225) W(305) 0.019983333333333353
     W(225) W(315) 0.00022083333333333446
     W(225) W(335) 0.0087677083333333357
     W(225) W(345) 0.010892708333333329
     W(225) W(355) -0.0076749999999999961
     W(225) W(365) -0.011893750000000005
     W(225) W(375) 0.012971874999999992
     W(225) W(385) 0.0098791666666666542
     W(225) W(405) 0.00044166666666666893
     W(225) W(415) 0.0079677083333333423
     W(225) W(425) 0.0060343750000000041
     W(225) W(435) -0.010016666666666665
     W(225) W(445) 0.00062499999999999893
     W(225) W(455) 0.014185416666666671
     W(225) W(465) -0.0050833333333333364
     W(225) W(475) 1.0416666666666643e-05
     W(225) W(485) 0.0017666666666666757
     W(225) W(495) 0.0029427083333333345
     W(225) W(505) -0.0039218750000000026
     W(225) W(515) -0.0082958333333333287
     W(225) W(525) 0.0076156249999999983
     W(225) W(535) 0.0048416666666666634
     W(225) W(545) -0.012408333333333335
     W(225) W(555) -0.0010062500000000002
     W(225) W(575) -0.001505208333333336
     W(225) W(585) -0.014007291666666666
     W(225) W(595) -0.0099479166666666639
     W(225) W(605) -0.0019437499999999993
     W(225) W(615) -0.0040854166666666669
     W(225) W(625) -0.0064885416666666841
     W(225) W(635) -0.0019666666666666621
     W(226) W(226) 0.073022916666666604
     W(226) W(236) 0.00022083333333333446
     W(226) W(256) 0.0013052083333333323
     W(226) W(266) 0.0060124999999999987
     W(226) W(276) -0.0091822916666666702
     W(226) W(286) -0.012923958333333345
     W(226) W(296) 0.026651041666666653
     W(226) W(306) 0.019983333333333353
     W(226) W(316) 0.00022083333333333446
     W(226) W(336) 0.0087677083333333357
     W(226) W(346) 0.010892708333333329
     W(226) W(356) -0.0076749999999999961
     W(226) W(366) -0.011893750000000005
     W(226) W(376) 0.012971874999999992
     W(226) W(386) 0.0098791666666666542
     W(226) W(406) 0.00044166666666666893
     W(226) W(416) 0.0079677083333333423
     W(226) W(426) 0.0060343750000000041
     W(226) W(436) -0.010016666666666665
     W(226) W(446) 0.00062499999999999893
     W(226) W(456) 0.014185416666666671
     W(226) W(466) -0.0050833333333333364
     W(226) W(476) 1.0416666666666643e-05
     W(226) W(486) 0.0017666666666666757
     W(226) W(496) 0.0029427083333333345
     W(226) W(506) -0.0039218750000000026
     W(226) W(516) -0.0082958333333333287
     W(226) W(526) 0.0076156249999999983
     W(226) W(536) 0.0048416666666666634
     W(226) W(546) -0.012408333333333335
     W(226) W(556) -0.0010062500000000002
     W(226) W(576) -0.001505208333333336
     W(226) W(586) -0.014007291666666666
     W(226) W(596) -0.0099479166666666639
     W(226) W(606) -0.0019437499999999993
     W(226) W(616) -0.0040854166666666669
     W(226) W(626) -0.0064885416666666841
     W(226) W(636) -0.0019666666666666621
     W(227) W(227) 0.073022916666666604
     W(227) W(237) 0.00022083333333333446
     W(227) W(257) 0.0013052083333333323
     W(227) W(267) 0.0060124999999999987
     W(227) W(277) -0.0091822916666666702
     W(227) W(287) -0.012923958333333345
     W(227) W(297) 0.026651041666666653
     W(227) W(307) 0.019983333333333353
     W(227) W(317) 0.00022083333333333446
     W(227) W(337) 0.0087677083333333357
     W(227) W(347) 0.010892708333333329
     W(227) W(357) -0.0076749999999999961
     W(227) W(367) -0.011893750000000005
     W(227) W(377) 0.012971874999999992
     W(227) W(387) 0.0098791666666666542
     W(227) W(407) 0.00044166666666666893
     W(227) W(417) 0.0079677083333333423
     W(227) W(427) 0.0060343750000000041
     W(227) W(437) -0.010016666666666665
     W(227) W(447) 0.00062499999999999893
     W(227) W(457) 0.014185416666666671
     W(227) W(467) -0.0050833333333333364
     W(227) W(477) 1.0416666666666643e-05
     W(227) W(487) 0.0017666666666666757
     W(227) W(497) 0.0029427083333333345
     W(227) W(507) -0.0039218750000000026
     W(227) W(517) -0.0082958333333333287
     W(227) W(527) 0.0076156249999999983
     W(227) W(537) 0.0048416666666666634
     W(227) W(547) -0.012408333333333335
     W(227) W(557) -0.0010062500000000002
     W(227) W(577) -0.001505208333333336
     W(227) W(587) -0.014007291666666666
     W(227) W(597) -0.0099479166666666639
     W(227) W(607) -0.0019437499999999993
     W(227) W(617) -0.0040854166666666669
     W(227) W(627) -0.0064885416666666841
     W(227) W(637) -0.0019666666666666621
     W(228) W(228) 0.073022916666666604
     W(228) W(238) 0.00022083333333333446
     W(228) W(258) 0.0013052083333333323
     W(228) W(268) 0.0060124999999999987
     W(228) W(278) -0.0091822916666666702
     W(228) W(288) -0.012923958333333345
     W(228) W(298) 0.026651041666666653
     W(228) W(308) 0.019983333333333353
     W(228) W(318) 0.00022083333333333446
     W(228) W(338) 0.0087677083333333357
     W(228) W(348) 0.010892708333333329
     W(228) W(358) -0.0076749999999999961
     W(228) W(368) -0.011893750000000005
     W(228) W(378) 0.012971874999999992
     W(228) W(388) 0.0098791666666666542
     W(228) W(408) 0.00044166666666666893
     W(228) W(418) 0.0079677083333333423
     W(228) W(428) 0.0060343750000000041
     W(228) W(438) -0.010016666666666665
     W(228) W(448) 0.00062499999999999893
     W(228) W(458) 0.014185416666666671
     W(228) W(468) -0.0050833333333333364
     W(228) W(478) 1.0416666666666643e-05
     W(228) W(488) 0.0017666666666666757
     W(228) W(498) 0.0029427083333333345
     W(228) W(508) -0.0039218750000000026
     W(228) W(518) -0.0082958333333333287
     W(228) W(528) 0.0076156249999999983
     W(228) W(538) 0.0048416666666666634
     W(228) W(548) -0.012408333333333335
     W(228) W(558) -0.0010062500000000002
     W(228) W(578) -0.001505208333333336
     W(228) W(588) -0.014007291666666666
     W(228) W(598) -0.0099479166666666639
     W(228) W(608) -0.0019437499999999993
     W(228) W(618) -0.0040854166666666669
     W(228) W(628) -0.0064885416666666841
     W(228) W(638) -0.0019666666666666621
     W(229) W(229) 0.073022916666666604
     W(229) W(239) 0.00022083333333333446
     W(229) W(259) 0.0013052083333333323
     W(229) W(269) 0.0060124999999999987
     W(229) W(279) -0.0091822916666666702
     W(229) W(289) -0.012923958333333345
     W(229) W(299) 0.026651041666666653
     W(229) W(309) 0.019983333333333353
     W(229) W(319) 0.00022083333333333446
     W(229) W(339) 0.0087677083333333357
     W(229) W(349) 0.010892708333333329
     W(229) W(359) -0.0076749999999999961
     W(229) W(369) -0.011893750000000005
     W(229) W(379) 0.012971874999999992
     W(229) W(389) 0.0098791666666666542
     W(229) W(409) 0.00044166666666666893
     W(229) W(419) 0.0079677083333333423
     W(229) W(429) 0.0060343750000000041
     W(229) W(439) -0.010016666666666665
     W(229) W(449) 0.00062499999999999893
     W(229) W(459) 0.014185416666666671
     W(229) W(469) -0.0050833333333333364
     W(229) W(479) 1.0416666666666643e-05
     W(229) W(489) 0.0017666666666666757
     W(229) W(499) 0.0029427083333333345
     W(229) W(509) -0.0039218750000000026
     W(229) W(519) -0.0082958333333333287
     W(229) W(529) 0.0076156249999999983
     W(229) W(539) 0.0048416666666666634
     W(229) W(549) -0.012408333333333335
     W(229) W(559) -0.0010062500000000002
     W(229) W(579) -0.001505208333333336
     W(229) W(589) -0.014007291666666666
     W(229) W(599) -0.0099479166666666639
     W(229) W(609) -0.0019437499999999993
     W(229) W(619) -0.0040854166666666669
     W(229) W(629) -0.0064885416666666841
     W(229) W(639) -0.0019666666666666621
     W(230) W(230) 0.044625868055555566
     W(230) W(250) -6.8402777777777689e-05
     W(230) W(260) 6.8402777777777852e-05
     W(230) W(270) 6.8576388888888853e-05
     W(230) W(280) -0.00023680555555555567
     W(230) W(290) -9.5486111111111228e-06
     W(230) W(300) 0.00033298611111111235
     W(230) W(310) 2.586805555555545e-05
     W(230) W(330) 7.1006944444444191e-05
     W(230) W(340) 0.00022378472222222195
     W(230) W(350) -0.00014513888888888901
     W(230) W(360) -0.00026666666666666652
     W(230) W(370) 0.00012690972222222213
     W(230) W(380) 0.00018541666666666636
     W(230) W(400) 5.17361111111109e-05
     W(230) W(410) 0.00038159722222222241
     W(230) W(420) 0.00018854166666666691
     W(230) W(430) 4.2187499999999968e-05
     W(230) W(440) 2.1701388888888913e-05
     W(230) W(450) 0.00017552083333333355
     W(230) W(460) -2.343749999999999e-05
     W(230) W(470) -8.6805555555555846e-07
     W(230) W(480) 0.0002069444444444436
     W(230) W(490) 0.00039496527777777924
     W(230) W(500) 0.00023350694444444422
     W(230) W(510) 0.00018611111111111099
     W(230) W(520) 0.00017309027777777765
     W(230) W(530) 8.1770833333333218e-05
     W(230) W(540) -9.9652777777777622e-05
     W(230) W(550) -5.5555555555555753e-06
     W(230) W(570) -6.9444444444444634e-06
     W(230) W(580) -0.00014218749999999976
     W(230) W(590) -0.00013454861111111141
     W(230) W(600) 8.9930555555555703e-05
     W(230) W(610) -2.5000000000000025e-05
     W(230) W(620) -4.4791666666666565e-05
     W(230) W(630) -8.8541666666666029e-06
     W(231) W(231) 0.044625868055555566
     W(231) W(251) -6.8402777777777689e-05
     W(231) W(261) 6.8402777777777852e-05
     W(231) W(271) 6.8576388888888853e-05
     W(231) W(281) -0.00023680555555555567
     W(231) W(291) -9.5486111111111228e-06
     W(231) W(301) 0.00033298611111111235
     W(231) W(311) 2.586805555555545e-05
     W(231) W(331) 7.1006944444444191e-05
     W(231) W(341) 0.00022378472222222195
     W(231) W(351) -0.00014513888888888901
     W(231) W(361) -0.00026666666666666652
     W(231) W(371) 0.00012690972222222213
     W(231) W(381) 0.00018541666666666636
     W(231) W(401) 5.17361111111109e-05
     W(231) W(411) 0.00038159722222222241
     W(231) W(421) 0.00018854166666666691
     W(231) W(431) 4.2187499999999968e-05
     W(231) W(441) 2.1701388888888913e-05
     W(231) W(451) 0.00017552083333333355
     W(231) W(461) -2.343749999999999e-05
     W(231) W(471) -8.6805555555555846e-07
     W(231) W(481) 0.0002069444444444436
     W(231) W(491) 0.00039496527777777924
     W(231) W(501) 0.00023350694444444422
     W(231) W(511) 0.00018611111111111099
     W(231) W(521) 0.00017309027777777765
     W(231) W(531) 8.1770833333333218e-05
     W(231) W(541) -9.9652777777777622e-05
     W(231) W(551) -5.5555555555555753e-06
     W(231) W(571) -6.9444444444444634e-06
     W(231) W(581) -0.00014218749999999976
     W(231) W(591) -0.00013454861111111141
     W(231) W(601) 8.9930555555555703e-05
     W(231) W(611) -2.5000000000000025e-05
     W(231) W(621) -4.4791666666666565e-05
     W(231) W(631) -8.8541666666666029e-06
     W(232) W(232) 0.044625868055555566
     W(232) W(252) -6.8402777777777689e-05
     W(232) W(262) 6.8402777777777852e-05
     W(232) W(272) 6.8576388888888853e-05
     W(232) W(282) -0.00023680555555555567
     W(232) W(292) -9.5486111111111228e-06
     W(232) W(302) 0.00033298611111111235
     W(232) W(312) 2.586805555555545e-05
     W(232) W(332) 7.1006944444444191e-05
     W(232) W(342) 0.00022378472222222195
     W(232) W(352) -0.00014513888888888901
     W(232) W(362) -0.00026666666666666652
     W(232) W(372) 0.00012690972222222213
     W(232) W(382) 0.00018541666666666636
     W(232) W(402) 5.17361111111109e-05
     W(232) W(412) 0.00038159722222222241
     W(232) W(422) 0.00018854166666666691
     W(232) W(432) 4.2187499999999968e-05
     W(232) W(442) 2.1701388888888913e-05
     W(232) W(452) 0.00017552083333333355
     W(232) W(462) -2.343749999999999e-05
     W(232) W(472) -8.6805555555555846e-07
     W(232) W(482) 0.0002069444444444436
     W(232) W(492) 0.00039496527777777924
     W(232) W(502) 0.00023350694444444422
     W(232) W(512) 0.00018611111111111099
     W(232) W(522) 0.00017309027777777765
     W(232) W(532) 8.1770833333333218e-05
     W(232) W(542) -9.9652777777777622e-05
     W(232) W(552) -5.5555555555555753e-06
     W(232) W(572) -6.9444444444444634e-06
     W(232) W(582) -0.00014218749999999976
     W(232) W(592) -0.00013454861111111141
     W(232) W(602) 8.9930555555555703e-05
     W(232) W(612) -2.5000000000000025e-05
     W(232) W(622) -4.4791666666666565e-05
     W(232) W(632) -8.8541666666666029e-06
     W(233) W(233) 0.044625868055555566
     W(233) W(253) -6.8402777777777689e-05
     W(233) W(263) 6.8402777777777852e-05
     W(233) W(273) 6.8576388888888853e-05
     W(233) W(283) -0.00023680555555555567
     W(233) W(293) -9.5486111111111228e-06
     W(233) W(303) 0.00033298611111111235
     W(233) W(313) 2.586805555555545e-05
     W(233) W(333) 7.1006944444444191e-05
     W(233) W(343) 0.00022378472222222195
     W(233) W(353) -0.00014513888888888901
     W(233) W(363) -0.00026666666666666652
     W(233) W(373) 0.00012690972222222213
     W(233) W(383) 0.00018541666666666636
     W(233) W(403) 5.17361111111109e-05
     W(233) W(413) 0.00038159722222222241
     W(233) W(423) 0.00018854166666666691
     W(233) W(433) 4.2187499999999968e-05
     W(233) W(443) 2.1701388888888913e-05
     W(233) W(453) 0.00017552083333333355
     W(233) W(463) -2.343749999999999e-05
     W(233) W(473) -8.6805555555555846e-07
     W(233) W(483) 0.0002069444444444436
     W(233) W(493) 0.00039496527777777924
     W(233) W(503) 0.00023350694444444422
     W(233) W(513) 0.00018611111111111099
     W(233) W(523) 0.00017309027777777765
     W(233) W(533) 8.1770833333333218e-05
     W(233) W(543) -9.9652777777777622e-05
     W(233) W(553) -5.5555555555555753e-06
     W(233) W(573) -6.9444444444444634e-06
     W(233) W(583) -0.00014218749999999976
     W(233) W(593) -0.00013454861111111141
     W(233) W(603) 8.9930555555555703e-05
     W(233) W(613) -2.5000000000000025e-05
     W(233) W(623) -4.4791666666666565e-05
     W(233) W(633) -8.8541666666666029e-06
     W(234) W(234) 0.044625868055555566
     W(234) W(254) -6.8402777777777689e-05
     W(234) W(264) 6.8402777777777852e-05
     W(234) W(274) 6.8576388888888853e-05
     W(234) W(284) -0.00023680555555555567
     W(234) W(294) -9.5486111111111228e-06
     W(234) W(304) 0.00033298611111111235
     W(234) W(314) 2.586805555555545e-05
     W(234) W(334) 7.1006944444444191e-05
     W(234) W(344) 0.00022378472222222195
     W(234) W(354) -0.00014513888888888901
     W(234) W(364) -0.00026666666666666652
     W(234) W(374) 0.00012690972222222213
     W(234) W(384) 0.00018541666666666636
     W(234) W(404) 5.17361111111109e-05
     W(234) W(414) 0.00038159722222222241
     W(234) W(424) 0.00018854166666666691
     W(234) W(434) 4.2187499999999968e-05
     W(234) W(444) 2.1701388888888913e-05
     W(234) W(454) 0.00017552083333333355
     W(234) W(464) -2.343749999999999e-05
     W(234) W(474) -8.6805555555555846e-07
     W(234) W(484) 0.0002069444444444436
     W(234) W(494) 0.00039496527777777924
     W(234) W(504) 0.00023350694444444422
     W(234) W(514) 0.00018611111111111099
     W(234) W(524) 0.00017309027777777765
     W(234) W(534) 8.1770833333333218e-05
     W(234) W(544) -9.9652777777777622e-05
     W(234) W(554) -5.5555555555555753e-06
     W(234) W(574) -6.9444444444444634e-06
     W(234) W(584) -0.00014218749999999976
     W(234) W(594) -0.00013454861111111141
     W(234) W(604) 8.9930555555555703e-05
     W(234) W(614) -2.5000000000000025e-05
     W(234) W(624) -4.4791666666666565e-05
     W(234) W(634) -8.8541666666666029e-06
     W(235) W(235) 0.044625868055555566
     W(235) W(255) -6.8402777777777689e-05
     W(235) W(265) 6.8402777777777852e-05
     W(235) W(275) 6.8576388888888853e-05
     W(235) W(285) -0.00023680555555555567
     W(235) W(295) -9.5486111111111228e-06
     W(235) W(305) 0.00033298611111111235
     W(235) W(315) 2.586805555555545e-05
     W(235) W(335) 7.1006944444444191e-05
     W(235) W(345) 0.00022378472222222195
     W(235) W(355) -0.00014513888888888901
     W(235) W(365) -0.00026666666666666652
     W(235) W(375) 0.00012690972222222213
     W(235) W(385) 0.00018541666666666636
     W(235) W(405) 5.17361111111109e-05
     W(235) W(415) 0.00038159722222222241
     W(235) W(425) 0.00018854166666666691
     W(235) W(435) 4.2187499999999968e-05
     W(235) W(445) 2.1701388888888913e-05
     W(235) W(455) 0.00017552083333333355
     W(235) W(465) -2.343749999999999e-05
     W(235) W(475) -8.6805555555555846e-07
     W(235) W(485) 0.0002069444444444436
     W(235) W(495) 0.00039496527777777924
     W(235) W(505) 0.00023350694444444422
     W(235) W(515) 0.00018611111111111099
     W(235) W(525) 0.00017309027777777765
     W(235) W(535) 8.1770833333333218e-05
     W(235) W(545) -9.9652777777777622e-05
     W(235) W(555) -5.5555555555555753e-06
     W(235) W(575) -6.9444444444444634e-06
     W(235) W(585) -0.00014218749999999976
     W(235) W(595) -0.00013454861111111141
     W(235) W(605) 8.9930555555555703e-05
     W(235) W(615) -2.5000000000000025e-05
     W(235) W(625) -4.4791666666666565e-05
     W(235) W(635) -8.8541666666666029e-06
     W(236) W(236) 0.044625868055555566
     W(236) W(256) -6.8402777777777689e-05
     W(236) W(266) 6.8402777777777852e-05
     W(236) W(276) 6.8576388888888853e-05
     W(236) W(286) -0.00023680555555555567
     W(236) W(296) -9.5486111111111228e-06
     W(236) W(306) 0.00033298611111111235
     W(236) W(316) 2.586805555555545e-05
     W(236) W(336) 7.1006944444444191e-05
     W(236) W(346) 0.00022378472222222195
     W(236) W(356) -0.00014513888888888901
     W(236) W(366) -0.00026666666666666652
     W(236) W(376) 0.00012690972222222213
     W(236) W(386) 0.00018541666666666636
     W(236) W(406) 5.17361111111109e-05
     W(236) W(416) 0.00038159722222222241
     W(236) W(426) 0.00018854166666666691
     W(236) W(436) 4.2187499999999968e-05
     W(236) W(446) 2.1701388888888913e-05
     W(236) W(456) 0.00017552083333333355
     W(236) W(466) -2.343749999999999e-05
     W(236) W(476) -8.6805555555555846e-07
     W(236) W(486) 0.0002069444444444436
     W(236) W(496) 0.00039496527777777924
     W(236) W(506) 0.00023350694444444422
     W(236) W(516) 0.00018611111111111099
     W(236) W(526) 0.00017309027777777765
     W(236) W(536) 8.1770833333333218e-05
     W(236) W(546) -9.9652777777777622e-05
     W(236) W(556) -5.5555555555555753e-06
     W(236) W(576) -6.9444444444444634e-06
     W(236) W(586) -0.00014218749999999976
     W(236) W(596) -0.00013454861111111141
     W(236) W(606) 8.9930555555555703e-05
     W(236) W(616) -2.5000000000000025e-05
     W(236) W(626) -4.4791666666666565e-05
     W(236) W(636) -8.8541666666666029e-06
     W(237) W(237) 0.044625868055555566
     W(237) W(257) -6.8402777777777689e-05
     W(237) W(267) 6.8402777777777852e-05
     W(237) W(277) 6.8576388888888853e-05
     W(237) W(287) -0.00023680555555555567
     W(237) W(297) -9.5486111111111228e-06
     W(237) W(307) 0.00033298611111111235
     W(237) W(317) 2.586805555555545e-05
     W(237) W(337) 7.1006944444444191e-05
     W(237) W(347) 0.00022378472222222195
     W(237) W(357) -0.00014513888888888901
     W(237) W(367) -0.00026666666666666652
     W(237) W(377) 0.00012690972222222213
     W(237) W(387) 0.00018541666666666636
     W(237) W(407) 5.17361111111109e-05
     W(237) W(417) 0.00038159722222222241
     W(237) W(427) 0.00018854166666666691
     W(237) W(437) 4.2187499999999968e-05
     W(237) W(447) 2.1701388888888913e-05
     W(237) W(457) 0.00017552083333333355
     W(237) W(467) -2.343749999999999e-05
     W(237) W(477) -8.6805555555555846e-07
     W(237) W(487) 0.0002069444444444436
     W(237) W(497) 0.00039496527777777924
     W(237) W(507) 0.00023350694444444422
     W(237) W(517) 0.00018611111111111099
     W(237) W(527) 0.00017309027777777765
     W(237) W(537) 8.1770833333333218e-05
     W(237) W(547) -9.9652777777777622e-05
     W(237) W(557) -5.5555555555555753e-06
     W(237) W(577) -6.9444444444444634e-06
     W(237) W(587) -0.00014218749999999976
     W(237) W(597) -0.00013454861111111141
     W(237) W(607) 8.9930555555555703e-05
     W(237) W(617) -2.5000000000000025e-05
     W(237) W(627) -4.4791666666666565e-05
     W(237) W(637) -8.8541666666666029e-06
     W(238) W(238) 0.044625868055555566
     W(238) W(258) -6.8402777777777689e-05
     W(238) W(268) 6.8402777777777852e-05
     W(238) W(278) 6.8576388888888853e-05
     W(238) W(288) -0.00023680555555555567
     W(238) W(298) -9.5486111111111228e-06
     W(238) W(308) 0.00033298611111111235
     W(238) W(318) 2.586805555555545e-05
     W(238) W(338) 7.1006944444444191e-05
     W(238) W(348) 0.00022378472222222195
     W(238) W(358) -0.00014513888888888901
     W(238) W(368) -0.00026666666666666652
     W(238) W(378) 0.00012690972222222213
     W(238) W(388) 0.00018541666666666636
     W(238) W(408) 5.17361111111109e-05
     W(238) W(418) 0.00038159722222222241
     W(238) W(428) 0.00018854166666666691
     W(238) W(438) 4.2187499999999968e-05
     W(238) W(448) 2.1701388888888913e-05
     W(238) W(458) 0.00017552083333333355
     W(238) W(468) -2.343749999999999e-05
     W(238) W(478) -8.6805555555555846e-07
     W(238) W(488) 0.0002069444444444436
     W(238) W(498) 0.00039496527777777924
     W(238) W(508) 0.00023350694444444422
     W(238) W(518) 0.00018611111111111099
     W(238) W(528) 0.00017309027777777765
     W(238) W(538) 8.1770833333333218e-05
     W(238) W(548) -9.9652777777777622e-05
     W(238) W(558) -5.5555555555555753e-06
     W(238) W(578) -6.9444444444444634e-06
     W(238) W(588) -0.00014218749999999976
     W(238) W(598) -0.00013454861111111141
     W(238) W(608) 8.9930555555555703e-05
     W(238) W(618) -2.5000000000000025e-05
     W(238) W(628) -4.4791666666666565e-05
     W(238) W(638) -8.8541666666666029e-06
     W(239) W(239) 0.044625868055555566
     W(239) W(259) -6.8402777777777689e-05
     W(239) W(269) 6.8402777777777852e-05
     W(239) W(279) 6.8576388888888853e-05
     W(239) W(289) -0.00023680555555555567
     W(239) W(299) -9.5486111111111228e-06
     W(239) W(309) 0.00033298611111111235
     W(239) W(319) 2.586805555555545e-05
     W(239) W(339) 7.1006944444444191e-05
     W(239) W(349) 0.00022378472222222195
     W(239) W(359) -0.00014513888888888901
     W(239) W(369) -0.00026666666666666652
     W(239) W(379) 0.00012690972222222213
     W(239) W(389) 0.00018541666666666636
     W(239) W(409) 5.17361111111109e-05
     W(239) W(419) 0.00038159722222222241
     W(239) W(429) 0.00018854166666666691
     W(239) W(439) 4.2187499999999968e-05
     W(239) W(449) 2.1701388888888913e-05
     W(239) W(459) 0.00017552083333333355
     W(239) W(469) -2.343749999999999e-05
     W(239) W(479) -8.6805555555555846e-07
     W(239) W(489) 0.0002069444444444436
     W(239) W(499) 0.00039496527777777924
     W(239) W(509) 0.00023350694444444422
     W(239) W(519) 0.00018611111111111099
     W(239) W(529) 0.00017309027777777765
     W(239) W(539) 8.1770833333333218e-05
     W(239) W(549) -9.9652777777777622e-05
     W(239) W(559) -5.5555555555555753e-06
     W(239) W(579) -6.9444444444444634e-06
     W(239) W(589) -0.00014218749999999976
     W(239) W(599) -0.00013454861111111141
     W(239) W(609) 8.9930555555555703e-05
     W(239) W(619) -2.5000000000000025e-05
     W(239) W(629) -4.4791666666666565e-05
     W(239) W(639) -8.8541666666666029e-06
     W(240) W(240) 0.044600000000000008
     W(241) W(241) 0.044600000000000008
     W(242) W(242) 0.044600000000000008
     W(243) W(243) 0.044600000000000008
     W(244) W(244) 0.044600000000000008
     W(245) W(245) 0.044600000000000008
     W(246) W(246) 0.044600000000000008
     W(247) W(247) 0.044600000000000008
     W(248) W(248) 0.044600000000000008
     W(249) W(249) 0.044600000000000008
     W(250) W(250) 0.084159722222222233
     W(250) W(260) 0.044268402777777771
     W(250) W(270) -0.015923611111111111
     W(250) W(280) -0.014030555555555551
     W(250) W(290) 0.011784722222222222
     W(250) W(300) 0.0066913194444444416
     W(250) W(310) -6.8402777777777689e-05
     W(250) W(330) 0.020841319444444461
     W(250) W(340) 0.023040972222222244
     W(250) W(350) -0.010257638888888891
     W(250) W(360) -0.0063947916666666667
     W(250) W(370) 0.0099243055555555595
     W(250) W(380) 0.00935625
     W(250) W(400) -0.00013680555555555538
     W(250) W(410) 0.0038128472222222214
     W(250) W(420) 0.0039208333333333352
     W(250) W(430) -0.0035343749999999998
     W(250) W(440) 3.4722222222223008e-05
     W(250) W(450) 0.0068114583333333308
     W(250) W(460) -0.0039218749999999965
     W(250) W(470) -0.00034201388888888877
     W(250) W(480) -0.00054722222222222151
     W(250) W(490) -0.0033159722222222197
     W(250) W(500) -0.0098211805555555517
     W(250) W(510) -0.0095888888888888846
     W(250) W(520) 0.0086663194444444487
     W(250) W(530) 0.0052906249999999959
     W(250) W(540) -0.010018402777777775
     W(250) W(550) -0.0015118055555555575
     W(250) W(570) -0.0013819444444444445
     W(250) W(580) -0.014537500000000012
     W(250) W(590) -0.010303819444444435
     W(250) W(600) -0.00029652777777777577
     W(250) W(610) -0.0067510416666666665
     W(250) W(620) -0.0088979166666666616
     W(250) W(630) -0.0025249999999999982
     W(251) W(251) 0.084159722222222233
     W(251) W(261) 0.044268402777777771
     W(251) W(271) -0.015923611111111111
     W(251) W(281) -0.014030555555555551
     W(251) W(291) 0.011784722222222222
     W(251) W(301) 0.0066913194444444416
     W(251) W(311) -6.8402777777777689e-05
     W(251) W(331) 0.020841319444444461
     W(251) W(341) 0.023040972222222244
     W(251) W(351) -0.010257638888888891
     W(251) W(361) -0.0063947916666666667
     W(251) W(371) 0.0099243055555555595
     W(251) W(381) 0.00935625
     W(251) W(401) -0.00013680555555555538
     W(251) W(411) 0.0038128472222222214
     W(251) W(421) 0.0039208333333333352
     W(251) W(431) -0.0035343749999999998
     W(251) W(441) 3.4722222222223008e-05
     W(251) W(451) 0.0068114583333333308
     W(251) W(461) -0.0039218749999999965
     W(251) W(471) -0.00034201388888888877
     W(251) W(481) -0.00054722222222222151
     W(251) W(491) -0.0033159722222222197
     W(251) W(501) -0.0098211805555555517
     W(251) W(511) -0.0095888888888888846
     W(251) W(521) 0.0086663194444444487
     W(251) W(531) 0.0052906249999999959
     W(251) W(541) -0.010018402777777775
     W(251) W(551) -0.0015118055555555575
     W(251) W(571) -0.0013819444444444445
     W(251) W(581) -0.014537500000000012
     W(251) W(591) -0.010303819444444435
     W(251) W(601) -0.00029652777777777577
     W(251) W(611) -0.0067510416666666665
     W(251) W(621) -0.0088979166666666616
     W(251) W(631) -0.0025249999999999982
     W(252) W(252) 0.084159722222222233
     W(252) W(262) 0.044268402777777771
     W(252) W(272) -0.015923611111111111
     W(252) W(282) -0.014030555555555551
     W(252) W(292) 0.011784722222222222
     W(252) W(302) 0.0066913194444444416
     W(252) W(312) -6.8402777777777689e-05
     W(252) W(332) 0.020841319444444461
     W(252) W(342) 0.023040972222222244
     W(252) W(352) -0.010257638888888891
     W(252) W(362) -0.0063947916666666667
     W(252) W(372) 0.0099243055555555595
     W(252) W(382) 0.00935625
     W(252) W(402) -0.00013680555555555538
     W(252) W(412) 0.0038128472222222214
     W(252) W(422) 0.0039208333333333352
     W(252) W(432) -0.0035343749999999998
     W(252) W(442) 3.4722222222223008e-05
     W(252) W(452) 0.0068114583333333308
     W(252) W(462) -0.0039218749999999965
     W(252) W(472) -0.00034201388888888877
     W(252) W(482) -0.00054722222222222151
     W(252) W(492) -0.0033159722222222197
     W(252) W(502) -0.0098211805555555517
     W(252) W(512) -0.0095888888888888846
     W(252) W(522) 0.0086663194444444487
     W(252) W(532) 0.0052906249999999959
     W(252) W(542) -0.010018402777777775
     W(252) W(552) -0.0015118055555555575
     W(252) W(572) -0.0013819444444444445
     W(252) W(582) -0.014537500000000012
     W(252) W(592) -0.010303819444444435
     W(252) W(602) -0.00029652777777777577
     W(252) W(612) -0.0067510416666666665
     W(252) W(622) -0.0088979166666666616
     W(252) W(632) -0.0025249999999999982
     W(253) W(253) 0.084159722222222233
     W(253) W(263) 0.044268402777777771
     W(253) W(273) -0.015923611111111111
     W(253) W(283) -0.014030555555555551
     W(253) W(293) 0.011784722222222222
     W(253) W(303) 0.0066913194444444416
     W(253) W(313) -6.8402777777777689e-05
     W(253) W(333) 0.020841319444444461
     W(253) W(343) 0.023040972222222244
     W(253) W(353) -0.010257638888888891
     W(253) W(363) -0.0063947916666666667
     W(253) W(373) 0.0099243055555555595
     W(253) W(383) 0.00935625
     W(253) W(403) -0.00013680555555555538
     W(253) W(413) 0.0038128472222222214
     W(253) W(423) 0.0039208333333333352
     W(253) W(433) -0.0035343749999999998
     W(253) W(443) 3.4722222222223008e-05
     W(253) W(453) 0.0068114583333333308
     W(253) W(463) -0.0039218749999999965
     W(253) W(473) -0.00034201388888888877
     W(253) W(483) -0.00054722222222222151
     W(253) W(493) -0.0033159722222222197
     W(253) W(503) -0.0098211805555555517
     W(253) W(513) -0.0095888888888888846
     W(253) W(523) 0.0086663194444444487
     W(253) W(533) 0.0052906249999999959
     W(253) W(543) -0.010018402777777775
     W(253) W(553) -0.0015118055555555575
     W(253) W(573) -0.0013819444444444445
     W(253) W(583) -0.014537500000000012
     W(253) W(593) -0.010303819444444435
     W(253) W(603) -0.00029652777777777577
     W(253) W(613) -0.0067510416666666665
     W(253) W(623) -0.0088979166666666616
     W(253) W(633) -0.0025249999999999982
     W(254) W(254) 0.084159722222222233
     W(254) W(264) 0.044268402777777771
     W(254) W(274) -0.015923611111111111
     W(254) W(284) -0.014030555555555551
     W(254) W(294) 0.011784722222222222
     W(254) W(304) 0.0066913194444444416
     W(254) W(314) -6.8402777777777689e-05
     W(254) W(334) 0.020841319444444461
     W(254) W(344) 0.023040972222222244
     W(254) W(354) -0.010257638888888891
     W(254) W(364) -0.0063947916666666667
     W(254) W(374) 0.0099243055555555595
     W(254) W(384) 0.00935625
     W(254) W(404) -0.00013680555555555538
     W(254) W(414) 0.0038128472222222214
     W(254) W(424) 0.0039208333333333352
     W(254) W(434) -0.0035343749999999998
     W(254) W(444) 3.4722222222223008e-05
     W(254) W(454) 0.0068114583333333308
     W(254) W(464) -0.0039218749999999965
     W(254) W(474) -0.00034201388888888877
     W(254) W(484) -0.00054722222222222151
     W(254) W(494) -0.0033159722222222197
     W(254) W(504) -0.0098211805555555517
     W(254) W(514) -0.0095888888888888846
     W(254) W(524) 0.0086663194444444487
     W(254) W(534) 0.0052906249999999959
     W(254) W(544) -0.010018402777777775
     W(254) W(554) -0.0015118055555555575
     W(254) W(574) -0.0013819444444444445
     W(254) W(584) -0.014537500000000012
     W(254) W(594) -0.010303819444444435
     W(254) W(604) -0.00029652777777777577
     W(254) W(614) -0.0067510416666666665
     W(254) W(624) -0.0088979166666666616
     W(254) W(634) -0.0025249999999999982
     W(255) W(255) 0.084159722222222233
     W(255) W(265) 0.044268402777777771
     W(255) W(275) -0.015923611111111111
     W(255) W(285) -0.014030555555555551
     W(255) W(295) 0.011784722222222222
     W(255) W(305) 0.0066913194444444416
     W(255) W(315) -6.8402777777777689e-05
     W(255) W(335) 0.020841319444444461
     W(255) W(345) 0.023040972222222244
     W(255) W(355) -0.010257638888888891
     W(255) W(365) -0.0063947916666666667
     W(255) W(375) 0.0099243055555555595
     W(255) W(385) 0.00935625
     W(255) W(405) -0.00013680555555555538
     W(255) W(415) 0.0038128472222222214
     W(255) W(425) 0.0039208333333333352
     W(255) W(435) -0.0035343749999999998
     W(255) W(445) 3.4722222222223008e-05
     W(255) W(455) 0.0068114583333333308
     W(255) W(465) -0.0039218749999999965
     W(255) W(475) -0.00034201388888888877
     W(255) W(485) -0.00054722222222222151
     W(255) W(495) -0.0033159722222222197
     W(255) W(505) -0.0098211805555555517
     W(255) W(515) -0.0095888888888888846
     W(255) W(525) 0.0086663194444444487
     W(255) W(535) 0.0052906249999999959
     W(255) W(545) -0.010018402777777775
     W(255) W(555) -0.0015118055555555575
     W(255) W(575) -0.0013819444444444445
     W(255) W(585) -0.014537500000000012
     W(255) W(595) -0.010303819444444435
     W(255) W(605) -0.00029652777777777577
     W(255) W(615) -0.0067510416666666665
     W(255) W(625) -0.0088979166666666616
     W(255) W(635) -0.0025249999999999982
     W(256) W(256) 0.084159722222222233
     W(256) W(266) 0.044268402777777771
     W(256) W(276) -0.015923611111111111
     W(256) W(286) -0.014030555555555551
     W(256) W(296) 0.011784722222222222
     W(256) W(306) 0.0066913194444444416
     W(256) W(316) -6.8402777777777689e-05
     W(256) W(336) 0.020841319444444461
     W(256) W(346) 0.023040972222222244
     W(256) W(356) -0.010257638888888891
     W(256) W(366) -0.0063947916666666667
     W(256) W(376) 0.0099243055555555595
     W(256) W(386) 0.00935625
     W(256) W(406) -0.00013680555555555538
     W(256) W(416) 0.0038128472222222214
     W(256) W(426) 0.0039208333333333352
     W(256) W(436) -0.0035343749999999998
     W(256) W(446) 3.4722222222223008e-05
     W(256) W(456) 0.0068114583333333308
     W(256) W(466) -0.0039218749999999965
     W(256) W(476) -0.00034201388888888877
     W(256) W(486) -0.00054722222222222151
     W(256) W(496) -0.0033159722222222197
     W(256) W(506) -0.0098211805555555517
     W(256) W(516) -0.0095888888888888846
     W(256) W(526) 0.0086663194444444487
     W(256) W(536) 0.0052906249999999959
     W(256) W(546) -0.010018402777777775
     W(256) W(556) -0.0015118055555555575
     W(256) W(576) -0.0013819444444444445
     W(256) W(586) -0.014537500000000012
     W(256) W(596) -0.010303819444444435
     W(256) W(606) -0.00029652777777777577
     W(256) W(616) -0.0067510416666666665
     W(256) W(626) -0.0088979166666666616
     W(256) W(636) -0.0025249999999999982
     W(257) W(257) 0.084159722222222233
     W(257) W(267) 0.044268402777777771
     W(257) W(277) -0.015923611111111111
     W(257) W(287) -0.014030555555555551
     W(257) W(297) 0.011784722222222222
     W(257) W(307) 0.0066913194444444416
     W(257) W(317) -6.8402777777777689e-05
     W(257) W(337) 0.020841319444444461
     W(257) W(347) 0.023040972222222244
     W(257) W(357) -0.010257638888888891
     W(257) W(367) -0.0063947916666666667
     W(257) W(377) 0.0099243055555555595
     W(257) W(387) 0.00935625
     W(257) W(407) -0.00013680555555555538
     W(257) W(417) 0.0038128472222222214
     W(257) W(427) 0.0039208333333333352
     W(257) W(437) -0.0035343749999999998
     W(257) W(447) 3.4722222222223008e-05
     W(257) W(457) 0.0068114583333333308
     W(257) W(467) -0.0039218749999999965
     W(257) W(477) -0.00034201388888888877
     W(257) W(487) -0.00054722222222222151
     W(257) W(497) -0.0033159722222222197
     W(257) W(507) -0.0098211805555555517
     W(257) W(517) -0.0095888888888888846
     W(257) W(527) 0.0086663194444444487
     W(257) W(537) 0.0052906249999999959
     W(257) W(547) -0.010018402777777775
     W(257) W(557) -0.0015118055555555575
     W(257) W(577) -0.0013819444444444445
     W(257) W(587) -0.014537500000000012
     W(257) W(597) -0.010303819444444435
     W(257) W(607) -0.00029652777777777577
     W(257) W(617) -0.0067510416666666665
     W(257) W(627) -0.0088979166666666616
     W(257) W(637) -0.0025249999999999982
     W(258) W(258) 0.084159722222222233
     W(258) W(268) 0.044268402777777771
     W(258) W(278) -0.015923611111111111
     W(258) W(288) -0.014030555555555551
     W(258) W(298) 0.011784722222222222
     W(258) W(308) 0.0066913194444444416
     W(258) W(318) -6.8402777777777689e-05
     W(258) W(338) 0.020841319444444461
     W(258) W(348) 0.023040972222222244
     W(258) W(358) -0.010257638888888891
     W(258) W(368) -0.0063947916666666667
     W(258) W(378) 0.0099243055555555595
     W(258) W(388) 0.00935625
     W(258) W(408) -0.00013680555555555538
     W(258) W(418) 0.0038128472222222214
     W(258) W(428) 0.0039208333333333352
     W(258) W(438) -0.0035343749999999998
     W(258) W(448) 3.4722222222223008e-05
     W(258) W(458) 0.0068114583333333308
     W(258) W(468) -0.0039218749999999965
     W(258) W(478) -0.00034201388888888877
     W(258) W(488) -0.00054722222222222151
     W(258) W(498) -0.0033159722222222197
     W(258) W(508) -0.0098211805555555517
     W(258) W(518) -0.0095888888888888846
     W(258) W(528) 0.0086663194444444487
     W(258) W(538) 0.0052906249999999959
     W(258) W(548) -0.010018402777777775
     W(258) W(558) -0.0015118055555555575
     W(258) W(578) -0.0013819444444444445
     W(258) W(588) -0.014537500000000012
     W(258) W(598) -0.010303819444444435
     W(258) W(608) -0.00029652777777777577
     W(258) W(618) -0.0067510416666666665
     W(258) W(628) -0.0088979166666666616
     W(258) W(638) -0.0025249999999999982
     W(259) W(259) 0.084159722222222233
     W(259) W(269) 0.044268402777777771
     W(259) W(279) -0.015923611111111111
     W(259) W(289) -0.014030555555555551
     W(259) W(299) 0.011784722222222222
     W(259) W(309) 0.0066913194444444416
     W(259) W(319) -6.8402777777777689e-05
     W(259) W(339) 0.020841319444444461
     W(259) W(349) 0.023040972222222244
     W(259) W(359) -0.010257638888888891
     W(259) W(369) -0.0063947916666666667
     W(259) W(379) 0.0099243055555555595
     W(259) W(389) 0.00935625
     W(259) W(409) -0.00013680555555555538
     W(259) W(419) 0.0038128472222222214
     W(259) W(429) 0.0039208333333333352
     W(259) W(439) -0.0035343749999999998
     W(259) W(449) 3.4722222222223008e-05
     W(259) W(459) 0.0068114583333333308
     W(259) W(469) -0.0039218749999999965
     W(259) W(479) -0.00034201388888888877
     W(259) W(489) -0.00054722222222222151
     W(259) W(499) -0.0033159722222222197
     W(259) W(509) -0.0098211805555555517
     W(259) W(519) -0.0095888888888888846
     W(259) W(529) 0.0086663194444444487
     W(259) W(539) 0.0052906249999999959
     W(259) W(549) -0.010018402777777775
     W(259) W(559) -0.0015118055555555575
     W(259) W(579) -0.0013819444444444445
     W(259) W(589) -0.014537500000000012
     W(259) W(599) -0.010303819444444435
     W(259) W(609) -0.00029652777777777577
     W(259) W(619) -0.0067510416666666665
     W(259) W(629) -0.0088979166666666616
     W(259) W(639) -0.0025249999999999982
     W(260) W(260) 0.20108680555555553
     W(260) W(270) 0.0047517361111111198
     W(260) W(280) -0.054198611111111093
     W(260) W(290) 0.012980902777777775
     W(260) W(300) 0.017058680555555553
     W(260) W(310) 6.8402777777777852e-05
     W(260) W(330) 0.037283680555555566
     W(260) W(340) 0.095891319444444498
     W(260) W(350) 0.013200347222222228
     W(260) W(360) -0.013709374999999998
     W(260) W(370) 0.028851736111111113
     W(260) W(380) 0.013951041666666671
     W(260) W(400) 0.0001368055555555557
     W(260) W(410) 0.011838194444444443
     W(260) W(420) 0.037433333333333332
     W(260) W(430) 0.010904166666666677
     W(260) W(440) 0.009418402777777779
     W(260) W(450) 0.028422916666666645
     W(260) W(460) 0.0041562500000000046
     W(260) W(470) -0.00049131944444444516
     W(260) W(480) 0.00054722222222222281
     W(260) W(490) -0.0042361111111111098
     W(260) W(500) -0.0090069444444444424
     W(260) W(510) -0.00858819444444444
     W(260) W(520) 0.0082607638888888921
     W(260) W(530) 0.010516666666666655
     W(260) W(540) -0.0096430555555555592
     W(260) W(550) -0.00072777777777777999
     W(260) W(570) -0.0023420138888888861
     W(260) W(580) -0.039733333333333308
     W(260) W(590) -0.039904513888888882
     W(260) W(600) -0.0057972222222222201
     W(260) W(610) -0.0042385416666666708
     W(260) W(620) -0.0101125
     W(260) W(630) -0.0030479166666666688
     W(261) W(261) 0.20108680555555553
     W(261) W(271) 0.0047517361111111198
     W(261) W(281) -0.054198611111111093
     W(261) W(291) 0.012980902777777775
     W(261) W(301) 0.017058680555555553
     W(261) W(311) 6.8402777777777852e-05
     W(261) W(331) 0.037283680555555566
     W(261) W(341) 0.095891319444444498
     W(261) W(351) 0.013200347222222228
     W(261) W(361) -0.013709374999999998
     W(261) W(371) 0.028851736111111113
     W(261) W(381) 0.013951041666666671
     W(261) W(401) 0.0001368055555555557
     W(261) W(411) 0.011838194444444443
     W(261) W(421) 0.037433333333333332
     W(261) W(431) 0.010904166666666677
     W(261) W(441) 0.009418402777777779
     W(261) W(451) 0.028422916666666645
     W(261) W(461) 0.0041562500000000046
     W(261) W(471) -0.00049131944444444516
     W(261) W(481) 0.00054722222222222281
     W(261) W(491) -0.0042361111111111098
     W(261) W(501) -0.0090069444444444424
     W(261) W(511) -0.00858819444444444
     W(261) W(521) 0.0082607638888888921
     W(261) W(531) 0.010516666666666655
     W(261) W(541) -0.0096430555555555592
     W(261) W(551) -0.00072777777777777999
     W(261) W(571) -0.0023420138888888861
     W(261) W(581) -0.039733333333333308
     W(261) W(591) -0.039904513888888882
     W(261) W(601) -0.0057972222222222201
     W(261) W(611) -0.0042385416666666708
     W(261) W(621) -0.0101125
     W(261) W(631) -0.0030479166666666688
     W(262) W(262) 0.20108680555555553
     W(262) W(272) 0.0047517361111111198
     W(262) W(282) -0.054198611111111093
     W(262) W(292) 0.012980902777777775
     W(262) W(302) 0.017058680555555553
     W(262) W(312) 6.8402777777777852e-05
     W(262) W(332) 0.037283680555555566
     W(262) W(342) 0.095891319444444498
     W(262) W(352) 0.013200347222222228
     W(262) W(362) -0.013709374999999998
     W(262) W(372) 0.028851736111111113
     W(262) W(382) 0.013951041666666671
     W(262) W(402) 0.0001368055555555557
     W(262) W(412) 0.011838194444444443
     W(262) W(422) 0.037433333333333332
     W(262) W(432) 0.010904166666666677
     W(262) W(442) 0.009418402777777779
     W(262) W(452) 0.028422916666666645
     W(262) W(462) 0.0041562500000000046
     W(262) W(472) -0.00049131944444444516
     W(262) W(482) 0.00054722222222222281
     W(262) W(492) -0.0042361111111111098
     W(262) W(502) -0.0090069444444444424
     W(262) W(512) -0.00858819444444444
     W(262) W(522) 0.0082607638888888921
     W(262) W(532) 0.010516666666666655
     W(262) W(542) -0.0096430555555555592
     W(262) W(552) -0.00072777777777777999
     W(262) W(572) -0.0023420138888888861
     W(262) W(582) -0.039733333333333308
     W(262) W(592) -0.039904513888888882
     W(262) W(602) -0.0057972222222222201
     W(262) W(612) -0.0042385416666666708
     W(262) W(622) -0.0101125
     W(262) W(632) -0.0030479166666666688
     W(263) W(263) 0.20108680555555553
     W(263) W(273) 0.0047517361111111198
     W(263) W(283) -0.054198611111111093
     W(263) W(293) 0.012980902777777775
     W(263) W(303) 0.017058680555555553
     W(263) W(313) 6.8402777777777852e-05
     W(263) W(333) 0.037283680555555566
     W(263) W(343) 0.095891319444444498
     W(263) W(353) 0.013200347222222228
     W(263) W(363) -0.013709374999999998
     W(263) W(373) 0.028851736111111113
     W(263) W(383) 0.013951041666666671
     W(263) W(403) 0.0001368055555555557
     W(263) W(413) 0.011838194444444443
     W(263) W(423) 0.037433333333333332
     W(263) W(433) 0.010904166666666677
     W(263) W(443) 0.009418402777777779
     W(263) W(453) 0.028422916666666645
     W(263) W(463) 0.0041562500000000046
     W(263) W(473) -0.00049131944444444516
     W(263) W(483) 0.00054722222222222281
     W(263) W(493) -0.0042361111111111098
     W(263) W(503) -0.0090069444444444424
     W(263) W(513) -0.00858819444444444
     W(263) W(523) 0.0082607638888888921
     W(263) W(533) 0.010516666666666655
     W(263) W(543) -0.0096430555555555592
     W(263) W(553) -0.00072777777777777999
     W(263) W(573) -0.0023420138888888861
     W(263) W(583) -0.039733333333333308
     W(263) W(593) -0.039904513888888882
     W(263) W(603) -0.0057972222222222201
     W(263) W(613) -0.0042385416666666708
     W(263) W(623) -0.0101125
     W(263) W(633) -0.0030479166666666688
     W(264) W(264) 0.20108680555555553
     W(264) W(274) 0.0047517361111111198
     W(264) W(284) -0.054198611111111093
     W(264) W(294) 0.012980902777777775
     W(264) W(304) 0.017058680555555553
     W(264) W(314) 6.8402777777777852e-05
     W(264) W(334) 0.037283680555555566
     W(264) W(344) 0.095891319444444498
     W(264) W(354) 0.013200347222222228
     W(264) W(364) -0.013709374999999998
     W(264) W(374) 0.028851736111111113
     W(264) W(384) 0.013951041666666671
     W(264) W(404) 0.0001368055555555557
     W(264) W(414) 0.011838194444444443
     W(264) W(424) 0.037433333333333332
     W(264) W(434) 0.010904166666666677
     W(264) W(444) 0.009418402777777779
     W(264) W(454) 0.028422916666666645
     W(264) W(464) 0.0041562500000000046
     W(264) W(474) -0.00049131944444444516
     W(264) W(484) 0.00054722222222222281
     W(264) W(494) -0.0042361111111111098
     W(264) W(504) -0.0090069444444444424
     W(264) W(514) -0.00858819444444444
     W(264) W(524) 0.0082607638888888921
     W(264) W(534) 0.010516666666666655
     W(264) W(544) -0.0096430555555555592
     W(264) W(554) -0.00072777777777777999
     W(264) W(574) -0.0023420138888888861
     W(264) W(584) -0.039733333333333308
     W(264) W(594) -0.039904513888888882
     W(264) W(604) -0.0057972222222222201
     W(264) W(614) -0.0042385416666666708
     W(264) W(624) -0.0101125
     W(264) W(634) -0.0030479166666666688
     W(265) W(265) 0.20108680555555553
     W(265) W(275) 0.0047517361111111198
     W(265) W(285) -0.054198611111111093
     W(265) W(295) 0.012980902777777775
     W(265) W(305) 0.017058680555555553
     W(265) W(315) 6.8402777777777852e-05
     W(265) W(335) 0.037283680555555566
     W(265) W(345) 0.095891319444444498
     W(265) W(355) 0.013200347222222228
     W(265) W(365) -0.013709374999999998
     W(265) W(375) 0.028851736111111113
     W(265) W(385) 0.013951041666666671
     W(265) W(405) 0.0001368055555555557
     W(265) W(415) 0.011838194444444443
     W(265) W(425) 0.037433333333333332
     W(265) W(435) 0.010904166666666677
     W(265) W(445) 0.009418402777777779
     W(265) W(455) 0.028422916666666645
     W(265) W(465) 0.0041562500000000046
     W(265) W(475) -0.00049131944444444516
     W(265) W(485) 0.00054722222222222281
     W(265) W(495) -0.0042361111111111098
     W(265) W(505) -0.0090069444444444424
     W(265) W(515) -0.00858819444444444
     W(265) W(525) 0.0082607638888888921
     W(265) W(535) 0.010516666666666655
     W(265) W(545) -0.0096430555555555592
     W(265) W(555) -0.00072777777777777999
     W(265) W(575) -0.0023420138888888861
     W(265) W(585) -0.039733333333333308
     W(265) W(595) -0.039904513888888882
     W(265) W(605) -0.0057972222222222201
     W(265) W(615) -0.0042385416666666708
     W(265) W(625) -0.0101125
     W(265) W(635) -0.0030479166666666688
     W(266) W(266) 0.20108680555555553
     W(266) W(276) 0.0047517361111111198
     W(266) W(286) -0.054198611111111093
     W(266) W(296) 0.012980902777777775
     W(266) W(306) 0.017058680555555553
     W(266) W(316) 6.8402777777777852e-05
     W(266) W(336) 0.037283680555555566
     W(266) W(346) 0.095891319444444498
     W(266) W(356) 0.013200347222222228
     W(266) W(366) -0.013709374999999998
     W(266) W(376) 0.028851736111111113
     W(266) W(386) 0.013951041666666671
     W(266) W(406) 0.0001368055555555557
     W(266) W(416) 0.011838194444444443
     W(266) W(426) 0.037433333333333332
     W(266) W(436) 0.010904166666666677
     W(266) W(446) 0.009418402777777779
     W(266) W(456) 0.028422916666666645
     W(266) W(466) 0.0041562500000000046
     W(266) W(476) -0.00049131944444444516
     W(266) W(486) 0.00054722222222222281
     W(266) W(496) -0.0042361111111111098
     W(266) W(506) -0.0090069444444444424
     W(266) W(516) -0.00858819444444444
     W(266) W(526) 0.0082607638888888921
     W(266) W(536) 0.010516666666666655
     W(266) W(546) -0.0096430555555555592
     W(266) W(556) -0.00072777777777777999
     W(266) W(576) -0.0023420138888888861
     W(266) W(586) -0.039733333333333308
     W(266) W(596) -0.039904513888888882
     W(266) W(606) -0.0057972222222222201
     W(266) W(616) -0.0042385416666666708
     W(266) W(626) -0.0101125
     W(266) W(636) -0.0030479166666666688
     W(267) W(267) 0.20108680555555553
     W(267) W(277) 0.0047517361111111198
     W(267) W(287) -0.054198611111111093
     W(267) W(297) 0.012980902777777775
     W(267) W(307) 0.017058680555555553
     W(267) W(317) 6.8402777777777852e-05
     W(267) W(337) 0.037283680555555566
     W(267) W(347) 0.095891319444444498
     W(267) W(357) 0.013200347222222228
     W(267) W(367) -0.013709374999999998
     W(267) W(377) 0.028851736111111113
     W(267) W(387) 0.013951041666666671
     W(267) W(407) 0.0001368055555555557
     W(267) W(417) 0.011838194444444443
     W(267) W(427) 0.037433333333333332
     W(267) W(437) 0.010904166666666677
     W(267) W(447) 0.009418402777777779
     W(267) W(457) 0.028422916666666645
     W(267) W(467) 0.0041562500000000046
     W(267) W(477) -0.00049131944444444516
     W(267) W(487) 0.00054722222222222281
     W(267) W(497) -0.0042361111111111098
     W(267) W(507) -0.0090069444444444424
     W(267) W(517) -0.00858819444444444
     W(267) W(527) 0.0082607638888888921
     W(267) W(537) 0.010516666666666655
     W(267) W(547) -0.0096430555555555592
     W(267) W(557) -0.00072777777777777999
     W(267) W(577) -0.0023420138888888861
     W(267) W(587) -0.039733333333333308
     W(267) W(597) -0.039904513888888882
     W(267) W(607) -0.0057972222222222201
     W(267) W(617) -0.0042385416666666708
     W(267) W(627) -0.0101125
     W(267) W(637) -0.0030479166666666688
     W(268) W(268) 0.20108680555555553
     W(268) W(278) 0.0047517361111111198
     W(268) W(288) -0.054198611111111093
     W(268) W(298) 0.012980902777777775
     W(268) W(308) 0.017058680555555553
     W(268) W(318) 6.8402777777777852e-05
     W(268) W(338) 0.037283680555555566
     W(268) W(348) 0.095891319444444498
     W(268) W(358) 0.013200347222222228
     W(268) W(368) -0.013709374999999998
     W(268) W(378) 0.028851736111111113
     W(268) W(388) 0.013951041666666671
     W(268) W(408) 0.0001368055555555557
     W(268) W(418) 0.011838194444444443
     W(268) W(428) 0.037433333333333332
     W(268) W(438) 0.010904166666666677
     W(268) W(448) 0.009418402777777779
     W(268) W(458) 0.028422916666666645
     W(268) W(468) 0.0041562500000000046
     W(268) W(478) -0.00049131944444444516
     W(268) W(488) 0.00054722222222222281
     W(268) W(498) -0.0042361111111111098
     W(268) W(508) -0.0090069444444444424
     W(268) W(518) -0.00858819444444444
     W(268) W(528) 0.0082607638888888921
     W(268) W(538) 0.010516666666666655
     W(268) W(548) -0.0096430555555555592
     W(268) W(558) -0.00072777777777777999
     W(268) W(578) -0.0023420138888888861
     W(268) W(588) -0.039733333333333308
     W(268) W(598) -0.039904513888888882
     W(268) W(608) -0.0057972222222222201
     W(268) W(618) -0.0042385416666666708
     W(268) W(628) -0.0101125
     W(268) W(638) -0.0030479166666666688
     W(269) W(269) 0.20108680555555553
     W(269) W(279) 0.0047517361111111198
     W(269) W(289) -0.054198611111111093
     W(269) W(299) 0.012980902777777775
     W(269) W(309) 0.017058680555555553
     W(269) W(319) 6.8402777777777852e-05
     W(269) W(339) 0.037283680555555566
     W(269) W(349) 0.095891319444444498
     W(269) W(359) 0.013200347222222228
     W(269) W(369) -0.013709374999999998
     W(269) W(379) 0.028851736111111113
     W(269) W(389) 0.013951041666666671
     W(269) W(409) 0.0001368055555555557
     W(269) W(419) 0.011838194444444443
     W(269) W(429) 0.037433333333333332
     W(269) W(439) 0.010904166666666677
     W(269) W(449) 0.009418402777777779
     W(269) W(459) 0.028422916666666645
     W(269) W(469) 0.0041562500000000046
     W(269) W(479) -0.00049131944444444516
     W(269) W(489) 0.00054722222222222281
     W(269) W(499) -0.0042361111111111098
     W(269) W(509) -0.0090069444444444424
     W(269) W(519) -0.00858819444444444
     W(269) W(529) 0.0082607638888888921
     W(269) W(539) 0.010516666666666655
     W(269) W(549) -0.0096430555555555592
     W(269) W(559) -0.00072777777777777999
     W(269) W(579) -0.0023420138888888861
     W(269) W(589) -0.039733333333333308
     W(269) W(599) -0.039904513888888882
     W(269) W(609) -0.0057972222222222201
     W(269) W(619) -0.0042385416666666708
     W(269) W(629) -0.0101125
     W(269) W(639) -0.0030479166666666688
     W(270) W(270) 0.16764253472222218
     W(270) W(280) 0.062157986111111091
     W(270) W(290) -0.017947048611111113
     W(270) W(300) -0.017649305555555553
     W(270) W(310) 6.8576388888888853e-05
     W(270) W(330) -0.028959201388888866
     W(270) W(340) -0.028134548611111098
     W(270) W(350) 0.044803819444444448
     W(270) W(360) 0.013406249999999996
     W(270) W(370) -0.022811631944444449
     W(270) W(380) -0.022093749999999992
     W(270) W(400) 0.00013715277777777771
     W(270) W(410) -0.017631944444444443
     W(270) W(420) -0.038223958333333308
     W(270) W(430) -0.0054140625000000057
     W(270) W(440) 0.0091102430555555572
     W(270) W(450) -0.0084973958333333394
     W(270) W(460) -0.016497395833333334
     W(270) W(470) 0.00060329861111111109
     W(270) W(480) 0.00054861111111111083
     W(270) W(490) 0.0035460069444444406
     W(270) W(500) -0.0092664930555555591
     W(270) W(510) -0.011925347222222235
     W(270) W(520) 0.00045746527777777566
     W(270) W(530) -0.007403645833333335
     W(270) W(540) -0.0071736111111111193
     W(270) W(550) 0.0020121527777777772
     W(270) W(570) 0.001649305555555556
     W(270) W(580) 0.011502604166666661
     W(270) W(590) -0.012296006944444446
     W(270) W(600) -0.0023194444444444382
     W(270) W(610) 0.0034427083333333345
     W(270) W(620) -0.0083489583333333332
     W(270) W(630) -0.001684895833333333
     W(271) W(271) 0.16764253472222218
     W(271) W(281) 0.062157986111111091
     W(271) W(291) -0.017947048611111113
     W(271) W(301) -0.017649305555555553
     W(271) W(311) 6.8576388888888853e-05
     W(271) W(331) -0.028959201388888866
     W(271) W(341) -0.028134548611111098
     W(271) W(351) 0.044803819444444448
     W(271) W(361) 0.013406249999999996
     W(271) W(371) -0.022811631944444449
     W(271) W(381) -0.022093749999999992
     W(271) W(401) 0.00013715277777777771
     W(271) W(411) -0.017631944444444443
     W(271) W(421) -0.038223958333333308
     W(271) W(431) -0.0054140625000000057
     W(271) W(441) 0.0091102430555555572
     W(271) W(451) -0.0084973958333333394
     W(271) W(461) -0.016497395833333334
     W(271) W(471) 0.00060329861111111109
     W(271) W(481) 0.00054861111111111083
     W(271) W(491) 0.0035460069444444406
     W(271) W(501) -0.0092664930555555591
     W(271) W(511) -0.011925347222222235
     W(271) W(521) 0.00045746527777777566
     W(271) W(531) -0.007403645833333335
     W(271) W(541) -0.0071736111111111193
     W(271) W(551) 0.0020121527777777772
     W(271) W(571) 0.001649305555555556
     W(271) W(581) 0.011502604166666661
     W(271) W(591) -0.012296006944444446
     W(271) W(601) -0.0023194444444444382
     W(271) W(611) 0.0034427083333333345
     W(271) W(621) -0.0083489583333333332
     W(271) W(631) -0.001684895833333333
     W(272) W(272) 0.16764253472222218
     W(272) W(282) 0.062157986111111091
     W(272) W(292) -0.017947048611111113
     W(272) W(302) -0.017649305555555553
     W(272) W(312) 6.8576388888888853e-05
     W(272) W(332) -0.028959201388888866
     W(272) W(342) -0.028134548611111098
     W(272) W(352) 0.044803819444444448
     W(272) W(362) 0.013406249999999996
     W(272) W(372) -0.022811631944444449
     W(272) W(382) -0.022093749999999992
     W(272) W(402) 0.00013715277777777771
     W(272) W(412) -0.017631944444444443
     W(272) W(422) -0.038223958333333308
     W(272) W(432) -0.0054140625000000057
     W(272) W(442) 0.0091102430555555572
     W(272) W(452) -0.0084973958333333394
     W(272) W(462) -0.016497395833333334
     W(272) W(472) 0.00060329861111111109
     W(272) W(482) 0.00054861111111111083
     W(272) W(492) 0.0035460069444444406
     W(272) W(502) -0.0092664930555555591
     W(272) W(512) -0.011925347222222235
     W(272) W(522) 0.00045746527777777566
     W(272) W(532) -0.007403645833333335
     W(272) W(542) -0.0071736111111111193
     W(272) W(552) 0.0020121527777777772
     W(272) W(572) 0.001649305555555556
     W(272) W(582) 0.011502604166666661
     W(272) W(592) -0.012296006944444446
     W(272) W(602) -0.0023194444444444382
     W(272) W(612) 0.0034427083333333345
     W(272) W(622) -0.0083489583333333332
     W(272) W(632) -0.001684895833333333
     W(273) W(273) 0.16764253472222218
     W(273) W(283) 0.062157986111111091
     W(273) W(293) -0.017947048611111113
     W(273) W(303) -0.017649305555555553
     W(273) W(313) 6.8576388888888853e-05
     W(273) W(333) -0.028959201388888866
     W(273) W(343) -0.028134548611111098
     W(273) W(353) 0.044803819444444448
     W(273) W(363) 0.013406249999999996
     W(273) W(373) -0.022811631944444449
     W(273) W(383) -0.022093749999999992
     W(273) W(403) 0.00013715277777777771
     W(273) W(413) -0.017631944444444443
     W(273) W(423) -0.038223958333333308
     W(273) W(433) -0.0054140625000000057
     W(273) W(443) 0.0091102430555555572
     W(273) W(453) -0.0084973958333333394
     W(273) W(463) -0.016497395833333334
     W(273) W(473) 0.00060329861111111109
     W(273) W(483) 0.00054861111111111083
     W(273) W(493) 0.0035460069444444406
     W(273) W(503) -0.0092664930555555591
     W(273) W(513) -0.011925347222222235
     W(273) W(523) 0.00045746527777777566
     W(273) W(533) -0.007403645833333335
     W(273) W(543) -0.0071736111111111193
     W(273) W(553) 0.0020121527777777772
     W(273) W(573) 0.001649305555555556
     W(273) W(583) 0.011502604166666661
     W(273) W(593) -0.012296006944444446
     W(273) W(603) -0.0023194444444444382
     W(273) W(613) 0.0034427083333333345
     W(273) W(623) -0.0083489583333333332
     W(273) W(633) -0.001684895833333333
     W(274) W(274) 0.16764253472222218
     W(274) W(284) 0.062157986111111091
     W(274) W(294) -0.017947048611111113
     W(274) W(304) -0.017649305555555553
     W(274) W(314) 6.8576388888888853e-05
     W(274) W(334) -0.028959201388888866
     W(274) W(344) -0.028134548611111098
     W(274) W(354) 0.044803819444444448
     W(274) W(364) 0.013406249999999996
     W(274) W(374) -0.022811631944444449
     W(274) W(384) -0.022093749999999992
     W(274) W(404) 0.00013715277777777771
     W(274) W(414) -0.017631944444444443
     W(274) W(424) -0.038223958333333308
     W(274) W(434) -0.0054140625000000057
     W(274) W(444) 0.0091102430555555572
     W(274) W(454) -0.0084973958333333394
     W(274) W(464) -0.016497395833333334
     W(274) W(474) 0.00060329861111111109
     W(274) W(484) 0.00054861111111111083
     W(274) W(494) 0.0035460069444444406
     W(274) W(504) -0.0092664930555555591
     W(274) W(514) -0.011925347222222235
     W(274) W(524) 0.00045746527777777566
     W(274) W(534) -0.007403645833333335
     W(274) W(544) -0.0071736111111111193
     W(274) W(554) 0.0020121527777777772
     W(274) W(574) 0.001649305555555556
     W(274) W(584) 0.011502604166666661
     W(274) W(594) -0.012296006944444446
     W(274) W(604) -0.0023194444444444382
     W(274) W(614) 0.0034427083333333345
     W(274) W(624) -0.0083489583333333332
     W(274) W(634) -0.001684895833333333
     W(275) W(275) 0.16764253472222218
     W(275) W(285) 0.062157986111111091
     W(275) W(295) -0.017947048611111113
     W(275) W(305) -0.017649305555555553
     W(275) W(315) 6.8576388888888853e-05
     W(275) W(335) -0.028959201388888866
     W(275) W(345) -0.028134548611111098
     W(275) W(355) 0.044803819444444448
     W(275) W(365) 0.013406249999999996
     W(275) W(375) -0.022811631944444449
     W(275) W(385) -0.022093749999999992
     W(275) W(405) 0.00013715277777777771
     W(275) W(415) -0.017631944444444443
     W(275) W(425) -0.038223958333333308
     W(275) W(435) -0.0054140625000000057
     W(275) W(445) 0.0091102430555555572
     W(275) W(455) -0.0084973958333333394
     W(275) W(465) -0.016497395833333334
     W(275) W(475) 0.00060329861111111109
     W(275) W(485) 0.00054861111111111083
     W(275) W(495) 0.0035460069444444406
     W(275) W(505) -0.0092664930555555591
     W(275) W(515) -0.011925347222222235
     W(275) W(525) 0.00045746527777777566
     W(275) W(535) -0.007403645833333335
     W(275) W(545) -0.0071736111111111193
     W(275) W(555) 0.0020121527777777772
     W(275) W(575) 0.001649305555555556
     W(275) W(585) 0.011502604166666661
     W(275) W(595) -0.012296006944444446
     W(275) W(605) -0.0023194444444444382
     W(275) W(615) 0.0034427083333333345
     W(275) W(625) -0.0083489583333333332
     W(275) W(635) -0.001684895833333333
     W(276) W(276) 0.16764253472222218
     W(276) W(286) 0.062157986111111091
     W(276) W(296) -0.017947048611111113
     W(276) W(306) -0.017649305555555553
     W(276) W(316) 6.8576388888888853e-05
     W(276) W(336) -0.028959201388888866
     W(276) W(346) -0.028134548611111098
     W(276) W(356) 0.044803819444444448
     W(276) W(366) 0.013406249999999996
     W(276) W(376) -0.022811631944444449
     W(276) W(386) -0.022093749999999992
     W(276) W(406) 0.00013715277777777771
     W(276) W(416) -0.017631944444444443
     W(276) W(426) -0.038223958333333308
     W(276) W(436) -0.0054140625000000057
     W(276) W(446) 0.0091102430555555572
     W(276) W(456) -0.0084973958333333394
     W(276) W(466) -0.016497395833333334
     W(276) W(476) 0.00060329861111111109
     W(276) W(486) 0.00054861111111111083
     W(276) W(496) 0.0035460069444444406
     W(276) W(506) -0.0092664930555555591
     W(276) W(516) -0.011925347222222235
     W(276) W(526) 0.00045746527777777566
     W(276) W(536) -0.007403645833333335
     W(276) W(546) -0.0071736111111111193
     W(276) W(556) 0.0020121527777777772
     W(276) W(576) 0.001649305555555556
     W(276) W(586) 0.011502604166666661
     W(276) W(596) -0.012296006944444446
     W(276) W(606) -0.0023194444444444382
     W(276) W(616) 0.0034427083333333345
     W(276) W(626) -0.0083489583333333332
     W(276) W(636) -0.001684895833333333
     W(277) W(277) 0.16764253472222218
     W(277) W(287) 0.062157986111111091
     W(277) W(297) -0.017947048611111113
     W(277) W(307) -0.017649305555555553
     W(277) W(317) 6.8576388888888853e-05
     W(277) W(337) -0.028959201388888866
     W(277) W(347) -0.028134548611111098
     W(277) W(357) 0.044803819444444448
     W(277) W(367) 0.013406249999999996
     W(277) W(377) -0.022811631944444449
     W(277) W(387) -0.022093749999999992
     W(277) W(407) 0.00013715277777777771
     W(277) W(417) -0.017631944444444443
     W(277) W(427) -0.038223958333333308
     W(277) W(437) -0.0054140625000000057
     W(277) W(447) 0.0091102430555555572
     W(277) W(457) -0.0084973958333333394
     W(277) W(467) -0.016497395833333334
     W(277) W(477) 0.00060329861111111109
     W(277) W(487) 0.00054861111111111083
     W(277) W(497) 0.0035460069444444406
     W(277) W(507) -0.0092664930555555591
     W(277) W(517) -0.011925347222222235
     W(277) W(527) 0.00045746527777777566
     W(277) W(537) -0.007403645833333335
     W(277) W(547) -0.0071736111111111193
     W(277) W(557) 0.0020121527777777772
     W(277) W(577) 0.001649305555555556
     W(277) W(587) 0.011502604166666661
     W(277) W(597) -0.012296006944444446
     W(277) W(607) -0.0023194444444444382
     W(277) W(617) 0.0034427083333333345
     W(277) W(627) -0.0083489583333333332
     W(277) W(637) -0.001684895833333333
     W(278) W(278) 0.16764253472222218
     W(278) W(288) 0.062157986111111091
     W(278) W(298) -0.017947048611111113
     W(278) W(308) -0.017649305555555553
     W(278) W(318) 6.8576388888888853e-05
     W(278) W(338) -0.028959201388888866
     W(278) W(348) -0.028134548611111098
     W(278) W(358) 0.044803819444444448
     W(278) W(368) 0.013406249999999996
     W(278) W(378) -0.022811631944444449
     W(278) W(388) -0.022093749999999992
     W(278) W(408) 0.00013715277777777771
     W(278) W(418) -0.017631944444444443
     W(278) W(428) -0.038223958333333308
     W(278) W(438) -0.0054140625000000057
     W(278) W(448) 0.0091102430555555572
     W(278) W(458) -0.0084973958333333394
     W(278) W(468) -0.016497395833333334
     W(278) W(478) 0.00060329861111111109
     W(278) W(488) 0.00054861111111111083
     W(278) W(498) 0.0035460069444444406
     W(278) W(508) -0.0092664930555555591
     W(278) W(518) -0.011925347222222235
     W(278) W(528) 0.00045746527777777566
     W(278) W(538) -0.007403645833333335
     W(278) W(548) -0.0071736111111111193
     W(278) W(558) 0.0020121527777777772
     W(278) W(578) 0.001649305555555556
     W(278) W(588) 0.011502604166666661
     W(278) W(598) -0.012296006944444446
     W(278) W(608) -0.0023194444444444382
     W(278) W(618) 0.0034427083333333345
     W(278) W(628) -0.0083489583333333332
     W(278) W(638) -0.001684895833333333
     W(279) W(279) 0.16764253472222218
     W(279) W(289) 0.062157986111111091
     W(279) W(299) -0.017947048611111113
     W(279) W(309) -0.017649305555555553
     W(279) W(319) 6.8576388888888853e-05
     W(279) W(339) -0.028959201388888866
     W(279) W(349) -0.028134548611111098
     W(279) W(359) 0.044803819444444448
     W(279) W(369) 0.013406249999999996
     W(279) W(379) -0.022811631944444449
     W(279) W(389) -0.022093749999999992
     W(279) W(409) 0.00013715277777777771
     W(279) W(419) -0.017631944444444443
     W(279) W(429) -0.038223958333333308
     W(279) W(439) -0.0054140625000000057
     W(279) W(449) 0.0091102430555555572
     W(279) W(459) -0.0084973958333333394
     W(279) W(469) -0.016497395833333334
     W(279) W(479) 0.00060329861111111109
     W(279) W(489) 0.00054861111111111083
     W(279) W(499) 0.0035460069444444406
     W(279) W(509) -0.0092664930555555591
     W(279) W(519) -0.011925347222222235
     W(279) W(529) 0.00045746527777777566
     W(279) W(539) -0.007403645833333335
     W(279) W(549) -0.0071736111111111193
     W(279) W(559) 0.0020121527777777772
     W(279) W(579) 0.001649305555555556
     W(279) W(589) 0.011502604166666661
     W(279) W(599) -0.012296006944444446
     W(279) W(609) -0.0023194444444444382
     W(279) W(619) 0.0034427083333333345
     W(279) W(629) -0.0083489583333333332
     W(279) W(639) -0.001684895833333333
     W(280) W(280) 0.19305555555555556
     W(280) W(290) 0.016272569444444451
     W(280) W(300) -0.037109027777777776
     W(280) W(310) -0.00023680555555555567
     W(280) W(330) -0.04213090277777775
     W(280) W(340) -0.08001805555555544
     W(280) W(350) 0.014947222222222223
     W(280) W(360) 0.047568750000000028
     W(280) W(370) -0.022468055555555512
     W(280) W(380) -0.025685416666666679
     W(280) W(400) -0.00047361111111111134
     W(280) W(410) -0.027626388888888881
     W(280) W(420) -0.08384479166666664
     W(280) W(430) -0.026232291666666678
     W(280) W(440) 0.0118923611111111
     W(280) W(450) -0.031969791666666685
     W(280) W(460) -0.027906249999999973
     W(280) W(470) 0.00024826388888888934
     W(280) W(480) -0.0018944444444444453
     W(280) W(490) -0.0044704861111111091
     W(280) W(500) -0.029387152777777797
     W(280) W(510) -0.005493402777777775
     W(280) W(520) 0.0034909722222222204
     W(280) W(530) -0.016745833333333328
     W(280) W(540) -0.011525347222222218
     W(280) W(550) -5.1736111111110724e-05
     W(280) W(570) -0.0025972222222222256
     W(280) W(580) 0.025587500000000003
     W(280) W(590) 0.011605902777777777
     W(280) W(600) -0.017621180555555564
     W(280) W(610) -0.00305833333333333
     W(280) W(620) 0.00010208333333333095
     W(280) W(630) 0.0020635416666666649
     W(281) W(281) 0.19305555555555556
     W(281) W(291) 0.016272569444444451
     W(281) W(301) -0.037109027777777776
     W(281) W(311) -0.00023680555555555567
     W(281) W(331) -0.04213090277777775
     W(281) W(341) -0.08001805555555544
     W(281) W(351) 0.014947222222222223
     W(281) W(361) 0.047568750000000028
     W(281) W(371) -0.022468055555555512
     W(281) W(381) -0.025685416666666679
     W(281) W(401) -0.00047361111111111134
     W(281) W(411) -0.027626388888888881
     W(281) W(421) -0.08384479166666664
     W(281) W(431) -0.026232291666666678
     W(281) W(441) 0.0118923611111111
     W(281) W(451) -0.031969791666666685
     W(281) W(461) -0.027906249999999973
     W(281) W(471) 0.00024826388888888934
     W(281) W(481) -0.0018944444444444453
     W(281) W(491) -0.0044704861111111091
     W(281) W(501) -0.029387152777777797
     W(281) W(511) -0.005493402777777775
     W(281) W(521) 0.0034909722222222204
     W(281) W(531) -0.016745833333333328
     W(281) W(541) -0.011525347222222218
     W(281) W(551) -5.1736111111110724e-05
     W(281) W(571) -0.0025972222222222256
     W(281) W(581) 0.025587500000000003
     W(281) W(591) 0.011605902777777777
     W(281) W(601) -0.017621180555555564
     W(281) W(611) -0.00305833333333333
     W(281) W(621) 0.00010208333333333095
     W(281) W(631) 0.0020635416666666649
     W(282) W(282) 0.19305555555555556
     W(282) W(292) 0.016272569444444451
     W(282) W(302) -0.037109027777777776
     W(282) W(312) -0.00023680555555555567
     W(282) W(332) -0.04213090277777775
     W(282) W(342) -0.08001805555555544
     W(282) W(352) 0.014947222222222223
     W(282) W(362) 0.047568750000000028
     W(282) W(372) -0.022468055555555512
     W(282) W(382) -0.025685416666666679
     W(282) W(402) -0.00047361111111111134
     W(282) W(412) -0.027626388888888881
     W(282) W(422) -0.08384479166666664
     W(282) W(432) -0.026232291666666678
     W(282) W(442) 0.0118923611111111
     W(282) W(452) -0.031969791666666685
     W(282) W(462) -0.027906249999999973
     W(282) W(472) 0.00024826388888888934
     W(282) W(482) -0.0018944444444444453
     W(282) W(492) -0.0044704861111111091
     W(282) W(502) -0.029387152777777797
     W(282) W(512) -0.005493402777777775
     W(282) W(522) 0.0034909722222222204
     W(282) W(532) -0.016745833333333328
     W(282) W(542) -0.011525347222222218
     W(282) W(552) -5.1736111111110724e-05
     W(282) W(572) -0.0025972222222222256
     W(282) W(582) 0.025587500000000003
     W(282) W(592) 0.011605902777777777
     W(282) W(602) -0.017621180555555564
     W(282) W(612) -0.00305833333333333
     W(282) W(622) 0.00010208333333333095
     W(282) W(632) 0.0020635416666666649
     W(283) W(283) 0.19305555555555556
     W(283) W(293) 0.016272569444444451
     W(283) W(303) -0.037109027777777776
     W(283) W(313) -0.00023680555555555567
     W(283) W(333) -0.04213090277777775
     W(283) W(343) -0.08001805555555544
     W(283) W(353) 0.014947222222222223
     W(283) W(363) 0.047568750000000028
     W(283) W(373) -0.022468055555555512
     W(283) W(383) -0.025685416666666679
     W(283) W(403) -0.00047361111111111134
     W(283) W(413) -0.027626388888888881
     W(283) W(423) -0.08384479166666664
     W(283) W(433) -0.026232291666666678
     W(283) W(443) 0.0118923611111111
     W(283) W(453) -0.031969791666666685
     W(283) W(463) -0.027906249999999973
     W(283) W(473) 0.00024826388888888934
     W(283) W(483) -0.0018944444444444453
     W(283) W(493) -0.0044704861111111091
     W(283) W(503) -0.029387152777777797
     W(283) W(513) -0.005493402777777775
     W(283) W(523) 0.0034909722222222204
     W(283) W(533) -0.016745833333333328
     W(283) W(543) -0.011525347222222218
     W(283) W(553) -5.1736111111110724e-05
     W(283) W(573) -0.0025972222222222256
     W(283) W(583) 0.025587500000000003
     W(283) W(593) 0.011605902777777777
     W(283) W(603) -0.017621180555555564
     W(283) W(613) -0.00305833333333333
     W(283) W(623) 0.00010208333333333095
     W(283) W(633) 0.0020635416666666649
     W(284) W(284) 0.19305555555555556
     W(284) W(294) 0.016272569444444451
     W(284) W(304) -0.037109027777777776
     W(284) W(314) -0.00023680555555555567
     W(284) W(334) -0.04213090277777775
     W(284) W(344) -0.08001805555555544
     W(284) W(354) 0.014947222222222223
     W(284) W(364) 0.047568750000000028
     W(284) W(374) -0.022468055555555512
     W(284) W(384) -0.025685416666666679
     W(284) W(404) -0.00047361111111111134
     W(284) W(414) -0.027626388888888881
     W(284) W(424) -0.08384479166666664
     W(284) W(434) -0.026232291666666678
     W(284) W(444) 0.0118923611111111
     W(284) W(454) -0.031969791666666685
     W(284) W(464) -0.027906249999999973
     W(284) W(474) 0.00024826388888888934
     W(284) W(484) -0.0018944444444444453
     W(284) W(494) -0.0044704861111111091
     W(284) W(504) -0.029387152777777797
     W(284) W(514) -0.005493402777777775
     W(284) W(524) 0.0034909722222222204
     W(284) W(534) -0.016745833333333328
     W(284) W(544) -0.011525347222222218
     W(284) W(554) -5.1736111111110724e-05
     W(284) W(574) -0.0025972222222222256
     W(284) W(584) 0.025587500000000003
     W(284) W(594) 0.011605902777777777
     W(284) W(604) -0.017621180555555564
     W(284) W(614) -0.00305833333333333
     W(284) W(624) 0.00010208333333333095
     W(284) W(634) 0.0020635416666666649
     W(285) W(285) 0.19305555555555556
     W(285) W(295) 0.016272569444444451
     W(285) W(305) -0.037109027777777776
     W(285) W(315) -0.00023680555555555567
     W(285) W(335) -0.04213090277777775
     W(285) W(345) -0.08001805555555544
     W(285) W(355) 0.014947222222222223
     W(285) W(365) 0.047568750000000028
     W(285) W(375) -0.022468055555555512
     W(285) W(385) -0.025685416666666679
     W(285) W(405) -0.00047361111111111134
     W(285) W(415) -0.027626388888888881
     W(285) W(425) -0.08384479166666664
     W(285) W(435) -0.026232291666666678
     W(285) W(445) 0.0118923611111111
     W(285) W(455) -0.031969791666666685
     W(285) W(465) -0.027906249999999973
     W(285) W(475) 0.00024826388888888934
     W(285) W(485) -0.0018944444444444453
     W(285) W(495) -0.0044704861111111091
     W(285) W(505) -0.029387152777777797
     W(285) W(515) -0.005493402777777775
     W(285) W(525) 0.0034909722222222204
     W(285) W(535) -0.016745833333333328
     W(285) W(545) -0.011525347222222218
     W(285) W(555) -5.1736111111110724e-05
     W(285) W(575) -0.0025972222222222256
     W(285) W(585) 0.025587500000000003
     W(285) W(595) 0.011605902777777777
     W(285) W(605) -0.017621180555555564
     W(285) W(615) -0.00305833333333333
     W(285) W(625) 0.00010208333333333095
     W(285) W(635) 0.0020635416666666649
     W(286) W(286) 0.19305555555555556
     W(286) W(296) 0.016272569444444451
     W(286) W(306) -0.037109027777777776
     W(286) W(316) -0.00023680555555555567
     W(286) W(336) -0.04213090277777775
     W(286) W(346) -0.08001805555555544
     W(286) W(356) 0.014947222222222223
     W(286) W(366) 0.047568750000000028
     W(286) W(376) -0.022468055555555512
     W(286) W(386) -0.025685416666666679
     W(286) W(406) -0.00047361111111111134
     W(286) W(416) -0.027626388888888881
     W(286) W(426) -0.08384479166666664
     W(286) W(436) -0.026232291666666678
     W(286) W(446) 0.0118923611111111
     W(286) W(456) -0.031969791666666685
     W(286) W(466) -0.027906249999999973
     W(286) W(476) 0.00024826388888888934
     W(286) W(486) -0.0018944444444444453
     W(286) W(496) -0.0044704861111111091
     W(286) W(506) -0.029387152777777797
     W(286) W(516) -0.005493402777777775
     W(286) W(526) 0.0034909722222222204
     W(286) W(536) -0.016745833333333328
     W(286) W(546) -0.011525347222222218
     W(286) W(556) -5.1736111111110724e-05
     W(286) W(576) -0.0025972222222222256
     W(286) W(586) 0.025587500000000003
     W(286) W(596) 0.011605902777777777
     W(286) W(606) -0.017621180555555564
     W(286) W(616) -0.00305833333333333
     W(286) W(626) 0.00010208333333333095
     W(286) W(636) 0.0020635416666666649
     W(287) W(287) 0.19305555555555556
     W(287) W(297) 0.016272569444444451
     W(287) W(307) -0.037109027777777776
     W(287) W(317) -0.00023680555555555567
     W(287) W(337) -0.04213090277777775
     W(287) W(347) -0.08001805555555544
     W(287) W(357) 0.014947222222222223
     W(287) W(367) 0.047568750000000028
     W(287) W(377) -0.022468055555555512
     W(287) W(387) -0.025685416666666679
     W(287) W(407) -0.00047361111111111134
     W(287) W(417) -0.027626388888888881
     W(287) W(427) -0.08384479166666664
     W(287) W(437) -0.026232291666666678
     W(287) W(447) 0.0118923611111111
     W(287) W(457) -0.031969791666666685
     W(287) W(467) -0.027906249999999973
     W(287) W(477) 0.00024826388888888934
     W(287) W(487) -0.0018944444444444453
     W(287) W(497) -0.0044704861111111091
     W(287) W(507) -0.029387152777777797
     W(287) W(517) -0.005493402777777775
     W(287) W(527) 0.0034909722222222204
     W(287) W(537) -0.016745833333333328
     W(287) W(547) -0.011525347222222218
     W(287) W(557) -5.1736111111110724e-05
     W(287) W(577) -0.0025972222222222256
     W(287) W(587) 0.025587500000000003
     W(287) W(597) 0.011605902777777777
     W(287) W(607) -0.017621180555555564
     W(287) W(617) -0.00305833333333333
     W(287) W(627) 0.00010208333333333095
     W(287) W(637) 0.0020635416666666649
     W(288) W(288) 0.19305555555555556
     W(288) W(298) 0.016272569444444451
     W(288) W(308) -0.037109027777777776
     W(288) W(318) -0.00023680555555555567
     W(288) W(338) -0.04213090277777775
     W(288) W(348) -0.08001805555555544
     W(288) W(358) 0.014947222222222223
     W(288) W(368) 0.047568750000000028
     W(288) W(378) -0.022468055555555512
     W(288) W(388) -0.025685416666666679
     W(288) W(408) -0.00047361111111111134
     W(288) W(418) -0.027626388888888881
     W(288) W(428) -0.08384479166666664
     W(288) W(438) -0.026232291666666678
     W(288) W(448) 0.0118923611111111
     W(288) W(458) -0.031969791666666685
     W(288) W(468) -0.027906249999999973
     W(288) W(478) 0.00024826388888888934
     W(288) W(488) -0.0018944444444444453
     W(288) W(498) -0.0044704861111111091
     W(288) W(508) -0.029387152777777797
     W(288) W(518) -0.005493402777777775
     W(288) W(528) 0.0034909722222222204
     W(288) W(538) -0.016745833333333328
     W(288) W(548) -0.011525347222222218
     W(288) W(558) -5.1736111111110724e-05
     W(288) W(578) -0.0025972222222222256
     W(288) W(588) 0.025587500000000003
     W(288) W(598) 0.011605902777777777
     W(288) W(608) -0.017621180555555564
     W(288) W(618) -0.00305833333333333
     W(288) W(628) 0.00010208333333333095
     W(288) W(638) 0.0020635416666666649
     W(289) W(289) 0.19305555555555556
     W(289) W(299) 0.016272569444444451
     W(289) W(309) -0.037109027777777776
     W(289) W(319) -0.00023680555555555567
     W(289) W(339) -0.04213090277777775
     W(289) W(349) -0.08001805555555544
     W(289) W(359) 0.014947222222222223
     W(289) W(369) 0.047568750000000028
     W(289) W(379) -0.022468055555555512
     W(289) W(389) -0.025685416666666679
     W(289) W(409) -0.00047361111111111134
     W(289) W(419) -0.027626388888888881
     W(289) W(429) -0.08384479166666664
     W(289) W(439) -0.026232291666666678
     W(289) W(449) 0.0118923611111111
     W(289) W(459) -0.031969791666666685
     W(289) W(469) -0.027906249999999973
     W(289) W(479) 0.00024826388888888934
     W(289) W(489) -0.0018944444444444453
     W(289) W(499) -0.0044704861111111091
     W(289) W(509) -0.029387152777777797
     W(289) W(519) -0.005493402777777775
     W(289) W(529) 0.0034909722222222204
     W(289) W(539) -0.016745833333333328
     W(289) W(549) -0.011525347222222218
     W(289) W(559) -5.1736111111110724e-05
     W(289) W(579) -0.0025972222222222256
     W(289) W(589) 0.025587500000000003
     W(289) W(599) 0.011605902777777777
     W(289) W(609) -0.017621180555555564
     W(289) W(619) -0.00305833333333333
     W(289) W(629) 0.00010208333333333095
     W(289) W(639) 0.0020635416666666649
     W(290) W(290) 0.17628836805555556
     W(290) W(300) 0.04188194444444443
     W(290) W(310) -9.5486111111111228e-06
     W(290) W(330) 0.01252517361111111
     W(290) W(340) 0.0059279513888888949
     W(290) W(350) -0.045248263888888869
     W(290) W(360) -0.032505208333333334
     W(290) W(370) 0.069870659722222228
     W(290) W(380) 0.036604166666666653
     W(290) W(400) -1.9097222222222246e-05
     W(290) W(410) 0.00033680555555555531
     W(290) W(420) -0.025619791666666659
     W(290) W(430) -0.034919270833333307
     W(290) W(440) -0.0099522569444444424
     W(290) W(450) 0.026684895833333316
     W(290) W(460) -0.0016536458333333327
     W(290) W(470) 0.00070746527777777832
     W(290) W(480) -7.6388888888888982e-05
     W(290) W(490) -0.0040581597222222199
     W(290) W(500) -0.034657118055555561
     W(290) W(510) -0.023253472222222221
     W(290) W(520) 0.013504340277777778
     W(290) W(530) 0.0070755208333333408
     W(290) W(540) -0.0253246527777778
     W(290) W(550) -0.0029618055555555556
     W(290) W(570) -0.0046788194444444429
     W(290) W(580) -0.02787239583333332
     W(290) W(590) -0.023103298611111132
     W(290) W(600) -0.0095329861111111015
     W(290) W(610) -0.007234375000000003
     W(290) W(620) -0.01452083333333334
     W(290) W(630) -0.0038984374999999983
     W(291) W(291) 0.17628836805555556
     W(291) W(301) 0.04188194444444443
     W(291) W(311) -9.5486111111111228e-06
     W(291) W(331) 0.01252517361111111
     W(291) W(341) 0.0059279513888888949
     W(291) W(351) -0.045248263888888869
     W(291) W(361) -0.032505208333333334
     W(291) W(371) 0.069870659722222228
     W(291) W(381) 0.036604166666666653
     W(291) W(401) -1.9097222222222246e-05
     W(291) W(411) 0.00033680555555555531
     W(291) W(421) -0.025619791666666659
     W(291) W(431) -0.034919270833333307
     W(291) W(441) -0.0099522569444444424
     W(291) W(451) 0.026684895833333316
     W(291) W(461) -0.0016536458333333327
     W(291) W(471) 0.00070746527777777832
     W(291) W(481) -7.6388888888888982e-05
     W(291) W(491) -0.0040581597222222199
     W(291) W(501) -0.034657118055555561
     W(291) W(511) -0.023253472222222221
     W(291) W(521) 0.013504340277777778
     W(291) W(531) 0.0070755208333333408
     W(291) W(541) -0.0253246527777778
     W(291) W(551) -0.0029618055555555556
     W(291) W(571) -0.0046788194444444429
     W(291) W(581) -0.02787239583333332
     W(291) W(591) -0.023103298611111132
     W(291) W(601) -0.0095329861111111015
     W(291) W(611) -0.007234375000000003
     W(291) W(621) -0.01452083333333334
     W(291) W(631) -0.0038984374999999983
     W(292) W(292) 0.17628836805555556
     W(292) W(302) 0.04188194444444443
     W(292) W(312) -9.5486111111111228e-06
     W(292) W(332) 0.01252517361111111
     W(292) W(342) 0.0059279513888888949
     W(292) W(352) -0.045248263888888869
     W(292) W(362) -0.032505208333333334
     W(292) W(372) 0.069870659722222228
     W(292) W(382) 0.036604166666666653
     W(292) W(402) -1.9097222222222246e-05
     W(292) W(412) 0.00033680555555555531
     W(292) W(422) -0.025619791666666659
     W(292) W(432) -0.034919270833333307
     W(292) W(442) -0.0099522569444444424
     W(292) W(452) 0.026684895833333316
     W(292) W(462) -0.0016536458333333327
     W(292) W(472) 0.00070746527777777832
     W(292) W(482) -7.6388888888888982e-05
     W(292) W(492) -0.0040581597222222199
     W(292) W(502) -0.034657118055555561
     W(292) W(512) -0.023253472222222221
     W(292) W(522) 0.013504340277777778
     W(292) W(532) 0.0070755208333333408
     W(292) W(542) -0.0253246527777778
     W(292) W(552) -0.0029618055555555556
     W(292) W(572) -0.0046788194444444429
     W(292) W(582) -0.02787239583333332
     W(292) W(592) -0.023103298611111132
     W(292) W(602) -0.0095329861111111015
     W(292) W(612) -0.007234375000000003
     W(292) W(622) -0.01452083333333334
     W(292) W(632) -0.0038984374999999983
     W(293) W(293) 0.17628836805555556
     W(293) W(303) 0.04188194444444443
     W(293) W(313) -9.5486111111111228e-06
     W(293) W(333) 0.01252517361111111
     W(293) W(343) 0.0059279513888888949
     W(293) W(353) -0.045248263888888869
     W(293) W(363) -0.032505208333333334
     W(293) W(373) 0.069870659722222228
     W(293) W(383) 0.036604166666666653
     W(293) W(403) -1.9097222222222246e-05
     W(293) W(413) 0.00033680555555555531
     W(293) W(423) -0.025619791666666659
     W(293) W(433) -0.034919270833333307
     W(293) W(443) -0.0099522569444444424
     W(293) W(453) 0.026684895833333316
     W(293) W(463) -0.0016536458333333327
     W(293) W(473) 0.00070746527777777832
     W(293) W(483) -7.6388888888888982e-05
     W(293) W(493) -0.0040581597222222199
     W(293) W(503) -0.034657118055555561
     W(293) W(513) -0.023253472222222221
     W(293) W(523) 0.013504340277777778
     W(293) W(533) 0.0070755208333333408
     W(293) W(543) -0.0253246527777778
     W(293) W(553) -0.0029618055555555556
     W(293) W(573) -0.0046788194444444429
     W(293) W(583) -0.02787239583333332
     W(293) W(593) -0.023103298611111132
     W(293) W(603) -0.0095329861111111015
     W(293) W(613) -0.007234375000000003
     W(293) W(623) -0.01452083333333334
     W(293) W(633) -0.0038984374999999983
     W(294) W(294) 0.17628836805555556
     W(294) W(304) 0.04188194444444443
     W(294) W(314) -9.5486111111111228e-06
     W(294) W(334) 0.01252517361111111
     W(294) W(344) 0.0059279513888888949
     W(294) W(354) -0.045248263888888869
     W(294) W(364) -0.032505208333333334
     W(294) W(374) 0.069870659722222228
     W(294) W(384) 0.036604166666666653
     W(294) W(404) -1.9097222222222246e-05
     W(294) W(414) 0.00033680555555555531
     W(294) W(424) -0.025619791666666659
     W(294) W(434) -0.034919270833333307
     W(294) W(444) -0.0099522569444444424
     W(294) W(454) 0.026684895833333316
     W(294) W(464) -0.0016536458333333327
     W(294) W(474) 0.00070746527777777832
     W(294) W(484) -7.6388888888888982e-05
     W(294) W(494) -0.0040581597222222199
     W(294) W(504) -0.034657118055555561
     W(294) W(514) -0.023253472222222221
     W(294) W(524) 0.013504340277777778
     W(294) W(534) 0.0070755208333333408
     W(294) W(544) -0.0253246527777778
     W(294) W(554) -0.0029618055555555556
     W(294) W(574) -0.0046788194444444429
     W(294) W(584) -0.02787239583333332
     W(294) W(594) -0.023103298611111132
     W(294) W(604) -0.0095329861111111015
     W(294) W(614) -0.007234375000000003
     W(294) W(624) -0.01452083333333334
     W(294) W(634) -0.0038984374999999983
     W(295) W(295) 0.17628836805555556
     W(295) W(305) 0.04188194444444443
     W(295) W(315) -9.5486111111111228e-06
     W(295) W(335) 0.01252517361111111
     W(295) W(345) 0.0059279513888888949
     W(295) W(355) -0.045248263888888869
     W(295) W(365) -0.032505208333333334
     W(295) W(375) 0.069870659722222228
     W(295) W(385) 0.036604166666666653
     W(295) W(405) -1.9097222222222246e-05
     W(295) W(415) 0.00033680555555555531
     W(295) W(425) -0.025619791666666659
     W(295) W(435) -0.034919270833333307
     W(295) W(445) -0.0099522569444444424
     W(295) W(455) 0.026684895833333316
     W(295) W(465) -0.0016536458333333327
     W(295) W(475) 0.00070746527777777832
     W(295) W(485) -7.6388888888888982e-05
     W(295) W(495) -0.0040581597222222199
     W(295) W(505) -0.034657118055555561
     W(295) W(515) -0.023253472222222221
     W(295) W(525) 0.013504340277777778
     W(295) W(535) 0.0070755208333333408
     W(295) W(545) -0.0253246527777778
     W(295) W(555) -0.0029618055555555556
     W(295) W(575) -0.0046788194444444429
     W(295) W(585) -0.02787239583333332
     W(295) W(595) -0.023103298611111132
     W(295) W(605) -0.0095329861111111015
     W(295) W(615) -0.007234375000000003
     W(295) W(625) -0.01452083333333334
     W(295) W(635) -0.0038984374999999983
     W(296) W(296) 0.17628836805555556
     W(296) W(306) 0.04188194444444443
     W(296) W(316) -9.5486111111111228e-06
     W(296) W(336) 0.01252517361111111
     W(296) W(346) 0.0059279513888888949
     W(296) W(356) -0.045248263888888869
     W(296) W(366) -0.032505208333333334
     W(296) W(376) 0.069870659722222228
     W(296) W(386) 0.036604166666666653
     W(296) W(406) -1.9097222222222246e-05
     W(296) W(416) 0.00033680555555555531
     W(296) W(426) -0.025619791666666659
     W(296) W(436) -0.034919270833333307
     W(296) W(446) -0.0099522569444444424
     W(296) W(456) 0.026684895833333316
     W(296) W(466) -0.0016536458333333327
     W(296) W(476) 0.00070746527777777832
     W(296) W(486) -7.6388888888888982e-05
     W(296) W(496) -0.0040581597222222199
     W(296) W(506) -0.034657118055555561
     W(296) W(516) -0.023253472222222221
     W(296) W(526) 0.013504340277777778
     W(296) W(536) 0.0070755208333333408
     W(296) W(546) -0.0253246527777778
     W(296) W(556) -0.0029618055555555556
     W(296) W(576) -0.0046788194444444429
     W(296) W(586) -0.02787239583333332
     W(296) W(596) -0.023103298611111132
     W(296) W(606) -0.0095329861111111015
     W(296) W(616) -0.007234375000000003
     W(296) W(626) -0.01452083333333334
     W(296) W(636) -0.0038984374999999983
     W(297) W(297) 0.17628836805555556
     W(297) W(307) 0.04188194444444443
     W(297) W(317) -9.5486111111111228e-06
     W(297) W(337) 0.01252517361111111
     W(297) W(347) 0.0059279513888888949
     W(297) W(357) -0.045248263888888869
     W(297) W(367) -0.032505208333333334
     W(297) W(377) 0.069870659722222228
     W(297) W(387) 0.036604166666666653
     W(297) W(407) -1.9097222222222246e-05
     W(297) W(417) 0.00033680555555555531
     W(297) W(427) -0.025619791666666659
     W(297) W(437) -0.034919270833333307
     W(297) W(447) -0.0099522569444444424
     W(297) W(457) 0.026684895833333316
     W(297) W(467) -0.0016536458333333327
     W(297) W(477) 0.00070746527777777832
     W(297) W(487) -7.6388888888888982e-05
     W(297) W(497) -0.0040581597222222199
     W(297) W(507) -0.034657118055555561
     W(297) W(517) -0.023253472222222221
     W(297) W(527) 0.013504340277777778
     W(297) W(537) 0.0070755208333333408
     W(297) W(547) -0.0253246527777778
     W(297) W(557) -0.0029618055555555556
     W(297) W(577) -0.0046788194444444429
     W(297) W(587) -0.02787239583333332
     W(297) W(597) -0.023103298611111132
     W(297) W(607) -0.0095329861111111015
     W(297) W(617) -0.007234375000000003
     W(297) W(627) -0.01452083333333334
     W(297) W(637) -0.0038984374999999983
     W(298) W(298) 0.17628836805555556
     W(298) W(308) 0.04188194444444443
     W(298) W(318) -9.5486111111111228e-06
     W(298) W(338) 0.01252517361111111
     W(298) W(348) 0.0059279513888888949
     W(298) W(358) -0.045248263888888869
     W(298) W(368) -0.032505208333333334
     W(298) W(378) 0.069870659722222228
     W(298) W(388) 0.036604166666666653
     W(298) W(408) -1.9097222222222246e-05
     W(298) W(418) 0.00033680555555555531
     W(298) W(428) -0.025619791666666659
     W(298) W(438) -0.034919270833333307
     W(298) W(448) -0.0099522569444444424
     W(298) W(458) 0.026684895833333316
     W(298) W(468) -0.0016536458333333327
     W(298) W(478) 0.00070746527777777832
     W(298) W(488) -7.6388888888888982e-05
     W(298) W(498) -0.0040581597222222199
     W(298) W(508) -0.034657118055555561
     W(298) W(518) -0.023253472222222221
     W(298) W(528) 0.013504340277777778
     W(298) W(538) 0.0070755208333333408
     W(298) W(548) -0.0253246527777778
     W(298) W(558) -0.0029618055555555556
     W(298) W(578) -0.0046788194444444429
     W(298) W(588) -0.02787239583333332
     W(298) W(598) -0.023103298611111132
     W(298) W(608) -0.0095329861111111015
     W(298) W(618) -0.007234375000000003
     W(298) W(628) -0.01452083333333334
     W(298) W(638) -0.0038984374999999983
     W(299) W(299) 0.17628836805555556
     W(299) W(309) 0.04188194444444443
     W(299) W(319) -9.5486111111111228e-06
     W(299) W(339) 0.01252517361111111
     W(299) W(349) 0.0059279513888888949
     W(299) W(359) -0.045248263888888869
     W(299) W(369) -0.032505208333333334
     W(299) W(379) 0.069870659722222228
     W(299) W(389) 0.036604166666666653
     W(299) W(409) -1.9097222222222246e-05
     W(299) W(419) 0.00033680555555555531
     W(299) W(429) -0.025619791666666659
     W(299) W(439) -0.034919270833333307
     W(299) W(449) -0.0099522569444444424
     W(299) W(459) 0.026684895833333316
     W(299) W(469) -0.0016536458333333327
     W(299) W(479) 0.00070746527777777832
     W(299) W(489) -7.6388888888888982e-05
     W(299) W(499) -0.0040581597222222199
     W(299) W(509) -0.034657118055555561
     W(299) W(519) -0.023253472222222221
     W(299) W(529) 0.013504340277777778
     W(299) W(539) 0.0070755208333333408
     W(299) W(549) -0.0253246527777778
     W(299) W(559) -0.0029618055555555556
     W(299) W(579) -0.0046788194444444429
     W(299) W(589) -0.02787239583333332
     W(299) W(599) -0.023103298611111132
     W(299) W(609) -0.0095329861111111015
     W(299) W(619) -0.007234375000000003
     W(299) W(629) -0.01452083333333334
     W(299) W(639) -0.0038984374999999983
     W(300) W(300) 0.094890972222222175
     W(300) W(310) 0.00033298611111111235
     W(300) W(330) 0.024746180555555525
     W(300) W(340) 0.03643194444444442
     W(300) W(350) -0.016519444444444458
     W(300) W(360) -0.032205208333333367
     W(300) W(370) 0.021977777777777784
     W(300) W(380) 0.030855208333333332
     W(300) W(400) 0.0006659722222222247
     W(300) W(410) 0.017028819444444454
     W(300) W(420) 0.023949999999999985
     W(300) W(430) 0.00049062500000000104
     W(300) W(440) -0.0063888888888888927
     W(300) W(450) 0.012048958333333342
     W(300) W(460) 0.0018281250000000049
     W(300) W(470) 0.00054513888888888895
     W(300) W(480) 0.0026638888888888988
     W(300) W(490) 0.0036024305555555475
     W(300) W(500) -0.00052256944444444519
     W(300) W(510) -0.00042465277777777857
     W(300) W(520) 0.009653472222222223
     W(300) W(530) 0.0010802083333333295
     W(300) W(540) -0.014829513888888908
     W(300) W(550) -0.00080277777777777791
     W(300) W(570) -0.0020972222222222212
     W(300) W(580) -0.019628125000000007
     W(300) W(590) -0.014175347222222211
     W(300) W(600) -0.0015232638888888869
     W(300) W(610) -0.012648958333333335
     W(300) W(620) -0.0088552083333333139
     W(300) W(630) -0.0027312500000000032
     W(301) W(301) 0.094890972222222175
     W(301) W(311) 0.00033298611111111235
     W(301) W(331) 0.024746180555555525
     W(301) W(341) 0.03643194444444442
     W(301) W(351) -0.016519444444444458
     W(301) W(361) -0.032205208333333367
     W(301) W(371) 0.021977777777777784
     W(301) W(381) 0.030855208333333332
     W(301) W(401) 0.0006659722222222247
     W(301) W(411) 0.017028819444444454
     W(301) W(421) 0.023949999999999985
     W(301) W(431) 0.00049062500000000104
     W(301) W(441) -0.0063888888888888927
     W(301) W(451) 0.012048958333333342
     W(301) W(461) 0.0018281250000000049
     W(301) W(471) 0.00054513888888888895
     W(301) W(481) 0.0026638888888888988
     W(301) W(491) 0.0036024305555555475
     W(301) W(501) -0.00052256944444444519
     W(301) W(511) -0.00042465277777777857
     W(301) W(521) 0.009653472222222223
     W(301) W(531) 0.0010802083333333295
     W(301) W(541) -0.014829513888888908
     W(301) W(551) -0.00080277777777777791
     W(301) W(571) -0.0020972222222222212
     W(301) W(581) -0.019628125000000007
     W(301) W(591) -0.014175347222222211
     W(301) W(601) -0.0015232638888888869
     W(301) W(611) -0.012648958333333335
     W(301) W(621) -0.0088552083333333139
     W(301) W(631) -0.0027312500000000032
     W(302) W(302) 0.094890972222222175
     W(302) W(312) 0.00033298611111111235
     W(302) W(332) 0.024746180555555525
     W(302) W(342) 0.03643194444444442
     W(302) W(352) -0.016519444444444458
     W(302) W(362) -0.032205208333333367
     W(302) W(372) 0.021977777777777784
     W(302) W(382) 0.030855208333333332
     W(302) W(402) 0.0006659722222222247
     W(302) W(412) 0.017028819444444454
     W(302) W(422) 0.023949999999999985
     W(302) W(432) 0.00049062500000000104
     W(302) W(442) -0.0063888888888888927
     W(302) W(452) 0.012048958333333342
     W(302) W(462) 0.0018281250000000049
     W(302) W(472) 0.00054513888888888895
     W(302) W(482) 0.0026638888888888988
     W(302) W(492) 0.0036024305555555475
     W(302) W(502) -0.00052256944444444519
     W(302) W(512) -0.00042465277777777857
     W(302) W(522) 0.009653472222222223
     W(302) W(532) 0.0010802083333333295
     W(302) W(542) -0.014829513888888908
     W(302) W(552) -0.00080277777777777791
     W(302) W(572) -0.0020972222222222212
     W(302) W(582) -0.019628125000000007
     W(302) W(592) -0.014175347222222211
     W(302) W(602) -0.0015232638888888869
     W(302) W(612) -0.012648958333333335
     W(302) W(622) -0.0088552083333333139
     W(302) W(632) -0.0027312500000000032
     W(303) W(303) 0.094890972222222175
     W(303) W(313) 0.00033298611111111235
     W(303) W(333) 0.024746180555555525
     W(303) W(343) 0.03643194444444442
     W(303) W(353) -0.016519444444444458
     W(303) W(363) -0.032205208333333367
     W(303) W(373) 0.021977777777777784
     W(303) W(383) 0.030855208333333332
     W(303) W(403) 0.0006659722222222247
     W(303) W(413) 0.017028819444444454
     W(303) W(423) 0.023949999999999985
     W(303) W(433) 0.00049062500000000104
     W(303) W(443) -0.0063888888888888927
     W(303) W(453) 0.012048958333333342
     W(303) W(463) 0.0018281250000000049
     W(303) W(473) 0.00054513888888888895
     W(303) W(483) 0.0026638888888888988
     W(303) W(493) 0.0036024305555555475
     W(303) W(503) -0.00052256944444444519
     W(303) W(513) -0.00042465277777777857
     W(303) W(523) 0.009653472222222223
     W(303) W(533) 0.0010802083333333295
     W(303) W(543) -0.014829513888888908
     W(303) W(553) -0.00080277777777777791
     W(303) W(573) -0.0020972222222222212
     W(303) W(583) -0.019628125000000007
     W(303) W(593) -0.014175347222222211
     W(303) W(603) -0.0015232638888888869
     W(303) W(613) -0.012648958333333335
     W(303) W(623) -0.0088552083333333139
     W(303) W(633) -0.0027312500000000032
     W(304) W(304) 0.094890972222222175
     W(304) W(314) 0.00033298611111111235
     W(304) W(334) 0.024746180555555525
     W(304) W(344) 0.03643194444444442
     W(304) W(354) -0.016519444444444458
     W(304) W(364) -0.032205208333333367
     W(304) W(374) 0.021977777777777784
     W(304) W(384) 0.030855208333333332
     W(304) W(404) 0.0006659722222222247
     W(304) W(414) 0.017028819444444454
     W(304) W(424) 0.023949999999999985
     W(304) W(434) 0.00049062500000000104
     W(304) W(444) -0.0063888888888888927
     W(304) W(454) 0.012048958333333342
     W(304) W(464) 0.0018281250000000049
     W(304) W(474) 0.00054513888888888895
     W(304) W(484) 0.0026638888888888988
     W(304) W(494) 0.0036024305555555475
     W(304) W(504) -0.00052256944444444519
     W(304) W(514) -0.00042465277777777857
     W(304) W(524) 0.009653472222222223
     W(304) W(534) 0.0010802083333333295
     W(304) W(544) -0.014829513888888908
     W(304) W(554) -0.00080277777777777791
     W(304) W(574) -0.0020972222222222212
     W(304) W(584) -0.019628125000000007
     W(304) W(594) -0.014175347222222211
     W(304) W(604) -0.0015232638888888869
     W(304) W(614) -0.012648958333333335
     W(304) W(624) -0.0088552083333333139
     W(304) W(634) -0.0027312500000000032
     W(305) W(305) 0.094890972222222175
     W(305) W(315) 0.00033298611111111235
     W(305) W(335) 0.024746180555555525
     W(305) W(345) 0.03643194444444442
     W(305) W(355) -0.016519444444444458
     W(305) W(365) -0.032205208333333367
     W(305) W(375) 0.021977777777777784
     W(305) W(385) 0.030855208333333332
     W(305) W(405) 0.0006659722222222247
     W(305) W(415) 0.017028819444444454
     W(305) W(425) 0.023949999999999985
     W(305) W(435) 0.00049062500000000104
     W(305) W(445) -0.0063888888888888927
     W(305) W(455) 0.012048958333333342
     W(305) W(465) 0.0018281250000000049
     W(305) W(475) 0.00054513888888888895
     W(305) W(485) 0.0026638888888888988
     W(305) W(495) 0.0036024305555555475
     W(305) W(505) -0.00052256944444444519
     W(305) W(515) -0.00042465277777777857
     W(305) W(525) 0.009653472222222223
     W(305) W(535) 0.0010802083333333295
     W(305) W(545) -0.014829513888888908
     W(305) W(555) -0.00080277777777777791
     W(305) W(575) -0.0020972222222222212
     W(305) W(585) -0.019628125000000007
     W(305) W(595) -0.014175347222222211
     W(305) W(605) -0.0015232638888888869
     W(305) W(615) -0.012648958333333335
     W(305) W(625) -0.0088552083333333139
     W(305) W(635) -0.0027312500000000032
     W(306) W(306) 0.094890972222222175
     W(306) W(316) 0.00033298611111111235
     W(306) W(336) 0.024746180555555525
     W(306) W(346) 0.03643194444444442
     W(306) W(356) -0.016519444444444458
     W(306) W(366) -0.032205208333333367
     W(306) W(376) 0.021977777777777784
     W(306) W(386) 0.030855208333333332
     W(306) W(406) 0.0006659722222222247
     W(306) W(416) 0.017028819444444454
     W(306) W(426) 0.023949999999999985
     W(306) W(436) 0.00049062500000000104
     W(306) W(446) -0.0063888888888888927
     W(306) W(456) 0.012048958333333342
     W(306) W(466) 0.0018281250000000049
     W(306) W(476) 0.00054513888888888895
     W(306) W(486) 0.0026638888888888988
     W(306) W(496) 0.0036024305555555475
     W(306) W(506) -0.00052256944444444519
     W(306) W(516) -0.00042465277777777857
     W(306) W(526) 0.009653472222222223
     W(306) W(536) 0.0010802083333333295
     W(306) W(546) -0.014829513888888908
     W(306) W(556) -0.00080277777777777791
     W(306) W(576) -0.0020972222222222212
     W(306) W(586) -0.019628125000000007
     W(306) W(596) -0.014175347222222211
     W(306) W(606) -0.0015232638888888869
     W(306) W(616) -0.012648958333333335
     W(306) W(626) -0.0088552083333333139
     W(306) W(636) -0.0027312500000000032
     W(307) W(307) 0.094890972222222175
     W(307) W(317) 0.00033298611111111235
     W(307) W(337) 0.024746180555555525
     W(307) W(347) 0.03643194444444442
     W(307) W(357) -0.016519444444444458
     W(307) W(367) -0.032205208333333367
     W(307) W(377) 0.021977777777777784
     W(307) W(387) 0.030855208333333332
     W(307) W(407) 0.0006659722222222247
     W(307) W(417) 0.017028819444444454
     W(307) W(427) 0.023949999999999985
     W(307) W(437) 0.00049062500000000104
     W(307) W(447) -0.0063888888888888927
     W(307) W(457) 0.012048958333333342
     W(307) W(467) 0.0018281250000000049
     W(307) W(477) 0.00054513888888888895
     W(307) W(487) 0.0026638888888888988
     W(307) W(497) 0.0036024305555555475
     W(307) W(507) -0.00052256944444444519
     W(307) W(517) -0.00042465277777777857
     W(307) W(527) 0.009653472222222223
     W(307) W(537) 0.0010802083333333295
     W(307) W(547) -0.014829513888888908
     W(307) W(557) -0.00080277777777777791
     W(307) W(577) -0.0020972222222222212
     W(307) W(587) -0.019628125000000007
     W(307) W(597) -0.014175347222222211
     W(307) W(607) -0.0015232638888888869
     W(307) W(617) -0.012648958333333335
     W(307) W(627) -0.0088552083333333139
     W(307) W(637) -0.0027312500000000032
     W(308) W(308) 0.094890972222222175
     W(308) W(318) 0.00033298611111111235
     W(308) W(338) 0.024746180555555525
     W(308) W(348) 0.03643194444444442
     W(308) W(358) -0.016519444444444458
     W(308) W(368) -0.032205208333333367
     W(308) W(378) 0.021977777777777784
     W(308) W(388) 0.030855208333333332
     W(308) W(408) 0.0006659722222222247
     W(308) W(418) 0.017028819444444454
     W(308) W(428) 0.023949999999999985
     W(308) W(438) 0.00049062500000000104
     W(308) W(448) -0.0063888888888888927
     W(308) W(458) 0.012048958333333342
     W(308) W(468) 0.0018281250000000049
     W(308) W(478) 0.00054513888888888895
     W(308) W(488) 0.0026638888888888988
     W(308) W(498) 0.0036024305555555475
     W(308) W(508) -0.00052256944444444519
     W(308) W(518) -0.00042465277777777857
     W(308) W(528) 0.009653472222222223
     W(308) W(538) 0.0010802083333333295
     W(308) W(548) -0.014829513888888908
     W(308) W(558) -0.00080277777777777791
     W(308) W(578) -0.0020972222222222212
     W(308) W(588) -0.019628125000000007
     W(308) W(598) -0.014175347222222211
     W(308) W(608) -0.0015232638888888869
     W(308) W(618) -0.012648958333333335
     W(308) W(628) -0.0088552083333333139
     W(308) W(638) -0.0027312500000000032
     W(309) W(309) 0.094890972222222175
     W(309) W(319) 0.00033298611111111235
     W(309) W(339) 0.024746180555555525
     W(309) W(349) 0.03643194444444442
     W(309) W(359) -0.016519444444444458
     W(309) W(369) -0.032205208333333367
     W(309) W(379) 0.021977777777777784
     W(309) W(389) 0.030855208333333332
     W(309) W(409) 0.0006659722222222247
     W(309) W(419) 0.017028819444444454
     W(309) W(429) 0.023949999999999985
     W(309) W(439) 0.00049062500000000104
     W(309) W(449) -0.0063888888888888927
     W(309) W(459) 0.012048958333333342
     W(309) W(469) 0.0018281250000000049
     W(309) W(479) 0.00054513888888888895
     W(309) W(489) 0.0026638888888888988
     W(309) W(499) 0.0036024305555555475
     W(309) W(509) -0.00052256944444444519
     W(309) W(519) -0.00042465277777777857
     W(309) W(529) 0.009653472222222223
     W(309) W(539) 0.0010802083333333295
     W(309) W(549) -0.014829513888888908
     W(309) W(559) -0.00080277777777777791
     W(309) W(579) -0.0020972222222222212
     W(309) W(589) -0.019628125000000007
     W(309) W(599) -0.014175347222222211
     W(309) W(609) -0.0015232638888888869
     W(309) W(619) -0.012648958333333335
     W(309) W(629) -0.0088552083333333139
     W(309) W(639) -0.0027312500000000032
     W(310) W(310) 0.044625868055555566
     W(310) W(330) 7.1006944444444191e-05
     W(310) W(340) 0.00022378472222222195
     W(310) W(350) -0.00014513888888888901
     W(310) W(360) -0.00026666666666666652
     W(310) W(370) 0.00012690972222222213
     W(310) W(380) 0.00018541666666666636
     W(310) W(400) 5.17361111111109e-05
     W(310) W(410) 0.00038159722222222241
     W(310) W(420) 0.00018854166666666691
     W(310) W(430) 4.2187499999999968e-05
     W(310) W(440) 2.1701388888888913e-05
     W(310) W(450) 0.00017552083333333355
     W(310) W(460) -2.343749999999999e-05
     W(310) W(470) -8.6805555555555846e-07
     W(310) W(480) 0.0002069444444444436
     W(310) W(490) 0.00039496527777777924
     W(310) W(500) 0.00023350694444444422
     W(310) W(510) 0.00018611111111111099
     W(310) W(520) 0.00017309027777777765
     W(310) W(530) 8.1770833333333218e-05
     W(310) W(540) -9.9652777777777622e-05
     W(310) W(550) -5.5555555555555753e-06
     W(310) W(570) -6.9444444444444634e-06
     W(310) W(580) -0.00014218749999999976
     W(310) W(590) -0.00013454861111111141
     W(310) W(600) 8.9930555555555703e-05
     W(310) W(610) -2.5000000000000025e-05
     W(310) W(620) -4.4791666666666565e-05
     W(310) W(630) -8.8541666666666029e-06
     W(311) W(311) 0.044625868055555566
     W(311) W(331) 7.1006944444444191e-05
     W(311) W(341) 0.00022378472222222195
     W(311) W(351) -0.00014513888888888901
     W(311) W(361) -0.00026666666666666652
     W(311) W(371) 0.00012690972222222213
     W(311) W(381) 0.00018541666666666636
     W(311) W(401) 5.17361111111109e-05
     W(311) W(411) 0.00038159722222222241
     W(311) W(421) 0.00018854166666666691
     W(311) W(431) 4.2187499999999968e-05
     W(311) W(441) 2.1701388888888913e-05
     W(311) W(451) 0.00017552083333333355
     W(311) W(461) -2.343749999999999e-05
     W(311) W(471) -8.6805555555555846e-07
     W(311) W(481) 0.0002069444444444436
     W(311) W(491) 0.00039496527777777924
     W(311) W(501) 0.00023350694444444422
     W(311) W(511) 0.00018611111111111099
     W(311) W(521) 0.00017309027777777765
     W(311) W(531) 8.1770833333333218e-05
     W(311) W(541) -9.9652777777777622e-05
     W(311) W(551) -5.5555555555555753e-06
     W(311) W(571) -6.9444444444444634e-06
     W(311) W(581) -0.00014218749999999976
     W(311) W(591) -0.00013454861111111141
     W(311) W(601) 8.9930555555555703e-05
     W(311) W(611) -2.5000000000000025e-05
     W(311) W(621) -4.4791666666666565e-05
     W(311) W(631) -8.8541666666666029e-06
     W(312) W(312) 0.044625868055555566
     W(312) W(332) 7.1006944444444191e-05
     W(312) W(342) 0.00022378472222222195
     W(312) W(352) -0.00014513888888888901
     W(312) W(362) -0.00026666666666666652
     W(312) W(372) 0.00012690972222222213
     W(312) W(382) 0.00018541666666666636
     W(312) W(402) 5.17361111111109e-05
     W(312) W(412) 0.00038159722222222241
     W(312) W(422) 0.00018854166666666691
     W(312) W(432) 4.2187499999999968e-05
     W(312) W(442) 2.1701388888888913e-05
     W(312) W(452) 0.00017552083333333355
     W(312) W(462) -2.343749999999999e-05
     W(312) W(472) -8.6805555555555846e-07
     W(312) W(482) 0.0002069444444444436
     W(312) W(492) 0.00039496527777777924
     W(312) W(502) 0.00023350694444444422
     W(312) W(512) 0.00018611111111111099
     W(312) W(522) 0.00017309027777777765
     W(312) W(532) 8.1770833333333218e-05
     W(312) W(542) -9.9652777777777622e-05
     W(312) W(552) -5.5555555555555753e-06
     W(312) W(572) -6.9444444444444634e-06
     W(312) W(582) -0.00014218749999999976
     W(312) W(592) -0.00013454861111111141
     W(312) W(602) 8.9930555555555703e-05
     W(312) W(612) -2.5000000000000025e-05
     W(312) W(622) -4.4791666666666565e-05
     W(312) W(632) -8.8541666666666029e-06
     W(313) W(313) 0.044625868055555566
     W(313) W(333) 7.1006944444444191e-05
     W(313) W(343) 0.00022378472222222195
     W(313) W(353) -0.00014513888888888901
     W(313) W(363) -0.00026666666666666652
     W(313) W(373) 0.00012690972222222213
     W(313) W(383) 0.00018541666666666636
     W(313) W(403) 5.17361111111109e-05
     W(313) W(413) 0.00038159722222222241
     W(313) W(423) 0.00018854166666666691
     W(313) W(433) 4.2187499999999968e-05
     W(313) W(443) 2.1701388888888913e-05
     W(313) W(453) 0.00017552083333333355
     W(313) W(463) -2.343749999999999e-05
     W(313) W(473) -8.6805555555555846e-07
     W(313) W(483) 0.0002069444444444436
     W(313) W(493) 0.00039496527777777924
     W(313) W(503) 0.00023350694444444422
     W(313) W(513) 0.00018611111111111099
     W(313) W(523) 0.00017309027777777765
     W(313) W(533) 8.1770833333333218e-05
     W(313) W(543) -9.9652777777777622e-05
     W(313) W(553) -5.5555555555555753e-06
     W(313) W(573) -6.9444444444444634e-06
     W(313) W(583) -0.00014218749999999976
     W(313) W(593) -0.00013454861111111141
     W(313) W(603) 8.9930555555555703e-05
     W(313) W(613) -2.5000000000000025e-05
     W(313) W(623) -4.4791666666666565e-05
     W(313) W(633) -8.8541666666666029e-06
     W(314) W(314) 0.044625868055555566
     W(314) W(334) 7.1006944444444191e-05
     W(314) W(344) 0.00022378472222222195
     W(314) W(354) -0.00014513888888888901
     W(314) W(364) -0.00026666666666666652
     W(314) W(374) 0.00012690972222222213
     W(314) W(384) 0.00018541666666666636
     W(314) W(404) 5.17361111111109e-05
     W(314) W(414) 0.00038159722222222241
     W(314) W(424) 0.00018854166666666691
     W(314) W(434) 4.2187499999999968e-05
     W(314) W(444) 2.1701388888888913e-05
     W(314) W(454) 0.00017552083333333355
     W(314) W(464) -2.343749999999999e-05
     W(314) W(474) -8.6805555555555846e-07
     W(314) W(484) 0.0002069444444444436
     W(314) W(494) 0.00039496527777777924
     W(314) W(504) 0.00023350694444444422
     W(314) W(514) 0.00018611111111111099
     W(314) W(524) 0.00017309027777777765
     W(314) W(534) 8.1770833333333218e-05
     W(314) W(544) -9.9652777777777622e-05
     W(314) W(554) -5.5555555555555753e-06
     W(314) W(574) -6.9444444444444634e-06
     W(314) W(584) -0.00014218749999999976
     W(314) W(594) -0.00013454861111111141
     W(314) W(604) 8.9930555555555703e-05
     W(314) W(614) -2.5000000000000025e-05
     W(314) W(624) -4.4791666666666565e-05
     W(314) W(634) -8.8541666666666029e-06
     W(315) W(315) 0.044625868055555566
     W(315) W(335) 7.1006944444444191e-05
     W(315) W(345) 0.00022378472222222195
     W(315) W(355) -0.00014513888888888901
     W(315) W(365) -0.00026666666666666652
     W(315) W(375) 0.00012690972222222213
     W(315) W(385) 0.00018541666666666636
     W(315) W(405) 5.17361111111109e-05
     W(315) W(415) 0.00038159722222222241
     W(315) W(425) 0.00018854166666666691
     W(315) W(435) 4.2187499999999968e-05
     W(315) W(445) 2.1701388888888913e-05
     W(315) W(455) 0.00017552083333333355
     W(315) W(465) -2.343749999999999e-05
     W(315) W(475) -8.6805555555555846e-07
     W(315) W(485) 0.0002069444444444436
     W(315) W(495) 0.00039496527777777924
     W(315) W(505) 0.00023350694444444422
     W(315) W(515) 0.00018611111111111099
     W(315) W(525) 0.00017309027777777765
     W(315) W(535) 8.1770833333333218e-05
     W(315) W(545) -9.9652777777777622e-05
     W(315) W(555) -5.5555555555555753e-06
     W(315) W(575) -6.9444444444444634e-06
     W(315) W(585) -0.00014218749999999976
     W(315) W(595) -0.00013454861111111141
     W(315) W(605) 8.9930555555555703e-05
     W(315) W(615) -2.5000000000000025e-05
     W(315) W(625) -4.4791666666666565e-05
     W(315) W(635) -8.8541666666666029e-06
     W(316) W(316) 0.044625868055555566
     W(316) W(336) 7.1006944444444191e-05
     W(316) W(346) 0.00022378472222222195
     W(316) W(356) -0.00014513888888888901
     W(316) W(366) -0.00026666666666666652
     W(316) W(376) 0.00012690972222222213
     W(316) W(386) 0.00018541666666666636
     W(316) W(406) 5.17361111111109e-05
     W(316) W(416) 0.00038159722222222241
     W(316) W(426) 0.00018854166666666691
     W(316) W(436) 4.2187499999999968e-05
     W(316) W(446) 2.1701388888888913e-05
     W(316) W(456) 0.00017552083333333355
     W(316) W(466) -2.343749999999999e-05
     W(316) W(476) -8.6805555555555846e-07
     W(316) W(486) 0.0002069444444444436
     W(316) W(496) 0.00039496527777777924
     W(316) W(506) 0.00023350694444444422
     W(316) W(516) 0.00018611111111111099
     W(316) W(526) 0.00017309027777777765
     W(316) W(536) 8.1770833333333218e-05
     W(316) W(546) -9.9652777777777622e-05
     W(316) W(556) -5.5555555555555753e-06
     W(316) W(576) -6.9444444444444634e-06
     W(316) W(586) -0.00014218749999999976
     W(316) W(596) -0.00013454861111111141
     W(316) W(606) 8.9930555555555703e-05
     W(316) W(616) -2.5000000000000025e-05
     W(316) W(626) -4.4791666666666565e-05
     W(316) W(636) -8.8541666666666029e-06
     W(317) W(317) 0.044625868055555566
     W(317) W(337) 7.1006944444444191e-05
     W(317) W(347) 0.00022378472222222195
     W(317) W(357) -0.00014513888888888901
     W(317) W(367) -0.00026666666666666652
     W(317) W(377) 0.00012690972222222213
     W(317) W(387) 0.00018541666666666636
     W(317) W(407) 5.17361111111109e-05
     W(317) W(417) 0.00038159722222222241
     W(317) W(427) 0.00018854166666666691
     W(317) W(437) 4.2187499999999968e-05
     W(317) W(447) 2.1701388888888913e-05
     W(317) W(457) 0.00017552083333333355
     W(317) W(467) -2.343749999999999e-05
     W(317) W(477) -8.6805555555555846e-07
     W(317) W(487) 0.0002069444444444436
     W(317) W(497) 0.00039496527777777924
     W(317) W(507) 0.00023350694444444422
     W(317) W(517) 0.00018611111111111099
     W(317) W(527) 0.00017309027777777765
     W(317) W(537) 8.1770833333333218e-05
     W(317) W(547) -9.9652777777777622e-05
     W(317) W(557) -5.5555555555555753e-06
     W(317) W(577) -6.9444444444444634e-06
     W(317) W(587) -0.00014218749999999976
     W(317) W(597) -0.00013454861111111141
     W(317) W(607) 8.9930555555555703e-05
     W(317) W(617) -2.5000000000000025e-05
     W(317) W(627) -4.4791666666666565e-05
     W(317) W(637) -8.8541666666666029e-06
     W(318) W(318) 0.044625868055555566
     W(318) W(338) 7.1006944444444191e-05
     W(318) W(348) 0.00022378472222222195
     W(318) W(358) -0.00014513888888888901
     W(318) W(368) -0.00026666666666666652
     W(318) W(378) 0.00012690972222222213
     W(318) W(388) 0.00018541666666666636
     W(318) W(408) 5.17361111111109e-05
     W(318) W(418) 0.00038159722222222241
     W(318) W(428) 0.00018854166666666691
     W(318) W(438) 4.2187499999999968e-05
     W(318) W(448) 2.1701388888888913e-05
     W(318) W(458) 0.00017552083333333355
     W(318) W(468) -2.343749999999999e-05
     W(318) W(478) -8.6805555555555846e-07
     W(318) W(488) 0.0002069444444444436
     W(318) W(498) 0.00039496527777777924
     W(318) W(508) 0.00023350694444444422
     W(318) W(518) 0.00018611111111111099
     W(318) W(528) 0.00017309027777777765
     W(318) W(538) 8.1770833333333218e-05
     W(318) W(548) -9.9652777777777622e-05
     W(318) W(558) -5.5555555555555753e-06
     W(318) W(578) -6.9444444444444634e-06
     W(318) W(588) -0.00014218749999999976
     W(318) W(598) -0.00013454861111111141
     W(318) W(608) 8.9930555555555703e-05
     W(318) W(618) -2.5000000000000025e-05
     W(318) W(628) -4.4791666666666565e-05
     W(318) W(638) -8.8541666666666029e-06
     W(319) W(319) 0.044625868055555566
     W(319) W(339) 7.1006944444444191e-05
     W(319) W(349) 0.00022378472222222195
     W(319) W(359) -0.00014513888888888901
     W(319) W(369) -0.00026666666666666652
     W(319) W(379) 0.00012690972222222213
     W(319) W(389) 0.00018541666666666636
     W(319) W(409) 5.17361111111109e-05
     W(319) W(419) 0.00038159722222222241
     W(319) W(429) 0.00018854166666666691
     W(319) W(439) 4.2187499999999968e-05
     W(319) W(449) 2.1701388888888913e-05
     W(319) W(459) 0.00017552083333333355
     W(319) W(469) -2.343749999999999e-05
     W(319) W(479) -8.6805555555555846e-07
     W(319) W(489) 0.0002069444444444436
     W(319) W(499) 0.00039496527777777924
     W(319) W(509) 0.00023350694444444422
     W(319) W(519) 0.00018611111111111099
     W(319) W(529) 0.00017309027777777765
     W(319) W(539) 8.1770833333333218e-05
     W(319) W(549) -9.9652777777777622e-05
     W(319) W(559) -5.5555555555555753e-06
     W(319) W(579) -6.9444444444444634e-06
     W(319) W(589) -0.00014218749999999976
     W(319) W(599) -0.00013454861111111141
     W(319) W(609) 8.9930555555555703e-05
     W(319) W(619) -2.5000000000000025e-05
     W(319) W(629) -4.4791666666666565e-05
     W(319) W(639) -8.8541666666666029e-06
     W(320) W(320) 0.044600000000000008
     W(321) W(321) 0.044600000000000008
     W(322) W(322) 0.044600000000000008
     W(323) W(323) 0.044600000000000008
     W(324) W(324) 0.044600000000000008
     W(325) W(325) 0.044600000000000008
     W(326) W(326) 0.044600000000000008
     W(327) W(327) 0.044600000000000008
     W(328) W(328) 0.044600000000000008
     W(329) W(329) 0.044600000000000008
     W(330) W(330) 0.090063368055555537
     W(330) W(340) 0.055347048611111171
     W(330) W(350) -0.010768402777777774
     W(330) W(360) -0.010047916666666667
     W(330) W(370) 0.025489756944444459
     W(330) W(380) 0.019867708333333314
     W(330) W(400) 0.00014201388888888838
     W(330) W(410) 0.021478819444444432
     W(330) W(420) 0.040360416666666628
     W(330) W(430) 0.012406770833333329
     W(330) W(440) 0.0073480902777777798
     W(330) W(450) 0.017899479166666666
     W(330) W(460) 0.0009661458333333335
     W(330) W(470) -0.00029600694444444374
     W(330) W(480) 0.00056805555555555353
     W(330) W(490) -0.00091579861111111137
     W(330) W(500) -0.0037335069444444447
     W(330) W(510) -0.0058069444444444462
     W(330) W(520) 0.010846701388888883
     W(330) W(530) 0.0011130208333333281
     W(330) W(540) -0.010283680555555549
     W(330) W(550) 0.0002409722222222238
     W(330) W(570) -0.0022118055555555532
     W(330) W(580) -0.027834895833333331
     W(330) W(590) -0.0096050347222222266
     W(330) W(600) 0.0054319444444444493
     W(330) W(610) -0.01058229166666667
     W(330) W(620) -0.0074354166666666666
     W(330) W(630) -0.00072760416666666568
     W(331) W(331) 0.090063368055555537
     W(331) W(341) 0.055347048611111171
     W(331) W(351) -0.010768402777777774
     W(331) W(361) -0.010047916666666667
     W(331) W(371) 0.025489756944444459
     W(331) W(381) 0.019867708333333314
     W(331) W(401) 0.00014201388888888838
     W(331) W(411) 0.021478819444444432
     W(331) W(421) 0.040360416666666628
     W(331) W(431) 0.012406770833333329
     W(331) W(441) 0.0073480902777777798
     W(331) W(451) 0.017899479166666666
     W(331) W(461) 0.0009661458333333335
     W(331) W(471) -0.00029600694444444374
     W(331) W(481) 0.00056805555555555353
     W(331) W(491) -0.00091579861111111137
     W(331) W(501) -0.0037335069444444447
     W(331) W(511) -0.0058069444444444462
     W(331) W(521) 0.010846701388888883
     W(331) W(531) 0.0011130208333333281
     W(331) W(541) -0.010283680555555549
     W(331) W(551) 0.0002409722222222238
     W(331) W(571) -0.0022118055555555532
     W(331) W(581) -0.027834895833333331
     W(331) W(591) -0.0096050347222222266
     W(331) W(601) 0.0054319444444444493
     W(331) W(611) -0.01058229166666667
     W(331) W(621) -0.0074354166666666666
     W(331) W(631) -0.00072760416666666568
     W(332) W(332) 0.090063368055555537
     W(332) W(342) 0.055347048611111171
     W(332) W(352) -0.010768402777777774
     W(332) W(362) -0.010047916666666667
     W(332) W(372) 0.025489756944444459
     W(332) W(382) 0.019867708333333314
     W(332) W(402) 0.00014201388888888838
     W(332) W(412) 0.021478819444444432
     W(332) W(422) 0.040360416666666628
     W(332) W(432) 0.012406770833333329
     W(332) W(442) 0.0073480902777777798
     W(332) W(452) 0.017899479166666666
     W(332) W(462) 0.0009661458333333335
     W(332) W(472) -0.00029600694444444374
     W(332) W(482) 0.00056805555555555353
     W(332) W(492) -0.00091579861111111137
     W(332) W(502) -0.0037335069444444447
     W(332) W(512) -0.0058069444444444462
     W(332) W(522) 0.010846701388888883
     W(332) W(532) 0.0011130208333333281
     W(332) W(542) -0.010283680555555549
     W(332) W(552) 0.0002409722222222238
     W(332) W(572) -0.0022118055555555532
     W(332) W(582) -0.027834895833333331
     W(332) W(592) -0.0096050347222222266
     W(332) W(602) 0.0054319444444444493
     W(332) W(612) -0.01058229166666667
     W(332) W(622) -0.0074354166666666666
     W(332) W(632) -0.00072760416666666568
     W(333) W(333) 0.090063368055555537
     W(333) W(343) 0.055347048611111171
     W(333) W(353) -0.010768402777777774
     W(333) W(363) -0.010047916666666667
     W(333) W(373) 0.025489756944444459
     W(333) W(383) 0.019867708333333314
     W(333) W(403) 0.00014201388888888838
     W(333) W(413) 0.021478819444444432
     W(333) W(423) 0.040360416666666628
     W(333) W(433) 0.012406770833333329
     W(333) W(443) 0.0073480902777777798
     W(333) W(453) 0.017899479166666666
     W(333) W(463) 0.0009661458333333335
     W(333) W(473) -0.00029600694444444374
     W(333) W(483) 0.00056805555555555353
     W(333) W(493) -0.00091579861111111137
     W(333) W(503) -0.0037335069444444447
     W(333) W(513) -0.0058069444444444462
     W(333) W(523) 0.010846701388888883
     W(333) W(533) 0.0011130208333333281
     W(333) W(543) -0.010283680555555549
     W(333) W(553) 0.0002409722222222238
     W(333) W(573) -0.0022118055555555532
     W(333) W(583) -0.027834895833333331
     W(333) W(593) -0.0096050347222222266
     W(333) W(603) 0.0054319444444444493
     W(333) W(613) -0.01058229166666667
     W(333) W(623) -0.0074354166666666666
     W(333) W(633) -0.00072760416666666568
     W(334) W(334) 0.090063368055555537
     W(334) W(344) 0.055347048611111171
     W(334) W(354) -0.010768402777777774
     W(334) W(364) -0.010047916666666667
     W(334) W(374) 0.025489756944444459
     W(334) W(384) 0.019867708333333314
     W(334) W(404) 0.00014201388888888838
     W(334) W(414) 0.021478819444444432
     W(334) W(424) 0.040360416666666628
     W(334) W(434) 0.012406770833333329
     W(334) W(444) 0.0073480902777777798
     W(334) W(454) 0.017899479166666666
     W(334) W(464) 0.0009661458333333335
     W(334) W(474) -0.00029600694444444374
     W(334) W(484) 0.00056805555555555353
     W(334) W(494) -0.00091579861111111137
     W(334) W(504) -0.0037335069444444447
     W(334) W(514) -0.0058069444444444462
     W(334) W(524) 0.010846701388888883
     W(334) W(534) 0.0011130208333333281
     W(334) W(544) -0.010283680555555549
     W(334) W(554) 0.0002409722222222238
     W(334) W(574) -0.0022118055555555532
     W(334) W(584) -0.027834895833333331
     W(334) W(594) -0.0096050347222222266
     W(334) W(604) 0.0054319444444444493
     W(334) W(614) -0.01058229166666667
     W(334) W(624) -0.0074354166666666666
     W(334) W(634) -0.00072760416666666568
     W(335) W(335) 0.090063368055555537
     W(335) W(345) 0.055347048611111171
     W(335) W(355) -0.010768402777777774
     W(335) W(365) -0.010047916666666667
     W(335) W(375) 0.025489756944444459
     W(335) W(385) 0.019867708333333314
     W(335) W(405) 0.00014201388888888838
     W(335) W(415) 0.021478819444444432
     W(335) W(425) 0.040360416666666628
     W(335) W(435) 0.012406770833333329
     W(335) W(445) 0.0073480902777777798
     W(335) W(455) 0.017899479166666666
     W(335) W(465) 0.0009661458333333335
     W(335) W(475) -0.00029600694444444374
     W(335) W(485) 0.00056805555555555353
     W(335) W(495) -0.00091579861111111137
     W(335) W(505) -0.0037335069444444447
     W(335) W(515) -0.0058069444444444462
     W(335) W(525) 0.010846701388888883
     W(335) W(535) 0.0011130208333333281
     W(335) W(545) -0.010283680555555549
     W(335) W(555) 0.0002409722222222238
     W(335) W(575) -0.0022118055555555532
     W(335) W(585) -0.027834895833333331
     W(335) W(595) -0.0096050347222222266
     W(335) W(605) 0.0054319444444444493
     W(335) W(615) -0.01058229166666667
     W(335) W(625) -0.0074354166666666666
     W(335) W(635) -0.00072760416666666568
     W(336) W(336) 0.090063368055555537
     W(336) W(346) 0.055347048611111171
     W(336) W(356) -0.010768402777777774
     W(336) W(366) -0.010047916666666667
     W(336) W(376) 0.025489756944444459
     W(336) W(386) 0.019867708333333314
     W(336) W(406) 0.00014201388888888838
     W(336) W(416) 0.021478819444444432
     W(336) W(426) 0.040360416666666628
     W(336) W(436) 0.012406770833333329
     W(336) W(446) 0.0073480902777777798
     W(336) W(456) 0.017899479166666666
     W(336) W(466) 0.0009661458333333335
     W(336) W(476) -0.00029600694444444374
     W(336) W(486) 0.00056805555555555353
     W(336) W(496) -0.00091579861111111137
     W(336) W(506) -0.0037335069444444447
     W(336) W(516) -0.0058069444444444462
     W(336) W(526) 0.010846701388888883
     W(336) W(536) 0.0011130208333333281
     W(336) W(546) -0.010283680555555549
     W(336) W(556) 0.0002409722222222238
     W(336) W(576) -0.0022118055555555532
     W(336) W(586) -0.027834895833333331
     W(336) W(596) -0.0096050347222222266
     W(336) W(606) 0.0054319444444444493
     W(336) W(616) -0.01058229166666667
     W(336) W(626) -0.0074354166666666666
     W(336) W(636) -0.00072760416666666568
     W(337) W(337) 0.090063368055555537
     W(337) W(347) 0.055347048611111171
     W(337) W(357) -0.010768402777777774
     W(337) W(367) -0.010047916666666667
     W(337) W(377) 0.025489756944444459
     W(337) W(387) 0.019867708333333314
     W(337) W(407) 0.00014201388888888838
     W(337) W(417) 0.021478819444444432
     W(337) W(427) 0.040360416666666628
     W(337) W(437) 0.012406770833333329
     W(337) W(447) 0.0073480902777777798
     W(337) W(457) 0.017899479166666666
     W(337) W(467) 0.0009661458333333335
     W(337) W(477) -0.00029600694444444374
     W(337) W(487) 0.00056805555555555353
     W(337) W(497) -0.00091579861111111137
     W(337) W(507) -0.0037335069444444447
     W(337) W(517) -0.0058069444444444462
     W(337) W(527) 0.010846701388888883
     W(337) W(537) 0.0011130208333333281
     W(337) W(547) -0.010283680555555549
     W(337) W(557) 0.0002409722222222238
     W(337) W(577) -0.0022118055555555532
     W(337) W(587) -0.027834895833333331
     W(337) W(597) -0.0096050347222222266
     W(337) W(607) 0.0054319444444444493
     W(337) W(617) -0.01058229166666667
     W(337) W(627) -0.0074354166666666666
     W(337) W(637) -0.00072760416666666568
     W(338) W(338) 0.090063368055555537
     W(338) W(348) 0.055347048611111171
     W(338) W(358) -0.010768402777777774
     W(338) W(368) -0.010047916666666667
     W(338) W(378) 0.025489756944444459
     W(338) W(388) 0.019867708333333314
     W(338) W(408) 0.00014201388888888838
     W(338) W(418) 0.021478819444444432
     W(338) W(428) 0.040360416666666628
     W(338) W(438) 0.012406770833333329
     W(338) W(448) 0.0073480902777777798
     W(338) W(458) 0.017899479166666666
     W(338) W(468) 0.0009661458333333335
     W(338) W(478) -0.00029600694444444374
     W(338) W(488) 0.00056805555555555353
     W(338) W(498) -0.00091579861111111137
     W(338) W(508) -0.0037335069444444447
     W(338) W(518) -0.0058069444444444462
     W(338) W(528) 0.010846701388888883
     W(338) W(538) 0.0011130208333333281
     W(338) W(548) -0.010283680555555549
     W(338) W(558) 0.0002409722222222238
     W(338) W(578) -0.0022118055555555532
     W(338) W(588) -0.027834895833333331
     W(338) W(598) -0.0096050347222222266
     W(338) W(608) 0.0054319444444444493
     W(338) W(618) -0.01058229166666667
     W(338) W(628) -0.0074354166666666666
     W(338) W(638) -0.00072760416666666568
     W(339) W(339) 0.090063368055555537
     W(339) W(349) 0.055347048611111171
     W(339) W(359) -0.010768402777777774
     W(339) W(369) -0.010047916666666667
     W(339) W(379) 0.025489756944444459
     W(339) W(389) 0.019867708333333314
     W(339) W(409) 0.00014201388888888838
     W(339) W(419) 0.021478819444444432
     W(339) W(429) 0.040360416666666628
     W(339) W(439) 0.012406770833333329
     W(339) W(449) 0.0073480902777777798
     W(339) W(459) 0.017899479166666666
     W(339) W(469) 0.0009661458333333335
     W(339) W(479) -0.00029600694444444374
     W(339) W(489) 0.00056805555555555353
     W(339) W(499) -0.00091579861111111137
     W(339) W(509) -0.0037335069444444447
     W(339) W(519) -0.0058069444444444462
     W(339) W(529) 0.010846701388888883
     W(339) W(539) 0.0011130208333333281
     W(339) W(549) -0.010283680555555549
     W(339) W(559) 0.0002409722222222238
     W(339) W(579) -0.0022118055555555532
     W(339) W(589) -0.027834895833333331
     W(339) W(599) -0.0096050347222222266
     W(339) W(609) 0.0054319444444444493
     W(339) W(619) -0.01058229166666667
     W(339) W(629) -0.0074354166666666666
     W(339) W(639) -0.00072760416666666568
     W(340) W(340) 0.2009592013888887
     W(340) W(350) 0.046302777777777783
     W(340) W(360) -0.0069437499999999951
     W(340) W(370) 0.037142534722222204
     W(340) W(380) 0.023315625
     W(340) W(400) 0.0004475694444444439
     W(340) W(410) 0.026037847222222223
     W(340) W(420) 0.088844791666666673
     W(340) W(430) 0.037938020833333329
     W(340) W(440) 0.011271701388888887
     W(340) W(450) 0.027711979166666657
     W(340) W(460) 0.0088046875000000087
     W(340) W(470) -0.00059982638888888878
     W(340) W(480) 0.0017902777777777756
     W(340) W(490) -0.0014019097222222228
     W(340) W(500) -0.0060425347222222269
     W(340) W(510) -0.0015378472222222132
     W(340) W(520) 0.0043605902777777792
     W(340) W(530) -0.0043869791666666684
     W(340) W(540) -0.007276736111111114
     W(340) W(550) 0.00072881944444444437
     W(340) W(570) -0.0037309027777777805
     W(340) W(580) -0.051199479166666645
     W(340) W(590) -0.025342881944444458
     W(340) W(600) -0.0039673611111111055
     W(340) W(610) -0.026160416666666658
     W(340) W(620) -0.014607291666666666
     W(340) W(630) -0.0046286458333333301
     W(341) W(341) 0.2009592013888887
     W(341) W(351) 0.046302777777777783
     W(341) W(361) -0.0069437499999999951
     W(341) W(371) 0.037142534722222204
     W(341) W(381) 0.023315625
     W(341) W(401) 0.0004475694444444439
     W(341) W(411) 0.026037847222222223
     W(341) W(421) 0.088844791666666673
     W(341) W(431) 0.037938020833333329
     W(341) W(441) 0.011271701388888887
     W(341) W(451) 0.027711979166666657
     W(341) W(461) 0.0088046875000000087
     W(341) W(471) -0.00059982638888888878
     W(341) W(481) 0.0017902777777777756
     W(341) W(491) -0.0014019097222222228
     W(341) W(501) -0.0060425347222222269
     W(341) W(511) -0.0015378472222222132
     W(341) W(521) 0.0043605902777777792
     W(341) W(531) -0.0043869791666666684
     W(341) W(541) -0.007276736111111114
     W(341) W(551) 0.00072881944444444437
     W(341) W(571) -0.0037309027777777805
     W(341) W(581) -0.051199479166666645
     W(341) W(591) -0.025342881944444458
     W(341) W(601) -0.0039673611111111055
     W(341) W(611) -0.026160416666666658
     W(341) W(621) -0.014607291666666666
     W(341) W(631) -0.0046286458333333301
     W(342) W(342) 0.2009592013888887
     W(342) W(352) 0.046302777777777783
     W(342) W(362) -0.0069437499999999951
     W(342) W(372) 0.037142534722222204
     W(342) W(382) 0.023315625
     W(342) W(402) 0.0004475694444444439
     W(342) W(412) 0.026037847222222223
     W(342) W(422) 0.088844791666666673
     W(342) W(432) 0.037938020833333329
     W(342) W(442) 0.011271701388888887
     W(342) W(452) 0.027711979166666657
     W(342) W(462) 0.0088046875000000087
     W(342) W(472) -0.00059982638888888878
     W(342) W(482) 0.0017902777777777756
     W(342) W(492) -0.0014019097222222228
     W(342) W(502) -0.0060425347222222269
     W(342) W(512) -0.0015378472222222132
     W(342) W(522) 0.0043605902777777792
     W(342) W(532) -0.0043869791666666684
     W(342) W(542) -0.007276736111111114
     W(342) W(552) 0.00072881944444444437
     W(342) W(572) -0.0037309027777777805
     W(342) W(582) -0.051199479166666645
     W(342) W(592) -0.025342881944444458
     W(342) W(602) -0.0039673611111111055
     W(342) W(612) -0.026160416666666658
     W(342) W(622) -0.014607291666666666
     W(342) W(632) -0.0046286458333333301
     W(343) W(343) 0.2009592013888887
     W(343) W(353) 0.046302777777777783
     W(343) W(363) -0.0069437499999999951
     W(343) W(373) 0.037142534722222204
     W(343) W(383) 0.023315625
     W(343) W(403) 0.0004475694444444439
     W(343) W(413) 0.026037847222222223
     W(343) W(423) 0.088844791666666673
     W(343) W(433) 0.037938020833333329
     W(343) W(443) 0.011271701388888887
     W(343) W(453) 0.027711979166666657
     W(343) W(463) 0.0088046875000000087
     W(343) W(473) -0.00059982638888888878
     W(343) W(483) 0.0017902777777777756
     W(343) W(493) -0.0014019097222222228
     W(343) W(503) -0.0060425347222222269
     W(343) W(513) -0.0015378472222222132
     W(343) W(523) 0.0043605902777777792
     W(343) W(533) -0.0043869791666666684
     W(343) W(543) -0.007276736111111114
     W(343) W(553) 0.00072881944444444437
     W(343) W(573) -0.0037309027777777805
     W(343) W(583) -0.051199479166666645
     W(343) W(593) -0.025342881944444458
     W(343) W(603) -0.0039673611111111055
     W(343) W(613) -0.026160416666666658
     W(343) W(623) -0.014607291666666666
     W(343) W(633) -0.0046286458333333301
     W(344) W(344) 0.2009592013888887
     W(344) W(354) 0.046302777777777783
     W(344) W(364) -0.0069437499999999951
     W(344) W(374) 0.037142534722222204
     W(344) W(384) 0.023315625
     W(344) W(404) 0.0004475694444444439
     W(344) W(414) 0.026037847222222223
     W(344) W(424) 0.088844791666666673
     W(344) W(434) 0.037938020833333329
     W(344) W(444) 0.011271701388888887
     W(344) W(454) 0.027711979166666657
     W(344) W(464) 0.0088046875000000087
     W(344) W(474) -0.00059982638888888878
     W(344) W(484) 0.0017902777777777756
     W(344) W(494) -0.0014019097222222228
     W(344) W(504) -0.0060425347222222269
     W(344) W(514) -0.0015378472222222132
     W(344) W(524) 0.0043605902777777792
     W(344) W(534) -0.0043869791666666684
     W(344) W(544) -0.007276736111111114
     W(344) W(554) 0.00072881944444444437
     W(344) W(574) -0.0037309027777777805
     W(344) W(584) -0.051199479166666645
     W(344) W(594) -0.025342881944444458
     W(344) W(604) -0.0039673611111111055
     W(344) W(614) -0.026160416666666658
     W(344) W(624) -0.014607291666666666
     W(344) W(634) -0.0046286458333333301
     W(345) W(345) 0.2009592013888887
     W(345) W(355) 0.046302777777777783
     W(345) W(365) -0.0069437499999999951
     W(345) W(375) 0.037142534722222204
     W(345) W(385) 0.023315625
     W(345) W(405) 0.0004475694444444439
     W(345) W(415) 0.026037847222222223
     W(345) W(425) 0.088844791666666673
     W(345) W(435) 0.037938020833333329
     W(345) W(445) 0.011271701388888887
     W(345) W(455) 0.027711979166666657
     W(345) W(465) 0.0088046875000000087
     W(345) W(475) -0.00059982638888888878
     W(345) W(485) 0.0017902777777777756
     W(345) W(495) -0.0014019097222222228
     W(345) W(505) -0.0060425347222222269
     W(345) W(515) -0.0015378472222222132
     W(345) W(525) 0.0043605902777777792
     W(345) W(535) -0.0043869791666666684
     W(345) W(545) -0.007276736111111114
     W(345) W(555) 0.00072881944444444437
     W(345) W(575) -0.0037309027777777805
     W(345) W(585) -0.051199479166666645
     W(345) W(595) -0.025342881944444458
     W(345) W(605) -0.0039673611111111055
     W(345) W(615) -0.026160416666666658
     W(345) W(625) -0.014607291666666666
     W(345) W(635) -0.0046286458333333301
     W(346) W(346) 0.2009592013888887
     W(346) W(356) 0.046302777777777783
     W(346) W(366) -0.0069437499999999951
     W(346) W(376) 0.037142534722222204
     W(346) W(386) 0.023315625
     W(346) W(406) 0.0004475694444444439
     W(346) W(416) 0.026037847222222223
     W(346) W(426) 0.088844791666666673
     W(346) W(436) 0.037938020833333329
     W(346) W(446) 0.011271701388888887
     W(346) W(456) 0.027711979166666657
     W(346) W(466) 0.0088046875000000087
     W(346) W(476) -0.00059982638888888878
     W(346) W(486) 0.0017902777777777756
     W(346) W(496) -0.0014019097222222228
     W(346) W(506) -0.0060425347222222269
     W(346) W(516) -0.0015378472222222132
     W(346) W(526) 0.0043605902777777792
     W(346) W(536) -0.0043869791666666684
     W(346) W(546) -0.007276736111111114
     W(346) W(556) 0.00072881944444444437
     W(346) W(576) -0.0037309027777777805
     W(346) W(586) -0.051199479166666645
     W(346) W(596) -0.025342881944444458
     W(346) W(606) -0.0039673611111111055
     W(346) W(616) -0.026160416666666658
     W(346) W(626) -0.014607291666666666
     W(346) W(636) -0.0046286458333333301
     W(347) W(347) 0.2009592013888887
     W(347) W(357) 0.046302777777777783
     W(347) W(367) -0.0069437499999999951
     W(347) W(377) 0.037142534722222204
     W(347) W(387) 0.023315625
     W(347) W(407) 0.0004475694444444439
     W(347) W(417) 0.026037847222222223
     W(347) W(427) 0.088844791666666673
     W(347) W(437) 0.037938020833333329
     W(347) W(447) 0.011271701388888887
     W(347) W(457) 0.027711979166666657
     W(347) W(467) 0.0088046875000000087
     W(347) W(477) -0.00059982638888888878
     W(347) W(487) 0.0017902777777777756
     W(347) W(497) -0.0014019097222222228
     W(347) W(507) -0.0060425347222222269
     W(347) W(517) -0.0015378472222222132
     W(347) W(527) 0.0043605902777777792
     W(347) W(537) -0.0043869791666666684
     W(347) W(547) -0.007276736111111114
     W(347) W(557) 0.00072881944444444437
     W(347) W(577) -0.0037309027777777805
     W(347) W(587) -0.051199479166666645
     W(347) W(597) -0.025342881944444458
     W(347) W(607) -0.0039673611111111055
     W(347) W(617) -0.026160416666666658
     W(347) W(627) -0.014607291666666666
     W(347) W(637) -0.0046286458333333301
     W(348) W(348) 0.2009592013888887
     W(348) W(358) 0.046302777777777783
     W(348) W(368) -0.0069437499999999951
     W(348) W(378) 0.037142534722222204
     W(348) W(388) 0.023315625
     W(348) W(408) 0.0004475694444444439
     W(348) W(418) 0.026037847222222223
     W(348) W(428) 0.088844791666666673
     W(348) W(438) 0.037938020833333329
     W(348) W(448) 0.011271701388888887
     W(348) W(458) 0.027711979166666657
     W(348) W(468) 0.0088046875000000087
     W(348) W(478) -0.00059982638888888878
     W(348) W(488) 0.0017902777777777756
     W(348) W(498) -0.0014019097222222228
     W(348) W(508) -0.0060425347222222269
     W(348) W(518) -0.0015378472222222132
     W(348) W(528) 0.0043605902777777792
     W(348) W(538) -0.0043869791666666684
     W(348) W(548) -0.007276736111111114
     W(348) W(558) 0.00072881944444444437
     W(348) W(578) -0.0037309027777777805
     W(348) W(588) -0.051199479166666645
     W(348) W(598) -0.025342881944444458
     W(348) W(608) -0.0039673611111111055
     W(348) W(618) -0.026160416666666658
     W(348) W(628) -0.014607291666666666
     W(348) W(638) -0.0046286458333333301
     W(349) W(349) 0.2009592013888887
     W(349) W(359) 0.046302777777777783
     W(349) W(369) -0.0069437499999999951
     W(349) W(379) 0.037142534722222204
     W(349) W(389) 0.023315625
     W(349) W(409) 0.0004475694444444439
     W(349) W(419) 0.026037847222222223
     W(349) W(429) 0.088844791666666673
     W(349) W(439) 0.037938020833333329
     W(349) W(449) 0.011271701388888887
     W(349) W(459) 0.027711979166666657
     W(349) W(469) 0.0088046875000000087
     W(349) W(479) -0.00059982638888888878
     W(349) W(489) 0.0017902777777777756
     W(349) W(499) -0.0014019097222222228
     W(349) W(509) -0.0060425347222222269
     W(349) W(519) -0.0015378472222222132
     W(349) W(529) 0.0043605902777777792
     W(349) W(539) -0.0043869791666666684
     W(349) W(549) -0.007276736111111114
     W(349) W(559) 0.00072881944444444437
     W(349) W(579) -0.0037309027777777805
     W(349) W(589) -0.051199479166666645
     W(349) W(599) -0.025342881944444458
     W(349) W(609) -0.0039673611111111055
     W(349) W(619) -0.026160416666666658
     W(349) W(629) -0.014607291666666666
     W(349) W(639) -0.0046286458333333301
     W(350) W(350) 0.18899305555555568
     W(350) W(360) 0.070347916666666677
     W(350) W(370) -0.035752430555555569
     W(350) W(380) -0.030746874999999996
     W(350) W(400) -0.00029027777777777803
     W(350) W(410) -0.015021180555555545
     W(350) W(420) 0.01069375
     W(350) W(430) 0.072300000000000017
     W(350) W(440) 0.037178819444444455
     W(350) W(450) -0.035113541666666685
     W(350) W(460) -0.023578124999999985
     W(350) W(470) -0.00062152777777777705
     W(350) W(480) -0.0011611111111111121
     W(350) W(490) -0.0027777777777777748
     W(350) W(500) -0.01866840277777778
     W(350) W(510) 0.020562847222222232
     W(350) W(520) 0.0017086805555555536
     W(350) W(530) -0.040910416666666685
     W(350) W(540) -0.010757638888888888
     W(350) W(550) -0.00016527777777777811
     W(350) W(570) 0.0030225694444444458
     W(350) W(580) 0.00040208333333333264
     W(350) W(590) -0.002664930555555558
     W(350) W(600) -0.032161805555555548
     W(350) W(610) -0.033738541666666663
     W(350) W(620) -0.0088000000000000023
     W(350) W(630) -0.0032614583333333328
     W(351) W(351) 0.18899305555555568
     W(351) W(361) 0.070347916666666677
     W(351) W(371) -0.035752430555555569
     W(351) W(381) -0.030746874999999996
     W(351) W(401) -0.00029027777777777803
     W(351) W(411) -0.015021180555555545
     W(351) W(421) 0.01069375
     W(351) W(431) 0.072300000000000017
     W(351) W(441) 0.037178819444444455
     W(351) W(451) -0.035113541666666685
     W(351) W(461) -0.023578124999999985
     W(351) W(471) -0.00062152777777777705
     W(351) W(481) -0.0011611111111111121
     W(351) W(491) -0.0027777777777777748
     W(351) W(501) -0.01866840277777778
     W(351) W(511) 0.020562847222222232
     W(351) W(521) 0.0017086805555555536
     W(351) W(531) -0.040910416666666685
     W(351) W(541) -0.010757638888888888
     W(351) W(551) -0.00016527777777777811
     W(351) W(571) 0.0030225694444444458
     W(351) W(581) 0.00040208333333333264
     W(351) W(591) -0.002664930555555558
     W(351) W(601) -0.032161805555555548
     W(351) W(611) -0.033738541666666663
     W(351) W(621) -0.0088000000000000023
     W(351) W(631) -0.0032614583333333328
     W(352) W(352) 0.18899305555555568
     W(352) W(362) 0.070347916666666677
     W(352) W(372) -0.035752430555555569
     W(352) W(382) -0.030746874999999996
     W(352) W(402) -0.00029027777777777803
     W(352) W(412) -0.015021180555555545
     W(352) W(422) 0.01069375
     W(352) W(432) 0.072300000000000017
     W(352) W(442) 0.037178819444444455
     W(352) W(452) -0.035113541666666685
     W(352) W(462) -0.023578124999999985
     W(352) W(472) -0.00062152777777777705
     W(352) W(482) -0.0011611111111111121
     W(352) W(492) -0.0027777777777777748
     W(352) W(502) -0.01866840277777778
     W(352) W(512) 0.020562847222222232
     W(352) W(522) 0.0017086805555555536
     W(352) W(532) -0.040910416666666685
     W(352) W(542) -0.010757638888888888
     W(352) W(552) -0.00016527777777777811
     W(352) W(572) 0.0030225694444444458
     W(352) W(582) 0.00040208333333333264
     W(352) W(592) -0.002664930555555558
     W(352) W(602) -0.032161805555555548
     W(352) W(612) -0.033738541666666663
     W(352) W(622) -0.0088000000000000023
     W(352) W(632) -0.0032614583333333328
     W(353) W(353) 0.18899305555555568
     W(353) W(363) 0.070347916666666677
     W(353) W(373) -0.035752430555555569
     W(353) W(383) -0.030746874999999996
     W(353) W(403) -0.00029027777777777803
     W(353) W(413) -0.015021180555555545
     W(353) W(423) 0.01069375
     W(353) W(433) 0.072300000000000017
     W(353) W(443) 0.037178819444444455
     W(353) W(453) -0.035113541666666685
     W(353) W(463) -0.023578124999999985
     W(353) W(473) -0.00062152777777777705
     W(353) W(483) -0.0011611111111111121
     W(353) W(493) -0.0027777777777777748
     W(353) W(503) -0.01866840277777778
     W(353) W(513) 0.020562847222222232
     W(353) W(523) 0.0017086805555555536
     W(353) W(533) -0.040910416666666685
     W(353) W(543) -0.010757638888888888
     W(353) W(553) -0.00016527777777777811
     W(353) W(573) 0.0030225694444444458
     W(353) W(583) 0.00040208333333333264
     W(353) W(593) -0.002664930555555558
     W(353) W(603) -0.032161805555555548
     W(353) W(613) -0.033738541666666663
     W(353) W(623) -0.0088000000000000023
     W(353) W(633) -0.0032614583333333328
     W(354) W(354) 0.18899305555555568
     W(354) W(364) 0.070347916666666677
     W(354) W(374) -0.035752430555555569
     W(354) W(384) -0.030746874999999996
     W(354) W(404) -0.00029027777777777803
     W(354) W(414) -0.015021180555555545
     W(354) W(424) 0.01069375
     W(354) W(434) 0.072300000000000017
     W(354) W(444) 0.037178819444444455
     W(354) W(454) -0.035113541666666685
     W(354) W(464) -0.023578124999999985
     W(354) W(474) -0.00062152777777777705
     W(354) W(484) -0.0011611111111111121
     W(354) W(494) -0.0027777777777777748
     W(354) W(504) -0.01866840277777778
     W(354) W(514) 0.020562847222222232
     W(354) W(524) 0.0017086805555555536
     W(354) W(534) -0.040910416666666685
     W(354) W(544) -0.010757638888888888
     W(354) W(554) -0.00016527777777777811
     W(354) W(574) 0.0030225694444444458
     W(354) W(584) 0.00040208333333333264
     W(354) W(594) -0.002664930555555558
     W(354) W(604) -0.032161805555555548
     W(354) W(614) -0.033738541666666663
     W(354) W(624) -0.0088000000000000023
     W(354) W(634) -0.0032614583333333328
     W(355) W(355) 0.18899305555555568
     W(355) W(365) 0.070347916666666677
     W(355) W(375) -0.035752430555555569
     W(355) W(385) -0.030746874999999996
     W(355) W(405) -0.00029027777777777803
     W(355) W(415) -0.015021180555555545
     W(355) W(425) 0.01069375
     W(355) W(435) 0.072300000000000017
     W(355) W(445) 0.037178819444444455
     W(355) W(455) -0.035113541666666685
     W(355) W(465) -0.023578124999999985
     W(355) W(475) -0.00062152777777777705
     W(355) W(485) -0.0011611111111111121
     W(355) W(495) -0.0027777777777777748
     W(355) W(505) -0.01866840277777778
     W(355) W(515) 0.020562847222222232
     W(355) W(525) 0.0017086805555555536
     W(355) W(535) -0.040910416666666685
     W(355) W(545) -0.010757638888888888
     W(355) W(555) -0.00016527777777777811
     W(355) W(575) 0.0030225694444444458
     W(355) W(585) 0.00040208333333333264
     W(355) W(595) -0.002664930555555558
     W(355) W(605) -0.032161805555555548
     W(355) W(615) -0.033738541666666663
     W(355) W(625) -0.0088000000000000023
     W(355) W(635) -0.0032614583333333328
     W(356) W(356) 0.18899305555555568
     W(356) W(366) 0.070347916666666677
     W(356) W(376) -0.035752430555555569
     W(356) W(386) -0.030746874999999996
     W(356) W(406) -0.00029027777777777803
     W(356) W(416) -0.015021180555555545
     W(356) W(426) 0.01069375
     W(356) W(436) 0.072300000000000017
     W(356) W(446) 0.037178819444444455
     W(356) W(456) -0.035113541666666685
     W(356) W(466) -0.023578124999999985
     W(356) W(476) -0.00062152777777777705
     W(356) W(486) -0.0011611111111111121
     W(356) W(496) -0.0027777777777777748
     W(356) W(506) -0.01866840277777778
     W(356) W(516) 0.020562847222222232
     W(356) W(526) 0.0017086805555555536
     W(356) W(536) -0.040910416666666685
     W(356) W(546) -0.010757638888888888
     W(356) W(556) -0.00016527777777777811
     W(356) W(576) 0.0030225694444444458
     W(356) W(586) 0.00040208333333333264
     W(356) W(596) -0.002664930555555558
     W(356) W(606) -0.032161805555555548
     W(356) W(616) -0.033738541666666663
     W(356) W(626) -0.0088000000000000023
     W(356) W(636) -0.0032614583333333328
     W(357) W(357) 0.18899305555555568
     W(357) W(367) 0.070347916666666677
     W(357) W(377) -0.035752430555555569
     W(357) W(387) -0.030746874999999996
     W(357) W(407) -0.00029027777777777803
     W(357) W(417) -0.015021180555555545
     W(357) W(427) 0.01069375
     W(357) W(437) 0.072300000000000017
     W(357) W(447) 0.037178819444444455
     W(357) W(457) -0.035113541666666685
     W(357) W(467) -0.023578124999999985
     W(357) W(477) -0.00062152777777777705
     W(357) W(487) -0.0011611111111111121
     W(357) W(497) -0.0027777777777777748
     W(357) W(507) -0.01866840277777778
     W(357) W(517) 0.020562847222222232
     W(357) W(527) 0.0017086805555555536
     W(357) W(537) -0.040910416666666685
     W(357) W(547) -0.010757638888888888
     W(357) W(557) -0.00016527777777777811
     W(357) W(577) 0.0030225694444444458
     W(357) W(587) 0.00040208333333333264
     W(357) W(597) -0.002664930555555558
     W(357) W(607) -0.032161805555555548
     W(357) W(617) -0.033738541666666663
     W(357) W(627) -0.0088000000000000023
     W(357) W(637) -0.0032614583333333328
     W(358) W(358) 0.18899305555555568
     W(358) W(368) 0.070347916666666677
     W(358) W(378) -0.035752430555555569
     W(358) W(388) -0.030746874999999996
     W(358) W(408) -0.00029027777777777803
     W(358) W(418) -0.015021180555555545
     W(358) W(428) 0.01069375
     W(358) W(438) 0.072300000000000017
     W(358) W(448) 0.037178819444444455
     W(358) W(458) -0.035113541666666685
     W(358) W(468) -0.023578124999999985
     W(358) W(478) -0.00062152777777777705
     W(358) W(488) -0.0011611111111111121
     W(358) W(498) -0.0027777777777777748
     W(358) W(508) -0.01866840277777778
     W(358) W(518) 0.020562847222222232
     W(358) W(528) 0.0017086805555555536
     W(358) W(538) -0.040910416666666685
     W(358) W(548) -0.010757638888888888
     W(358) W(558) -0.00016527777777777811
     W(358) W(578) 0.0030225694444444458
     W(358) W(588) 0.00040208333333333264
     W(358) W(598) -0.002664930555555558
     W(358) W(608) -0.032161805555555548
     W(358) W(618) -0.033738541666666663
     W(358) W(628) -0.0088000000000000023
     W(358) W(638) -0.0032614583333333328
     W(359) W(359) 0.18899305555555568
     W(359) W(369) 0.070347916666666677
     W(359) W(379) -0.035752430555555569
     W(359) W(389) -0.030746874999999996
     W(359) W(409) -0.00029027777777777803
     W(359) W(419) -0.015021180555555545
     W(359) W(429) 0.01069375
     W(359) W(439) 0.072300000000000017
     W(359) W(449) 0.037178819444444455
     W(359) W(459) -0.035113541666666685
     W(359) W(469) -0.023578124999999985
     W(359) W(479) -0.00062152777777777705
     W(359) W(489) -0.0011611111111111121
     W(359) W(499) -0.0027777777777777748
     W(359) W(509) -0.01866840277777778
     W(359) W(519) 0.020562847222222232
     W(359) W(529) 0.0017086805555555536
     W(359) W(539) -0.040910416666666685
     W(359) W(549) -0.010757638888888888
     W(359) W(559) -0.00016527777777777811
     W(359) W(579) 0.0030225694444444458
     W(359) W(589) 0.00040208333333333264
     W(359) W(599) -0.002664930555555558
     W(359) W(609) -0.032161805555555548
     W(359) W(619) -0.033738541666666663
     W(359) W(629) -0.0088000000000000023
     W(359) W(639) -0.0032614583333333328
     W(360) W(360) 0.18083333333333329
     W(360) W(370) -0.0062645833333333381
     W(360) W(380) -0.039574999999999999
     W(360) W(400) -0.00053333333333333303
     W(360) W(410) -0.017278125000000005
     W(360) W(420) -0.032301041666666676
     W(360) W(430) 0.038159375000000002
     W(360) W(440) 0.079687500000000036
     W(360) W(450) -0.019358333333333332
     W(360) W(460) -0.033421875000000018
     W(360) W(470) -0.00050000000000000023
     W(360) W(480) -0.0021333333333333321
     W(360) W(490) -0.01151041666666666
     W(360) W(500) -0.044432291666666693
     W(360) W(510) 0.0067000000000000054
     W(360) W(520) 0.023210416666666685
     W(360) W(530) -0.038774999999999997
     W(360) W(540) -0.0095770833333333333
     W(360) W(550) 0.00058124999999999681
     W(360) W(570) -0.0033489583333333331
     W(360) W(580) -0.0049624999999999999
     W(360) W(590) 0.0056249999999999989
     W(360) W(600) -0.013194791666666648
     W(360) W(610) -0.014051041666666668
     W(360) W(620) 0.0056270833333333364
     W(360) W(630) 0.0055406250000000004
     W(361) W(361) 0.18083333333333329
     W(361) W(371) -0.0062645833333333381
     W(361) W(381) -0.039574999999999999
     W(361) W(401) -0.00053333333333333303
     W(361) W(411) -0.017278125000000005
     W(361) W(421) -0.032301041666666676
     W(361) W(431) 0.038159375000000002
     W(361) W(441) 0.079687500000000036
     W(361) W(451) -0.019358333333333332
     W(361) W(461) -0.033421875000000018
     W(361) W(471) -0.00050000000000000023
     W(361) W(481) -0.0021333333333333321
     W(361) W(491) -0.01151041666666666
     W(361) W(501) -0.044432291666666693
     W(361) W(511) 0.0067000000000000054
     W(361) W(521) 0.023210416666666685
     W(361) W(531) -0.038774999999999997
     W(361) W(541) -0.0095770833333333333
     W(361) W(551) 0.00058124999999999681
     W(361) W(571) -0.0033489583333333331
     W(361) W(581) -0.0049624999999999999
     W(361) W(591) 0.0056249999999999989
     W(361) W(601) -0.013194791666666648
     W(361) W(611) -0.014051041666666668
     W(361) W(621) 0.0056270833333333364
     W(361) W(631) 0.0055406250000000004
     W(362) W(362) 0.18083333333333329
     W(362) W(372) -0.0062645833333333381
     W(362) W(382) -0.039574999999999999
     W(362) W(402) -0.00053333333333333303
     W(362) W(412) -0.017278125000000005
     W(362) W(422) -0.032301041666666676
     W(362) W(432) 0.038159375000000002
     W(362) W(442) 0.079687500000000036
     W(362) W(452) -0.019358333333333332
     W(362) W(462) -0.033421875000000018
     W(362) W(472) -0.00050000000000000023
     W(362) W(482) -0.0021333333333333321
     W(362) W(492) -0.01151041666666666
     W(362) W(502) -0.044432291666666693
     W(362) W(512) 0.0067000000000000054
     W(362) W(522) 0.023210416666666685
     W(362) W(532) -0.038774999999999997
     W(362) W(542) -0.0095770833333333333
     W(362) W(552) 0.00058124999999999681
     W(362) W(572) -0.0033489583333333331
     W(362) W(582) -0.0049624999999999999
     W(362) W(592) 0.0056249999999999989
     W(362) W(602) -0.013194791666666648
     W(362) W(612) -0.014051041666666668
     W(362) W(622) 0.0056270833333333364
     W(362) W(632) 0.0055406250000000004
     W(363) W(363) 0.18083333333333329
     W(363) W(373) -0.0062645833333333381
     W(363) W(383) -0.039574999999999999
     W(363) W(403) -0.00053333333333333303
     W(363) W(413) -0.017278125000000005
     W(363) W(423) -0.032301041666666676
     W(363) W(433) 0.038159375000000002
     W(363) W(443) 0.079687500000000036
     W(363) W(453) -0.019358333333333332
     W(363) W(463) -0.033421875000000018
     W(363) W(473) -0.00050000000000000023
     W(363) W(483) -0.0021333333333333321
     W(363) W(493) -0.01151041666666666
     W(363) W(503) -0.044432291666666693
     W(363) W(513) 0.0067000000000000054
     W(363) W(523) 0.023210416666666685
     W(363) W(533) -0.038774999999999997
     W(363) W(543) -0.0095770833333333333
     W(363) W(553) 0.00058124999999999681
     W(363) W(573) -0.0033489583333333331
     W(363) W(583) -0.0049624999999999999
     W(363) W(593) 0.0056249999999999989
     W(363) W(603) -0.013194791666666648
     W(363) W(613) -0.014051041666666668
     W(363) W(623) 0.0056270833333333364
     W(363) W(633) 0.0055406250000000004
     W(364) W(364) 0.18083333333333329
     W(364) W(374) -0.0062645833333333381
     W(364) W(384) -0.039574999999999999
     W(364) W(404) -0.00053333333333333303
     W(364) W(414) -0.017278125000000005
     W(364) W(424) -0.032301041666666676
     W(364) W(434) 0.038159375000000002
     W(364) W(444) 0.079687500000000036
     W(364) W(454) -0.019358333333333332
     W(364) W(464) -0.033421875000000018
     W(364) W(474) -0.00050000000000000023
     W(364) W(484) -0.0021333333333333321
     W(364) W(494) -0.01151041666666666
     W(364) W(504) -0.044432291666666693
     W(364) W(514) 0.0067000000000000054
     W(364) W(524) 0.023210416666666685
     W(364) W(534) -0.038774999999999997
     W(364) W(544) -0.0095770833333333333
     W(364) W(554) 0.00058124999999999681
     W(364) W(574) -0.0033489583333333331
     W(364) W(584) -0.0049624999999999999
     W(364) W(594) 0.0056249999999999989
     W(364) W(604) -0.013194791666666648
     W(364) W(614) -0.014051041666666668
     W(364) W(624) 0.0056270833333333364
     W(364) W(634) 0.0055406250000000004
     W(365) W(365) 0.18083333333333329
     W(365) W(375) -0.0062645833333333381
     W(365) W(385) -0.039574999999999999
     W(365) W(405) -0.00053333333333333303
     W(365) W(415) -0.017278125000000005
     W(365) W(425) -0.032301041666666676
     W(365) W(435) 0.038159375000000002
     W(365) W(445) 0.079687500000000036
     W(365) W(455) -0.019358333333333332
     W(365) W(465) -0.033421875000000018
     W(365) W(475) -0.00050000000000000023
     W(365) W(485) -0.0021333333333333321
     W(365) W(495) -0.01151041666666666
     W(365) W(505) -0.044432291666666693
     W(365) W(515) 0.0067000000000000054
     W(365) W(525) 0.023210416666666685
     W(365) W(535) -0.038774999999999997
     W(365) W(545) -0.0095770833333333333
     W(365) W(555) 0.00058124999999999681
     W(365) W(575) -0.0033489583333333331
     W(365) W(585) -0.0049624999999999999
     W(365) W(595) 0.0056249999999999989
     W(365) W(605) -0.013194791666666648
     W(365) W(615) -0.014051041666666668
     W(365) W(625) 0.0056270833333333364
     W(365) W(635) 0.0055406250000000004
     W(366) W(366) 0.18083333333333329
     W(366) W(376) -0.0062645833333333381
     W(366) W(386) -0.039574999999999999
     W(366) W(406) -0.00053333333333333303
     W(366) W(416) -0.017278125000000005
     W(366) W(426) -0.032301041666666676
     W(366) W(436) 0.038159375000000002
     W(366) W(446) 0.079687500000000036
     W(366) W(456) -0.019358333333333332
     W(366) W(466) -0.033421875000000018
     W(366) W(476) -0.00050000000000000023
     W(366) W(486) -0.0021333333333333321
     W(366) W(496) -0.01151041666666666
     W(366) W(506) -0.044432291666666693
     W(366) W(516) 0.0067000000000000054
     W(366) W(526) 0.023210416666666685
     W(366) W(536) -0.038774999999999997
     W(366) W(546) -0.0095770833333333333
     W(366) W(556) 0.00058124999999999681
     W(366) W(576) -0.0033489583333333331
     W(366) W(586) -0.0049624999999999999
     W(366) W(596) 0.0056249999999999989
     W(366) W(606) -0.013194791666666648
     W(366) W(616) -0.014051041666666668
     W(366) W(626) 0.0056270833333333364
     W(366) W(636) 0.0055406250000000004
     W(367) W(367) 0.18083333333333329
     W(367) W(377) -0.0062645833333333381
     W(367) W(387) -0.039574999999999999
     W(367) W(407) -0.00053333333333333303
     W(367) W(417) -0.017278125000000005
     W(367) W(427) -0.032301041666666676
     W(367) W(437) 0.038159375000000002
     W(367) W(447) 0.079687500000000036
     W(367) W(457) -0.019358333333333332
     W(367) W(467) -0.033421875000000018
     W(367) W(477) -0.00050000000000000023
     W(367) W(487) -0.0021333333333333321
     W(367) W(497) -0.01151041666666666
     W(367) W(507) -0.044432291666666693
     W(367) W(517) 0.0067000000000000054
     W(367) W(527) 0.023210416666666685
     W(367) W(537) -0.038774999999999997
     W(367) W(547) -0.0095770833333333333
     W(367) W(557) 0.00058124999999999681
     W(367) W(577) -0.0033489583333333331
     W(367) W(587) -0.0049624999999999999
     W(367) W(597) 0.0056249999999999989
     W(367) W(607) -0.013194791666666648
     W(367) W(617) -0.014051041666666668
     W(367) W(627) 0.0056270833333333364
     W(367) W(637) 0.0055406250000000004
     W(368) W(368) 0.18083333333333329
     W(368) W(378) -0.0062645833333333381
     W(368) W(388) -0.039574999999999999
     W(368) W(408) -0.00053333333333333303
     W(368) W(418) -0.017278125000000005
     W(368) W(428) -0.032301041666666676
     W(368) W(438) 0.038159375000000002
     W(368) W(448) 0.079687500000000036
     W(368) W(458) -0.019358333333333332
     W(368) W(468) -0.033421875000000018
     W(368) W(478) -0.00050000000000000023
     W(368) W(488) -0.0021333333333333321
     W(368) W(498) -0.01151041666666666
     W(368) W(508) -0.044432291666666693
     W(368) W(518) 0.0067000000000000054
     W(368) W(528) 0.023210416666666685
     W(368) W(538) -0.038774999999999997
     W(368) W(548) -0.0095770833333333333
     W(368) W(558) 0.00058124999999999681
     W(368) W(578) -0.0033489583333333331
     W(368) W(588) -0.0049624999999999999
     W(368) W(598) 0.0056249999999999989
     W(368) W(608) -0.013194791666666648
     W(368) W(618) -0.014051041666666668
     W(368) W(628) 0.0056270833333333364
     W(368) W(638) 0.0055406250000000004
     W(369) W(369) 0.18083333333333329
     W(369) W(379) -0.0062645833333333381
     W(369) W(389) -0.039574999999999999
     W(369) W(409) -0.00053333333333333303
     W(369) W(419) -0.017278125000000005
     W(369) W(429) -0.032301041666666676
     W(369) W(439) 0.038159375000000002
     W(369) W(449) 0.079687500000000036
     W(369) W(459) -0.019358333333333332
     W(369) W(469) -0.033421875000000018
     W(369) W(479) -0.00050000000000000023
     W(369) W(489) -0.0021333333333333321
     W(369) W(499) -0.01151041666666666
     W(369) W(509) -0.044432291666666693
     W(369) W(519) 0.0067000000000000054
     W(369) W(529) 0.023210416666666685
     W(369) W(539) -0.038774999999999997
     W(369) W(549) -0.0095770833333333333
     W(369) W(559) 0.00058124999999999681
     W(369) W(579) -0.0033489583333333331
     W(369) W(589) -0.0049624999999999999
     W(369) W(599) 0.0056249999999999989
     W(369) W(609) -0.013194791666666648
     W(369) W(619) -0.014051041666666668
     W(369) W(629) 0.0056270833333333364
     W(369) W(639) 0.0055406250000000004
     W(370) W(370) 0.16914670138888879
     W(370) W(380) 0.036074999999999982
     W(370) W(400) 0.00025381944444444426
     W(370) W(410) 0.011417013888888893
     W(370) W(420) 0.00079583333333333546
     W(370) W(430) -0.043625520833333341
     W(370) W(440) -0.034092881944444459
     W(370) W(450) 0.071381770833333386
     W(370) W(460) 0.028877604166666664
     W(370) W(470) -4.2534722222222216e-05
     W(370) W(480) 0.0010152777777777771
     W(370) W(490) 0.0010980902777777773
     W(370) W(500) -0.023896701388888896
     W(370) W(510) -0.040943055555555552
     W(370) W(520) -0.004445659722222225
     W(370) W(530) 0.035459895833333331
     W(370) W(540) 0.0031065972222222215
     W(370) W(550) -0.0048451388888888901
     W(370) W(570) -0.0061475694444444477
     W(370) W(580) -0.03124322916666666
     W(370) W(590) -0.017999131944444472
     W(370) W(600) 0.017594097222222237
     W(370) W(610) 0.0099416666666666733
     W(370) W(620) -0.014548958333333337
     W(370) W(630) -0.0073036458333333269
     W(371) W(371) 0.16914670138888879
     W(371) W(381) 0.036074999999999982
     W(371) W(401) 0.00025381944444444426
     W(371) W(411) 0.011417013888888893
     W(371) W(421) 0.00079583333333333546
     W(371) W(431) -0.043625520833333341
     W(371) W(441) -0.034092881944444459
     W(371) W(451) 0.071381770833333386
     W(371) W(461) 0.028877604166666664
     W(371) W(471) -4.2534722222222216e-05
     W(371) W(481) 0.0010152777777777771
     W(371) W(491) 0.0010980902777777773
     W(371) W(501) -0.023896701388888896
     W(371) W(511) -0.040943055555555552
     W(371) W(521) -0.004445659722222225
     W(371) W(531) 0.035459895833333331
     W(371) W(541) 0.0031065972222222215
     W(371) W(551) -0.0048451388888888901
     W(371) W(571) -0.0061475694444444477
     W(371) W(581) -0.03124322916666666
     W(371) W(591) -0.017999131944444472
     W(371) W(601) 0.017594097222222237
     W(371) W(611) 0.0099416666666666733
     W(371) W(621) -0.014548958333333337
     W(371) W(631) -0.0073036458333333269
     W(372) W(372) 0.16914670138888879
     W(372) W(382) 0.036074999999999982
     W(372) W(402) 0.00025381944444444426
     W(372) W(412) 0.011417013888888893
     W(372) W(422) 0.00079583333333333546
     W(372) W(432) -0.043625520833333341
     W(372) W(442) -0.034092881944444459
     W(372) W(452) 0.071381770833333386
     W(372) W(462) 0.028877604166666664
     W(372) W(472) -4.2534722222222216e-05
     W(372) W(482) 0.0010152777777777771
     W(372) W(492) 0.0010980902777777773
     W(372) W(502) -0.023896701388888896
     W(372) W(512) -0.040943055555555552
     W(372) W(522) -0.004445659722222225
     W(372) W(532) 0.035459895833333331
     W(372) W(542) 0.0031065972222222215
     W(372) W(552) -0.0048451388888888901
     W(372) W(572) -0.0061475694444444477
     W(372) W(582) -0.03124322916666666
     W(372) W(592) -0.017999131944444472
     W(372) W(602) 0.017594097222222237
     W(372) W(612) 0.0099416666666666733
     W(372) W(622) -0.014548958333333337
     W(372) W(632) -0.0073036458333333269
     W(373) W(373) 0.16914670138888879
     W(373) W(383) 0.036074999999999982
     W(373) W(403) 0.00025381944444444426
     W(373) W(413) 0.011417013888888893
     W(373) W(423) 0.00079583333333333546
     W(373) W(433) -0.043625520833333341
     W(373) W(443) -0.034092881944444459
     W(373) W(453) 0.071381770833333386
     W(373) W(463) 0.028877604166666664
     W(373) W(473) -4.2534722222222216e-05
     W(373) W(483) 0.0010152777777777771
     W(373) W(493) 0.0010980902777777773
     W(373) W(503) -0.023896701388888896
     W(373) W(513) -0.040943055555555552
     W(373) W(523) -0.004445659722222225
     W(373) W(533) 0.035459895833333331
     W(373) W(543) 0.0031065972222222215
     W(373) W(553) -0.0048451388888888901
     W(373) W(573) -0.0061475694444444477
     W(373) W(583) -0.03124322916666666
     W(373) W(593) -0.017999131944444472
     W(373) W(603) 0.017594097222222237
     W(373) W(613) 0.0099416666666666733
     W(373) W(623) -0.014548958333333337
     W(373) W(633) -0.0073036458333333269
     W(374) W(374) 0.16914670138888879
     W(374) W(384) 0.036074999999999982
     W(374) W(404) 0.00025381944444444426
     W(374) W(414) 0.011417013888888893
     W(374) W(424) 0.00079583333333333546
     W(374) W(434) -0.043625520833333341
     W(374) W(444) -0.034092881944444459
     W(374) W(454) 0.071381770833333386
     W(374) W(464) 0.028877604166666664
     W(374) W(474) -4.2534722222222216e-05
     W(374) W(484) 0.0010152777777777771
     W(374) W(494) 0.0010980902777777773
     W(374) W(504) -0.023896701388888896
     W(374) W(514) -0.040943055555555552
     W(374) W(524) -0.004445659722222225
     W(374) W(534) 0.035459895833333331
     W(374) W(544) 0.0031065972222222215
     W(374) W(554) -0.0048451388888888901
     W(374) W(574) -0.0061475694444444477
     W(374) W(584) -0.03124322916666666
     W(374) W(594) -0.017999131944444472
     W(374) W(604) 0.017594097222222237
     W(374) W(614) 0.0099416666666666733
     W(374) W(624) -0.014548958333333337
     W(374) W(634) -0.0073036458333333269
     W(375) W(375) 0.16914670138888879
     W(375) W(385) 0.036074999999999982
     W(375) W(405) 0.00025381944444444426
     W(375) W(415) 0.011417013888888893
     W(375) W(425) 0.00079583333333333546
     W(375) W(435) -0.043625520833333341
     W(375) W(445) -0.034092881944444459
     W(375) W(455) 0.071381770833333386
     W(375) W(465) 0.028877604166666664
     W(375) W(475) -4.2534722222222216e-05
     W(375) W(485) 0.0010152777777777771
     W(375) W(495) 0.0010980902777777773
     W(375) W(505) -0.023896701388888896
     W(375) W(515) -0.040943055555555552
     W(375) W(525) -0.004445659722222225
     W(375) W(535) 0.035459895833333331
     W(375) W(545) 0.0031065972222222215
     W(375) W(555) -0.0048451388888888901
     W(375) W(575) -0.0061475694444444477
     W(375) W(585) -0.03124322916666666
     W(375) W(595) -0.017999131944444472
     W(375) W(605) 0.017594097222222237
     W(375) W(615) 0.0099416666666666733
     W(375) W(625) -0.014548958333333337
     W(375) W(635) -0.0073036458333333269
     W(376) W(376) 0.16914670138888879
     W(376) W(386) 0.036074999999999982
     W(376) W(406) 0.00025381944444444426
     W(376) W(416) 0.011417013888888893
     W(376) W(426) 0.00079583333333333546
     W(376) W(436) -0.043625520833333341
     W(376) W(446) -0.034092881944444459
     W(376) W(456) 0.071381770833333386
     W(376) W(466) 0.028877604166666664
     W(376) W(476) -4.2534722222222216e-05
     W(376) W(486) 0.0010152777777777771
     W(376) W(496) 0.0010980902777777773
     W(376) W(506) -0.023896701388888896
     W(376) W(516) -0.040943055555555552
     W(376) W(526) -0.004445659722222225
     W(376) W(536) 0.035459895833333331
     W(376) W(546) 0.0031065972222222215
     W(376) W(556) -0.0048451388888888901
     W(376) W(576) -0.0061475694444444477
     W(376) W(586) -0.03124322916666666
     W(376) W(596) -0.017999131944444472
     W(376) W(606) 0.017594097222222237
     W(376) W(616) 0.0099416666666666733
     W(376) W(626) -0.014548958333333337
     W(376) W(636) -0.0073036458333333269
     W(377) W(377) 0.16914670138888879
     W(377) W(387) 0.036074999999999982
     W(377) W(407) 0.00025381944444444426
     W(377) W(417) 0.011417013888888893
     W(377) W(427) 0.00079583333333333546
     W(377) W(437) -0.043625520833333341
     W(377) W(447) -0.034092881944444459
     W(377) W(457) 0.071381770833333386
     W(377) W(467) 0.028877604166666664
     W(377) W(477) -4.2534722222222216e-05
     W(377) W(487) 0.0010152777777777771
     W(377) W(497) 0.0010980902777777773
     W(377) W(507) -0.023896701388888896
     W(377) W(517) -0.040943055555555552
     W(377) W(527) -0.004445659722222225
     W(377) W(537) 0.035459895833333331
     W(377) W(547) 0.0031065972222222215
     W(377) W(557) -0.0048451388888888901
     W(377) W(577) -0.0061475694444444477
     W(377) W(587) -0.03124322916666666
     W(377) W(597) -0.017999131944444472
     W(377) W(607) 0.017594097222222237
     W(377) W(617) 0.0099416666666666733
     W(377) W(627) -0.014548958333333337
     W(377) W(637) -0.0073036458333333269
     W(378) W(378) 0.16914670138888879
     W(378) W(388) 0.036074999999999982
     W(378) W(408) 0.00025381944444444426
     W(378) W(418) 0.011417013888888893
     W(378) W(428) 0.00079583333333333546
     W(378) W(438) -0.043625520833333341
     W(378) W(448) -0.034092881944444459
     W(378) W(458) 0.071381770833333386
     W(378) W(468) 0.028877604166666664
     W(378) W(478) -4.2534722222222216e-05
     W(378) W(488) 0.0010152777777777771
     W(378) W(498) 0.0010980902777777773
     W(378) W(508) -0.023896701388888896
     W(378) W(518) -0.040943055555555552
     W(378) W(528) -0.004445659722222225
     W(378) W(538) 0.035459895833333331
     W(378) W(548) 0.0031065972222222215
     W(378) W(558) -0.0048451388888888901
     W(378) W(578) -0.0061475694444444477
     W(378) W(588) -0.03124322916666666
     W(378) W(598) -0.017999131944444472
     W(378) W(608) 0.017594097222222237
     W(378) W(618) 0.0099416666666666733
     W(378) W(628) -0.014548958333333337
     W(378) W(638) -0.0073036458333333269
     W(379) W(379) 0.16914670138888879
     W(379) W(389) 0.036074999999999982
     W(379) W(409) 0.00025381944444444426
     W(379) W(419) 0.011417013888888893
     W(379) W(429) 0.00079583333333333546
     W(379) W(439) -0.043625520833333341
     W(379) W(449) -0.034092881944444459
     W(379) W(459) 0.071381770833333386
     W(379) W(469) 0.028877604166666664
     W(379) W(479) -4.2534722222222216e-05
     W(379) W(489) 0.0010152777777777771
     W(379) W(499) 0.0010980902777777773
     W(379) W(509) -0.023896701388888896
     W(379) W(519) -0.040943055555555552
     W(379) W(529) -0.004445659722222225
     W(379) W(539) 0.035459895833333331
     W(379) W(549) 0.0031065972222222215
     W(379) W(559) -0.0048451388888888901
     W(379) W(579) -0.0061475694444444477
     W(379) W(589) -0.03124322916666666
     W(379) W(599) -0.017999131944444472
     W(379) W(609) 0.017594097222222237
     W(379) W(619) 0.0099416666666666733
     W(379) W(629) -0.014548958333333337
     W(379) W(639) -0.0073036458333333269
     W(380) W(380) 0.093502083333333375
     W(380) W(400) 0.00037083333333333272
     W(380) W(410) 0.015188541666666664
     W(380) W(420) 0.017673958333333333
     W(380) W(430) -0.02104583333333334
     W(380) W(440) -0.033645833333333347
     W(380) W(450) 0.020043749999999992
     W(380) W(460) 0.028078124999999985
     W(380) W(470) 0.00097916666666666291
     W(380) W(480) 0.0014833333333333309
     W(380) W(490) 0.0026562500000000063
     W(380) W(500) 0.0069427083333333311
     W(380) W(510) -0.0023083333333333332
     W(380) W(520) -0.0017093749999999984
     W(380) W(530) 0.019231250000000005
     W(380) W(540) 0.0020281250000000048
     W(380) W(550) -0.00070729166666666672
     W(380) W(570) -0.0020624999999999988
     W(380) W(580) -0.013326041666666668
     W(380) W(590) 7.8125000000000232e-05
     W(380) W(600) 0.0068187499999999871
     W(380) W(610) 0.00045000000000000264
     W(380) W(620) -0.0066156250000000043
     W(380) W(630) -0.0034864583333333323
     W(381) W(381) 0.093502083333333375
     W(381) W(401) 0.00037083333333333272
     W(381) W(411) 0.015188541666666664
     W(381) W(421) 0.017673958333333333
     W(381) W(431) -0.02104583333333334
     W(381) W(441) -0.033645833333333347
     W(381) W(451) 0.020043749999999992
     W(381) W(461) 0.028078124999999985
     W(381) W(471) 0.00097916666666666291
     W(381) W(481) 0.0014833333333333309
     W(381) W(491) 0.0026562500000000063
     W(381) W(501) 0.0069427083333333311
     W(381) W(511) -0.0023083333333333332
     W(381) W(521) -0.0017093749999999984
     W(381) W(531) 0.019231250000000005
     W(381) W(541) 0.0020281250000000048
     W(381) W(551) -0.00070729166666666672
     W(381) W(571) -0.0020624999999999988
     W(381) W(581) -0.013326041666666668
     W(381) W(591) 7.8125000000000232e-05
     W(381) W(601) 0.0068187499999999871
     W(381) W(611) 0.00045000000000000264
     W(381) W(621) -0.0066156250000000043
     W(381) W(631) -0.0034864583333333323
     W(382) W(382) 0.093502083333333375
     W(382) W(402) 0.00037083333333333272
     W(382) W(412) 0.015188541666666664
     W(382) W(422) 0.017673958333333333
     W(382) W(432) -0.02104583333333334
     W(382) W(442) -0.033645833333333347
     W(382) W(452) 0.020043749999999992
     W(382) W(462) 0.028078124999999985
     W(382) W(472) 0.00097916666666666291
     W(382) W(482) 0.0014833333333333309
     W(382) W(492) 0.0026562500000000063
     W(382) W(502) 0.0069427083333333311
     W(382) W(512) -0.0023083333333333332
     W(382) W(522) -0.0017093749999999984
     W(382) W(532) 0.019231250000000005
     W(382) W(542) 0.0020281250000000048
     W(382) W(552) -0.00070729166666666672
     W(382) W(572) -0.0020624999999999988
     W(382) W(582) -0.013326041666666668
     W(382) W(592) 7.8125000000000232e-05
     W(382) W(602) 0.0068187499999999871
     W(382) W(612) 0.00045000000000000264
     W(382) W(622) -0.0066156250000000043
     W(382) W(632) -0.0034864583333333323
     W(383) W(383) 0.093502083333333375
     W(383) W(403) 0.00037083333333333272
     W(383) W(413) 0.015188541666666664
     W(383) W(423) 0.017673958333333333
     W(383) W(433) -0.02104583333333334
     W(383) W(443) -0.033645833333333347
     W(383) W(453) 0.020043749999999992
     W(383) W(463) 0.028078124999999985
     W(383) W(473) 0.00097916666666666291
     W(383) W(483) 0.0014833333333333309
     W(383) W(493) 0.0026562500000000063
     W(383) W(503) 0.0069427083333333311
     W(383) W(513) -0.0023083333333333332
     W(383) W(523) -0.0017093749999999984
     W(383) W(533) 0.019231250000000005
     W(383) W(543) 0.0020281250000000048
     W(383) W(553) -0.00070729166666666672
     W(383) W(573) -0.0020624999999999988
     W(383) W(583) -0.013326041666666668
     W(383) W(593) 7.8125000000000232e-05
     W(383) W(603) 0.0068187499999999871
     W(383) W(613) 0.00045000000000000264
     W(383) W(623) -0.0066156250000000043
     W(383) W(633) -0.0034864583333333323
     W(384) W(384) 0.093502083333333375
     W(384) W(404) 0.00037083333333333272
     W(384) W(414) 0.015188541666666664
     W(384) W(424) 0.017673958333333333
     W(384) W(434) -0.02104583333333334
     W(384) W(444) -0.033645833333333347
     W(384) W(454) 0.020043749999999992
     W(384) W(464) 0.028078124999999985
     W(384) W(474) 0.00097916666666666291
     W(384) W(484) 0.0014833333333333309
     W(384) W(494) 0.0026562500000000063
     W(384) W(504) 0.0069427083333333311
     W(384) W(514) -0.0023083333333333332
     W(384) W(524) -0.0017093749999999984
     W(384) W(534) 0.019231250000000005
     W(384) W(544) 0.0020281250000000048
     W(384) W(554) -0.00070729166666666672
     W(384) W(574) -0.0020624999999999988
     W(384) W(584) -0.013326041666666668
     W(384) W(594) 7.8125000000000232e-05
     W(384) W(604) 0.0068187499999999871
     W(384) W(614) 0.00045000000000000264
     W(384) W(624) -0.0066156250000000043
     W(384) W(634) -0.0034864583333333323
     W(385) W(385) 0.093502083333333375
     W(385) W(405) 0.00037083333333333272
     W(385) W(415) 0.015188541666666664
     W(385) W(425) 0.017673958333333333
     W(385) W(435) -0.02104583333333334
     W(385) W(445) -0.033645833333333347
     W(385) W(455) 0.020043749999999992
     W(385) W(465) 0.028078124999999985
     W(385) W(475) 0.00097916666666666291
     W(385) W(485) 0.0014833333333333309
     W(385) W(495) 0.0026562500000000063
     W(385) W(505) 0.0069427083333333311
     W(385) W(515) -0.0023083333333333332
     W(385) W(525) -0.0017093749999999984
     W(385) W(535) 0.019231250000000005
     W(385) W(545) 0.0020281250000000048
     W(385) W(555) -0.00070729166666666672
     W(385) W(575) -0.0020624999999999988
     W(385) W(585) -0.013326041666666668
     W(385) W(595) 7.8125000000000232e-05
     W(385) W(605) 0.0068187499999999871
     W(385) W(615) 0.00045000000000000264
     W(385) W(625) -0.0066156250000000043
     W(385) W(635) -0.0034864583333333323
     W(386) W(386) 0.093502083333333375
     W(386) W(406) 0.00037083333333333272
     W(386) W(416) 0.015188541666666664
     W(386) W(426) 0.017673958333333333
     W(386) W(436) -0.02104583333333334
     W(386) W(446) -0.033645833333333347
     W(386) W(456) 0.020043749999999992
     W(386) W(466) 0.028078124999999985
     W(386) W(476) 0.00097916666666666291
     W(386) W(486) 0.0014833333333333309
     W(386) W(496) 0.0026562500000000063
     W(386) W(506) 0.0069427083333333311
     W(386) W(516) -0.0023083333333333332
     W(386) W(526) -0.0017093749999999984
     W(386) W(536) 0.019231250000000005
     W(386) W(546) 0.0020281250000000048
     W(386) W(556) -0.00070729166666666672
     W(386) W(576) -0.0020624999999999988
     W(386) W(586) -0.013326041666666668
     W(386) W(596) 7.8125000000000232e-05
     W(386) W(606) 0.0068187499999999871
     W(386) W(616) 0.00045000000000000264
     W(386) W(626) -0.0066156250000000043
     W(386) W(636) -0.0034864583333333323
     W(387) W(387) 0.093502083333333375
     W(387) W(407) 0.00037083333333333272
     W(387) W(417) 0.015188541666666664
     W(387) W(427) 0.017673958333333333
     W(387) W(437) -0.02104583333333334
     W(387) W(447) -0.033645833333333347
     W(387) W(457) 0.020043749999999992
     W(387) W(467) 0.028078124999999985
     W(387) W(477) 0.00097916666666666291
     W(387) W(487) 0.0014833333333333309
     W(387) W(497) 0.0026562500000000063
     W(387) W(507) 0.0069427083333333311
     W(387) W(517) -0.0023083333333333332
     W(387) W(527) -0.0017093749999999984
     W(387) W(537) 0.019231250000000005
     W(387) W(547) 0.0020281250000000048
     W(387) W(557) -0.00070729166666666672
     W(387) W(577) -0.0020624999999999988
     W(387) W(587) -0.013326041666666668
     W(387) W(597) 7.8125000000000232e-05
     W(387) W(607) 0.0068187499999999871
     W(387) W(617) 0.00045000000000000264
     W(387) W(627) -0.0066156250000000043
     W(387) W(637) -0.0034864583333333323
     W(388) W(388) 0.093502083333333375
     W(388) W(408) 0.00037083333333333272
     W(388) W(418) 0.015188541666666664
     W(388) W(428) 0.017673958333333333
     W(388) W(438) -0.02104583333333334
     W(388) W(448) -0.033645833333333347
     W(388) W(458) 0.020043749999999992
     W(388) W(468) 0.028078124999999985
     W(388) W(478) 0.00097916666666666291
     W(388) W(488) 0.0014833333333333309
     W(388) W(498) 0.0026562500000000063
     W(388) W(508) 0.0069427083333333311
     W(388) W(518) -0.0023083333333333332
     W(388) W(528) -0.0017093749999999984
     W(388) W(538) 0.019231250000000005
     W(388) W(548) 0.0020281250000000048
     W(388) W(558) -0.00070729166666666672
     W(388) W(578) -0.0020624999999999988
     W(388) W(588) -0.013326041666666668
     W(388) W(598) 7.8125000000000232e-05
     W(388) W(608) 0.0068187499999999871
     W(388) W(618) 0.00045000000000000264
     W(388) W(628) -0.0066156250000000043
     W(388) W(638) -0.0034864583333333323
     W(389) W(389) 0.093502083333333375
     W(389) W(409) 0.00037083333333333272
     W(389) W(419) 0.015188541666666664
     W(389) W(429) 0.017673958333333333
     W(389) W(439) -0.02104583333333334
     W(389) W(449) -0.033645833333333347
     W(389) W(459) 0.020043749999999992
     W(389) W(469) 0.028078124999999985
     W(389) W(479) 0.00097916666666666291
     W(389) W(489) 0.0014833333333333309
     W(389) W(499) 0.0026562500000000063
     W(389) W(509) 0.0069427083333333311
     W(389) W(519) -0.0023083333333333332
     W(389) W(529) -0.0017093749999999984
     W(389) W(539) 0.019231250000000005
     W(389) W(549) 0.0020281250000000048
     W(389) W(559) -0.00070729166666666672
     W(389) W(579) -0.0020624999999999988
     W(389) W(589) -0.013326041666666668
     W(389) W(599) 7.8125000000000232e-05
     W(389) W(609) 0.0068187499999999871
     W(389) W(619) 0.00045000000000000264
     W(389) W(629) -0.0066156250000000043
     W(389) W(639) -0.0034864583333333323
     W(390) W(390) 0.044600000000000008
     W(391) W(391) 0.044600000000000008
     W(392) W(392) 0.044600000000000008
     W(393) W(393) 0.044600000000000008
     W(394) W(394) 0.044600000000000008
     W(395) W(395) 0.044600000000000008
     W(396) W(396) 0.044600000000000008
     W(397) W(397) 0.044600000000000008
     W(398) W(398) 0.044600000000000008
     W(399) W(399) 0.044600000000000008
     W(400) W(400) 0.044703472222222228
     W(400) W(410) 0.00076319444444444481
     W(400) W(420) 0.00037708333333333382
     W(400) W(430) 8.4374999999999937e-05
     W(400) W(440) 4.3402777777777827e-05
     W(400) W(450) 0.00035104166666666709
     W(400) W(460) -4.6874999999999981e-05
     W(400) W(470) -1.7361111111111169e-06
     W(400) W(480) 0.0004138888888888872
     W(400) W(490) 0.00078993055555555847
     W(400) W(500) 0.00046701388888888845
     W(400) W(510) 0.00037222222222222198
     W(400) W(520) 0.0003461805555555553
     W(400) W(530) 0.00016354166666666644
     W(400) W(540) -0.00019930555555555524
     W(400) W(550) -1.1111111111111151e-05
     W(400) W(570) -1.3888888888888927e-05
     W(400) W(580) -0.00028437499999999953
     W(400) W(590) -0.00026909722222222282
     W(400) W(600) 0.00017986111111111141
     W(400) W(610) -5.000000000000005e-05
     W(400) W(620) -8.958333333333313e-05
     W(400) W(630) -1.7708333333333206e-05
     W(401) W(401) 0.044703472222222228
     W(401) W(411) 0.00076319444444444481
     W(401) W(421) 0.00037708333333333382
     W(401) W(431) 8.4374999999999937e-05
     W(401) W(441) 4.3402777777777827e-05
     W(401) W(451) 0.00035104166666666709
     W(401) W(461) -4.6874999999999981e-05
     W(401) W(471) -1.7361111111111169e-06
     W(401) W(481) 0.0004138888888888872
     W(401) W(491) 0.00078993055555555847
     W(401) W(501) 0.00046701388888888845
     W(401) W(511) 0.00037222222222222198
     W(401) W(521) 0.0003461805555555553
     W(401) W(531) 0.00016354166666666644
     W(401) W(541) -0.00019930555555555524
     W(401) W(551) -1.1111111111111151e-05
     W(401) W(571) -1.3888888888888927e-05
     W(401) W(581) -0.00028437499999999953
     W(401) W(591) -0.00026909722222222282
     W(401) W(601) 0.00017986111111111141
     W(401) W(611) -5.000000000000005e-05
     W(401) W(621) -8.958333333333313e-05
     W(401) W(631) -1.7708333333333206e-05
     W(402) W(402) 0.044703472222222228
     W(402) W(412) 0.00076319444444444481
     W(402) W(422) 0.00037708333333333382
     W(402) W(432) 8.4374999999999937e-05
     W(402) W(442) 4.3402777777777827e-05
     W(402) W(452) 0.00035104166666666709
     W(402) W(462) -4.6874999999999981e-05
     W(402) W(472) -1.7361111111111169e-06
     W(402) W(482) 0.0004138888888888872
     W(402) W(492) 0.00078993055555555847
     W(402) W(502) 0.00046701388888888845
     W(402) W(512) 0.00037222222222222198
     W(402) W(522) 0.0003461805555555553
     W(402) W(532) 0.00016354166666666644
     W(402) W(542) -0.00019930555555555524
     W(402) W(552) -1.1111111111111151e-05
     W(402) W(572) -1.3888888888888927e-05
     W(402) W(582) -0.00028437499999999953
     W(402) W(592) -0.00026909722222222282
     W(402) W(602) 0.00017986111111111141
     W(402) W(612) -5.000000000000005e-05
     W(402) W(622) -8.958333333333313e-05
     W(402) W(632) -1.7708333333333206e-05
     W(403) W(403) 0.044703472222222228
     W(403) W(413) 0.00076319444444444481
     W(403) W(423) 0.00037708333333333382
     W(403) W(433) 8.4374999999999937e-05
     W(403) W(443) 4.3402777777777827e-05
     W(403) W(453) 0.00035104166666666709
     W(403) W(463) -4.6874999999999981e-05
     W(403) W(473) -1.7361111111111169e-06
     W(403) W(483) 0.0004138888888888872
     W(403) W(493) 0.00078993055555555847
     W(403) W(503) 0.00046701388888888845
     W(403) W(513) 0.00037222222222222198
     W(403) W(523) 0.0003461805555555553
     W(403) W(533) 0.00016354166666666644
     W(403) W(543) -0.00019930555555555524
     W(403) W(553) -1.1111111111111151e-05
     W(403) W(573) -1.3888888888888927e-05
     W(403) W(583) -0.00028437499999999953
     W(403) W(593) -0.00026909722222222282
     W(403) W(603) 0.00017986111111111141
     W(403) W(613) -5.000000000000005e-05
     W(403) W(623) -8.958333333333313e-05
     W(403) W(633) -1.7708333333333206e-05
     W(404) W(404) 0.044703472222222228
     W(404) W(414) 0.00076319444444444481
     W(404) W(424) 0.00037708333333333382
     W(404) W(434) 8.4374999999999937e-05
     W(404) W(444) 4.3402777777777827e-05
     W(404) W(454) 0.00035104166666666709
     W(404) W(464) -4.6874999999999981e-05
     W(404) W(474) -1.7361111111111169e-06
     W(404) W(484) 0.0004138888888888872
     W(404) W(494) 0.00078993055555555847
     W(404) W(504) 0.00046701388888888845
     W(404) W(514) 0.00037222222222222198
     W(404) W(524) 0.0003461805555555553
     W(404) W(534) 0.00016354166666666644
     W(404) W(544) -0.00019930555555555524
     W(404) W(554) -1.1111111111111151e-05
     W(404) W(574) -1.3888888888888927e-05
     W(404) W(584) -0.00028437499999999953
     W(404) W(594) -0.00026909722222222282
     W(404) W(604) 0.00017986111111111141
     W(404) W(614) -5.000000000000005e-05
     W(404) W(624) -8.958333333333313e-05
     W(404) W(634) -1.7708333333333206e-05
     W(405) W(405) 0.044703472222222228
     W(405) W(415) 0.00076319444444444481
     W(405) W(425) 0.00037708333333333382
     W(405) W(435) 8.4374999999999937e-05
     W(405) W(445) 4.3402777777777827e-05
     W(405) W(455) 0.00035104166666666709
     W(405) W(465) -4.6874999999999981e-05
     W(405) W(475) -1.7361111111111169e-06
     W(405) W(485) 0.0004138888888888872
     W(405) W(495) 0.00078993055555555847
     W(405) W(505) 0.00046701388888888845
     W(405) W(515) 0.00037222222222222198
     W(405) W(525) 0.0003461805555555553
     W(405) W(535) 0.00016354166666666644
     W(405) W(545) -0.00019930555555555524
     W(405) W(555) -1.1111111111111151e-05
     W(405) W(575) -1.3888888888888927e-05
     W(405) W(585) -0.00028437499999999953
     W(405) W(595) -0.00026909722222222282
     W(405) W(605) 0.00017986111111111141
     W(405) W(615) -5.000000000000005e-05
     W(405) W(625) -8.958333333333313e-05
     W(405) W(635) -1.7708333333333206e-05
     W(406) W(406) 0.044703472222222228
     W(406) W(416) 0.00076319444444444481
     W(406) W(426) 0.00037708333333333382
     W(406) W(436) 8.4374999999999937e-05
     W(406) W(446) 4.3402777777777827e-05
     W(406) W(456) 0.00035104166666666709
     W(406) W(466) -4.6874999999999981e-05
     W(406) W(476) -1.7361111111111169e-06
     W(406) W(486) 0.0004138888888888872
     W(406) W(496) 0.00078993055555555847
     W(406) W(506) 0.00046701388888888845
     W(406) W(516) 0.00037222222222222198
     W(406) W(526) 0.0003461805555555553
     W(406) W(536) 0.00016354166666666644
     W(406) W(546) -0.00019930555555555524
     W(406) W(556) -1.1111111111111151e-05
     W(406) W(576) -1.3888888888888927e-05
     W(406) W(586) -0.00028437499999999953
     W(406) W(596) -0.00026909722222222282
     W(406) W(606) 0.00017986111111111141
     W(406) W(616) -5.000000000000005e-05
     W(406) W(626) -8.958333333333313e-05
     W(406) W(636) -1.7708333333333206e-05
     W(407) W(407) 0.044703472222222228
     W(407) W(417) 0.00076319444444444481
     W(407) W(427) 0.00037708333333333382
     W(407) W(437) 8.4374999999999937e-05
     W(407) W(447) 4.3402777777777827e-05
     W(407) W(457) 0.00035104166666666709
     W(407) W(467) -4.6874999999999981e-05
     W(407) W(477) -1.7361111111111169e-06
     W(407) W(487) 0.0004138888888888872
     W(407) W(497) 0.00078993055555555847
     W(407) W(507) 0.00046701388888888845
     W(407) W(517) 0.00037222222222222198
     W(407) W(527) 0.0003461805555555553
     W(407) W(537) 0.00016354166666666644
     W(407) W(547) -0.00019930555555555524
     W(407) W(557) -1.1111111111111151e-05
     W(407) W(577) -1.3888888888888927e-05
     W(407) W(587) -0.00028437499999999953
     W(407) W(597) -0.00026909722222222282
     W(407) W(607) 0.00017986111111111141
     W(407) W(617) -5.000000000000005e-05
     W(407) W(627) -8.958333333333313e-05
     W(407) W(637) -1.7708333333333206e-05
     W(408) W(408) 0.044703472222222228
     W(408) W(418) 0.00076319444444444481
     W(408) W(428) 0.00037708333333333382
     W(408) W(438) 8.4374999999999937e-05
     W(408) W(448) 4.3402777777777827e-05
     W(408) W(458) 0.00035104166666666709
     W(408) W(468) -4.6874999999999981e-05
     W(408) W(478) -1.7361111111111169e-06
     W(408) W(488) 0.0004138888888888872
     W(408) W(498) 0.00078993055555555847
     W(408) W(508) 0.00046701388888888845
     W(408) W(518) 0.00037222222222222198
     W(408) W(528) 0.0003461805555555553
     W(408) W(538) 0.00016354166666666644
     W(408) W(548) -0.00019930555555555524
     W(408) W(558) -1.1111111111111151e-05
     W(408) W(578) -1.3888888888888927e-05
     W(408) W(588) -0.00028437499999999953
     W(408) W(598) -0.00026909722222222282
     W(408) W(608) 0.00017986111111111141
     W(408) W(618) -5.000000000000005e-05
     W(408) W(628) -8.958333333333313e-05
     W(408) W(638) -1.7708333333333206e-05
     W(409) W(409) 0.044703472222222228
     W(409) W(419) 0.00076319444444444481
     W(409) W(429) 0.00037708333333333382
     W(409) W(439) 8.4374999999999937e-05
     W(409) W(449) 4.3402777777777827e-05
     W(409) W(459) 0.00035104166666666709
     W(409) W(469) -4.6874999999999981e-05
     W(409) W(479) -1.7361111111111169e-06
     W(409) W(489) 0.0004138888888888872
     W(409) W(499) 0.00078993055555555847
     W(409) W(509) 0.00046701388888888845
     W(409) W(519) 0.00037222222222222198
     W(409) W(529) 0.0003461805555555553
     W(409) W(539) 0.00016354166666666644
     W(409) W(549) -0.00019930555555555524
     W(409) W(559) -1.1111111111111151e-05
     W(409) W(579) -1.3888888888888927e-05
     W(409) W(589) -0.00028437499999999953
     W(409) W(599) -0.00026909722222222282
     W(409) W(609) 0.00017986111111111141
     W(409) W(619) -5.000000000000005e-05
     W(409) W(629) -8.958333333333313e-05
     W(409) W(639) -1.7708333333333206e-05
     W(410) W(410) 0.075120138888888882
     W(410) W(420) 0.04264270833333339
     W(410) W(430) 0.011490625000000001
     W(410) W(440) 0.0015711805555555546
     W(410) W(450) 0.010246874999999999
     W(410) W(460) 0.0044843750000000101
     W(410) W(470) -0.00017534722222222203
     W(410) W(480) 0.0030527777777777793
     W(410) W(490) 0.010824652777777756
     W(410) W(500) 0.021048611111111115
     W(410) W(510) 0.0065006944444444452
     W(410) W(520) 0.0056934027777777729
     W(410) W(530) 0.0037833333333333313
     W(410) W(540) -0.0036975694444444447
     W(410) W(550) -0.0011222222222222232
     W(410) W(570) -0.0011684027777777765
     W(410) W(580) -0.013747916666666663
     W(410) W(590) -0.0060590277777777821
     W(410) W(600) 0.0078274305555555476
     W(410) W(610) -0.0023416666666666655
     W(410) W(620) -0.0040739583333333322
     W(410) W(630) -0.0017885416666666679
     W(411) W(411) 0.075120138888888882
     W(411) W(421) 0.04264270833333339
     W(411) W(431) 0.011490625000000001
     W(411) W(441) 0.0015711805555555546
     W(411) W(451) 0.010246874999999999
     W(411) W(461) 0.0044843750000000101
     W(411) W(471) -0.00017534722222222203
     W(411) W(481) 0.0030527777777777793
     W(411) W(491) 0.010824652777777756
     W(411) W(501) 0.021048611111111115
     W(411) W(511) 0.0065006944444444452
     W(411) W(521) 0.0056934027777777729
     W(411) W(531) 0.0037833333333333313
     W(411) W(541) -0.0036975694444444447
     W(411) W(551) -0.0011222222222222232
     W(411) W(571) -0.0011684027777777765
     W(411) W(581) -0.013747916666666663
     W(411) W(591) -0.0060590277777777821
     W(411) W(601) 0.0078274305555555476
     W(411) W(611) -0.0023416666666666655
     W(411) W(621) -0.0040739583333333322
     W(411) W(631) -0.0017885416666666679
     W(412) W(412) 0.075120138888888882
     W(412) W(422) 0.04264270833333339
     W(412) W(432) 0.011490625000000001
     W(412) W(442) 0.0015711805555555546
     W(412) W(452) 0.010246874999999999
     W(412) W(462) 0.0044843750000000101
     W(412) W(472) -0.00017534722222222203
     W(412) W(482) 0.0030527777777777793
     W(412) W(492) 0.010824652777777756
     W(412) W(502) 0.021048611111111115
     W(412) W(512) 0.0065006944444444452
     W(412) W(522) 0.0056934027777777729
     W(412) W(532) 0.0037833333333333313
     W(412) W(542) -0.0036975694444444447
     W(412) W(552) -0.0011222222222222232
     W(412) W(572) -0.0011684027777777765
     W(412) W(582) -0.013747916666666663
     W(412) W(592) -0.0060590277777777821
     W(412) W(602) 0.0078274305555555476
     W(412) W(612) -0.0023416666666666655
     W(412) W(622) -0.0040739583333333322
     W(412) W(632) -0.0017885416666666679
     W(413) W(413) 0.075120138888888882
     W(413) W(423) 0.04264270833333339
     W(413) W(433) 0.011490625000000001
     W(413) W(443) 0.0015711805555555546
     W(413) W(453) 0.010246874999999999
     W(413) W(463) 0.0044843750000000101
     W(413) W(473) -0.00017534722222222203
     W(413) W(483) 0.0030527777777777793
     W(413) W(493) 0.010824652777777756
     W(413) W(503) 0.021048611111111115
     W(413) W(513) 0.0065006944444444452
     W(413) W(523) 0.0056934027777777729
     W(413) W(533) 0.0037833333333333313
     W(413) W(543) -0.0036975694444444447
     W(413) W(553) -0.0011222222222222232
     W(413) W(573) -0.0011684027777777765
     W(413) W(583) -0.013747916666666663
     W(413) W(593) -0.0060590277777777821
     W(413) W(603) 0.0078274305555555476
     W(413) W(613) -0.0023416666666666655
     W(413) W(623) -0.0040739583333333322
     W(413) W(633) -0.0017885416666666679
     W(414) W(414) 0.075120138888888882
     W(414) W(424) 0.04264270833333339
     W(414) W(434) 0.011490625000000001
     W(414) W(444) 0.0015711805555555546
     W(414) W(454) 0.010246874999999999
     W(414) W(464) 0.0044843750000000101
     W(414) W(474) -0.00017534722222222203
     W(414) W(484) 0.0030527777777777793
     W(414) W(494) 0.010824652777777756
     W(414) W(504) 0.021048611111111115
     W(414) W(514) 0.0065006944444444452
     W(414) W(524) 0.0056934027777777729
     W(414) W(534) 0.0037833333333333313
     W(414) W(544) -0.0036975694444444447
     W(414) W(554) -0.0011222222222222232
     W(414) W(574) -0.0011684027777777765
     W(414) W(584) -0.013747916666666663
     W(414) W(594) -0.0060590277777777821
     W(414) W(604) 0.0078274305555555476
     W(414) W(614) -0.0023416666666666655
     W(414) W(624) -0.0040739583333333322
     W(414) W(634) -0.0017885416666666679
     W(415) W(415) 0.075120138888888882
     W(415) W(425) 0.04264270833333339
     W(415) W(435) 0.011490625000000001
     W(415) W(445) 0.0015711805555555546
     W(415) W(455) 0.010246874999999999
     W(415) W(465) 0.0044843750000000101
     W(415) W(475) -0.00017534722222222203
     W(415) W(485) 0.0030527777777777793
     W(415) W(495) 0.010824652777777756
     W(415) W(505) 0.021048611111111115
     W(415) W(515) 0.0065006944444444452
     W(415) W(525) 0.0056934027777777729
     W(415) W(535) 0.0037833333333333313
     W(415) W(545) -0.0036975694444444447
     W(415) W(555) -0.0011222222222222232
     W(415) W(575) -0.0011684027777777765
     W(415) W(585) -0.013747916666666663
     W(415) W(595) -0.0060590277777777821
     W(415) W(605) 0.0078274305555555476
     W(415) W(615) -0.0023416666666666655
     W(415) W(625) -0.0040739583333333322
     W(415) W(635) -0.0017885416666666679
     W(416) W(416) 0.075120138888888882
     W(416) W(426) 0.04264270833333339
     W(416) W(436) 0.011490625000000001
     W(416) W(446) 0.0015711805555555546
     W(416) W(456) 0.010246874999999999
     W(416) W(466) 0.0044843750000000101
     W(416) W(476) -0.00017534722222222203
     W(416) W(486) 0.0030527777777777793
     W(416) W(496) 0.010824652777777756
     W(416) W(506) 0.021048611111111115
     W(416) W(516) 0.0065006944444444452
     W(416) W(526) 0.0056934027777777729
     W(416) W(536) 0.0037833333333333313
     W(416) W(546) -0.0036975694444444447
     W(416) W(556) -0.0011222222222222232
     W(416) W(576) -0.0011684027777777765
     W(416) W(586) -0.013747916666666663
     W(416) W(596) -0.0060590277777777821
     W(416) W(606) 0.0078274305555555476
     W(416) W(616) -0.0023416666666666655
     W(416) W(626) -0.0040739583333333322
     W(416) W(636) -0.0017885416666666679
     W(417) W(417) 0.075120138888888882
     W(417) W(427) 0.04264270833333339
     W(417) W(437) 0.011490625000000001
     W(417) W(447) 0.0015711805555555546
     W(417) W(457) 0.010246874999999999
     W(417) W(467) 0.0044843750000000101
     W(417) W(477) -0.00017534722222222203
     W(417) W(487) 0.0030527777777777793
     W(417) W(497) 0.010824652777777756
     W(417) W(507) 0.021048611111111115
     W(417) W(517) 0.0065006944444444452
     W(417) W(527) 0.0056934027777777729
     W(417) W(537) 0.0037833333333333313
     W(417) W(547) -0.0036975694444444447
     W(417) W(557) -0.0011222222222222232
     W(417) W(577) -0.0011684027777777765
     W(417) W(587) -0.013747916666666663
     W(417) W(597) -0.0060590277777777821
     W(417) W(607) 0.0078274305555555476
     W(417) W(617) -0.0023416666666666655
     W(417) W(627) -0.0040739583333333322
     W(417) W(637) -0.0017885416666666679
     W(418) W(418) 0.075120138888888882
     W(418) W(428) 0.04264270833333339
     W(418) W(438) 0.011490625000000001
     W(418) W(448) 0.0015711805555555546
     W(418) W(458) 0.010246874999999999
     W(418) W(468) 0.0044843750000000101
     W(418) W(478) -0.00017534722222222203
     W(418) W(488) 0.0030527777777777793
     W(418) W(498) 0.010824652777777756
     W(418) W(508) 0.021048611111111115
     W(418) W(518) 0.0065006944444444452
     W(418) W(528) 0.0056934027777777729
     W(418) W(538) 0.0037833333333333313
     W(418) W(548) -0.0036975694444444447
     W(418) W(558) -0.0011222222222222232
     W(418) W(578) -0.0011684027777777765
     W(418) W(588) -0.013747916666666663
     W(418) W(598) -0.0060590277777777821
     W(418) W(608) 0.0078274305555555476
     W(418) W(618) -0.0023416666666666655
     W(418) W(628) -0.0040739583333333322
     W(418) W(638) -0.0017885416666666679
     W(419) W(419) 0.075120138888888882
     W(419) W(429) 0.04264270833333339
     W(419) W(439) 0.011490625000000001
     W(419) W(449) 0.0015711805555555546
     W(419) W(459) 0.010246874999999999
     W(419) W(469) 0.0044843750000000101
     W(419) W(479) -0.00017534722222222203
     W(419) W(489) 0.0030527777777777793
     W(419) W(499) 0.010824652777777756
     W(419) W(509) 0.021048611111111115
     W(419) W(519) 0.0065006944444444452
     W(419) W(529) 0.0056934027777777729
     W(419) W(539) 0.0037833333333333313
     W(419) W(549) -0.0036975694444444447
     W(419) W(559) -0.0011222222222222232
     W(419) W(579) -0.0011684027777777765
     W(419) W(589) -0.013747916666666663
     W(419) W(599) -0.0060590277777777821
     W(419) W(609) 0.0078274305555555476
     W(419) W(619) -0.0023416666666666655
     W(419) W(629) -0.0040739583333333322
     W(419) W(639) -0.0017885416666666679
     W(420) W(420) 0.19145833333333331
     W(420) W(430) 0.058715624999999987
     W(420) W(440) -0.0019531250000000078
     W(420) W(450) 0.006884374999999999
     W(420) W(460) 0.019750000000000011
     W(420) W(470) -0.00048958333333333362
     W(420) W(480) 0.0015083333333333353
     W(420) W(490) 0.010989583333333332
     W(420) W(500) 0.064354166666666657
     W(420) W(510) 0.029471875000000002
     W(420) W(520) -0.001439583333333335
     W(420) W(530) 0.0047385416666666704
     W(420) W(540) 0.0079364583333333318
     W(420) W(550) -0.0016229166666666625
     W(420) W(570) -0.0016770833333333332
     W(420) W(580) -0.041417708333333331
     W(420) W(590) -0.0068229166666666664
     W(420) W(600) 0.017804166666666652
     W(420) W(610) -0.0020166666666666662
     W(420) W(620) -0.0036739583333333403
     W(420) W(630) -0.0057749999999999971
     W(421) W(421) 0.19145833333333331
     W(421) W(431) 0.058715624999999987
     W(421) W(441) -0.0019531250000000078
     W(421) W(451) 0.006884374999999999
     W(421) W(461) 0.019750000000000011
     W(421) W(471) -0.00048958333333333362
     W(421) W(481) 0.0015083333333333353
     W(421) W(491) 0.010989583333333332
     W(421) W(501) 0.064354166666666657
     W(421) W(511) 0.029471875000000002
     W(421) W(521) -0.001439583333333335
     W(421) W(531) 0.0047385416666666704
     W(421) W(541) 0.0079364583333333318
     W(421) W(551) -0.0016229166666666625
     W(421) W(571) -0.0016770833333333332
     W(421) W(581) -0.041417708333333331
     W(421) W(591) -0.0068229166666666664
     W(421) W(601) 0.017804166666666652
     W(421) W(611) -0.0020166666666666662
     W(421) W(621) -0.0036739583333333403
     W(421) W(631) -0.0057749999999999971
     W(422) W(422) 0.19145833333333331
     W(422) W(432) 0.058715624999999987
     W(422) W(442) -0.0019531250000000078
     W(422) W(452) 0.006884374999999999
     W(422) W(462) 0.019750000000000011
     W(422) W(472) -0.00048958333333333362
     W(422) W(482) 0.0015083333333333353
     W(422) W(492) 0.010989583333333332
     W(422) W(502) 0.064354166666666657
     W(422) W(512) 0.029471875000000002
     W(422) W(522) -0.001439583333333335
     W(422) W(532) 0.0047385416666666704
     W(422) W(542) 0.0079364583333333318
     W(422) W(552) -0.0016229166666666625
     W(422) W(572) -0.0016770833333333332
     W(422) W(582) -0.041417708333333331
     W(422) W(592) -0.0068229166666666664
     W(422) W(602) 0.017804166666666652
     W(422) W(612) -0.0020166666666666662
     W(422) W(622) -0.0036739583333333403
     W(422) W(632) -0.0057749999999999971
     W(423) W(423) 0.19145833333333331
     W(423) W(433) 0.058715624999999987
     W(423) W(443) -0.0019531250000000078
     W(423) W(453) 0.006884374999999999
     W(423) W(463) 0.019750000000000011
     W(423) W(473) -0.00048958333333333362
     W(423) W(483) 0.0015083333333333353
     W(423) W(493) 0.010989583333333332
     W(423) W(503) 0.064354166666666657
     W(423) W(513) 0.029471875000000002
     W(423) W(523) -0.001439583333333335
     W(423) W(533) 0.0047385416666666704
     W(423) W(543) 0.0079364583333333318
     W(423) W(553) -0.0016229166666666625
     W(423) W(573) -0.0016770833333333332
     W(423) W(583) -0.041417708333333331
     W(423) W(593) -0.0068229166666666664
     W(423) W(603) 0.017804166666666652
     W(423) W(613) -0.0020166666666666662
     W(423) W(623) -0.0036739583333333403
     W(423) W(633) -0.0057749999999999971
     W(424) W(424) 0.19145833333333331
     W(424) W(434) 0.058715624999999987
     W(424) W(444) -0.0019531250000000078
     W(424) W(454) 0.006884374999999999
     W(424) W(464) 0.019750000000000011
     W(424) W(474) -0.00048958333333333362
     W(424) W(484) 0.0015083333333333353
     W(424) W(494) 0.010989583333333332
     W(424) W(504) 0.064354166666666657
     W(424) W(514) 0.029471875000000002
     W(424) W(524) -0.001439583333333335
     W(424) W(534) 0.0047385416666666704
     W(424) W(544) 0.0079364583333333318
     W(424) W(554) -0.0016229166666666625
     W(424) W(574) -0.0016770833333333332
     W(424) W(584) -0.041417708333333331
     W(424) W(594) -0.0068229166666666664
     W(424) W(604) 0.017804166666666652
     W(424) W(614) -0.0020166666666666662
     W(424) W(624) -0.0036739583333333403
     W(424) W(634) -0.0057749999999999971
     W(425) W(425) 0.19145833333333331
     W(425) W(435) 0.058715624999999987
     W(425) W(445) -0.0019531250000000078
     W(425) W(455) 0.006884374999999999
     W(425) W(465) 0.019750000000000011
     W(425) W(475) -0.00048958333333333362
     W(425) W(485) 0.0015083333333333353
     W(425) W(495) 0.010989583333333332
     W(425) W(505) 0.064354166666666657
     W(425) W(515) 0.029471875000000002
     W(425) W(525) -0.001439583333333335
     W(425) W(535) 0.0047385416666666704
     W(425) W(545) 0.0079364583333333318
     W(425) W(555) -0.0016229166666666625
     W(425) W(575) -0.0016770833333333332
     W(425) W(585) -0.041417708333333331
     W(425) W(595) -0.0068229166666666664
     W(425) W(605) 0.017804166666666652
     W(425) W(615) -0.0020166666666666662
     W(425) W(625) -0.0036739583333333403
     W(425) W(635) -0.0057749999999999971
     W(426) W(426) 0.19145833333333331
     W(426) W(436) 0.058715624999999987
     W(426) W(446) -0.0019531250000000078
     W(426) W(456) 0.006884374999999999
     W(426) W(466) 0.019750000000000011
     W(426) W(476) -0.00048958333333333362
     W(426) W(486) 0.0015083333333333353
     W(426) W(496) 0.010989583333333332
     W(426) W(506) 0.064354166666666657
     W(426) W(516) 0.029471875000000002
     W(426) W(526) -0.001439583333333335
     W(426) W(536) 0.0047385416666666704
     W(426) W(546) 0.0079364583333333318
     W(426) W(556) -0.0016229166666666625
     W(426) W(576) -0.0016770833333333332
     W(426) W(586) -0.041417708333333331
     W(426) W(596) -0.0068229166666666664
     W(426) W(606) 0.017804166666666652
     W(426) W(616) -0.0020166666666666662
     W(426) W(626) -0.0036739583333333403
     W(426) W(636) -0.0057749999999999971
     W(427) W(427) 0.19145833333333331
     W(427) W(437) 0.058715624999999987
     W(427) W(447) -0.0019531250000000078
     W(427) W(457) 0.006884374999999999
     W(427) W(467) 0.019750000000000011
     W(427) W(477) -0.00048958333333333362
     W(427) W(487) 0.0015083333333333353
     W(427) W(497) 0.010989583333333332
     W(427) W(507) 0.064354166666666657
     W(427) W(517) 0.029471875000000002
     W(427) W(527) -0.001439583333333335
     W(427) W(537) 0.0047385416666666704
     W(427) W(547) 0.0079364583333333318
     W(427) W(557) -0.0016229166666666625
     W(427) W(577) -0.0016770833333333332
     W(427) W(587) -0.041417708333333331
     W(427) W(597) -0.0068229166666666664
     W(427) W(607) 0.017804166666666652
     W(427) W(617) -0.0020166666666666662
     W(427) W(627) -0.0036739583333333403
     W(427) W(637) -0.0057749999999999971
     W(428) W(428) 0.19145833333333331
     W(428) W(438) 0.058715624999999987
     W(428) W(448) -0.0019531250000000078
     W(428) W(458) 0.006884374999999999
     W(428) W(468) 0.019750000000000011
     W(428) W(478) -0.00048958333333333362
     W(428) W(488) 0.0015083333333333353
     W(428) W(498) 0.010989583333333332
     W(428) W(508) 0.064354166666666657
     W(428) W(518) 0.029471875000000002
     W(428) W(528) -0.001439583333333335
     W(428) W(538) 0.0047385416666666704
     W(428) W(548) 0.0079364583333333318
     W(428) W(558) -0.0016229166666666625
     W(428) W(578) -0.0016770833333333332
     W(428) W(588) -0.041417708333333331
     W(428) W(598) -0.0068229166666666664
     W(428) W(608) 0.017804166666666652
     W(428) W(618) -0.0020166666666666662
     W(428) W(628) -0.0036739583333333403
     W(428) W(638) -0.0057749999999999971
     W(429) W(429) 0.19145833333333331
     W(429) W(439) 0.058715624999999987
     W(429) W(449) -0.0019531250000000078
     W(429) W(459) 0.006884374999999999
     W(429) W(469) 0.019750000000000011
     W(429) W(479) -0.00048958333333333362
     W(429) W(489) 0.0015083333333333353
     W(429) W(499) 0.010989583333333332
     W(429) W(509) 0.064354166666666657
     W(429) W(519) 0.029471875000000002
     W(429) W(529) -0.001439583333333335
     W(429) W(539) 0.0047385416666666704
     W(429) W(549) 0.0079364583333333318
     W(429) W(559) -0.0016229166666666625
     W(429) W(579) -0.0016770833333333332
     W(429) W(589) -0.041417708333333331
     W(429) W(599) -0.0068229166666666664
     W(429) W(609) 0.017804166666666652
     W(429) W(619) -0.0020166666666666662
     W(429) W(629) -0.0036739583333333403
     W(429) W(639) -0.0057749999999999971
     W(430) W(430) 0.20838489583333328
     W(430) W(440) 0.084049479166666649
     W(430) W(450) -0.051427604166666668
     W(430) W(460) -0.021414062500000025
     W(430) W(470) -0.00044010416666666671
     W(430) W(480) 0.00033749999999999975
     W(430) W(490) -0.00040364583333333333
     W(430) W(500) -0.0081484375000000012
     W(430) W(510) 0.079436458333333348
     W(430) W(520) 0.015673437500000002
     W(430) W(530) -0.070938020833333351
     W(430) W(540) 0.00054374999999999888
     W(430) W(550) -0.00042083333333333268
     W(430) W(570) 0.0035625000000000019
     W(430) W(580) -0.022557812500000014
     W(430) W(590) -0.015169270833333338
     W(430) W(600) -0.025525000000000003
     W(430) W(610) -0.028195833333333347
     W(430) W(620) 0.0058583333333333369
     W(430) W(630) -0.0019109374999999988
     W(431) W(431) 0.20838489583333328
     W(431) W(441) 0.084049479166666649
     W(431) W(451) -0.051427604166666668
     W(431) W(461) -0.021414062500000025
     W(431) W(471) -0.00044010416666666671
     W(431) W(481) 0.00033749999999999975
     W(431) W(491) -0.00040364583333333333
     W(431) W(501) -0.0081484375000000012
     W(431) W(511) 0.079436458333333348
     W(431) W(521) 0.015673437500000002
     W(431) W(531) -0.070938020833333351
     W(431) W(541) 0.00054374999999999888
     W(431) W(551) -0.00042083333333333268
     W(431) W(571) 0.0035625000000000019
     W(431) W(581) -0.022557812500000014
     W(431) W(591) -0.015169270833333338
     W(431) W(601) -0.025525000000000003
     W(431) W(611) -0.028195833333333347
     W(431) W(621) 0.0058583333333333369
     W(431) W(631) -0.0019109374999999988
     W(432) W(432) 0.20838489583333328
     W(432) W(442) 0.084049479166666649
     W(432) W(452) -0.051427604166666668
     W(432) W(462) -0.021414062500000025
     W(432) W(472) -0.00044010416666666671
     W(432) W(482) 0.00033749999999999975
     W(432) W(492) -0.00040364583333333333
     W(432) W(502) -0.0081484375000000012
     W(432) W(512) 0.079436458333333348
     W(432) W(522) 0.015673437500000002
     W(432) W(532) -0.070938020833333351
     W(432) W(542) 0.00054374999999999888
     W(432) W(552) -0.00042083333333333268
     W(432) W(572) 0.0035625000000000019
     W(432) W(582) -0.022557812500000014
     W(432) W(592) -0.015169270833333338
     W(432) W(602) -0.025525000000000003
     W(432) W(612) -0.028195833333333347
     W(432) W(622) 0.0058583333333333369
     W(432) W(632) -0.0019109374999999988
     W(433) W(433) 0.20838489583333328
     W(433) W(443) 0.084049479166666649
     W(433) W(453) -0.051427604166666668
     W(433) W(463) -0.021414062500000025
     W(433) W(473) -0.00044010416666666671
     W(433) W(483) 0.00033749999999999975
     W(433) W(493) -0.00040364583333333333
     W(433) W(503) -0.0081484375000000012
     W(433) W(513) 0.079436458333333348
     W(433) W(523) 0.015673437500000002
     W(433) W(533) -0.070938020833333351
     W(433) W(543) 0.00054374999999999888
     W(433) W(553) -0.00042083333333333268
     W(433) W(573) 0.0035625000000000019
     W(433) W(583) -0.022557812500000014
     W(433) W(593) -0.015169270833333338
     W(433) W(603) -0.025525000000000003
     W(433) W(613) -0.028195833333333347
     W(433) W(623) 0.0058583333333333369
     W(433) W(633) -0.0019109374999999988
     W(434) W(434) 0.20838489583333328
     W(434) W(444) 0.084049479166666649
     W(434) W(454) -0.051427604166666668
     W(434) W(464) -0.021414062500000025
     W(434) W(474) -0.00044010416666666671
     W(434) W(484) 0.00033749999999999975
     W(434) W(494) -0.00040364583333333333
     W(434) W(504) -0.0081484375000000012
     W(434) W(514) 0.079436458333333348
     W(434) W(524) 0.015673437500000002
     W(434) W(534) -0.070938020833333351
     W(434) W(544) 0.00054374999999999888
     W(434) W(554) -0.00042083333333333268
     W(434) W(574) 0.0035625000000000019
     W(434) W(584) -0.022557812500000014
     W(434) W(594) -0.015169270833333338
     W(434) W(604) -0.025525000000000003
     W(434) W(614) -0.028195833333333347
     W(434) W(624) 0.0058583333333333369
     W(434) W(634) -0.0019109374999999988
     W(435) W(435) 0.20838489583333328
     W(435) W(445) 0.084049479166666649
     W(435) W(455) -0.051427604166666668
     W(435) W(465) -0.021414062500000025
     W(435) W(475) -0.00044010416666666671
     W(435) W(485) 0.00033749999999999975
     W(435) W(495) -0.00040364583333333333
     W(435) W(505) -0.0081484375000000012
     W(435) W(515) 0.079436458333333348
     W(435) W(525) 0.015673437500000002
     W(435) W(535) -0.070938020833333351
     W(435) W(545) 0.00054374999999999888
     W(435) W(555) -0.00042083333333333268
     W(435) W(575) 0.0035625000000000019
     W(435) W(585) -0.022557812500000014
     W(435) W(595) -0.015169270833333338
     W(435) W(605) -0.025525000000000003
     W(435) W(615) -0.028195833333333347
     W(435) W(625) 0.0058583333333333369
     W(435) W(635) -0.0019109374999999988
     W(436) W(436) 0.20838489583333328
     W(436) W(446) 0.084049479166666649
     W(436) W(456) -0.051427604166666668
     W(436) W(466) -0.021414062500000025
     W(436) W(476) -0.00044010416666666671
     W(436) W(486) 0.00033749999999999975
     W(436) W(496) -0.00040364583333333333
     W(436) W(506) -0.0081484375000000012
     W(436) W(516) 0.079436458333333348
     W(436) W(526) 0.015673437500000002
     W(436) W(536) -0.070938020833333351
     W(436) W(546) 0.00054374999999999888
     W(436) W(556) -0.00042083333333333268
     W(436) W(576) 0.0035625000000000019
     W(436) W(586) -0.022557812500000014
     W(436) W(596) -0.015169270833333338
     W(436) W(606) -0.025525000000000003
     W(436) W(616) -0.028195833333333347
     W(436) W(626) 0.0058583333333333369
     W(436) W(636) -0.0019109374999999988
     W(437) W(437) 0.20838489583333328
     W(437) W(447) 0.084049479166666649
     W(437) W(457) -0.051427604166666668
     W(437) W(467) -0.021414062500000025
     W(437) W(477) -0.00044010416666666671
     W(437) W(487) 0.00033749999999999975
     W(437) W(497) -0.00040364583333333333
     W(437) W(507) -0.0081484375000000012
     W(437) W(517) 0.079436458333333348
     W(437) W(527) 0.015673437500000002
     W(437) W(537) -0.070938020833333351
     W(437) W(547) 0.00054374999999999888
     W(437) W(557) -0.00042083333333333268
     W(437) W(577) 0.0035625000000000019
     W(437) W(587) -0.022557812500000014
     W(437) W(597) -0.015169270833333338
     W(437) W(607) -0.025525000000000003
     W(437) W(617) -0.028195833333333347
     W(437) W(627) 0.0058583333333333369
     W(437) W(637) -0.0019109374999999988
     W(438) W(438) 0.20838489583333328
     W(438) W(448) 0.084049479166666649
     W(438) W(458) -0.051427604166666668
     W(438) W(468) -0.021414062500000025
     W(438) W(478) -0.00044010416666666671
     W(438) W(488) 0.00033749999999999975
     W(438) W(498) -0.00040364583333333333
     W(438) W(508) -0.0081484375000000012
     W(438) W(518) 0.079436458333333348
     W(438) W(528) 0.015673437500000002
     W(438) W(538) -0.070938020833333351
     W(438) W(548) 0.00054374999999999888
     W(438) W(558) -0.00042083333333333268
     W(438) W(578) 0.0035625000000000019
     W(438) W(588) -0.022557812500000014
     W(438) W(598) -0.015169270833333338
     W(438) W(608) -0.025525000000000003
     W(438) W(618) -0.028195833333333347
     W(438) W(628) 0.0058583333333333369
     W(438) W(638) -0.0019109374999999988
     W(439) W(439) 0.20838489583333328
     W(439) W(449) 0.084049479166666649
     W(439) W(459) -0.051427604166666668
     W(439) W(469) -0.021414062500000025
     W(439) W(479) -0.00044010416666666671
     W(439) W(489) 0.00033749999999999975
     W(439) W(499) -0.00040364583333333333
     W(439) W(509) -0.0081484375000000012
     W(439) W(519) 0.079436458333333348
     W(439) W(529) 0.015673437500000002
     W(439) W(539) -0.070938020833333351
     W(439) W(549) 0.00054374999999999888
     W(439) W(559) -0.00042083333333333268
     W(439) W(579) 0.0035625000000000019
     W(439) W(589) -0.022557812500000014
     W(439) W(599) -0.015169270833333338
     W(439) W(609) -0.025525000000000003
     W(439) W(619) -0.028195833333333347
     W(439) W(629) 0.0058583333333333369
     W(439) W(639) -0.0019109374999999988
     W(440) W(440) 0.20904878472222221
     W(440) W(450) -0.026523437500000017
     W(440) W(460) -0.061601562500000012
     W(440) W(470) -0.00051649305555555693
     W(440) W(480) 0.00017361111111111131
     W(440) W(490) -0.0059331597222222251
     W(440) W(500) -0.049058159722222223
     W(440) W(510) 0.024887152777777779
     W(440) W(520) 0.073051215277777776
     W(440) W(530) -0.071809895833333318
     W(440) W(540) -0.039652777777777828
     W(440) W(550) 0.0050173611111111113
     W(440) W(570) -0.0016840277777777767
     W(440) W(580) -0.023580729166666672
     W(440) W(590) -0.027191840277777758
     W(440) W(600) -0.02493923611111112
     W(440) W(610) -0.040442708333333306
     W(440) W(620) 0.0030729166666666648
     W(440) W(630) 0.0085807291666666653
     W(441) W(441) 0.20904878472222221
     W(441) W(451) -0.026523437500000017
     W(441) W(461) -0.061601562500000012
     W(441) W(471) -0.00051649305555555693
     W(441) W(481) 0.00017361111111111131
     W(441) W(491) -0.0059331597222222251
     W(441) W(501) -0.049058159722222223
     W(441) W(511) 0.024887152777777779
     W(441) W(521) 0.073051215277777776
     W(441) W(531) -0.071809895833333318
     W(441) W(541) -0.039652777777777828
     W(441) W(551) 0.0050173611111111113
     W(441) W(571) -0.0016840277777777767
     W(441) W(581) -0.023580729166666672
     W(441) W(591) -0.027191840277777758
     W(441) W(601) -0.02493923611111112
     W(441) W(611) -0.040442708333333306
     W(441) W(621) 0.0030729166666666648
     W(441) W(631) 0.0085807291666666653
     W(442) W(442) 0.20904878472222221
     W(442) W(452) -0.026523437500000017
     W(442) W(462) -0.061601562500000012
     W(442) W(472) -0.00051649305555555693
     W(442) W(482) 0.00017361111111111131
     W(442) W(492) -0.0059331597222222251
     W(442) W(502) -0.049058159722222223
     W(442) W(512) 0.024887152777777779
     W(442) W(522) 0.073051215277777776
     W(442) W(532) -0.071809895833333318
     W(442) W(542) -0.039652777777777828
     W(442) W(552) 0.0050173611111111113
     W(442) W(572) -0.0016840277777777767
     W(442) W(582) -0.023580729166666672
     W(442) W(592) -0.027191840277777758
     W(442) W(602) -0.02493923611111112
     W(442) W(612) -0.040442708333333306
     W(442) W(622) 0.0030729166666666648
     W(442) W(632) 0.0085807291666666653
     W(443) W(443) 0.20904878472222221
     W(443) W(453) -0.026523437500000017
     W(443) W(463) -0.061601562500000012
     W(443) W(473) -0.00051649305555555693
     W(443) W(483) 0.00017361111111111131
     W(443) W(493) -0.0059331597222222251
     W(443) W(503) -0.049058159722222223
     W(443) W(513) 0.024887152777777779
     W(443) W(523) 0.073051215277777776
     W(443) W(533) -0.071809895833333318
     W(443) W(543) -0.039652777777777828
     W(443) W(553) 0.0050173611111111113
     W(443) W(573) -0.0016840277777777767
     W(443) W(583) -0.023580729166666672
     W(443) W(593) -0.027191840277777758
     W(443) W(603) -0.02493923611111112
     W(443) W(613) -0.040442708333333306
     W(443) W(623) 0.0030729166666666648
     W(443) W(633) 0.0085807291666666653
     W(444) W(444) 0.20904878472222221
     W(444) W(454) -0.026523437500000017
     W(444) W(464) -0.061601562500000012
     W(444) W(474) -0.00051649305555555693
     W(444) W(484) 0.00017361111111111131
     W(444) W(494) -0.0059331597222222251
     W(444) W(504) -0.049058159722222223
     W(444) W(514) 0.024887152777777779
     W(444) W(524) 0.073051215277777776
     W(444) W(534) -0.071809895833333318
     W(444) W(544) -0.039652777777777828
     W(444) W(554) 0.0050173611111111113
     W(444) W(574) -0.0016840277777777767
     W(444) W(584) -0.023580729166666672
     W(444) W(594) -0.027191840277777758
     W(444) W(604) -0.02493923611111112
     W(444) W(614) -0.040442708333333306
     W(444) W(624) 0.0030729166666666648
     W(444) W(634) 0.0085807291666666653
     W(445) W(445) 0.20904878472222221
     W(445) W(455) -0.026523437500000017
     W(445) W(465) -0.061601562500000012
     W(445) W(475) -0.00051649305555555693
     W(445) W(485) 0.00017361111111111131
     W(445) W(495) -0.0059331597222222251
     W(445) W(505) -0.049058159722222223
     W(445) W(515) 0.024887152777777779
     W(445) W(525) 0.073051215277777776
     W(445) W(535) -0.071809895833333318
     W(445) W(545) -0.039652777777777828
     W(445) W(555) 0.0050173611111111113
     W(445) W(575) -0.0016840277777777767
     W(445) W(585) -0.023580729166666672
     W(445) W(595) -0.027191840277777758
     W(445) W(605) -0.02493923611111112
     W(445) W(615) -0.040442708333333306
     W(445) W(625) 0.0030729166666666648
     W(445) W(635) 0.0085807291666666653
     W(446) W(446) 0.20904878472222221
     W(446) W(456) -0.026523437500000017
     W(446) W(466) -0.061601562500000012
     W(446) W(476) -0.00051649305555555693
     W(446) W(486) 0.00017361111111111131
     W(446) W(496) -0.0059331597222222251
     W(446) W(506) -0.049058159722222223
     W(446) W(516) 0.024887152777777779
     W(446) W(526) 0.073051215277777776
     W(446) W(536) -0.071809895833333318
     W(446) W(546) -0.039652777777777828
     W(446) W(556) 0.0050173611111111113
     W(446) W(576) -0.0016840277777777767
     W(446) W(586) -0.023580729166666672
     W(446) W(596) -0.027191840277777758
     W(446) W(606) -0.02493923611111112
     W(446) W(616) -0.040442708333333306
     W(446) W(626) 0.0030729166666666648
     W(446) W(636) 0.0085807291666666653
     W(447) W(447) 0.20904878472222221
     W(447) W(457) -0.026523437500000017
     W(447) W(467) -0.061601562500000012
     W(447) W(477) -0.00051649305555555693
     W(447) W(487) 0.00017361111111111131
     W(447) W(497) -0.0059331597222222251
     W(447) W(507) -0.049058159722222223
     W(447) W(517) 0.024887152777777779
     W(447) W(527) 0.073051215277777776
     W(447) W(537) -0.071809895833333318
     W(447) W(547) -0.039652777777777828
     W(447) W(557) 0.0050173611111111113
     W(447) W(577) -0.0016840277777777767
     W(447) W(587) -0.023580729166666672
     W(447) W(597) -0.027191840277777758
     W(447) W(607) -0.02493923611111112
     W(447) W(617) -0.040442708333333306
     W(447) W(627) 0.0030729166666666648
     W(447) W(637) 0.0085807291666666653
     W(448) W(448) 0.20904878472222221
     W(448) W(458) -0.026523437500000017
     W(448) W(468) -0.061601562500000012
     W(448) W(478) -0.00051649305555555693
     W(448) W(488) 0.00017361111111111131
     W(448) W(498) -0.0059331597222222251
     W(448) W(508) -0.049058159722222223
     W(448) W(518) 0.024887152777777779
     W(448) W(528) 0.073051215277777776
     W(448) W(538) -0.071809895833333318
     W(448) W(548) -0.039652777777777828
     W(448) W(558) 0.0050173611111111113
     W(448) W(578) -0.0016840277777777767
     W(448) W(588) -0.023580729166666672
     W(448) W(598) -0.027191840277777758
     W(448) W(608) -0.02493923611111112
     W(448) W(618) -0.040442708333333306
     W(448) W(628) 0.0030729166666666648
     W(448) W(638) 0.0085807291666666653
     W(449) W(449) 0.20904878472222221
     W(449) W(459) -0.026523437500000017
     W(449) W(469) -0.061601562500000012
     W(449) W(479) -0.00051649305555555693
     W(449) W(489) 0.00017361111111111131
     W(449) W(499) -0.0059331597222222251
     W(449) W(509) -0.049058159722222223
     W(449) W(519) 0.024887152777777779
     W(449) W(529) 0.073051215277777776
     W(449) W(539) -0.071809895833333318
     W(449) W(549) -0.039652777777777828
     W(449) W(559) 0.0050173611111111113
     W(449) W(579) -0.0016840277777777767
     W(449) W(589) -0.023580729166666672
     W(449) W(599) -0.027191840277777758
     W(449) W(609) -0.02493923611111112
     W(449) W(619) -0.040442708333333306
     W(449) W(629) 0.0030729166666666648
     W(449) W(639) 0.0085807291666666653
     W(450) W(450) 0.14998697916666656
     W(450) W(460) 0.02445052083333334
     W(450) W(470) -0.000268229166666667
     W(450) W(480) 0.0014041666666666684
     W(450) W(490) 0.0041536458333333356
     W(450) W(500) 0.0055651041666666696
     W(450) W(510) -0.038392708333333345
     W(450) W(520) -0.00035885416666666753
     W(450) W(530) 0.069543229166666692
     W(450) W(540) 0.0072593750000000011
     W(450) W(550) -0.0006854166666666674
     W(450) W(570) -0.0049583333333333389
     W(450) W(580) -0.022290104166666665
     W(450) W(590) -0.0097265624999999991
     W(450) W(600) 0.031840625000000025
     W(450) W(610) 0.021498958333333342
     W(450) W(620) -0.013517708333333331
     W(450) W(630) -0.0063869791666666667
     W(451) W(451) 0.14998697916666656
     W(451) W(461) 0.02445052083333334
     W(451) W(471) -0.000268229166666667
     W(451) W(481) 0.0014041666666666684
     W(451) W(491) 0.0041536458333333356
     W(451) W(501) 0.0055651041666666696
     W(451) W(511) -0.038392708333333345
     W(451) W(521) -0.00035885416666666753
     W(451) W(531) 0.069543229166666692
     W(451) W(541) 0.0072593750000000011
     W(451) W(551) -0.0006854166666666674
     W(451) W(571) -0.0049583333333333389
     W(451) W(581) -0.022290104166666665
     W(451) W(591) -0.0097265624999999991
     W(451) W(601) 0.031840625000000025
     W(451) W(611) 0.021498958333333342
     W(451) W(621) -0.013517708333333331
     W(451) W(631) -0.0063869791666666667
     W(452) W(452) 0.14998697916666656
     W(452) W(462) 0.02445052083333334
     W(452) W(472) -0.000268229166666667
     W(452) W(482) 0.0014041666666666684
     W(452) W(492) 0.0041536458333333356
     W(452) W(502) 0.0055651041666666696
     W(452) W(512) -0.038392708333333345
     W(452) W(522) -0.00035885416666666753
     W(452) W(532) 0.069543229166666692
     W(452) W(542) 0.0072593750000000011
     W(452) W(552) -0.0006854166666666674
     W(452) W(572) -0.0049583333333333389
     W(452) W(582) -0.022290104166666665
     W(452) W(592) -0.0097265624999999991
     W(452) W(602) 0.031840625000000025
     W(452) W(612) 0.021498958333333342
     W(452) W(622) -0.013517708333333331
     W(452) W(632) -0.0063869791666666667
     W(453) W(453) 0.14998697916666656
     W(453) W(463) 0.02445052083333334
     W(453) W(473) -0.000268229166666667
     W(453) W(483) 0.0014041666666666684
     W(453) W(493) 0.0041536458333333356
     W(453) W(503) 0.0055651041666666696
     W(453) W(513) -0.038392708333333345
     W(453) W(523) -0.00035885416666666753
     W(453) W(533) 0.069543229166666692
     W(453) W(543) 0.0072593750000000011
     W(453) W(553) -0.0006854166666666674
     W(453) W(573) -0.0049583333333333389
     W(453) W(583) -0.022290104166666665
     W(453) W(593) -0.0097265624999999991
     W(453) W(603) 0.031840625000000025
     W(453) W(613) 0.021498958333333342
     W(453) W(623) -0.013517708333333331
     W(453) W(633) -0.0063869791666666667
     W(454) W(454) 0.14998697916666656
     W(454) W(464) 0.02445052083333334
     W(454) W(474) -0.000268229166666667
     W(454) W(484) 0.0014041666666666684
     W(454) W(494) 0.0041536458333333356
     W(454) W(504) 0.0055651041666666696
     W(454) W(514) -0.038392708333333345
     W(454) W(524) -0.00035885416666666753
     W(454) W(534) 0.069543229166666692
     W(454) W(544) 0.0072593750000000011
     W(454) W(554) -0.0006854166666666674
     W(454) W(574) -0.0049583333333333389
     W(454) W(584) -0.022290104166666665
     W(454) W(594) -0.0097265624999999991
     W(454) W(604) 0.031840625000000025
     W(454) W(614) 0.021498958333333342
     W(454) W(624) -0.013517708333333331
     W(454) W(634) -0.0063869791666666667
     W(455) W(455) 0.14998697916666656
     W(455) W(465) 0.02445052083333334
     W(455) W(475) -0.000268229166666667
     W(455) W(485) 0.0014041666666666684
     W(455) W(495) 0.0041536458333333356
     W(455) W(505) 0.0055651041666666696
     W(455) W(515) -0.038392708333333345
     W(455) W(525) -0.00035885416666666753
     W(455) W(535) 0.069543229166666692
     W(455) W(545) 0.0072593750000000011
     W(455) W(555) -0.0006854166666666674
     W(455) W(575) -0.0049583333333333389
     W(455) W(585) -0.022290104166666665
     W(455) W(595) -0.0097265624999999991
     W(455) W(605) 0.031840625000000025
     W(455) W(615) 0.021498958333333342
     W(455) W(625) -0.013517708333333331
     W(455) W(635) -0.0063869791666666667
     W(456) W(456) 0.14998697916666656
     W(456) W(466) 0.02445052083333334
     W(456) W(476) -0.000268229166666667
     W(456) W(486) 0.0014041666666666684
     W(456) W(496) 0.0041536458333333356
     W(456) W(506) 0.0055651041666666696
     W(456) W(516) -0.038392708333333345
     W(456) W(526) -0.00035885416666666753
     W(456) W(536) 0.069543229166666692
     W(456) W(546) 0.0072593750000000011
     W(456) W(556) -0.0006854166666666674
     W(456) W(576) -0.0049583333333333389
     W(456) W(586) -0.022290104166666665
     W(456) W(596) -0.0097265624999999991
     W(456) W(606) 0.031840625000000025
     W(456) W(616) 0.021498958333333342
     W(456) W(626) -0.013517708333333331
     W(456) W(636) -0.0063869791666666667
     W(457) W(457) 0.14998697916666656
     W(457) W(467) 0.02445052083333334
     W(457) W(477) -0.000268229166666667
     W(457) W(487) 0.0014041666666666684
     W(457) W(497) 0.0041536458333333356
     W(457) W(507) 0.0055651041666666696
     W(457) W(517) -0.038392708333333345
     W(457) W(527) -0.00035885416666666753
     W(457) W(537) 0.069543229166666692
     W(457) W(547) 0.0072593750000000011
     W(457) W(557) -0.0006854166666666674
     W(457) W(577) -0.0049583333333333389
     W(457) W(587) -0.022290104166666665
     W(457) W(597) -0.0097265624999999991
     W(457) W(607) 0.031840625000000025
     W(457) W(617) 0.021498958333333342
     W(457) W(627) -0.013517708333333331
     W(457) W(637) -0.0063869791666666667
     W(458) W(458) 0.14998697916666656
     W(458) W(468) 0.02445052083333334
     W(458) W(478) -0.000268229166666667
     W(458) W(488) 0.0014041666666666684
     W(458) W(498) 0.0041536458333333356
     W(458) W(508) 0.0055651041666666696
     W(458) W(518) -0.038392708333333345
     W(458) W(528) -0.00035885416666666753
     W(458) W(538) 0.069543229166666692
     W(458) W(548) 0.0072593750000000011
     W(458) W(558) -0.0006854166666666674
     W(458) W(578) -0.0049583333333333389
     W(458) W(588) -0.022290104166666665
     W(458) W(598) -0.0097265624999999991
     W(458) W(608) 0.031840625000000025
     W(458) W(618) 0.021498958333333342
     W(458) W(628) -0.013517708333333331
     W(458) W(638) -0.0063869791666666667
     W(459) W(459) 0.14998697916666656
     W(459) W(469) 0.02445052083333334
     W(459) W(479) -0.000268229166666667
     W(459) W(489) 0.0014041666666666684
     W(459) W(499) 0.0041536458333333356
     W(459) W(509) 0.0055651041666666696
     W(459) W(519) -0.038392708333333345
     W(459) W(529) -0.00035885416666666753
     W(459) W(539) 0.069543229166666692
     W(459) W(549) 0.0072593750000000011
     W(459) W(559) -0.0006854166666666674
     W(459) W(579) -0.0049583333333333389
     W(459) W(589) -0.022290104166666665
     W(459) W(599) -0.0097265624999999991
     W(459) W(609) 0.031840625000000025
     W(459) W(619) 0.021498958333333342
     W(459) W(629) -0.013517708333333331
     W(459) W(639) -0.0063869791666666667
     W(460) W(460) 0.11797239583333335
     W(460) W(470) 0.0015234375000000029
     W(460) W(480) -0.00018749999999999992
     W(460) W(490) -0.00042968750000000082
     W(460) W(500) 0.024856770833333312
     W(460) W(510) 0.0013489583333333359
     W(460) W(520) -0.039236979166666658
     W(460) W(530) 0.042106770833333321
     W(460) W(540) 0.061234374999999966
     W(460) W(550) 0.0015677083333333341
     W(460) W(570) -0.0020312499999999975
     W(460) W(580) -0.0040130208333333311
     W(460) W(590) 0.012903645833333338
     W(460) W(600) 0.028937499999999994
     W(460) W(610) 0.046104166666666675
     W(460) W(620) 0.010671875000000013
     W(460) W(630) -0.0042942708333333392
     W(461) W(461) 0.11797239583333335
     W(461) W(471) 0.0015234375000000029
     W(461) W(481) -0.00018749999999999992
     W(461) W(491) -0.00042968750000000082
     W(461) W(501) 0.024856770833333312
     W(461) W(511) 0.0013489583333333359
     W(461) W(521) -0.039236979166666658
     W(461) W(531) 0.042106770833333321
     W(461) W(541) 0.061234374999999966
     W(461) W(551) 0.0015677083333333341
     W(461) W(571) -0.0020312499999999975
     W(461) W(581) -0.0040130208333333311
     W(461) W(591) 0.012903645833333338
     W(461) W(601) 0.028937499999999994
     W(461) W(611) 0.046104166666666675
     W(461) W(621) 0.010671875000000013
     W(461) W(631) -0.0042942708333333392
     W(462) W(462) 0.11797239583333335
     W(462) W(472) 0.0015234375000000029
     W(462) W(482) -0.00018749999999999992
     W(462) W(492) -0.00042968750000000082
     W(462) W(502) 0.024856770833333312
     W(462) W(512) 0.0013489583333333359
     W(462) W(522) -0.039236979166666658
     W(462) W(532) 0.042106770833333321
     W(462) W(542) 0.061234374999999966
     W(462) W(552) 0.0015677083333333341
     W(462) W(572) -0.0020312499999999975
     W(462) W(582) -0.0040130208333333311
     W(462) W(592) 0.012903645833333338
     W(462) W(602) 0.028937499999999994
     W(462) W(612) 0.046104166666666675
     W(462) W(622) 0.010671875000000013
     W(462) W(632) -0.0042942708333333392
     W(463) W(463) 0.11797239583333335
     W(463) W(473) 0.0015234375000000029
     W(463) W(483) -0.00018749999999999992
     W(463) W(493) -0.00042968750000000082
     W(463) W(503) 0.024856770833333312
     W(463) W(513) 0.0013489583333333359
     W(463) W(523) -0.039236979166666658
     W(463) W(533) 0.042106770833333321
     W(463) W(543) 0.061234374999999966
     W(463) W(553) 0.0015677083333333341
     W(463) W(573) -0.0020312499999999975
     W(463) W(583) -0.0040130208333333311
     W(463) W(593) 0.012903645833333338
     W(463) W(603) 0.028937499999999994
     W(463) W(613) 0.046104166666666675
     W(463) W(623) 0.010671875000000013
     W(463) W(633) -0.0042942708333333392
     W(464) W(464) 0.11797239583333335
     W(464) W(474) 0.0015234375000000029
     W(464) W(484) -0.00018749999999999992
     W(464) W(494) -0.00042968750000000082
     W(464) W(504) 0.024856770833333312
     W(464) W(514) 0.0013489583333333359
     W(464) W(524) -0.039236979166666658
     W(464) W(534) 0.042106770833333321
     W(464) W(544) 0.061234374999999966
     W(464) W(554) 0.0015677083333333341
     W(464) W(574) -0.0020312499999999975
     W(464) W(584) -0.0040130208333333311
     W(464) W(594) 0.012903645833333338
     W(464) W(604) 0.028937499999999994
     W(464) W(614) 0.046104166666666675
     W(464) W(624) 0.010671875000000013
     W(464) W(634) -0.0042942708333333392
     W(465) W(465) 0.11797239583333335
     W(465) W(475) 0.0015234375000000029
     W(465) W(485) -0.00018749999999999992
     W(465) W(495) -0.00042968750000000082
     W(465) W(505) 0.024856770833333312
     W(465) W(515) 0.0013489583333333359
     W(465) W(525) -0.039236979166666658
     W(465) W(535) 0.042106770833333321
     W(465) W(545) 0.061234374999999966
     W(465) W(555) 0.0015677083333333341
     W(465) W(575) -0.0020312499999999975
     W(465) W(585) -0.0040130208333333311
     W(465) W(595) 0.012903645833333338
     W(465) W(605) 0.028937499999999994
     W(465) W(615) 0.046104166666666675
     W(465) W(625) 0.010671875000000013
     W(465) W(635) -0.0042942708333333392
     W(466) W(466) 0.11797239583333335
     W(466) W(476) 0.0015234375000000029
     W(466) W(486) -0.00018749999999999992
     W(466) W(496) -0.00042968750000000082
     W(466) W(506) 0.024856770833333312
     W(466) W(516) 0.0013489583333333359
     W(466) W(526) -0.039236979166666658
     W(466) W(536) 0.042106770833333321
     W(466) W(546) 0.061234374999999966
     W(466) W(556) 0.0015677083333333341
     W(466) W(576) -0.0020312499999999975
     W(466) W(586) -0.0040130208333333311
     W(466) W(596) 0.012903645833333338
     W(466) W(606) 0.028937499999999994
     W(466) W(616) 0.046104166666666675
     W(466) W(626) 0.010671875000000013
     W(466) W(636) -0.0042942708333333392
     W(467) W(467) 0.11797239583333335
     W(467) W(477) 0.0015234375000000029
     W(467) W(487) -0.00018749999999999992
     W(467) W(497) -0.00042968750000000082
     W(467) W(507) 0.024856770833333312
     W(467) W(517) 0.0013489583333333359
     W(467) W(527) -0.039236979166666658
     W(467) W(537) 0.042106770833333321
     W(467) W(547) 0.061234374999999966
     W(467) W(557) 0.0015677083333333341
     W(467) W(577) -0.0020312499999999975
     W(467) W(587) -0.0040130208333333311
     W(467) W(597) 0.012903645833333338
     W(467) W(607) 0.028937499999999994
     W(467) W(617) 0.046104166666666675
     W(467) W(627) 0.010671875000000013
     W(467) W(637) -0.0042942708333333392
     W(468) W(468) 0.11797239583333335
     W(468) W(478) 0.0015234375000000029
     W(468) W(488) -0.00018749999999999992
     W(468) W(498) -0.00042968750000000082
     W(468) W(508) 0.024856770833333312
     W(468) W(518) 0.0013489583333333359
     W(468) W(528) -0.039236979166666658
     W(468) W(538) 0.042106770833333321
     W(468) W(548) 0.061234374999999966
     W(468) W(558) 0.0015677083333333341
     W(468) W(578) -0.0020312499999999975
     W(468) W(588) -0.0040130208333333311
     W(468) W(598) 0.012903645833333338
     W(468) W(608) 0.028937499999999994
     W(468) W(618) 0.046104166666666675
     W(468) W(628) 0.010671875000000013
     W(468) W(638) -0.0042942708333333392
     W(469) W(469) 0.11797239583333335
     W(469) W(479) 0.0015234375000000029
     W(469) W(489) -0.00018749999999999992
     W(469) W(499) -0.00042968750000000082
     W(469) W(509) 0.024856770833333312
     W(469) W(519) 0.0013489583333333359
     W(469) W(529) -0.039236979166666658
     W(469) W(539) 0.042106770833333321
     W(469) W(549) 0.061234374999999966
     W(469) W(559) 0.0015677083333333341
     W(469) W(579) -0.0020312499999999975
     W(469) W(589) -0.0040130208333333311
     W(469) W(599) 0.012903645833333338
     W(469) W(609) 0.028937499999999994
     W(469) W(619) 0.046104166666666675
     W(469) W(629) 0.010671875000000013
     W(469) W(639) -0.0042942708333333392
     W(470) W(470) 0.045038368055555562
     W(470) W(480) -6.9444444444444676e-06
     W(470) W(490) -0.00010850694444444459
     W(470) W(500) -0.00070746527777777756
     W(470) W(510) -0.0005277777777777774
     W(470) W(520) -0.00098350694444444375
     W(470) W(530) -0.00045052083333333326
     W(470) W(540) 0.0015590277777777744
     W(470) W(550) 0.0006493055555555564
     W(470) W(570) -3.4722222222222148e-05
     W(470) W(580) -0.00039843749999999981
     W(470) W(590) 4.3402777777774135e-06
     W(470) W(600) 0.00039756944444444562
     W(470) W(610) 0.0011510416666666661
     W(470) W(620) 0.0011822916666666655
     W(470) W(630) 5.9895833333333479e-05
     W(471) W(471) 0.045038368055555562
     W(471) W(481) -6.9444444444444676e-06
     W(471) W(491) -0.00010850694444444459
     W(471) W(501) -0.00070746527777777756
     W(471) W(511) -0.0005277777777777774
     W(471) W(521) -0.00098350694444444375
     W(471) W(531) -0.00045052083333333326
     W(471) W(541) 0.0015590277777777744
     W(471) W(551) 0.0006493055555555564
     W(471) W(571) -3.4722222222222148e-05
     W(471) W(581) -0.00039843749999999981
     W(471) W(591) 4.3402777777774135e-06
     W(471) W(601) 0.00039756944444444562
     W(471) W(611) 0.0011510416666666661
     W(471) W(621) 0.0011822916666666655
     W(471) W(631) 5.9895833333333479e-05
     W(472) W(472) 0.045038368055555562
     W(472) W(482) -6.9444444444444676e-06
     W(472) W(492) -0.00010850694444444459
     W(472) W(502) -0.00070746527777777756
     W(472) W(512) -0.0005277777777777774
     W(472) W(522) -0.00098350694444444375
     W(472) W(532) -0.00045052083333333326
     W(472) W(542) 0.0015590277777777744
     W(472) W(552) 0.0006493055555555564
     W(472) W(572) -3.4722222222222148e-05
     W(472) W(582) -0.00039843749999999981
     W(472) W(592) 4.3402777777774135e-06
     W(472) W(602) 0.00039756944444444562
     W(472) W(612) 0.0011510416666666661
     W(472) W(622) 0.0011822916666666655
     W(472) W(632) 5.9895833333333479e-05
     W(473) W(473) 0.045038368055555562
     W(473) W(483) -6.9444444444444676e-06
     W(473) W(493) -0.00010850694444444459
     W(473) W(503) -0.00070746527777777756
     W(473) W(513) -0.0005277777777777774
     W(473) W(523) -0.00098350694444444375
     W(473) W(533) -0.00045052083333333326
     W(473) W(543) 0.0015590277777777744
     W(473) W(553) 0.0006493055555555564
     W(473) W(573) -3.4722222222222148e-05
     W(473) W(583) -0.00039843749999999981
     W(473) W(593) 4.3402777777774135e-06
     W(473) W(603) 0.00039756944444444562
     W(473) W(613) 0.0011510416666666661
     W(473) W(623) 0.0011822916666666655
     W(473) W(633) 5.9895833333333479e-05
     W(474) W(474) 0.045038368055555562
     W(474) W(484) -6.9444444444444676e-06
     W(474) W(494) -0.00010850694444444459
     W(474) W(504) -0.00070746527777777756
     W(474) W(514) -0.0005277777777777774
     W(474) W(524) -0.00098350694444444375
     W(474) W(534) -0.00045052083333333326
     W(474) W(544) 0.0015590277777777744
     W(474) W(554) 0.0006493055555555564
     W(474) W(574) -3.4722222222222148e-05
     W(474) W(584) -0.00039843749999999981
     W(474) W(594) 4.3402777777774135e-06
     W(474) W(604) 0.00039756944444444562
     W(474) W(614) 0.0011510416666666661
     W(474) W(624) 0.0011822916666666655
     W(474) W(634) 5.9895833333333479e-05
     W(475) W(475) 0.045038368055555562
     W(475) W(485) -6.9444444444444676e-06
     W(475) W(495) -0.00010850694444444459
     W(475) W(505) -0.00070746527777777756
     W(475) W(515) -0.0005277777777777774
     W(475) W(525) -0.00098350694444444375
     W(475) W(535) -0.00045052083333333326
     W(475) W(545) 0.0015590277777777744
     W(475) W(555) 0.0006493055555555564
     W(475) W(575) -3.4722222222222148e-05
     W(475) W(585) -0.00039843749999999981
     W(475) W(595) 4.3402777777774135e-06
     W(475) W(605) 0.00039756944444444562
     W(475) W(615) 0.0011510416666666661
     W(475) W(625) 0.0011822916666666655
     W(475) W(635) 5.9895833333333479e-05
     W(476) W(476) 0.045038368055555562
     W(476) W(486) -6.9444444444444676e-06
     W(476) W(496) -0.00010850694444444459
     W(476) W(506) -0.00070746527777777756
     W(476) W(516) -0.0005277777777777774
     W(476) W(526) -0.00098350694444444375
     W(476) W(536) -0.00045052083333333326
     W(476) W(546) 0.0015590277777777744
     W(476) W(556) 0.0006493055555555564
     W(476) W(576) -3.4722222222222148e-05
     W(476) W(586) -0.00039843749999999981
     W(476) W(596) 4.3402777777774135e-06
     W(476) W(606) 0.00039756944444444562
     W(476) W(616) 0.0011510416666666661
     W(476) W(626) 0.0011822916666666655
     W(476) W(636) 5.9895833333333479e-05
     W(477) W(477) 0.045038368055555562
     W(477) W(487) -6.9444444444444676e-06
     W(477) W(497) -0.00010850694444444459
     W(477) W(507) -0.00070746527777777756
     W(477) W(517) -0.0005277777777777774
     W(477) W(527) -0.00098350694444444375
     W(477) W(537) -0.00045052083333333326
     W(477) W(547) 0.0015590277777777744
     W(477) W(557) 0.0006493055555555564
     W(477) W(577) -3.4722222222222148e-05
     W(477) W(587) -0.00039843749999999981
     W(477) W(597) 4.3402777777774135e-06
     W(477) W(607) 0.00039756944444444562
     W(477) W(617) 0.0011510416666666661
     W(477) W(627) 0.0011822916666666655
     W(477) W(637) 5.9895833333333479e-05
     W(478) W(478) 0.045038368055555562
     W(478) W(488) -6.9444444444444676e-06
     W(478) W(498) -0.00010850694444444459
     W(478) W(508) -0.00070746527777777756
     W(478) W(518) -0.0005277777777777774
     W(478) W(528) -0.00098350694444444375
     W(478) W(538) -0.00045052083333333326
     W(478) W(548) 0.0015590277777777744
     W(478) W(558) 0.0006493055555555564
     W(478) W(578) -3.4722222222222148e-05
     W(478) W(588) -0.00039843749999999981
     W(478) W(598) 4.3402777777774135e-06
     W(478) W(608) 0.00039756944444444562
     W(478) W(618) 0.0011510416666666661
     W(478) W(628) 0.0011822916666666655
     W(478) W(638) 5.9895833333333479e-05
     W(479) W(479) 0.045038368055555562
     W(479) W(489) -6.9444444444444676e-06
     W(479) W(499) -0.00010850694444444459
     W(479) W(509) -0.00070746527777777756
     W(479) W(519) -0.0005277777777777774
     W(479) W(529) -0.00098350694444444375
     W(479) W(539) -0.00045052083333333326
     W(479) W(549) 0.0015590277777777744
     W(479) W(559) 0.0006493055555555564
     W(479) W(579) -3.4722222222222148e-05
     W(479) W(589) -0.00039843749999999981
     W(479) W(599) 4.3402777777774135e-06
     W(479) W(609) 0.00039756944444444562
     W(479) W(619) 0.0011510416666666661
     W(479) W(629) 0.0011822916666666655
     W(479) W(639) 5.9895833333333479e-05
     W(480) W(480) 0.046255555555555557
     W(480) W(490) 0.0031597222222222339
     W(480) W(500) 0.0018680555555555538
     W(480) W(510) 0.0014888888888888879
     W(480) W(520) 0.0013847222222222212
     W(480) W(530) 0.00065416666666666574
     W(480) W(540) -0.00079722222222222098
     W(480) W(550) -4.4444444444444602e-05
     W(480) W(570) -5.5555555555555707e-05
     W(480) W(580) -0.0011374999999999981
     W(480) W(590) -0.0010763888888888913
     W(480) W(600) 0.00071944444444444562
     W(480) W(610) -0.0002000000000000002
     W(480) W(620) -0.00035833333333333252
     W(480) W(630) -7.0833333333332823e-05
     W(481) W(481) 0.046255555555555557
     W(481) W(491) 0.0031597222222222339
     W(481) W(501) 0.0018680555555555538
     W(481) W(511) 0.0014888888888888879
     W(481) W(521) 0.0013847222222222212
     W(481) W(531) 0.00065416666666666574
     W(481) W(541) -0.00079722222222222098
     W(481) W(551) -4.4444444444444602e-05
     W(481) W(571) -5.5555555555555707e-05
     W(481) W(581) -0.0011374999999999981
     W(481) W(591) -0.0010763888888888913
     W(481) W(601) 0.00071944444444444562
     W(481) W(611) -0.0002000000000000002
     W(481) W(621) -0.00035833333333333252
     W(481) W(631) -7.0833333333332823e-05
     W(482) W(482) 0.046255555555555557
     W(482) W(492) 0.0031597222222222339
     W(482) W(502) 0.0018680555555555538
     W(482) W(512) 0.0014888888888888879
     W(482) W(522) 0.0013847222222222212
     W(482) W(532) 0.00065416666666666574
     W(482) W(542) -0.00079722222222222098
     W(482) W(552) -4.4444444444444602e-05
     W(482) W(572) -5.5555555555555707e-05
     W(482) W(582) -0.0011374999999999981
     W(482) W(592) -0.0010763888888888913
     W(482) W(602) 0.00071944444444444562
     W(482) W(612) -0.0002000000000000002
     W(482) W(622) -0.00035833333333333252
     W(482) W(632) -7.0833333333332823e-05
     W(483) W(483) 0.046255555555555557
     W(483) W(493) 0.0031597222222222339
     W(483) W(503) 0.0018680555555555538
     W(483) W(513) 0.0014888888888888879
     W(483) W(523) 0.0013847222222222212
     W(483) W(533) 0.00065416666666666574
     W(483) W(543) -0.00079722222222222098
     W(483) W(553) -4.4444444444444602e-05
     W(483) W(573) -5.5555555555555707e-05
     W(483) W(583) -0.0011374999999999981
     W(483) W(593) -0.0010763888888888913
     W(483) W(603) 0.00071944444444444562
     W(483) W(613) -0.0002000000000000002
     W(483) W(623) -0.00035833333333333252
     W(483) W(633) -7.0833333333332823e-05
     W(484) W(484) 0.046255555555555557
     W(484) W(494) 0.0031597222222222339
     W(484) W(504) 0.0018680555555555538
     W(484) W(514) 0.0014888888888888879
     W(484) W(524) 0.0013847222222222212
     W(484) W(534) 0.00065416666666666574
     W(484) W(544) -0.00079722222222222098
     W(484) W(554) -4.4444444444444602e-05
     W(484) W(574) -5.5555555555555707e-05
     W(484) W(584) -0.0011374999999999981
     W(484) W(594) -0.0010763888888888913
     W(484) W(604) 0.00071944444444444562
     W(484) W(614) -0.0002000000000000002
     W(484) W(624) -0.00035833333333333252
     W(484) W(634) -7.0833333333332823e-05
     W(485) W(485) 0.046255555555555557
     W(485) W(495) 0.0031597222222222339
     W(485) W(505) 0.0018680555555555538
     W(485) W(515) 0.0014888888888888879
     W(485) W(525) 0.0013847222222222212
     W(485) W(535) 0.00065416666666666574
     W(485) W(545) -0.00079722222222222098
     W(485) W(555) -4.4444444444444602e-05
     W(485) W(575) -5.5555555555555707e-05
     W(485) W(585) -0.0011374999999999981
     W(485) W(595) -0.0010763888888888913
     W(485) W(605) 0.00071944444444444562
     W(485) W(615) -0.0002000000000000002
     W(485) W(625) -0.00035833333333333252
     W(485) W(635) -7.0833333333332823e-05
     W(486) W(486) 0.046255555555555557
     W(486) W(496) 0.0031597222222222339
     W(486) W(506) 0.0018680555555555538
     W(486) W(516) 0.0014888888888888879
     W(486) W(526) 0.0013847222222222212
     W(486) W(536) 0.00065416666666666574
     W(486) W(546) -0.00079722222222222098
     W(486) W(556) -4.4444444444444602e-05
     W(486) W(576) -5.5555555555555707e-05
     W(486) W(586) -0.0011374999999999981
     W(486) W(596) -0.0010763888888888913
     W(486) W(606) 0.00071944444444444562
     W(486) W(616) -0.0002000000000000002
     W(486) W(626) -0.00035833333333333252
     W(486) W(636) -7.0833333333332823e-05
     W(487) W(487) 0.046255555555555557
     W(487) W(497) 0.0031597222222222339
     W(487) W(507) 0.0018680555555555538
     W(487) W(517) 0.0014888888888888879
     W(487) W(527) 0.0013847222222222212
     W(487) W(537) 0.00065416666666666574
     W(487) W(547) -0.00079722222222222098
     W(487) W(557) -4.4444444444444602e-05
     W(487) W(577) -5.5555555555555707e-05
     W(487) W(587) -0.0011374999999999981
     W(487) W(597) -0.0010763888888888913
     W(487) W(607) 0.00071944444444444562
     W(487) W(617) -0.0002000000000000002
     W(487) W(627) -0.00035833333333333252
     W(487) W(637) -7.0833333333332823e-05
     W(488) W(488) 0.046255555555555557
     W(488) W(498) 0.0031597222222222339
     W(488) W(508) 0.0018680555555555538
     W(488) W(518) 0.0014888888888888879
     W(488) W(528) 0.0013847222222222212
     W(488) W(538) 0.00065416666666666574
     W(488) W(548) -0.00079722222222222098
     W(488) W(558) -4.4444444444444602e-05
     W(488) W(578) -5.5555555555555707e-05
     W(488) W(588) -0.0011374999999999981
     W(488) W(598) -0.0010763888888888913
     W(488) W(608) 0.00071944444444444562
     W(488) W(618) -0.0002000000000000002
     W(488) W(628) -0.00035833333333333252
     W(488) W(638) -7.0833333333332823e-05
     W(489) W(489) 0.046255555555555557
     W(489) W(499) 0.0031597222222222339
     W(489) W(509) 0.0018680555555555538
     W(489) W(519) 0.0014888888888888879
     W(489) W(529) 0.0013847222222222212
     W(489) W(539) 0.00065416666666666574
     W(489) W(549) -0.00079722222222222098
     W(489) W(559) -4.4444444444444602e-05
     W(489) W(579) -5.5555555555555707e-05
     W(489) W(589) -0.0011374999999999981
     W(489) W(599) -0.0010763888888888913
     W(489) W(609) 0.00071944444444444562
     W(489) W(619) -0.0002000000000000002
     W(489) W(629) -0.00035833333333333252
     W(489) W(639) -7.0833333333332823e-05
     W(490) W(490) 0.061236284722222256
     W(490) W(500) 0.023589409722222236
     W(490) W(510) 0.0036284722222222217
     W(490) W(520) 0.0012977430555555559
     W(490) W(530) 0.0083723958333333341
     W(490) W(540) -0.0019878472222222272
     W(490) W(550) -0.00069444444444444545
     W(490) W(570) 0.0019444444444444453
     W(490) W(580) 0.0052994791666666711
     W(490) W(590) -0.00075086805555555432
     W(490) W(600) 0.0042621527777777866
     W(490) W(610) 0.0031770833333333382
     W(490) W(620) -0.0011718750000000028
     W(490) W(630) -0.00095052083333333371
     W(491) W(491) 0.061236284722222256
     W(491) W(501) 0.023589409722222236
     W(491) W(511) 0.0036284722222222217
     W(491) W(521) 0.0012977430555555559
     W(491) W(531) 0.0083723958333333341
     W(491) W(541) -0.0019878472222222272
     W(491) W(551) -0.00069444444444444545
     W(491) W(571) 0.0019444444444444453
     W(491) W(581) 0.0052994791666666711
     W(491) W(591) -0.00075086805555555432
     W(491) W(601) 0.0042621527777777866
     W(491) W(611) 0.0031770833333333382
     W(491) W(621) -0.0011718750000000028
     W(491) W(631) -0.00095052083333333371
     W(492) W(492) 0.061236284722222256
     W(492) W(502) 0.023589409722222236
     W(492) W(512) 0.0036284722222222217
     W(492) W(522) 0.0012977430555555559
     W(492) W(532) 0.0083723958333333341
     W(492) W(542) -0.0019878472222222272
     W(492) W(552) -0.00069444444444444545
     W(492) W(572) 0.0019444444444444453
     W(492) W(582) 0.0052994791666666711
     W(492) W(592) -0.00075086805555555432
     W(492) W(602) 0.0042621527777777866
     W(492) W(612) 0.0031770833333333382
     W(492) W(622) -0.0011718750000000028
     W(492) W(632) -0.00095052083333333371
     W(493) W(493) 0.061236284722222256
     W(493) W(503) 0.023589409722222236
     W(493) W(513) 0.0036284722222222217
     W(493) W(523) 0.0012977430555555559
     W(493) W(533) 0.0083723958333333341
     W(493) W(543) -0.0019878472222222272
     W(493) W(553) -0.00069444444444444545
     W(493) W(573) 0.0019444444444444453
     W(493) W(583) 0.0052994791666666711
     W(493) W(593) -0.00075086805555555432
     W(493) W(603) 0.0042621527777777866
     W(493) W(613) 0.0031770833333333382
     W(493) W(623) -0.0011718750000000028
     W(493) W(633) -0.00095052083333333371
     W(494) W(494) 0.061236284722222256
     W(494) W(504) 0.023589409722222236
     W(494) W(514) 0.0036284722222222217
     W(494) W(524) 0.0012977430555555559
     W(494) W(534) 0.0083723958333333341
     W(494) W(544) -0.0019878472222222272
     W(494) W(554) -0.00069444444444444545
     W(494) W(574) 0.0019444444444444453
     W(494) W(584) 0.0052994791666666711
     W(494) W(594) -0.00075086805555555432
     W(494) W(604) 0.0042621527777777866
     W(494) W(614) 0.0031770833333333382
     W(494) W(624) -0.0011718750000000028
     W(494) W(634) -0.00095052083333333371
     W(495) W(495) 0.061236284722222256
     W(495) W(505) 0.023589409722222236
     W(495) W(515) 0.0036284722222222217
     W(495) W(525) 0.0012977430555555559
     W(495) W(535) 0.0083723958333333341
     W(495) W(545) -0.0019878472222222272
     W(495) W(555) -0.00069444444444444545
     W(495) W(575) 0.0019444444444444453
     W(495) W(585) 0.0052994791666666711
     W(495) W(595) -0.00075086805555555432
     W(495) W(605) 0.0042621527777777866
     W(495) W(615) 0.0031770833333333382
     W(495) W(625) -0.0011718750000000028
     W(495) W(635) -0.00095052083333333371
     W(496) W(496) 0.061236284722222256
     W(496) W(506) 0.023589409722222236
     W(496) W(516) 0.0036284722222222217
     W(496) W(526) 0.0012977430555555559
     W(496) W(536) 0.0083723958333333341
     W(496) W(546) -0.0019878472222222272
     W(496) W(556) -0.00069444444444444545
     W(496) W(576) 0.0019444444444444453
     W(496) W(586) 0.0052994791666666711
     W(496) W(596) -0.00075086805555555432
     W(496) W(606) 0.0042621527777777866
     W(496) W(616) 0.0031770833333333382
     W(496) W(626) -0.0011718750000000028
     W(496) W(636) -0.00095052083333333371
     W(497) W(497) 0.061236284722222256
     W(497) W(507) 0.023589409722222236
     W(497) W(517) 0.0036284722222222217
     W(497) W(527) 0.0012977430555555559
     W(497) W(537) 0.0083723958333333341
     W(497) W(547) -0.0019878472222222272
     W(497) W(557) -0.00069444444444444545
     W(497) W(577) 0.0019444444444444453
     W(497) W(587) 0.0052994791666666711
     W(497) W(597) -0.00075086805555555432
     W(497) W(607) 0.0042621527777777866
     W(497) W(617) 0.0031770833333333382
     W(497) W(627) -0.0011718750000000028
     W(497) W(637) -0.00095052083333333371
     W(498) W(498) 0.061236284722222256
     W(498) W(508) 0.023589409722222236
     W(498) W(518) 0.0036284722222222217
     W(498) W(528) 0.0012977430555555559
     W(498) W(538) 0.0083723958333333341
     W(498) W(548) -0.0019878472222222272
     W(498) W(558) -0.00069444444444444545
     W(498) W(578) 0.0019444444444444453
     W(498) W(588) 0.0052994791666666711
     W(498) W(598) -0.00075086805555555432
     W(498) W(608) 0.0042621527777777866
     W(498) W(618) 0.0031770833333333382
     W(498) W(628) -0.0011718750000000028
     W(498) W(638) -0.00095052083333333371
     W(499) W(499) 0.061236284722222256
     W(499) W(509) 0.023589409722222236
     W(499) W(519) 0.0036284722222222217
     W(499) W(529) 0.0012977430555555559
     W(499) W(539) 0.0083723958333333341
     W(499) W(549) -0.0019878472222222272
     W(499) W(559) -0.00069444444444444545
     W(499) W(579) 0.0019444444444444453
     W(499) W(589) 0.0052994791666666711
     W(499) W(599) -0.00075086805555555432
     W(499) W(609) 0.0042621527777777866
     W(499) W(619) 0.0031770833333333382
     W(499) W(629) -0.0011718750000000028
     W(499) W(639) -0.00095052083333333371
     W(500) W(500) 0.17581961805555568
     W(500) W(510) 0.033847222222222244
     W(500) W(520) -0.010098090277777775
     W(500) W(530) 0.042127604166666673
     W(500) W(540) 0.022496527777777789
     W(500) W(550) -0.0011475694444444445
     W(500) W(570) 0.004782986111111112
     W(500) W(580) 0.026111979166666664
     W(500) W(590) 0.029848090277777763
     W(500) W(600) 0.024407986111111116
     W(500) W(610) 0.023624999999999997
     W(500) W(620) 0.0099062500000000036
     W(500) W(630) -0.001268229166666666
     W(501) W(501) 0.17581961805555568
     W(501) W(511) 0.033847222222222244
     W(501) W(521) -0.010098090277777775
     W(501) W(531) 0.042127604166666673
     W(501) W(541) 0.022496527777777789
     W(501) W(551) -0.0011475694444444445
     W(501) W(571) 0.004782986111111112
     W(501) W(581) 0.026111979166666664
     W(501) W(591) 0.029848090277777763
     W(501) W(601) 0.024407986111111116
     W(501) W(611) 0.023624999999999997
     W(501) W(621) 0.0099062500000000036
     W(501) W(631) -0.001268229166666666
     W(502) W(502) 0.17581961805555568
     W(502) W(512) 0.033847222222222244
     W(502) W(522) -0.010098090277777775
     W(502) W(532) 0.042127604166666673
     W(502) W(542) 0.022496527777777789
     W(502) W(552) -0.0011475694444444445
     W(502) W(572) 0.004782986111111112
     W(502) W(582) 0.026111979166666664
     W(502) W(592) 0.029848090277777763
     W(502) W(602) 0.024407986111111116
     W(502) W(612) 0.023624999999999997
     W(502) W(622) 0.0099062500000000036
     W(502) W(632) -0.001268229166666666
     W(503) W(503) 0.17581961805555568
     W(503) W(513) 0.033847222222222244
     W(503) W(523) -0.010098090277777775
     W(503) W(533) 0.042127604166666673
     W(503) W(543) 0.022496527777777789
     W(503) W(553) -0.0011475694444444445
     W(503) W(573) 0.004782986111111112
     W(503) W(583) 0.026111979166666664
     W(503) W(593) 0.029848090277777763
     W(503) W(603) 0.024407986111111116
     W(503) W(613) 0.023624999999999997
     W(503) W(623) 0.0099062500000000036
     W(503) W(633) -0.001268229166666666
     W(504) W(504) 0.17581961805555568
     W(504) W(514) 0.033847222222222244
     W(504) W(524) -0.010098090277777775
     W(504) W(534) 0.042127604166666673
     W(504) W(544) 0.022496527777777789
     W(504) W(554) -0.0011475694444444445
     W(504) W(574) 0.004782986111111112
     W(504) W(584) 0.026111979166666664
     W(504) W(594) 0.029848090277777763
     W(504) W(604) 0.024407986111111116
     W(504) W(614) 0.023624999999999997
     W(504) W(624) 0.0099062500000000036
     W(504) W(634) -0.001268229166666666
     W(505) W(505) 0.17581961805555568
     W(505) W(515) 0.033847222222222244
     W(505) W(525) -0.010098090277777775
     W(505) W(535) 0.042127604166666673
     W(505) W(545) 0.022496527777777789
     W(505) W(555) -0.0011475694444444445
     W(505) W(575) 0.004782986111111112
     W(505) W(585) 0.026111979166666664
     W(505) W(595) 0.029848090277777763
     W(505) W(605) 0.024407986111111116
     W(505) W(615) 0.023624999999999997
     W(505) W(625) 0.0099062500000000036
     W(505) W(635) -0.001268229166666666
     W(506) W(506) 0.17581961805555568
     W(506) W(516) 0.033847222222222244
     W(506) W(526) -0.010098090277777775
     W(506) W(536) 0.042127604166666673
     W(506) W(546) 0.022496527777777789
     W(506) W(556) -0.0011475694444444445
     W(506) W(576) 0.004782986111111112
     W(506) W(586) 0.026111979166666664
     W(506) W(596) 0.029848090277777763
     W(506) W(606) 0.024407986111111116
     W(506) W(616) 0.023624999999999997
     W(506) W(626) 0.0099062500000000036
     W(506) W(636) -0.001268229166666666
     W(507) W(507) 0.17581961805555568
     W(507) W(517) 0.033847222222222244
     W(507) W(527) -0.010098090277777775
     W(507) W(537) 0.042127604166666673
     W(507) W(547) 0.022496527777777789
     W(507) W(557) -0.0011475694444444445
     W(507) W(577) 0.004782986111111112
     W(507) W(587) 0.026111979166666664
     W(507) W(597) 0.029848090277777763
     W(507) W(607) 0.024407986111111116
     W(507) W(617) 0.023624999999999997
     W(507) W(627) 0.0099062500000000036
     W(507) W(637) -0.001268229166666666
     W(508) W(508) 0.17581961805555568
     W(508) W(518) 0.033847222222222244
     W(508) W(528) -0.010098090277777775
     W(508) W(538) 0.042127604166666673
     W(508) W(548) 0.022496527777777789
     W(508) W(558) -0.0011475694444444445
     W(508) W(578) 0.004782986111111112
     W(508) W(588) 0.026111979166666664
     W(508) W(598) 0.029848090277777763
     W(508) W(608) 0.024407986111111116
     W(508) W(618) 0.023624999999999997
     W(508) W(628) 0.0099062500000000036
     W(508) W(638) -0.001268229166666666
     W(509) W(509) 0.17581961805555568
     W(509) W(519) 0.033847222222222244
     W(509) W(529) -0.010098090277777775
     W(509) W(539) 0.042127604166666673
     W(509) W(549) 0.022496527777777789
     W(509) W(559) -0.0011475694444444445
     W(509) W(579) 0.004782986111111112
     W(509) W(589) 0.026111979166666664
     W(509) W(599) 0.029848090277777763
     W(509) W(609) 0.024407986111111116
     W(509) W(619) 0.023624999999999997
     W(509) W(629) 0.0099062500000000036
     W(509) W(639) -0.001268229166666666
     W(510) W(510) 0.16217222222222225
     W(510) W(520) 0.015384722222222218
     W(510) W(530) -0.025444791666666661
     W(510) W(540) 0.015004861111111118
     W(510) W(550) 0.0014763888888888888
     W(510) W(570) 0.002470486111111113
     W(510) W(580) -0.00064791666666667153
     W(510) W(590) 0.017022569444444437
     W(510) W(600) -0.016275347222222215
     W(510) W(610) -0.0034604166666666702
     W(510) W(620) 0.02059479166666665
     W(510) W(630) 0.0041791666666666678
     W(511) W(511) 0.16217222222222225
     W(511) W(521) 0.015384722222222218
     W(511) W(531) -0.025444791666666661
     W(511) W(541) 0.015004861111111118
     W(511) W(551) 0.0014763888888888888
     W(511) W(571) 0.002470486111111113
     W(511) W(581) -0.00064791666666667153
     W(511) W(591) 0.017022569444444437
     W(511) W(601) -0.016275347222222215
     W(511) W(611) -0.0034604166666666702
     W(511) W(621) 0.02059479166666665
     W(511) W(631) 0.0041791666666666678
     W(512) W(512) 0.16217222222222225
     W(512) W(522) 0.015384722222222218
     W(512) W(532) -0.025444791666666661
     W(512) W(542) 0.015004861111111118
     W(512) W(552) 0.0014763888888888888
     W(512) W(572) 0.002470486111111113
     W(512) W(582) -0.00064791666666667153
     W(512) W(592) 0.017022569444444437
     W(512) W(602) -0.016275347222222215
     W(512) W(612) -0.0034604166666666702
     W(512) W(622) 0.02059479166666665
     W(512) W(632) 0.0041791666666666678
     W(513) W(513) 0.16217222222222225
     W(513) W(523) 0.015384722222222218
     W(513) W(533) -0.025444791666666661
     W(513) W(543) 0.015004861111111118
     W(513) W(553) 0.0014763888888888888
     W(513) W(573) 0.002470486111111113
     W(513) W(583) -0.00064791666666667153
     W(513) W(593) 0.017022569444444437
     W(513) W(603) -0.016275347222222215
     W(513) W(613) -0.0034604166666666702
     W(513) W(623) 0.02059479166666665
     W(513) W(633) 0.0041791666666666678
     W(514) W(514) 0.16217222222222225
     W(514) W(524) 0.015384722222222218
     W(514) W(534) -0.025444791666666661
     W(514) W(544) 0.015004861111111118
     W(514) W(554) 0.0014763888888888888
     W(514) W(574) 0.002470486111111113
     W(514) W(584) -0.00064791666666667153
     W(514) W(594) 0.017022569444444437
     W(514) W(604) -0.016275347222222215
     W(514) W(614) -0.0034604166666666702
     W(514) W(624) 0.02059479166666665
     W(514) W(634) 0.0041791666666666678
     W(515) W(515) 0.16217222222222225
     W(515) W(525) 0.015384722222222218
     W(515) W(535) -0.025444791666666661
     W(515) W(545) 0.015004861111111118
     W(515) W(555) 0.0014763888888888888
     W(515) W(575) 0.002470486111111113
     W(515) W(585) -0.00064791666666667153
     W(515) W(595) 0.017022569444444437
     W(515) W(605) -0.016275347222222215
     W(515) W(615) -0.0034604166666666702
     W(515) W(625) 0.02059479166666665
     W(515) W(635) 0.0041791666666666678
     W(516) W(516) 0.16217222222222225
     W(516) W(526) 0.015384722222222218
     W(516) W(536) -0.025444791666666661
     W(516) W(546) 0.015004861111111118
     W(516) W(556) 0.0014763888888888888
     W(516) W(576) 0.002470486111111113
     W(516) W(586) -0.00064791666666667153
     W(516) W(596) 0.017022569444444437
     W(516) W(606) -0.016275347222222215
     W(516) W(616) -0.0034604166666666702
     W(516) W(626) 0.02059479166666665
     W(516) W(636) 0.0041791666666666678
     W(517) W(517) 0.16217222222222225
     W(517) W(527) 0.015384722222222218
     W(517) W(537) -0.025444791666666661
     W(517) W(547) 0.015004861111111118
     W(517) W(557) 0.0014763888888888888
     W(517) W(577) 0.002470486111111113
     W(517) W(587) -0.00064791666666667153
     W(517) W(597) 0.017022569444444437
     W(517) W(607) -0.016275347222222215
     W(517) W(617) -0.0034604166666666702
     W(517) W(627) 0.02059479166666665
     W(517) W(637) 0.0041791666666666678
     W(518) W(518) 0.16217222222222225
     W(518) W(528) 0.015384722222222218
     W(518) W(538) -0.025444791666666661
     W(518) W(548) 0.015004861111111118
     W(518) W(558) 0.0014763888888888888
     W(518) W(578) 0.002470486111111113
     W(518) W(588) -0.00064791666666667153
     W(518) W(598) 0.017022569444444437
     W(518) W(608) -0.016275347222222215
     W(518) W(618) -0.0034604166666666702
     W(518) W(628) 0.02059479166666665
     W(518) W(638) 0.0041791666666666678
     W(519) W(519) 0.16217222222222225
     W(519) W(529) 0.015384722222222218
     W(519) W(539) -0.025444791666666661
     W(519) W(549) 0.015004861111111118
     W(519) W(559) 0.0014763888888888888
     W(519) W(579) 0.002470486111111113
     W(519) W(589) -0.00064791666666667153
     W(519) W(599) 0.017022569444444437
     W(519) W(609) -0.016275347222222215
     W(519) W(619) -0.0034604166666666702
     W(519) W(629) 0.02059479166666665
     W(519) W(639) 0.0041791666666666678
     W(520) W(520) 0.14689878472222223
     W(520) W(530) -0.0083744791666666638
     W(520) W(540) -0.043458680555555552
     W(520) W(550) -0.0001902777777777779
     W(520) W(570) -0.00039409722222222211
     W(520) W(580) -0.012327604166666669
     W(520) W(590) -0.01103732638888888
     W(520) W(600) 0.0046621527777777729
     W(520) W(610) -0.039528124999999997
     W(520) W(620) -0.0072177083333333355
     W(520) W(630) 0.0044265625000000025
     W(521) W(521) 0.14689878472222223
     W(521) W(531) -0.0083744791666666638
     W(521) W(541) -0.043458680555555552
     W(521) W(551) -0.0001902777777777779
     W(521) W(571) -0.00039409722222222211
     W(521) W(581) -0.012327604166666669
     W(521) W(591) -0.01103732638888888
     W(521) W(601) 0.0046621527777777729
     W(521) W(611) -0.039528124999999997
     W(521) W(621) -0.0072177083333333355
     W(521) W(631) 0.0044265625000000025
     W(522) W(522) 0.14689878472222223
     W(522) W(532) -0.0083744791666666638
     W(522) W(542) -0.043458680555555552
     W(522) W(552) -0.0001902777777777779
     W(522) W(572) -0.00039409722222222211
     W(522) W(582) -0.012327604166666669
     W(522) W(592) -0.01103732638888888
     W(522) W(602) 0.0046621527777777729
     W(522) W(612) -0.039528124999999997
     W(522) W(622) -0.0072177083333333355
     W(522) W(632) 0.0044265625000000025
     W(523) W(523) 0.14689878472222223
     W(523) W(533) -0.0083744791666666638
     W(523) W(543) -0.043458680555555552
     W(523) W(553) -0.0001902777777777779
     W(523) W(573) -0.00039409722222222211
     W(523) W(583) -0.012327604166666669
     W(523) W(593) -0.01103732638888888
     W(523) W(603) 0.0046621527777777729
     W(523) W(613) -0.039528124999999997
     W(523) W(623) -0.0072177083333333355
     W(523) W(633) 0.0044265625000000025
     W(524) W(524) 0.14689878472222223
     W(524) W(534) -0.0083744791666666638
     W(524) W(544) -0.043458680555555552
     W(524) W(554) -0.0001902777777777779
     W(524) W(574) -0.00039409722222222211
     W(524) W(584) -0.012327604166666669
     W(524) W(594) -0.01103732638888888
     W(524) W(604) 0.0046621527777777729
     W(524) W(614) -0.039528124999999997
     W(524) W(624) -0.0072177083333333355
     W(524) W(634) 0.0044265625000000025
     W(525) W(525) 0.14689878472222223
     W(525) W(535) -0.0083744791666666638
     W(525) W(545) -0.043458680555555552
     W(525) W(555) -0.0001902777777777779
     W(525) W(575) -0.00039409722222222211
     W(525) W(585) -0.012327604166666669
     W(525) W(595) -0.01103732638888888
     W(525) W(605) 0.0046621527777777729
     W(525) W(615) -0.039528124999999997
     W(525) W(625) -0.0072177083333333355
     W(525) W(635) 0.0044265625000000025
     W(526) W(526) 0.14689878472222223
     W(526) W(536) -0.0083744791666666638
     W(526) W(546) -0.043458680555555552
     W(526) W(556) -0.0001902777777777779
     W(526) W(576) -0.00039409722222222211
     W(526) W(586) -0.012327604166666669
     W(526) W(596) -0.01103732638888888
     W(526) W(606) 0.0046621527777777729
     W(526) W(616) -0.039528124999999997
     W(526) W(626) -0.0072177083333333355
     W(526) W(636) 0.0044265625000000025
     W(527) W(527) 0.14689878472222223
     W(527) W(537) -0.0083744791666666638
     W(527) W(547) -0.043458680555555552
     W(527) W(557) -0.0001902777777777779
     W(527) W(577) -0.00039409722222222211
     W(527) W(587) -0.012327604166666669
     W(527) W(597) -0.01103732638888888
     W(527) W(607) 0.0046621527777777729
     W(527) W(617) -0.039528124999999997
     W(527) W(627) -0.0072177083333333355
     W(527) W(637) 0.0044265625000000025
     W(528) W(528) 0.14689878472222223
     W(528) W(538) -0.0083744791666666638
     W(528) W(548) -0.043458680555555552
     W(528) W(558) -0.0001902777777777779
     W(528) W(578) -0.00039409722222222211
     W(528) W(588) -0.012327604166666669
     W(528) W(598) -0.01103732638888888
     W(528) W(608) 0.0046621527777777729
     W(528) W(618) -0.039528124999999997
     W(528) W(628) -0.0072177083333333355
     W(528) W(638) 0.0044265625000000025
     W(529) W(529) 0.14689878472222223
     W(529) W(539) -0.0083744791666666638
     W(529) W(549) -0.043458680555555552
     W(529) W(559) -0.0001902777777777779
     W(529) W(579) -0.00039409722222222211
     W(529) W(589) -0.012327604166666669
     W(529) W(599) -0.01103732638888888
     W(529) W(609) 0.0046621527777777729
     W(529) W(619) -0.039528124999999997
     W(529) W(629) -0.0072177083333333355
     W(529) W(639) 0.0044265625000000025
     W(530) W(530) 0.16215364583333339
     W(530) W(540) 0.036207291666666655
     W(530) W(550) 0.0012364583333333333
     W(530) W(570) -0.0024583333333333332
     W(530) W(580) -0.005998437499999996
     W(530) W(590) 0.0083984375000000014
     W(530) W(600) 0.055689583333333299
     W(530) W(610) 0.062894791666666713
     W(530) W(620) 0.0067479166666666712
     W(530) W(630) 0.0013838541666666671
     W(531) W(531) 0.16215364583333339
     W(531) W(541) 0.036207291666666655
     W(531) W(551) 0.0012364583333333333
     W(531) W(571) -0.0024583333333333332
     W(531) W(581) -0.005998437499999996
     W(531) W(591) 0.0083984375000000014
     W(531) W(601) 0.055689583333333299
     W(531) W(611) 0.062894791666666713
     W(531) W(621) 0.0067479166666666712
     W(531) W(631) 0.0013838541666666671
     W(532) W(532) 0.16215364583333339
     W(532) W(542) 0.036207291666666655
     W(532) W(552) 0.0012364583333333333
     W(532) W(572) -0.0024583333333333332
     W(532) W(582) -0.005998437499999996
     W(532) W(592) 0.0083984375000000014
     W(532) W(602) 0.055689583333333299
     W(532) W(612) 0.062894791666666713
     W(532) W(622) 0.0067479166666666712
     W(532) W(632) 0.0013838541666666671
     W(533) W(533) 0.16215364583333339
     W(533) W(543) 0.036207291666666655
     W(533) W(553) 0.0012364583333333333
     W(533) W(573) -0.0024583333333333332
     W(533) W(583) -0.005998437499999996
     W(533) W(593) 0.0083984375000000014
     W(533) W(603) 0.055689583333333299
     W(533) W(613) 0.062894791666666713
     W(533) W(623) 0.0067479166666666712
     W(533) W(633) 0.0013838541666666671
     W(534) W(534) 0.16215364583333339
     W(534) W(544) 0.036207291666666655
     W(534) W(554) 0.0012364583333333333
     W(534) W(574) -0.0024583333333333332
     W(534) W(584) -0.005998437499999996
     W(534) W(594) 0.0083984375000000014
     W(534) W(604) 0.055689583333333299
     W(534) W(614) 0.062894791666666713
     W(534) W(624) 0.0067479166666666712
     W(534) W(634) 0.0013838541666666671
     W(535) W(535) 0.16215364583333339
     W(535) W(545) 0.036207291666666655
     W(535) W(555) 0.0012364583333333333
     W(535) W(575) -0.0024583333333333332
     W(535) W(585) -0.005998437499999996
     W(535) W(595) 0.0083984375000000014
     W(535) W(605) 0.055689583333333299
     W(535) W(615) 0.062894791666666713
     W(535) W(625) 0.0067479166666666712
     W(535) W(635) 0.0013838541666666671
     W(536) W(536) 0.16215364583333339
     W(536) W(546) 0.036207291666666655
     W(536) W(556) 0.0012364583333333333
     W(536) W(576) -0.0024583333333333332
     W(536) W(586) -0.005998437499999996
     W(536) W(596) 0.0083984375000000014
     W(536) W(606) 0.055689583333333299
     W(536) W(616) 0.062894791666666713
     W(536) W(626) 0.0067479166666666712
     W(536) W(636) 0.0013838541666666671
     W(537) W(537) 0.16215364583333339
     W(537) W(547) 0.036207291666666655
     W(537) W(557) 0.0012364583333333333
     W(537) W(577) -0.0024583333333333332
     W(537) W(587) -0.005998437499999996
     W(537) W(597) 0.0083984375000000014
     W(537) W(607) 0.055689583333333299
     W(537) W(617) 0.062894791666666713
     W(537) W(627) 0.0067479166666666712
     W(537) W(637) 0.0013838541666666671
     W(538) W(538) 0.16215364583333339
     W(538) W(548) 0.036207291666666655
     W(538) W(558) 0.0012364583333333333
     W(538) W(578) -0.0024583333333333332
     W(538) W(588) -0.005998437499999996
     W(538) W(598) 0.0083984375000000014
     W(538) W(608) 0.055689583333333299
     W(538) W(618) 0.062894791666666713
     W(538) W(628) 0.0067479166666666712
     W(538) W(638) 0.0013838541666666671
     W(539) W(539) 0.16215364583333339
     W(539) W(549) 0.036207291666666655
     W(539) W(559) 0.0012364583333333333
     W(539) W(579) -0.0024583333333333332
     W(539) W(589) -0.005998437499999996
     W(539) W(599) 0.0083984375000000014
     W(539) W(609) 0.055689583333333299
     W(539) W(619) 0.062894791666666713
     W(539) W(629) 0.0067479166666666712
     W(539) W(639) 0.0013838541666666671
     W(540) W(540) 0.14036805555555565
     W(540) W(550) 0.0079569444444444522
     W(540) W(570) -0.00062673611111111198
     W(540) W(580) 0.0052593750000000036
     W(540) W(590) 0.016336805555555559
     W(540) W(600) 0.033390972222222232
     W(540) W(610) 0.072915624999999984
     W(540) W(620) 0.044263541666666635
     W(540) W(630) 0.00611562499999999
     W(541) W(541) 0.14036805555555565
     W(541) W(551) 0.0079569444444444522
     W(541) W(571) -0.00062673611111111198
     W(541) W(581) 0.0052593750000000036
     W(541) W(591) 0.016336805555555559
     W(541) W(601) 0.033390972222222232
     W(541) W(611) 0.072915624999999984
     W(541) W(621) 0.044263541666666635
     W(541) W(631) 0.00611562499999999
     W(542) W(542) 0.14036805555555565
     W(542) W(552) 0.0079569444444444522
     W(542) W(572) -0.00062673611111111198
     W(542) W(582) 0.0052593750000000036
     W(542) W(592) 0.016336805555555559
     W(542) W(602) 0.033390972222222232
     W(542) W(612) 0.072915624999999984
     W(542) W(622) 0.044263541666666635
     W(542) W(632) 0.00611562499999999
     W(543) W(543) 0.14036805555555565
     W(543) W(553) 0.0079569444444444522
     W(543) W(573) -0.00062673611111111198
     W(543) W(583) 0.0052593750000000036
     W(543) W(593) 0.016336805555555559
     W(543) W(603) 0.033390972222222232
     W(543) W(613) 0.072915624999999984
     W(543) W(623) 0.044263541666666635
     W(543) W(633) 0.00611562499999999
     W(544) W(544) 0.14036805555555565
     W(544) W(554) 0.0079569444444444522
     W(544) W(574) -0.00062673611111111198
     W(544) W(584) 0.0052593750000000036
     W(544) W(594) 0.016336805555555559
     W(544) W(604) 0.033390972222222232
     W(544) W(614) 0.072915624999999984
     W(544) W(624) 0.044263541666666635
     W(544) W(634) 0.00611562499999999
     W(545) W(545) 0.14036805555555565
     W(545) W(555) 0.0079569444444444522
     W(545) W(575) -0.00062673611111111198
     W(545) W(585) 0.0052593750000000036
     W(545) W(595) 0.016336805555555559
     W(545) W(605) 0.033390972222222232
     W(545) W(615) 0.072915624999999984
     W(545) W(625) 0.044263541666666635
     W(545) W(635) 0.00611562499999999
     W(546) W(546) 0.14036805555555565
     W(546) W(556) 0.0079569444444444522
     W(546) W(576) -0.00062673611111111198
     W(546) W(586) 0.0052593750000000036
     W(546) W(596) 0.016336805555555559
     W(546) W(606) 0.033390972222222232
     W(546) W(616) 0.072915624999999984
     W(546) W(626) 0.044263541666666635
     W(546) W(636) 0.00611562499999999
     W(547) W(547) 0.14036805555555565
     W(547) W(557) 0.0079569444444444522
     W(547) W(577) -0.00062673611111111198
     W(547) W(587) 0.0052593750000000036
     W(547) W(597) 0.016336805555555559
     W(547) W(607) 0.033390972222222232
     W(547) W(617) 0.072915624999999984
     W(547) W(627) 0.044263541666666635
     W(547) W(637) 0.00611562499999999
     W(548) W(548) 0.14036805555555565
     W(548) W(558) 0.0079569444444444522
     W(548) W(578) -0.00062673611111111198
     W(548) W(588) 0.0052593750000000036
     W(548) W(598) 0.016336805555555559
     W(548) W(608) 0.033390972222222232
     W(548) W(618) 0.072915624999999984
     W(548) W(628) 0.044263541666666635
     W(548) W(638) 0.00611562499999999
     W(549) W(549) 0.14036805555555565
     W(549) W(559) 0.0079569444444444522
     W(549) W(579) -0.00062673611111111198
     W(549) W(589) 0.0052593750000000036
     W(549) W(599) 0.016336805555555559
     W(549) W(609) 0.033390972222222232
     W(549) W(619) 0.072915624999999984
     W(549) W(629) 0.044263541666666635
     W(549) W(639) 0.00611562499999999
     W(550) W(550) 0.049838888888888926
     W(550) W(570) -0.00022222222222222272
     W(550) W(580) -0.0010604166666666665
     W(550) W(590) 0.00032986111111111204
     W(550) W(600) 0.0014715277777777767
     W(550) W(610) 0.0054239583333333379
     W(550) W(620) 0.0091656250000000054
     W(550) W(630) 0.0048989583333333229
     W(551) W(551) 0.049838888888888926
     W(551) W(571) -0.00022222222222222272
     W(551) W(581) -0.0010604166666666665
     W(551) W(591) 0.00032986111111111204
     W(551) W(601) 0.0014715277777777767
     W(551) W(611) 0.0054239583333333379
     W(551) W(621) 0.0091656250000000054
     W(551) W(631) 0.0048989583333333229
     W(552) W(552) 0.049838888888888926
     W(552) W(572) -0.00022222222222222272
     W(552) W(582) -0.0010604166666666665
     W(552) W(592) 0.00032986111111111204
     W(552) W(602) 0.0014715277777777767
     W(552) W(612) 0.0054239583333333379
     W(552) W(622) 0.0091656250000000054
     W(552) W(632) 0.0048989583333333229
     W(553) W(553) 0.049838888888888926
     W(553) W(573) -0.00022222222222222272
     W(553) W(583) -0.0010604166666666665
     W(553) W(593) 0.00032986111111111204
     W(553) W(603) 0.0014715277777777767
     W(553) W(613) 0.0054239583333333379
     W(553) W(623) 0.0091656250000000054
     W(553) W(633) 0.0048989583333333229
     W(554) W(554) 0.049838888888888926
     W(554) W(574) -0.00022222222222222272
     W(554) W(584) -0.0010604166666666665
     W(554) W(594) 0.00032986111111111204
     W(554) W(604) 0.0014715277777777767
     W(554) W(614) 0.0054239583333333379
     W(554) W(624) 0.0091656250000000054
     W(554) W(634) 0.0048989583333333229
     W(555) W(555) 0.049838888888888926
     W(555) W(575) -0.00022222222222222272
     W(555) W(585) -0.0010604166666666665
     W(555) W(595) 0.00032986111111111204
     W(555) W(605) 0.0014715277777777767
     W(555) W(615) 0.0054239583333333379
     W(555) W(625) 0.0091656250000000054
     W(555) W(635) 0.0048989583333333229
     W(556) W(556) 0.049838888888888926
     W(556) W(576) -0.00022222222222222272
     W(556) W(586) -0.0010604166666666665
     W(556) W(596) 0.00032986111111111204
     W(556) W(606) 0.0014715277777777767
     W(556) W(616) 0.0054239583333333379
     W(556) W(626) 0.0091656250000000054
     W(556) W(636) 0.0048989583333333229
     W(557) W(557) 0.049838888888888926
     W(557) W(577) -0.00022222222222222272
     W(557) W(587) -0.0010604166666666665
     W(557) W(597) 0.00032986111111111204
     W(557) W(607) 0.0014715277777777767
     W(557) W(617) 0.0054239583333333379
     W(557) W(627) 0.0091656250000000054
     W(557) W(637) 0.0048989583333333229
     W(558) W(558) 0.049838888888888926
     W(558) W(578) -0.00022222222222222272
     W(558) W(588) -0.0010604166666666665
     W(558) W(598) 0.00032986111111111204
     W(558) W(608) 0.0014715277777777767
     W(558) W(618) 0.0054239583333333379
     W(558) W(628) 0.0091656250000000054
     W(558) W(638) 0.0048989583333333229
     W(559) W(559) 0.049838888888888926
     W(559) W(579) -0.00022222222222222272
     W(559) W(589) -0.0010604166666666665
     W(559) W(599) 0.00032986111111111204
     W(559) W(609) 0.0014715277777777767
     W(559) W(619) 0.0054239583333333379
     W(559) W(629) 0.0091656250000000054
     W(559) W(639) 0.0048989583333333229
     W(560) W(560) 0.044600000000000008
     W(561) W(561) 0.044600000000000008
     W(562) W(562) 0.044600000000000008
     W(563) W(563) 0.044600000000000008
     W(564) W(564) 0.044600000000000008
     W(565) W(565) 0.044600000000000008
     W(566) W(566) 0.044600000000000008
     W(567) W(567) 0.044600000000000008
     W(568) W(568) 0.044600000000000008
     W(569) W(569) 0.044600000000000008
     W(570) W(570) 0.049009722222222246
     W(570) W(580) 0.0096250000000000068
     W(570) W(590) 0.00063368055555555541
     W(570) W(600) -0.0031475694444444359
     W(570) W(610) -0.001807291666666668
     W(570) W(620) 0.00010937499999999966
     W(570) W(630) -0.00027604166666666668
     W(571) W(571) 0.049009722222222246
     W(571) W(581) 0.0096250000000000068
     W(571) W(591) 0.00063368055555555541
     W(571) W(601) -0.0031475694444444359
     W(571) W(611) -0.001807291666666668
     W(571) W(621) 0.00010937499999999966
     W(571) W(631) -0.00027604166666666668
     W(572) W(572) 0.049009722222222246
     W(572) W(582) 0.0096250000000000068
     W(572) W(592) 0.00063368055555555541
     W(572) W(602) -0.0031475694444444359
     W(572) W(612) -0.001807291666666668
     W(572) W(622) 0.00010937499999999966
     W(572) W(632) -0.00027604166666666668
     W(573) W(573) 0.049009722222222246
     W(573) W(583) 0.0096250000000000068
     W(573) W(593) 0.00063368055555555541
     W(573) W(603) -0.0031475694444444359
     W(573) W(613) -0.001807291666666668
     W(573) W(623) 0.00010937499999999966
     W(573) W(633) -0.00027604166666666668
     W(574) W(574) 0.049009722222222246
     W(574) W(584) 0.0096250000000000068
     W(574) W(594) 0.00063368055555555541
     W(574) W(604) -0.0031475694444444359
     W(574) W(614) -0.001807291666666668
     W(574) W(624) 0.00010937499999999966
     W(574) W(634) -0.00027604166666666668
     W(575) W(575) 0.049009722222222246
     W(575) W(585) 0.0096250000000000068
     W(575) W(595) 0.00063368055555555541
     W(575) W(605) -0.0031475694444444359
     W(575) W(615) -0.001807291666666668
     W(575) W(625) 0.00010937499999999966
     W(575) W(635) -0.00027604166666666668
     W(576) W(576) 0.049009722222222246
     W(576) W(586) 0.0096250000000000068
     W(576) W(596) 0.00063368055555555541
     W(576) W(606) -0.0031475694444444359
     W(576) W(616) -0.001807291666666668
     W(576) W(626) 0.00010937499999999966
     W(576) W(636) -0.00027604166666666668
     W(577) W(577) 0.049009722222222246
     W(577) W(587) 0.0096250000000000068
     W(577) W(597) 0.00063368055555555541
     W(577) W(607) -0.0031475694444444359
     W(577) W(617) -0.001807291666666668
     W(577) W(627) 0.00010937499999999966
     W(577) W(637) -0.00027604166666666668
     W(578) W(578) 0.049009722222222246
     W(578) W(588) 0.0096250000000000068
     W(578) W(598) 0.00063368055555555541
     W(578) W(608) -0.0031475694444444359
     W(578) W(618) -0.001807291666666668
     W(578) W(628) 0.00010937499999999966
     W(578) W(638) -0.00027604166666666668
     W(579) W(579) 0.049009722222222246
     W(579) W(589) 0.0096250000000000068
     W(579) W(599) 0.00063368055555555541
     W(579) W(609) -0.0031475694444444359
     W(579) W(619) -0.001807291666666668
     W(579) W(629) 0.00010937499999999966
     W(579) W(639) -0.00027604166666666668
     W(580) W(580) 0.13827864583333335
     W(580) W(590) 0.040716145833333356
     W(580) W(600) -0.024393750000000006
     W(580) W(610) -0.011751041666666663
     W(580) W(620) 0.0068833333333333359
     W(580) W(630) 0.0020713541666666654
     W(581) W(581) 0.13827864583333335
     W(581) W(591) 0.040716145833333356
     W(581) W(601) -0.024393750000000006
     W(581) W(611) -0.011751041666666663
     W(581) W(621) 0.0068833333333333359
     W(581) W(631) 0.0020713541666666654
     W(582) W(582) 0.13827864583333335
     W(582) W(592) 0.040716145833333356
     W(582) W(602) -0.024393750000000006
     W(582) W(612) -0.011751041666666663
     W(582) W(622) 0.0068833333333333359
     W(582) W(632) 0.0020713541666666654
     W(583) W(583) 0.13827864583333335
     W(583) W(593) 0.040716145833333356
     W(583) W(603) -0.024393750000000006
     W(583) W(613) -0.011751041666666663
     W(583) W(623) 0.0068833333333333359
     W(583) W(633) 0.0020713541666666654
     W(584) W(584) 0.13827864583333335
     W(584) W(594) 0.040716145833333356
     W(584) W(604) -0.024393750000000006
     W(584) W(614) -0.011751041666666663
     W(584) W(624) 0.0068833333333333359
     W(584) W(634) 0.0020713541666666654
     W(585) W(585) 0.13827864583333335
     W(585) W(595) 0.040716145833333356
     W(585) W(605) -0.024393750000000006
     W(585) W(615) -0.011751041666666663
     W(585) W(625) 0.0068833333333333359
     W(585) W(635) 0.0020713541666666654
     W(586) W(586) 0.13827864583333335
     W(586) W(596) 0.040716145833333356
     W(586) W(606) -0.024393750000000006
     W(586) W(616) -0.011751041666666663
     W(586) W(626) 0.0068833333333333359
     W(586) W(636) 0.0020713541666666654
     W(587) W(587) 0.13827864583333335
     W(587) W(597) 0.040716145833333356
     W(587) W(607) -0.024393750000000006
     W(587) W(617) -0.011751041666666663
     W(587) W(627) 0.0068833333333333359
     W(587) W(637) 0.0020713541666666654
     W(588) W(588) 0.13827864583333335
     W(588) W(598) 0.040716145833333356
     W(588) W(608) -0.024393750000000006
     W(588) W(618) -0.011751041666666663
     W(588) W(628) 0.0068833333333333359
     W(588) W(638) 0.0020713541666666654
     W(589) W(589) 0.13827864583333335
     W(589) W(599) 0.040716145833333356
     W(589) W(609) -0.024393750000000006
     W(589) W(619) -0.011751041666666663
     W(589) W(629) 0.0068833333333333359
     W(589) W(639) 0.0020713541666666654
     W(590) W(590) 0.1132154513888888
     W(590) W(600) 0.0074305555555555401
     W(590) W(610) -0.0049739583333333328
     W(590) W(620) 0.0068489583333333302
     W(590) W(630) 0.0041796874999999994
     W(591) W(591) 0.1132154513888888
     W(591) W(601) 0.0074305555555555401
     W(591) W(611) -0.0049739583333333328
     W(591) W(621) 0.0068489583333333302
     W(591) W(631) 0.0041796874999999994
     W(592) W(592) 0.1132154513888888
     W(592) W(602) 0.0074305555555555401
     W(592) W(612) -0.0049739583333333328
     W(592) W(622) 0.0068489583333333302
     W(592) W(632) 0.0041796874999999994
     W(593) W(593) 0.1132154513888888
     W(593) W(603) 0.0074305555555555401
     W(593) W(613) -0.0049739583333333328
     W(593) W(623) 0.0068489583333333302
     W(593) W(633) 0.0041796874999999994
     W(594) W(594) 0.1132154513888888
     W(594) W(604) 0.0074305555555555401
     W(594) W(614) -0.0049739583333333328
     W(594) W(624) 0.0068489583333333302
     W(594) W(634) 0.0041796874999999994
     W(595) W(595) 0.1132154513888888
     W(595) W(605) 0.0074305555555555401
     W(595) W(615) -0.0049739583333333328
     W(595) W(625) 0.0068489583333333302
     W(595) W(635) 0.0041796874999999994
     W(596) W(596) 0.1132154513888888
     W(596) W(606) 0.0074305555555555401
     W(596) W(616) -0.0049739583333333328
     W(596) W(626) 0.0068489583333333302
     W(596) W(636) 0.0041796874999999994
     W(597) W(597) 0.1132154513888888
     W(597) W(607) 0.0074305555555555401
     W(597) W(617) -0.0049739583333333328
     W(597) W(627) 0.0068489583333333302
     W(597) W(637) 0.0041796874999999994
     W(598) W(598) 0.1132154513888888
     W(598) W(608) 0.0074305555555555401
     W(598) W(618) -0.0049739583333333328
     W(598) W(628) 0.0068489583333333302
     W(598) W(638) 0.0041796874999999994
     W(599) W(599) 0.1132154513888888
     W(599) W(609) 0.0074305555555555401
     W(599) W(619) -0.0049739583333333328
     W(599) W(629) 0.0068489583333333302
     W(599) W(639) 0.0041796874999999994
     W(600) W(600) 0.12785972222222217
     W(600) W(610) 0.05896562499999998
     W(600) W(620) 0.014712499999999991
     W(600) W(630) 0.0036489583333333335
     W(601) W(601) 0.12785972222222217
     W(601) W(611) 0.05896562499999998
     W(601) W(621) 0.014712499999999991
     W(601) W(631) 0.0036489583333333335
     W(602) W(602) 0.12785972222222217
     W(602) W(612) 0.05896562499999998
     W(602) W(622) 0.014712499999999991
     W(602) W(632) 0.0036489583333333335
     W(603) W(603) 0.12785972222222217
     W(603) W(613) 0.05896562499999998
     W(603) W(623) 0.014712499999999991
     W(603) W(633) 0.0036489583333333335
     W(604) W(604) 0.12785972222222217
     W(604) W(614) 0.05896562499999998
     W(604) W(624) 0.014712499999999991
     W(604) W(634) 0.0036489583333333335
     W(605) W(605) 0.12785972222222217
     W(605) W(615) 0.05896562499999998
     W(605) W(625) 0.014712499999999991
     W(605) W(635) 0.0036489583333333335
     W(606) W(606) 0.12785972222222217
     W(606) W(616) 0.05896562499999998
     W(606) W(626) 0.014712499999999991
     W(606) W(636) 0.0036489583333333335
     W(607) W(607) 0.12785972222222217
     W(607) W(617) 0.05896562499999998
     W(607) W(627) 0.014712499999999991
     W(607) W(637) 0.0036489583333333335
     W(608) W(608) 0.12785972222222217
     W(608) W(618) 0.05896562499999998
     W(608) W(628) 0.014712499999999991
     W(608) W(638) 0.0036489583333333335
     W(609) W(609) 0.12785972222222217
     W(609) W(619) 0.05896562499999998
     W(609) W(629) 0.014712499999999991
     W(609) W(639) 0.0036489583333333335
     W(610) W(610) 0.16240625000000003
     W(610) W(620) 0.047247916666666633
     W(610) W(630) 0.0098187499999999959
     W(611) W(611) 0.16240625000000003
     W(611) W(621) 0.047247916666666633
     W(611) W(631) 0.0098187499999999959
     W(612) W(612) 0.16240625000000003
     W(612) W(622) 0.047247916666666633
     W(612) W(632) 0.0098187499999999959
     W(613) W(613) 0.16240625000000003
     W(613) W(623) 0.047247916666666633
     W(613) W(633) 0.0098187499999999959
     W(614) W(614) 0.16240625000000003
     W(614) W(624) 0.047247916666666633
     W(614) W(634) 0.0098187499999999959
     W(615) W(615) 0.16240625000000003
     W(615) W(625) 0.047247916666666633
     W(615) W(635) 0.0098187499999999959
     W(616) W(616) 0.16240625000000003
     W(616) W(626) 0.047247916666666633
     W(616) W(636) 0.0098187499999999959
     W(617) W(617) 0.16240625000000003
     W(617) W(627) 0.047247916666666633
     W(617) W(637) 0.0098187499999999959
     W(618) W(618) 0.16240625000000003
     W(618) W(628) 0.047247916666666633
     W(618) W(638) 0.0098187499999999959
     W(619) W(619) 0.16240625000000003
     W(619) W(629) 0.047247916666666633
     W(619) W(639) 0.0098187499999999959
     W(620) W(620) 0.10346041666666664
     W(620) W(630) 0.018080208333333295
     W(621) W(621) 0.10346041666666664
     W(621) W(631) 0.018080208333333295
     W(622) W(622) 0.10346041666666664
     W(622) W(632) 0.018080208333333295
     W(623) W(623) 0.10346041666666664
     W(623) W(633) 0.018080208333333295
     W(624) W(624) 0.10346041666666664
     W(624) W(634) 0.018080208333333295
     W(625) W(625) 0.10346041666666664
     W(625) W(635) 0.018080208333333295
     W(626) W(626) 0.10346041666666664
     W(626) W(636) 0.018080208333333295
     W(627) W(627) 0.10346041666666664
     W(627) W(637) 0.018080208333333295
     W(628) W(628) 0.10346041666666664
     W(628) W(638) 0.018080208333333295
     W(629) W(629) 0.10346041666666664
     W(629) W(639) 0.018080208333333295
     W(630) W(630) 0.056934895833333291
     W(631) W(631) 0.056934895833333291
     W(632) W(632) 0.056934895833333291
     W(633) W(633) 0.056934895833333291
     W(634) W(634) 0.056934895833333291
     W(635) W(635) 0.056934895833333291
     W(636) W(636) 0.056934895833333291
     W(637) W(637) 0.056934895833333291
     W(638) W(638) 0.056934895833333291
     W(639) W(639) 0.056934895833333291
ENDATA
