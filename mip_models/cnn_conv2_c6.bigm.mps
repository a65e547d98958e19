* Source:     Pyomo MPS Writer
* Format:     Free MPS
*
NAME cnn_conv2_c6
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
 L  c_u_upper(0_40)_
 L  c_u_upper(0_41)_
 L  c_u_upper(0_42)_
 L  c_u_upper(0_43)_
 L  c_u_upper(0_44)_
 L  c_u_upper(0_45)_
 L  c_u_upper(0_46)_
 L  c_u_upper(0_47)_
 L  c_u_upper(0_48)_
 L  c_u_upper(0_49)_
 L  c_u_upper(0_50)_
 L  c_u_upper(0_51)_
 L  c_u_upper(0_52)_
 L  c_u_upper(0_53)_
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
 L  c_u_upper(1_80)_
 L  c_u_upper(1_81)_
 L  c_u_upper(1_82)_
 L  c_u_upper(1_83)_
 L  c_u_upper(1_84)_
 L  c_u_upper(1_85)_
 L  c_u_upper(1_86)_
 L  c_u_upper(1_87)_
 L  c_u_upper(1_88)_
 L  c_u_upper(1_89)_
 L  c_u_upper(1_90)_
 L  c_u_upper(1_91)_
 L  c_u_upper(1_92)_
 L  c_u_upper(1_93)_
 L  c_u_upper(1_94)_
 L  c_u_upper(1_95)_
 L  c_u_upper(1_96)_
 L  c_u_upper(1_97)_
 L  c_u_upper(1_98)_
 L  c_u_upper(1_99)_
 L  c_u_upper(1_100)_
 L  c_u_upper(1_101)_
 L  c_u_upper(1_102)_
 L  c_u_upper(1_103)_
 L  c_u_upper(1_104)_
 L  c_u_upper(1_105)_
 L  c_u_upper(1_106)_
 L  c_u_upper(1_107)_
 L  c_u_upper(2_108)_
 L  c_u_upper(2_109)_
 L  c_u_upper(2_110)_
 L  c_u_upper(2_111)_
 L  c_u_upper(2_112)_
 L  c_u_upper(2_113)_
 L  c_u_upper(2_114)_
 L  c_u_upper(2_115)_
 L  c_u_upper(2_116)_
 L  c_u_upper(2_117)_
 L  c_u_upper(2_118)_
 L  c_u_upper(2_119)_
 L  c_u_upper(2_120)_
 L  c_u_upper(2_121)_
 L  c_u_upper(2_122)_
 L  c_u_upper(2_123)_
 L  c_u_upper(2_124)_
 L  c_u_upper(2_125)_
 L  c_u_upper(2_126)_
 L  c_u_upper(2_127)_
 L  c_u_upper(2_128)_
 L  c_u_upper(2_129)_
 L  c_u_upper(2_130)_
 L  c_u_upper(2_131)_
 L  c_u_upper(2_132)_
 L  c_u_upper(2_133)_
 L  c_u_upper(2_134)_
 L  c_u_upper(2_135)_
 L  c_u_upper(2_136)_
 L  c_u_upper(2_137)_
 L  c_u_upper(2_138)_
 L  c_u_upper(2_139)_
 L  c_u_upper(2_140)_
 L  c_u_upper(2_141)_
 L  c_u_upper(2_142)_
 L  c_u_upper(2_143)_
 L  c_u_upper(2_144)_
 L  c_u_upper(2_145)_
 L  c_u_upper(2_146)_
 L  c_u_upper(2_147)_
 L  c_u_upper(2_148)_
 L  c_u_upper(2_149)_
 L  c_u_upper(2_150)_
 L  c_u_upper(2_151)_
 L  c_u_upper(2_152)_
 L  c_u_upper(2_153)_
 L  c_u_upper(2_154)_
 L  c_u_upper(2_155)_
 L  c_u_upper(2_156)_
 L  c_u_upper(2_157)_
 L  c_u_upper(2_158)_
 L  c_u_upper(2_159)_
 L  c_u_upper(2_160)_
 L  c_u_upper(2_161)_
 L  c_u_upper(3_162)_
 L  c_u_upper(3_163)_
 L  c_u_upper(3_164)_
 L  c_u_upper(3_165)_
 L  c_u_upper(3_166)_
 L  c_u_upper(3_167)_
 L  c_u_upper(3_168)_
 L  c_u_upper(3_169)_
 L  c_u_upper(3_170)_
 L  c_u_upper(3_171)_
 L  c_u_upper(3_172)_
 L  c_u_upper(3_173)_
 L  c_u_upper(3_174)_
 L  c_u_upper(3_175)_
 L  c_u_upper(3_176)_
 L  c_u_upper(3_177)_
 L  c_u_upper(3_178)_
 L  c_u_upper(3_179)_
 L  c_u_upper(3_180)_
 L  c_u_upper(3_181)_
 L  c_u_upper(3_182)_
 L  c_u_upper(3_183)_
 L  c_u_upper(3_184)_
 L  c_u_upper(3_185)_
 L  c_u_upper(3_186)_
 L  c_u_upper(3_187)_
 L  c_u_upper(3_188)_
 L  c_u_upper(3_189)_
 L  c_u_upper(3_190)_
 L  c_u_upper(3_191)_
 L  c_u_upper(3_192)_
 L  c_u_upper(3_193)_
 L  c_u_upper(3_194)_
 L  c_u_upper(3_195)_
 L  c_u_upper(3_196)_
 L  c_u_upper(3_197)_
 L  c_u_upper(3_198)_
 L  c_u_upper(3_199)_
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
 L  c_u_upper(4_216)_
 L  c_u_upper(4_217)_
 L  c_u_upper(4_218)_
 L  c_u_upper(4_219)_
 L  c_u_upper(4_220)_
 L  c_u_upper(4_221)_
 L  c_u_upper(4_222)_
 L  c_u_upper(4_223)_
 L  c_u_upper(4_224)_
 L  c_u_upper(4_225)_
 L  c_u_upper(4_226)_
 L  c_u_upper(4_227)_
 L  c_u_upper(4_228)_
 L  c_u_upper(4_229)_
 L  c_u_upper(4_230)_
 L  c_u_upper(4_231)_
 L  c_u_upper(4_232)_
 L  c_u_upper(4_233)_
 L  c_u_upper(4_234)_
 L  c_u_upper(4_235)_
 L  c_u_upper(4_236)_
 L  c_u_upper(4_237)_
 L  c_u_upper(4_238)_
 L  c_u_upper(4_239)_
 L  c_u_upper(4_240)_
 L  c_u_upper(4_241)_
 L  c_u_upper(4_242)_
 L  c_u_upper(4_243)_
 L  c_u_upper(4_244)_
 L  c_u_upper(4_245)_
 L  c_u_upper(4_246)_
 L  c_u_upper(4_247)_
 L  c_u_upper(4_248)_
 L  c_u_upper(4_249)_
 L  c_u_upper(4_250)_
 L  c_u_upper(4_251)_
 L  c_u_upper(4_252)_
 L  c_u_upper(4_253)_
 L  c_u_upper(4_254)_
 L  c_u_upper(4_255)_
 L  c_u_upper(4_256)_
 L  c_u_upper(4_257)_
 L  c_u_upper(4_258)_
 L  c_u_upper(4_259)_
 L  c_u_upper(4_260)_
 L  c_u_upper(4_261)_
 L  c_u_upper(4_262)_
 L  c_u_upper(4_263)_
 L  c_u_upper(4_264)_
 L  c_u_upper(4_265)_
 L  c_u_upper(4_266)_
 L  c_u_upper(4_267)_
 L  c_u_upper(4_268)_
 L  c_u_upper(4_269)_
 L  c_u_upper(5_270)_
 L  c_u_upper(5_271)_
 L  c_u_upper(5_272)_
 L  c_u_upper(5_273)_
 L  c_u_upper(5_274)_
 L  c_u_upper(5_275)_
 L  c_u_upper(5_276)_
 L  c_u_upper(5_277)_
 L  c_u_upper(5_278)_
 L  c_u_upper(5_279)_
 L  c_u_upper(5_280)_
 L  c_u_upper(5_281)_
 L  c_u_upper(5_282)_
 L  c_u_upper(5_283)_
 L  c_u_upper(5_284)_
 L  c_u_upper(5_285)_
 L  c_u_upper(5_286)_
 L  c_u_upper(5_287)_
 L  c_u_upper(5_288)_
 L  c_u_upper(5_289)_
 L  c_u_upper(5_290)_
 L  c_u_upper(5_291)_
 L  c_u_upper(5_292)_
 L  c_u_upper(5_293)_
 L  c_u_upper(5_294)_
 L  c_u_upper(5_295)_
 L  c_u_upper(5_296)_
 L  c_u_upper(5_297)_
 L  c_u_upper(5_298)_
 L  c_u_upper(5_299)_
 L  c_u_upper(5_300)_
 L  c_u_upper(5_301)_
 L  c_u_upper(5_302)_
 L  c_u_upper(5_303)_
 L  c_u_upper(5_304)_
 L  c_u_upper(5_305)_
 L  c_u_upper(5_306)_
 L  c_u_upper(5_307)_
 L  c_u_upper(5_308)_
 L  c_u_upper(5_309)_
 L  c_u_upper(5_310)_
 L  c_u_upper(5_311)_
 L  c_u_upper(5_312)_
 L  c_u_upper(5_313)_
 L  c_u_upper(5_314)_
 L  c_u_upper(5_315)_
 L  c_u_upper(5_316)_
 L  c_u_upper(5_317)_
 L  c_u_upper(5_318)_
 L  c_u_upper(5_319)_
 L  c_u_upper(5_320)_
 L  c_u_upper(5_321)_
 L  c_u_upper(5_322)_
 L  c_u_upper(5_323)_
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
 L  c_u_lower(0_40)_
 L  c_u_lower(0_41)_
 L  c_u_lower(0_42)_
 L  c_u_lower(0_43)_
 L  c_u_lower(0_44)_
 L  c_u_lower(0_45)_
 L  c_u_lower(0_46)_
 L  c_u_lower(0_47)_
 L  c_u_lower(0_48)_
 L  c_u_lower(0_49)_
 L  c_u_lower(0_50)_
 L  c_u_lower(0_51)_
 L  c_u_lower(0_52)_
 L  c_u_lower(0_53)_
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
 L  c_u_lower(1_80)_
 L  c_u_lower(1_81)_
 L  c_u_lower(1_82)_
 L  c_u_lower(1_83)_
 L  c_u_lower(1_84)_
 L  c_u_lower(1_85)_
 L  c_u_lower(1_86)_
 L  c_u_lower(1_87)_
 L  c_u_lower(1_88)_
 L  c_u_lower(1_89)_
 L  c_u_lower(1_90)_
 L  c_u_lower(1_91)_
 L  c_u_lower(1_92)_
 L  c_u_lower(1_93)_
 L  c_u_lower(1_94)_
 L  c_u_lower(1_95)_
 L  c_u_lower(1_96)_
 L  c_u_lower(1_97)_
 L  c_u_lower(1_98)_
 L  c_u_lower(1_99)_
 L  c_u_lower(1_100)_
 L  c_u_lower(1_101)_
 L  c_u_lower(1_102)_
 L  c_u_lower(1_103)_
 L  c_u_lower(1_104)_
 L  c_u_lower(1_105)_
 L  c_u_lower(1_106)_
 L  c_u_lower(1_107)_
 L  c_u_lower(2_108)_
 L  c_u_lower(2_109)_
 L  c_u_lower(2_110)_
 L  c_u_lower(2_111)_
 L  c_u_lower(2_112)_
 L  c_u_lower(2_113)_
 L  c_u_lower(2_114)_
 L  c_u_lower(2_115)_
 L  c_u_lower(2_116)_
 L  c_u_lower(2_117)_
 L  c_u_lower(2_118)_
 L  c_u_lower(2_119)_
 L  c_u_lower(2_120)_
 L  c_u_lower(2_121)_
 L  c_u_lower(2_122)_
 L  c_u_lower(2_123)_
 L  c_u_lower(2_124)_
 L  c_u_lower(2_125)_
 L  c_u_lower(2_126)_
 L  c_u_lower(2_127)_
 L  c_u_lower(2_128)_
 L  c_u_lower(2_129)_
 L  c_u_lower(2_130)_
 L  c_u_lower(2_131)_
 L  c_u_lower(2_132)_
 L  c_u_lower(2_133)_
 L  c_u_lower(2_134)_
 L  c_u_lower(2_135)_
 L  c_u_lower(2_136)_
 L  c_u_lower(2_137)_
 L  c_u_lower(2_138)_
 L  c_u_lower(2_139)_
 L  c_u_lower(2_140)_
 L  c_u_lower(2_141)_
 L  c_u_lower(2_142)_
 L  c_u_lower(2_143)_
 L  c_u_lower(2_144)_
 L  c_u_lower(2_145)_
 L  c_u_lower(2_146)_
 L  c_u_lower(2_147)_
 L  c_u_lower(2_148)_
 L  c_u_lower(2_149)_
 L  c_u_lower(2_150)_
 L  c_u_lower(2_151)_
 L  c_u_lower(2_152)_
 L  c_u_lower(2_153)_
 L  c_u_lower(2_154)_
 L  c_u_lower(2_155)_
 L  c_u_lower(2_156)_
 L  c_u_lower(2_157)_
 L  c_u_lower(2_158)_
 L  c_u_lower(2_159)_
 L  c_u_lower(2_160)_
 L  c_u_lower(2_161)_
 L  c_u_lower(3_162)_
 L  c_u_lower(3_163)_
 L  c_u_lower(3_164)_
 L  c_u_lower(3_165)_
 L  c_u_lower(3_166)_
 L  c_u_lower(3_167)_
 L  c_u_lower(3_168)_
 L  c_u_lower(3_169)_
 L  c_u_lower(3_170)_
 L  c_u_lower(3_171)_
 L  c_u_lower(3_172)_
 L  c_u_lower(3_173)_
 L  c_u_lower(3_174)_
 L  c_u_lower(3_175)_
 L  c_u_lower(3_176)_
 L  c_u_lower(3_177)_
 L  c_u_lower(3_178)_
 L  c_u_lower(3_179)_
 L  c_u_lower(3_180)_
 L  c_u_lower(3_181)_
 L  c_u_lower(3_182)_
 L  c_u_lower(3_183)_
 L  c_u_lower(3_184)_
 L  c_u_lower(3_185)_
 L  c_u_lower(3_186)_
 L  c_u_lower(3_187)_
 L  c_u_lower(3_188)_
 L  c_u_lower(3_189)_
 L  c_u_lower(3_190)_
 L  c_u_lower(3_191)_
 L  c_u_lower(3_192)_
 L  c_u_lower(3_193)_
 L  c_u_lower(3_194)_
 L  c_u_lower(3_195)_
 L  c_u_lower(3_196)_
 L  c_u_lower(3_197)_
 L  c_u_lower(3_198)_
 L  c_u_lower(3_199)_
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
 L  c_u_lower(4_216)_
 L  c_u_lower(4_217)_
 L  c_u_lower(4_218)_
 L  c_u_lower(4_219)_
 L  c_u_lower(4_220)_
 L  c_u_lower(4_221)_
 L  c_u_lower(4_222)_
 L  c_u_lower(4_223)_
 L  c_u_lower(4_224)_
 L  c_u_lower(4_225)_
 L  c_u_lower(4_226)_
 L  c_u_lower(4_227)_
 L  c_u_lower(4_228)_
 L  c_u_lower(4_229)_
 L  c_u_lower(4_230)_
 L  c_u_lower(4_231)_
 L  c_u_lower(4_232)_
 L  c_u_lower(4_233)_
 L  c_u_lower(4_234)_
 L  c_u_lower(4_235)_
 L  c_u_lower(4_236)_
 L  c_u_lower(4_237)_
 L  c_u_lower(4_238)_
 L  c_u_lower(4_239)_
 L  c_u_lower(4_240)_
 L  c_u_lower(4_241)_
 L  c_u_lower(4_242)_
 L  c_u_lower(4_243)_
 L  c_u_lower(4_244)_
 L  c_u_lower(4_245)_
 L  c_u_lower(4_246)_
 L  c_u_lower(4_247)_
 L  c_u_lower(4_248)_
 L  c_u_lower(4_249)_
 L  c_u_lower(4_250)_
 L  c_u_lower(4_251)_
 L  c_u_lower(4_252)_
 L  c_u_lower(4_253)_
 L  c_u_lower(4_254)_
 L  c_u_lower(4_255)_
 L  c_u_lower(4_256)_
 L  c_u_lower(4_257)_
 L  c_u_lower(4_258)_
 L  c_u_lower(4_259)_
 L  c_u_lower(4_260)_
 L  c_u_lower(4_261)_
 L  c_u_lower(4_262)_
 L  c_u_lower(4_263)_
 L  c_u_lower(4_264)_
 L  c_u_lower(4_265)_
 L  c_u_lower(4_266)_
 L  c_u_lower(4_267)_
 L  c_u_lower(4_268)_
 L  c_u_lower(4_269)_
 L  c_u_lower(5_270)_
 L  c_u_lower(5_271)_
 L  c_u_lower(5_272)_
 L  c_u_lower(5_273)_
 L  c_u_lower(5_274)_
 L  c_u_lower(5_275)_
 L  c_u_lower(5_276)_
 L  c_u_lower(5_277)_
 L  c_u_lower(5_278)_
 L  c_u_lower(5_279)_
 L  c_u_lower(5_280)_
 L  c_u_lower(5_281)_
 L  c_u_lower(5_282)_
 L  c_u_lower(5_283)_
 L  c_u_lower(5_284)_
 L  c_u_lower(5_285)_
 L  c_u_lower(5_286)_
 L  c_u_lower(5_287)_
 L  c_u_lower(5_288)_
 L  c_u_lower(5_289)_
 L  c_u_lower(5_290)_
 L  c_u_lower(5_291)_
 L  c_u_lower(5_292)_
 L  c_u_lower(5_293)_
 L  c_u_lower(5_294)_
 L  c_u_lower(5_295)_
 L  c_u_lower(5_296)_
 L  c_u_lower(5_297)_
 L  c_u_lower(5_298)_
 L  c_u_lower(5_299)_
 L  c_u_lower(5_300)_
 L  c_u_lower(5_301)_
 L  c_u_lower(5_302)_
 L  c_u_lower(5_303)_
 L  c_u_lower(5_304)_
 L  c_u_lower(5_305)_
 L  c_u_lower(5_306)_
 L  c_u_lower(5_307)_
 L  c_u_lower(5_308)_
 L  c_u_lower(5_309)_
 L  c_u_lower(5_310)_
 L  c_u_lower(5_311)_
 L  c_u_lower(5_312)_
 L  c_u_lower(5_313)_
 L  c_u_lower(5_314)_
 L  c_u_lower(5_315)_
 L  c_u_lower(5_316)_
 L  c_u_lower(5_317)_
 L  c_u_lower(5_318)_
 L  c_u_lower(5_319)_
 L  c_u_lower(5_320)_
 L  c_u_lower(5_321)_
 L  c_u_lower(5_322)_
 L  c_u_lower(5_323)_
 E  c_e_ONE_VAR_CONSTANT
COLUMNS
     W(0) obj 3.2814055772265092
     W(0) c_u_upper(0_0)_ 1
     W(0) c_u_lower(0_0)_ -1
     W(1) obj -0.93862969003018026
     W(1) c_u_upper(0_1)_ 1
     W(1) c_u_lower(0_1)_ -1
     W(2) obj 1.7719109871331402
     W(2) c_u_upper(0_2)_ 1
     W(2) c_u_lower(0_2)_ -1
     W(3) obj -0.22853428277795171
     W(3) c_u_upper(0_3)_ 1
     W(3) c_u_lower(0_3)_ -1
     W(4) obj 1.1906026657862221
     W(4) c_u_upper(0_4)_ 1
     W(4) c_u_lower(0_4)_ -1
     W(5) obj -2.6647214674029147
     W(5) c_u_upper(0_5)_ 1
     W(5) c_u_lower(0_5)_ -1
     W(6) obj 3.0908271601471844
     W(6) c_u_upper(0_6)_ 1
     W(6) c_u_lower(0_6)_ -1
     W(7) obj -1.0394720536920243
     W(7) c_u_upper(0_7)_ 1
     W(7) c_u_lower(0_7)_ -1
     W(8) obj 2.2435582923873274
     W(8) c_u_upper(0_8)_ 1
     W(8) c_u_lower(0_8)_ -1
     W(9) obj -0.20278295137316987
     W(9) c_u_upper(0_9)_ 1
     W(9) c_u_lower(0_9)_ -1
     W(10) obj 1.9973115135058359
     W(10) c_u_upper(0_10)_ 1
     W(10) c_u_lower(0_10)_ -1
     W(11) obj -2.88799744768684
     W(11) c_u_upper(0_11)_ 1
     W(11) c_u_lower(0_11)_ -1
     W(12) obj 2.6424355112883058
     W(12) c_u_upper(0_12)_ 1
     W(12) c_u_lower(0_12)_ -1
     W(13) obj -0.964954182531225
     W(13) c_u_upper(0_13)_ 1
     W(13) c_u_lower(0_13)_ -1
     W(14) obj 1.9945992161083901
     W(14) c_u_upper(0_14)_ 1
     W(14) c_u_lower(0_14)_ -1
     W(15) obj -0.23788017813169499
     W(15) c_u_upper(0_15)_ 1
     W(15) c_u_lower(0_15)_ -1
     W(16) obj 1.5916799796353946
     W(16) c_u_upper(0_16)_ 1
     W(16) c_u_lower(0_16)_ -1
     W(17) obj -2.6090624109272706
     W(17) c_u_upper(0_17)_ 1
     W(17) c_u_lower(0_17)_ -1
     W(18) obj 2.8979210309774497
     W(18) c_u_upper(0_18)_ 1
     W(18) c_u_lower(0_18)_ -1
     W(19) obj -0.73348916836945932
     W(19) c_u_upper(0_19)_ 1
     W(19) c_u_lower(0_19)_ -1
     W(20) obj 0.9886797769688872
     W(20) c_u_upper(0_20)_ 1
     W(20) c_u_lower(0_20)_ -1
     W(21) obj 2.5896914390733641
     W(21) c_u_upper(0_21)_ 1
     W(21) c_u_lower(0_21)_ -1
     W(22) obj 1.3202386263362322
     W(22) c_u_upper(0_22)_ 1
     W(22) c_u_lower(0_22)_ -1
     W(23) obj -2.8910620617048632
     W(23) c_u_upper(0_23)_ 1
     W(23) c_u_lower(0_23)_ -1
     W(24) obj 2.2511701928210308
     W(24) c_u_upper(0_24)_ 1
     W(24) c_u_lower(0_24)_ -1
     W(25) obj -0.5424772985832812
     W(25) c_u_upper(0_25)_ 1
     W(25) c_u_lower(0_25)_ -1
     W(26) obj 1.2358592002153561
     W(26) c_u_upper(0_26)_ 1
     W(26) c_u_lower(0_26)_ -1
     W(27) obj 2.5834695231101961
     W(27) c_u_upper(0_27)_ 1
     W(27) c_u_lower(0_27)_ -1
     W(28) obj 2.0043976390632974
     W(28) c_u_upper(0_28)_ 1
     W(28) c_u_lower(0_28)_ -1
     W(29) obj -3.1103113952206081
     W(29) c_u_upper(0_29)_ 1
     W(29) c_u_lower(0_29)_ -1
     W(30) obj 1.4879861071096241
     W(30) c_u_upper(0_30)_ 1
     W(30) c_u_lower(0_30)_ -1
     W(31) obj -0.074747853034997175
     W(31) c_u_upper(0_31)_ 1
     W(31) c_u_lower(0_31)_ -1
     W(32) obj 0.99586510332044931
     W(32) c_u_upper(0_32)_ 1
     W(32) c_u_lower(0_32)_ -1
     W(33) obj 2.200724951229422
     W(33) c_u_upper(0_33)_ 1
     W(33) c_u_lower(0_33)_ -1
     W(34) obj 1.0353519128772035
     W(34) c_u_upper(0_34)_ 1
     W(34) c_u_lower(0_34)_ -1
     W(35) obj -2.981483478113121
     W(35) c_u_upper(0_35)_ 1
     W(35) c_u_lower(0_35)_ -1
     W(36) obj 2.2627550167551651
     W(36) c_u_upper(0_36)_ 1
     W(36) c_u_lower(0_36)_ -1
     W(37) obj -1.0702555697864276
     W(37) c_u_upper(0_37)_ 1
     W(37) c_u_lower(0_37)_ -1
     W(38) obj 0.22737635906493589
     W(38) c_u_upper(0_38)_ 1
     W(38) c_u_lower(0_38)_ -1
     W(39) obj 1.5629427659283524
     W(39) c_u_upper(0_39)_ 1
     W(39) c_u_lower(0_39)_ -1
     W(40) obj 1.2856214362163731
     W(40) c_u_upper(0_40)_ 1
     W(40) c_u_lower(0_40)_ -1
     W(41) obj -1.3674024875700341
     W(41) c_u_upper(0_41)_ 1
     W(41) c_u_lower(0_41)_ -1
     W(42) obj 1.6609984872153538
     W(42) c_u_upper(0_42)_ 1
     W(42) c_u_lower(0_42)_ -1
     W(43) obj -1.0076646181582738
     W(43) c_u_upper(0_43)_ 1
     W(43) c_u_lower(0_43)_ -1
     W(44) obj 0.14961964979380016
     W(44) c_u_upper(0_44)_ 1
     W(44) c_u_lower(0_44)_ -1
     W(45) obj 1.3047345653486266
     W(45) c_u_upper(0_45)_ 1
     W(45) c_u_lower(0_45)_ -1
     W(46) obj 2.169841792449648
     W(46) c_u_upper(0_46)_ 1
     W(46) c_u_lower(0_46)_ -1
     W(47) obj -1.5557586674514081
     W(47) c_u_upper(0_47)_ 1
     W(47) c_u_lower(0_47)_ -1
     W(48) obj 1.3158874325270262
     W(48) c_u_upper(0_48)_ 1
     W(48) c_u_lower(0_48)_ -1
     W(49) obj -0.45402463350361133
     W(49) c_u_upper(0_49)_ 1
     W(49) c_u_lower(0_49)_ -1
     W(50) obj 0.05652548033083718
     W(50) c_u_upper(0_50)_ 1
     W(50) c_u_lower(0_50)_ -1
     W(51) obj 1.1787218372516093
     W(51) c_u_upper(0_51)_ 1
     W(51) c_u_lower(0_51)_ -1
     W(52) obj 1.153165343536497
     W(52) c_u_upper(0_52)_ 1
     W(52) c_u_lower(0_52)_ -1
     W(53) obj -1.9607079577831974
     W(53) c_u_upper(0_53)_ 1
     W(53) c_u_lower(0_53)_ -1
     W(54) c_u_upper(1_54)_ 1
     W(54) c_u_lower(1_54)_ -1
     W(55) c_u_upper(1_55)_ 1
     W(55) c_u_lower(1_55)_ -1
     W(56) c_u_upper(1_56)_ 1
     W(56) c_u_lower(1_56)_ -1
     W(57) c_u_upper(1_57)_ 1
     W(57) c_u_lower(1_57)_ -1
     W(58) c_u_upper(1_58)_ 1
     W(58) c_u_lower(1_58)_ -1
     W(59) c_u_upper(1_59)_ 1
     W(59) c_u_lower(1_59)_ -1
     W(60) c_u_upper(1_60)_ 1
     W(60) c_u_lower(1_60)_ -1
     W(61) c_u_upper(1_61)_ 1
     W(61) c_u_lower(1_61)_ -1
     W(62) c_u_upper(1_62)_ 1
     W(62) c_u_lower(1_62)_ -1
     W(63) c_u_upper(1_63)_ 1
     W(63) c_u_lower(1_63)_ -1
     W(64) c_u_upper(1_64)_ 1
     W(64) c_u_lower(1_64)_ -1
     W(65) c_u_upper(1_65)_ 1
     W(65) c_u_lower(1_65)_ -1
     W(66) c_u_upper(1_66)_ 1
     W(66) c_u_lower(1_66)_ -1
     W(67) c_u_upper(1_67)_ 1
     W(67) c_u_lower(1_67)_ -1
     W(68) c_u_upper(1_68)_ 1
     W(68) c_u_lower(1_68)_ -1
     W(69) c_u_upper(1_69)_ 1
     W(69) c_u_lower(1_69)_ -1
     W(70) c_u_upper(1_70)_ 1
     W(70) c_u_lower(1_70)_ -1
     W(71) c_u_upper(1_71)_ 1
     W(71) c_u_lower(1_71)_ -1
     W(72) c_u_upper(1_72)_ 1
     W(72) c_u_lower(1_72)_ -1
     W(73) c_u_upper(1_73)_ 1
     W(73) c_u_lower(1_73)_ -1
     W(74) c_u_upper(1_74)_ 1
     W(74) c_u_lower(1_74)_ -1
     W(75) c_u_upper(1_75)_ 1
     W(75) c_u_lower(1_75)_ -1
     W(76) c_u_upper(1_76)_ 1
     W(76) c_u_lower(1_76)_ -1
     W(77) c_u_upper(1_77)_ 1
     W(77) c_u_lower(1_77)_ -1
     W(78) c_u_upper(1_78)_ 1
     W(78) c_u_lower(1_78)_ -1
     W(79) c_u_upper(1_79)_ 1
     W(79) c_u_lower(1_79)_ -1
     W(80) c_u_upper(1_80)_ 1
     W(80) c_u_lower(1_80)_ -1
     W(81) c_u_upper(1_81)_ 1
     W(81) c_u_lower(1_81)_ -1
     W(82) c_u_upper(1_82)_ 1
     W(82) c_u_lower(1_82)_ -1
     W(83) c_u_upper(1_83)_ 1
     W(83) c_u_lower(1_83)_ -1
     W(84) c_u_upper(1_84)_ 1
     W(84) c_u_lower(1_84)_ -1
     W(85) c_u_upper(1_85)_ 1
     W(85) c_u_lower(1_85)_ -1
     W(86) c_u_upper(1_86)_ 1
     W(86) c_u_lower(1_86)_ -1
     W(87) c_u_upper(1_87)_ 1
     W(87) c_u_lower(1_87)_ -1
     W(88) c_u_upper(1_88)_ 1
     W(88) c_u_lower(1_88)_ -1
     W(89) c_u_upper(1_89)_ 1
     W(89) c_u_lower(1_89)_ -1
     W(90) c_u_upper(1_90)_ 1
     W(90) c_u_lower(1_90)_ -1
     W(91) c_u_upper(1_91)_ 1
     W(91) c_u_lower(1_91)_ -1
     W(92) c_u_upper(1_92)_ 1
     W(92) c_u_lower(1_92)_ -1
     W(93) c_u_upper(1_93)_ 1
     W(93) c_u_lower(1_93)_ -1
     W(94) c_u_upper(1_94)_ 1
     W(94) c_u_lower(1_94)_ -1
     W(95) c_u_upper(1_95)_ 1
     W(95) c_u_lower(1_95)_ -1
     W(96) c_u_upper(1_96)_ 1
     W(96) c_u_lower(1_96)_ -1
     W(97) c_u_upper(1_97)_ 1
     W(97) c_u_lower(1_97)_ -1
     W(98) c_u_upper(1_98)_ 1
     W(98) c_u_lower(1_98)_ -1
     W(99) c_u_upper(1_99)_ 1
     W(99) c_u_lower(1_99)_ -1
     W(100) c_u_upper(1_100)_ 1
     W(100) c_u_lower(1_100)_ -1
     W(101) c_u_upper(1_101)_ 1
     W(101) c_u_lower(1_101)_ -1
     W(102) c_u_upper(1_102)_ 1
     W(102) c_u_lower(1_102)_ -1
     W(103) c_u_upper(1_103)_ 1
     W(103) c_u_lower(1_103)_ -1
     W(104) c_u_upper(1_104)_ 1
     W(104) c_u_lower(1_104)_ -1
     W(105) c_u_upper(1_105)_ 1
     W(105) c_u_lower(1_105)_ -1
     W(106) c_u_upper(1_106)_ 1
     W(106) c_u_lower(1_106)_ -1
     W(107) c_u_upper(1_107)_ 1
     W(107) c_u_lower(1_107)_ -1
     W(108) obj 2.6028189630621918
     W(108) c_u_upper(2_108)_ 1
     W(108) c_u_lower(2_108)_ -1
     W(109) obj -0.36328687465292686
     W(109) c_u_upper(2_109)_ 1
     W(109) c_u_lower(2_109)_ -1
     W(110) obj 1.5847030433479765
     W(110) c_u_upper(2_110)_ 1
     W(110) c_u_lower(2_110)_ -1
     W(111) obj -0.2900136026334037
     W(111) c_u_upper(2_111)_ 1
     W(111) c_u_lower(2_111)_ -1
     W(112) obj 0.23329697792109458
     W(112) c_u_upper(2_112)_ 1
     W(112) c_u_lower(2_112)_ -1
     W(113) obj -2.4914606766108092
     W(113) c_u_upper(2_113)_ 1
     W(113) c_u_lower(2_113)_ -1
     W(114) obj 3.1948250745688029
     W(114) c_u_upper(2_114)_ 1
     W(114) c_u_lower(2_114)_ -1
     W(115) obj -1.3137003050958771
     W(115) c_u_upper(2_115)_ 1
     W(115) c_u_lower(2_115)_ -1
     W(116) obj 1.466968833997244
     W(116) c_u_upper(2_116)_ 1
     W(116) c_u_lower(2_116)_ -1
     W(117) obj -0.16275324053886717
     W(117) c_u_upper(2_117)_ 1
     W(117) c_u_lower(2_117)_ -1
     W(118) obj 0.51223660913006053
     W(118) c_u_upper(2_118)_ 1
     W(118) c_u_lower(2_118)_ -1
     W(119) obj -1.9573571848296729
     W(119) c_u_upper(2_119)_ 1
     W(119) c_u_lower(2_119)_ -1
     W(120) obj 3.2977019623290404
     W(120) c_u_upper(2_120)_ 1
     W(120) c_u_lower(2_120)_ -1
     W(121) obj -1.7014361875360604
     W(121) c_u_upper(2_121)_ 1
     W(121) c_u_lower(2_121)_ -1
     W(122) obj 1.209199930243201
     W(122) c_u_upper(2_122)_ 1
     W(122) c_u_lower(2_122)_ -1
     W(123) obj 0.69240758165147298
     W(123) c_u_upper(2_123)_ 1
     W(123) c_u_lower(2_123)_ -1
     W(124) obj 1.7688916445261362
     W(124) c_u_upper(2_124)_ 1
     W(124) c_u_lower(2_124)_ -1
     W(125) obj -1.4484654079389152
     W(125) c_u_upper(2_125)_ 1
     W(125) c_u_lower(2_125)_ -1
     W(126) obj 2.2065421238805358
     W(126) c_u_upper(2_126)_ 1
     W(126) c_u_lower(2_126)_ -1
     W(127) obj 0.24055613837073936
     W(127) c_u_upper(2_127)_ 1
     W(127) c_u_lower(2_127)_ -1
     W(128) obj 1.1199212141877706
     W(128) c_u_upper(2_128)_ 1
     W(128) c_u_lower(2_128)_ -1
     W(129) obj 2.6193721703944419
     W(129) c_u_upper(2_129)_ 1
     W(129) c_u_lower(2_129)_ -1
     W(130) obj 0.14074362332485371
     W(130) c_u_upper(2_130)_ 1
     W(130) c_u_lower(2_130)_ -1
     W(131) obj -3.3236125286000271
     W(131) c_u_upper(2_131)_ 1
     W(131) c_u_lower(2_131)_ -1
     W(132) obj 2.7991469328307486
     W(132) c_u_upper(2_132)_ 1
     W(132) c_u_lower(2_132)_ -1
     W(133) obj -0.3635334707676427
     W(133) c_u_upper(2_133)_ 1
     W(133) c_u_lower(2_133)_ -1
     W(134) obj 1.008041393504483
     W(134) c_u_upper(2_134)_ 1
     W(134) c_u_lower(2_134)_ -1
     W(135) obj 3.171531522290814
     W(135) c_u_upper(2_135)_ 1
     W(135) c_u_lower(2_135)_ -1
     W(136) obj 0.065904976142842076
     W(136) c_u_upper(2_136)_ 1
     W(136) c_u_lower(2_136)_ -1
     W(137) obj -3.2584928699113553
     W(137) c_u_upper(2_137)_ 1
     W(137) c_u_lower(2_137)_ -1
     W(138) obj 2.9121590365393049
     W(138) c_u_upper(2_138)_ 1
     W(138) c_u_lower(2_138)_ -1
     W(139) obj -0.57379441424515831
     W(139) c_u_upper(2_139)_ 1
     W(139) c_u_lower(2_139)_ -1
     W(140) obj 1.3057541162063766
     W(140) c_u_upper(2_140)_ 1
     W(140) c_u_lower(2_140)_ -1
     W(141) obj 2.6273171702524207
     W(141) c_u_upper(2_141)_ 1
     W(141) c_u_lower(2_141)_ -1
     W(142) obj 1.3965124986802011
     W(142) c_u_upper(2_142)_ 1
     W(142) c_u_lower(2_142)_ -1
     W(143) obj -2.8788118497935669
     W(143) c_u_upper(2_143)_ 1
     W(143) c_u_lower(2_143)_ -1
     W(144) obj 1.9380169478230354
     W(144) c_u_upper(2_144)_ 1
     W(144) c_u_lower(2_144)_ -1
     W(145) obj 0.16415691984352812
     W(145) c_u_upper(2_145)_ 1
     W(145) c_u_lower(2_145)_ -1
     W(146) obj 0.56290959632904958
     W(146) c_u_upper(2_146)_ 1
     W(146) c_u_lower(2_146)_ -1
     W(147) obj 1.2537369218329146
     W(147) c_u_upper(2_147)_ 1
     W(147) c_u_lower(2_147)_ -1
     W(148) obj 0.40940410027400459
     W(148) c_u_upper(2_148)_ 1
     W(148) c_u_lower(2_148)_ -1
     W(149) obj -2.4273218044421698
     W(149) c_u_upper(2_149)_ 1
     W(149) c_u_lower(2_149)_ -1
     W(150) obj 2.9984930465927047
     W(150) c_u_upper(2_150)_ 1
     W(150) c_u_lower(2_150)_ -1
     W(151) obj -0.240375741768284
     W(151) c_u_upper(2_151)_ 1
     W(151) c_u_lower(2_151)_ -1
     W(152) obj 0.53669411969325609
     W(152) c_u_upper(2_152)_ 1
     W(152) c_u_lower(2_152)_ -1
     W(153) obj 1.7476996910860134
     W(153) c_u_upper(2_153)_ 1
     W(153) c_u_lower(2_153)_ -1
     W(154) obj 0.44020124946481909
     W(154) c_u_upper(2_154)_ 1
     W(154) c_u_lower(2_154)_ -1
     W(155) obj -3.0926369122520381
     W(155) c_u_upper(2_155)_ 1
     W(155) c_u_lower(2_155)_ -1
     W(156) obj 3.3246276290107115
     W(156) c_u_upper(2_156)_ 1
     W(156) c_u_lower(2_156)_ -1
     W(157) obj -0.40803879190609799
     W(157) c_u_upper(2_157)_ 1
     W(157) c_u_lower(2_157)_ -1
     W(158) obj 1.1039458775833608
     W(158) c_u_upper(2_158)_ 1
     W(158) c_u_lower(2_158)_ -1
     W(159) obj 2.1447149860128389
     W(159) c_u_upper(2_159)_ 1
     W(159) c_u_lower(2_159)_ -1
     W(160) obj 1.4563151414266036
     W(160) c_u_upper(2_160)_ 1
     W(160) c_u_lower(2_160)_ -1
     W(161) obj -3.2643338102605357
     W(161) c_u_upper(2_161)_ 1
     W(161) c_u_lower(2_161)_ -1
     W(162) c_u_upper(3_162)_ 1
     W(162) c_u_lower(3_162)_ -1
     W(163) c_u_upper(3_163)_ 1
     W(163) c_u_lower(3_163)_ -1
     W(164) c_u_upper(3_164)_ 1
     W(164) c_u_lower(3_164)_ -1
     W(165) c_u_upper(3_165)_ 1
     W(165) c_u_lower(3_165)_ -1
     W(166) c_u_upper(3_166)_ 1
     W(166) c_u_lower(3_166)_ -1
     W(167) c_u_upper(3_167)_ 1
     W(167) c_u_lower(3_167)_ -1
     W(168) c_u_upper(3_168)_ 1
     W(168) c_u_lower(3_168)_ -1
     W(169) c_u_upper(3_169)_ 1
     W(169) c_u_lower(3_169)_ -1
     W(170) c_u_upper(3_170)_ 1
     W(170) c_u_lower(3_170)_ -1
     W(171) c_u_upper(3_171)_ 1
     W(171) c_u_lower(3_171)_ -1
     W(172) c_u_upper(3_172)_ 1
     W(172) c_u_lower(3_172)_ -1
     W(173) c_u_upper(3_173)_ 1
     W(173) c_u_lower(3_173)_ -1
     W(174) c_u_upper(3_174)_ 1
     W(174) c_u_lower(3_174)_ -1
     W(175) c_u_upper(3_175)_ 1
     W(175) c_u_lower(3_175)_ -1
     W(176) c_u_upper(3_176)_ 1
     W(176) c_u_lower(3_176)_ -1
     W(177) c_u_upper(3_177)_ 1
     W(177) c_u_lower(3_177)_ -1
     W(178) c_u_upper(3_178)_ 1
     W(178) c_u_lower(3_178)_ -1
     W(179) c_u_upper(3_179)_ 1
     W(179) c_u_lower(3_179)_ -1
     W(180) c_u_upper(3_180)_ 1
     W(180) c_u_lower(3_180)_ -1
     W(181) c_u_upper(3_181)_ 1
     W(181) c_u_lower(3_181)_ -1
     W(182) c_u_upper(3_182)_ 1
     W(182) c_u_lower(3_182)_ -1
     W(183) c_u_upper(3_183)_ 1
     W(183) c_u_lower(3_183)_ -1
     W(184) c_u_upper(3_184)_ 1
     W(184) c_u_lower(3_184)_ -1
     W(185) c_u_upper(3_185)_ 1
     W(185) c_u_lower(3_185)_ -1
     W(186) c_u_upper(3_186)_ 1
     W(186) c_u_lower(3_186)_ -1
     W(187) c_u_upper(3_187)_ 1
     W(187) c_u_lower(3_187)_ -1
     W(188) c_u_upper(3_188)_ 1
     W(188) c_u_lower(3_188)_ -1
     W(189) c_u_upper(3_189)_ 1
     W(189) c_u_lower(3_189)_ -1
     W(190) c_u_upper(3_190)_ 1
     W(190) c_u_lower(3_190)_ -1
     W(191) c_u_upper(3_191)_ 1
     W(191) c_u_lower(3_191)_ -1
     W(192) c_u_upper(3_192)_ 1
     W(192) c_u_lower(3_192)_ -1
     W(193) c_u_upper(3_193)_ 1
     W(193) c_u_lower(3_193)_ -1
     W(194) c_u_upper(3_194)_ 1
     W(194) c_u_lower(3_194)_ -1
     W(195) c_u_upper(3_195)_ 1
     W(195) c_u_lower(3_195)_ -1
     W(196) c_u_upper(3_196)_ 1
     W(196) c_u_lower(3_196)_ -1
     W(197) c_u_upper(3_197)_ 1
     W(197) c_u_lower(3_197)_ -1
     W(198) c_u_upper(3_198)_ 1
     W(198) c_u_lower(3_198)_ -1
     W(199) c_u_upper(3_199)_ 1
     W(199) c_u_lower(3_199)_ -1
     W(200) c_u_upper(3_200)_ 1
     W(200) c_u_lower(3_200)_ -1
     W(201) c_u_upper(3_201)_ 1
     W(201) c_u_lower(3_201)_ -1
     W(202) c_u_upper(3_202)_ 1
     W(202) c_u_lower(3_202)_ -1
     W(203) c_u_upper(3_203)_ 1
     W(203) c_u_lower(3_203)_ -1
     W(204) c_u_upper(3_204)_ 1
     W(204) c_u_lower(3_204)_ -1
     W(205) c_u_upper(3_205)_ 1
     W(205) c_u_lower(3_205)_ -1
     W(206) c_u_upper(3_206)_ 1
     W(206) c_u_lower(3_206)_ -1
     W(207) c_u_upper(3_207)_ 1
     W(207) c_u_lower(3_207)_ -1
     W(208) c_u_upper(3_208)_ 1
     W(208) c_u_lower(3_208)_ -1
     W(209) c_u_upper(3_209)_ 1
     W(209) c_u_lower(3_209)_ -1
     W(210) c_u_upper(3_210)_ 1
     W(210) c_u_lower(3_210)_ -1
     W(211) c_u_upper(3_211)_ 1
     W(211) c_u_lower(3_211)_ -1
     W(212) c_u_upper(3_212)_ 1
     W(212) c_u_lower(3_212)_ -1
     W(213) c_u_upper(3_213)_ 1
     W(213) c_u_lower(3_213)_ -1
     W(214) c_u_upper(3_214)_ 1
     W(214) c_u_lower(3_214)_ -1
     W(215) c_u_upper(3_215)_ 1
     W(215) c_u_lower(3_215)_ -1
     W(216) obj -0.090668228770801107
     W(216) c_u_upper(4_216)_ 1
     W(216) c_u_lower(4_216)_ -1
     W(217) obj -2.8517345554171847
     W(217) c_u_upper(4_217)_ 1
     W(217) c_u_lower(4_217)_ -1
     W(218) obj -3.0616755389186894
     W(218) c_u_upper(4_218)_ 1
     W(218) c_u_lower(4_218)_ -1
     W(219) obj 2.1855065673351817
     W(219) c_u_upper(4_219)_ 1
     W(219) c_u_lower(4_219)_ -1
     W(220) obj 0.1708204858619779
     W(220) c_u_upper(4_220)_ 1
     W(220) c_u_lower(4_220)_ -1
     W(221) obj 3.0279520675919076
     W(221) c_u_upper(4_221)_ 1
     W(221) c_u_lower(4_221)_ -1
     W(222) obj 0.34379398368163605
     W(222) c_u_upper(4_222)_ 1
     W(222) c_u_lower(4_222)_ -1
     W(223) obj -4.0573637973939141
     W(223) c_u_upper(4_223)_ 1
     W(223) c_u_lower(4_223)_ -1
     W(224) obj -3.8392972904482918
     W(224) c_u_upper(4_224)_ 1
     W(224) c_u_lower(4_224)_ -1
     W(225) obj 2.8805536120291202
     W(225) c_u_upper(4_225)_ 1
     W(225) c_u_lower(4_225)_ -1
     W(226) obj 1.4067071724366711
     W(226) c_u_upper(4_226)_ 1
     W(226) c_u_lower(4_226)_ -1
     W(227) obj 3.8130572441755985
     W(227) c_u_upper(4_227)_ 1
     W(227) c_u_lower(4_227)_ -1
     W(228) obj 1.2060917116337457
     W(228) c_u_upper(4_228)_ 1
     W(228) c_u_lower(4_228)_ -1
     W(229) obj -3.8243167873743871
     W(229) c_u_upper(4_229)_ 1
     W(229) c_u_lower(4_229)_ -1
     W(230) obj -3.0983588924547978
     W(230) c_u_upper(4_230)_ 1
     W(230) c_u_lower(4_230)_ -1
     W(231) obj 2.8239828756997802
     W(231) c_u_upper(4_231)_ 1
     W(231) c_u_lower(4_231)_ -1
     W(232) obj 1.9286228860856678
     W(232) c_u_upper(4_232)_ 1
     W(232) c_u_lower(4_232)_ -1
     W(233) obj 2.7617756533812652
     W(233) c_u_upper(4_233)_ 1
     W(233) c_u_lower(4_233)_ -1
     W(234) obj 0.12023618200890736
     W(234) c_u_upper(4_234)_ 1
     W(234) c_u_lower(4_234)_ -1
     W(235) obj -3.1380418325523762
     W(235) c_u_upper(4_235)_ 1
     W(235) c_u_lower(4_235)_ -1
     W(236) obj -2.115642372609444
     W(236) c_u_upper(4_236)_ 1
     W(236) c_u_lower(4_236)_ -1
     W(237) obj -1.9932421196962566
     W(237) c_u_upper(4_237)_ 1
     W(237) c_u_lower(4_237)_ -1
     W(238) obj -0.00583604679548948
     W(238) c_u_upper(4_238)_ 1
     W(238) c_u_lower(4_238)_ -1
     W(239) obj 3.5929477529453582
     W(239) c_u_upper(4_239)_ 1
     W(239) c_u_lower(4_239)_ -1
     W(240) obj 1.5542622576792002
     W(240) c_u_upper(4_240)_ 1
     W(240) c_u_lower(4_240)_ -1
     W(241) obj -4.3869111530308391
     W(241) c_u_upper(4_241)_ 1
     W(241) c_u_lower(4_241)_ -1
     W(242) obj -2.2156192948219542
     W(242) c_u_upper(4_242)_ 1
     W(242) c_u_lower(4_242)_ -1
     W(243) obj -2.341069006063639
     W(243) c_u_upper(4_243)_ 1
     W(243) c_u_lower(4_243)_ -1
     W(244) obj 1.4882644557798281
     W(244) c_u_upper(4_244)_ 1
     W(244) c_u_lower(4_244)_ -1
     W(245) obj 4.0421908974938221
     W(245) c_u_upper(4_245)_ 1
     W(245) c_u_lower(4_245)_ -1
     W(246) obj 2.9290423486867563
     W(246) c_u_upper(4_246)_ 1
     W(246) c_u_lower(4_246)_ -1
     W(247) obj -4.7391378135853959
     W(247) c_u_upper(4_247)_ 1
     W(247) c_u_lower(4_247)_ -1
     W(248) obj -1.5778106757362627
     W(248) c_u_upper(4_248)_ 1
     W(248) c_u_lower(4_248)_ -1
     W(249) obj -1.3033604615004519
     W(249) c_u_upper(4_249)_ 1
     W(249) c_u_lower(4_249)_ -1
     W(250) obj 3.0082349439030791
     W(250) c_u_upper(4_250)_ 1
     W(250) c_u_lower(4_250)_ -1
     W(251) obj 3.1351430077415161
     W(251) c_u_upper(4_251)_ 1
     W(251) c_u_lower(4_251)_ -1
     W(252) obj 0.31862021895190856
     W(252) c_u_upper(4_252)_ 1
     W(252) c_u_lower(4_252)_ -1
     W(253) obj -1.3279231016880195
     W(253) c_u_upper(4_253)_ 1
     W(253) c_u_lower(4_253)_ -1
     W(254) obj -0.93303610718275121
     W(254) c_u_upper(4_254)_ 1
     W(254) c_u_lower(4_254)_ -1
     W(255) obj 3.8407622294179569
     W(255) c_u_upper(4_255)_ 1
     W(255) c_u_lower(4_255)_ -1
     W(256) obj -0.92388790639364815
     W(256) c_u_upper(4_256)_ 1
     W(256) c_u_lower(4_256)_ -1
     W(257) obj -0.8542627959983834
     W(257) c_u_upper(4_257)_ 1
     W(257) c_u_lower(4_257)_ -1
     W(258) obj 1.444945213138034
     W(258) c_u_upper(4_258)_ 1
     W(258) c_u_lower(4_258)_ -1
     W(259) obj -2.7677769569589818
     W(259) c_u_upper(4_259)_ 1
     W(259) c_u_lower(4_259)_ -1
     W(260) obj -0.94632221790747473
     W(260) c_u_upper(4_260)_ 1
     W(260) c_u_lower(4_260)_ -1
     W(261) obj 4.4139354121145518
     W(261) c_u_upper(4_261)_ 1
     W(261) c_u_lower(4_261)_ -1
     W(262) obj 0.12975406880740073
     W(262) c_u_upper(4_262)_ 1
     W(262) c_u_lower(4_262)_ -1
     W(263) obj 0.21301711195377526
     W(263) c_u_upper(4_263)_ 1
     W(263) c_u_lower(4_263)_ -1
     W(264) obj 2.5471559355533624
     W(264) c_u_upper(4_264)_ 1
     W(264) c_u_lower(4_264)_ -1
     W(265) obj -3.3888243357742174
     W(265) c_u_upper(4_265)_ 1
     W(265) c_u_lower(4_265)_ -1
     W(266) obj -0.50589648642616802
     W(266) c_u_upper(4_266)_ 1
     W(266) c_u_lower(4_266)_ -1
     W(267) obj 4.2860983394959131
     W(267) c_u_upper(4_267)_ 1
     W(267) c_u_lower(4_267)_ -1
     W(268) obj 1.5768320857316682
     W(268) c_u_upper(4_268)_ 1
     W(268) c_u_lower(4_268)_ -1
     W(269) obj 0.4513682228811422
     W(269) c_u_upper(4_269)_ 1
     W(269) c_u_lower(4_269)_ -1
     W(270) obj 4.6853190022295292
     W(270) c_u_upper(5_270)_ 1
     W(270) c_u_lower(5_270)_ -1
     W(271) obj -1.100662231837354
     W(271) c_u_upper(5_271)_ 1
     W(271) c_u_lower(5_271)_ -1
     W(272) obj -0.081260048773381985
     W(272) c_u_upper(5_272)_ 1
     W(272) c_u_lower(5_272)_ -1
     W(273) obj 1.228490439657699
     W(273) c_u_upper(5_273)_ 1
     W(273) c_u_lower(5_273)_ -1
     W(274) obj -4.5098604310644461
     W(274) c_u_upper(5_274)_ 1
     W(274) c_u_lower(5_274)_ -1
     W(275) obj -5.6966497976057813
     W(275) c_u_upper(5_275)_ 1
     W(275) c_u_lower(5_275)_ -1
     W(276) obj 10.374362803660645
     W(276) c_u_upper(5_276)_ 1
     W(276) c_u_lower(5_276)_ -1
     W(277) obj -5.105558695840446
     W(277) c_u_upper(5_277)_ 1
     W(277) c_u_lower(5_277)_ -1
     W(278) obj 0.037878933258258612
     W(278) c_u_upper(5_278)_ 1
     W(278) c_u_lower(5_278)_ -1
     W(279) obj 3.5370488417559121
     W(279) c_u_upper(5_279)_ 1
     W(279) c_u_lower(5_279)_ -1
     W(280) obj -1.9726433136061616
     W(280) c_u_upper(5_280)_ 1
     W(280) c_u_lower(5_280)_ -1
     W(281) obj -3.9686897334218081
     W(281) c_u_upper(5_281)_ 1
     W(281) c_u_lower(5_281)_ -1
     W(282) obj 13.616044164723217
     W(282) c_u_upper(5_282)_ 1
     W(282) c_u_lower(5_282)_ -1
     W(283) obj -9.2174016234808978
     W(283) c_u_upper(5_283)_ 1
     W(283) c_u_lower(5_283)_ -1
     W(284) obj 0.12390259358515422
     W(284) c_u_upper(5_284)_ 1
     W(284) c_u_lower(5_284)_ -1
     W(285) obj 5.4245393780988351
     W(285) c_u_upper(5_285)_ 1
     W(285) c_u_lower(5_285)_ -1
     W(286) obj 3.6948687473817481
     W(286) c_u_upper(5_286)_ 1
     W(286) c_u_lower(5_286)_ -1
     W(287) obj -1.4117108757347459
     W(287) c_u_upper(5_287)_ 1
     W(287) c_u_lower(5_287)_ -1
     W(288) obj 7.4398224669250341
     W(288) c_u_upper(5_288)_ 1
     W(288) c_u_lower(5_288)_ -1
     W(289) obj 2.0349397197044028
     W(289) c_u_upper(5_289)_ 1
     W(289) c_u_lower(5_289)_ -1
     W(290) obj 2.4481132069538623
     W(290) c_u_upper(5_290)_ 1
     W(290) c_u_lower(5_290)_ -1
     W(291) obj 6.3557138428659945
     W(291) c_u_upper(5_291)_ 1
     W(291) c_u_lower(5_291)_ -1
     W(292) obj -4.7017012766231367
     W(292) c_u_upper(5_292)_ 1
     W(292) c_u_lower(5_292)_ -1
     W(293) obj -12.79439702503676
     W(293) c_u_upper(5_293)_ 1
     W(293) c_u_lower(5_293)_ -1
     W(294) obj 13.256182572717911
     W(294) c_u_upper(5_294)_ 1
     W(294) c_u_lower(5_294)_ -1
     W(295) obj -1.584597077569571
     W(295) c_u_upper(5_295)_ 1
     W(295) c_u_lower(5_295)_ -1
     W(296) obj 3.0751056917193447
     W(296) c_u_upper(5_296)_ 1
     W(296) c_u_lower(5_296)_ -1
     W(297) obj 9.6187744307235299
     W(297) c_u_upper(5_297)_ 1
     W(297) c_u_lower(5_297)_ -1
     W(298) obj -2.7624323840062015
     W(298) c_u_upper(5_298)_ 1
     W(298) c_u_lower(5_298)_ -1
     W(299) obj -11.737877407036317
     W(299) c_u_upper(5_299)_ 1
     W(299) c_u_lower(5_299)_ -1
     W(300) obj 15.906300693177073
     W(300) c_u_upper(5_300)_ 1
     W(300) c_u_lower(5_300)_ -1
     W(301) obj -6.1276574693033243
     W(301) c_u_upper(5_301)_ 1
     W(301) c_u_lower(5_301)_ -1
     W(302) obj 2.7310840536313989
     W(302) c_u_upper(5_302)_ 1
     W(302) c_u_lower(5_302)_ -1
     W(303) obj 11.189540364611725
     W(303) c_u_upper(5_303)_ 1
     W(303) c_u_lower(5_303)_ -1
     W(304) obj 2.8204533800413025
     W(304) c_u_upper(5_304)_ 1
     W(304) c_u_lower(5_304)_ -1
     W(305) obj -8.2504441899043446
     W(305) c_u_upper(5_305)_ 1
     W(305) c_u_lower(5_305)_ -1
     W(306) obj 9.9636584881298997
     W(306) c_u_upper(5_306)_ 1
     W(306) c_u_lower(5_306)_ -1
     W(307) obj 4.0708274359251453
     W(307) c_u_upper(5_307)_ 1
     W(307) c_u_lower(5_307)_ -1
     W(308) obj 4.4967629963324001
     W(308) c_u_upper(5_308)_ 1
     W(308) c_u_lower(5_308)_ -1
     W(309) obj 6.4483039817430932
     W(309) c_u_upper(5_309)_ 1
     W(309) c_u_lower(5_309)_ -1
     W(310) obj -4.1870061761633179
     W(310) c_u_upper(5_310)_ 1
     W(310) c_u_lower(5_310)_ -1
     W(311) obj -16.349567399599309
     W(311) c_u_upper(5_311)_ 1
     W(311) c_u_lower(5_311)_ -1
     W(312) obj 15.203750446137031
     W(312) c_u_upper(5_312)_ 1
     W(312) c_u_lower(5_312)_ -1
     W(313) obj 1.0994385072339332
     W(313) c_u_upper(5_313)_ 1
     W(313) c_u_lower(5_313)_ -1
     W(314) obj 5.1174864733999268
     W(314) c_u_upper(5_314)_ 1
     W(314) c_u_lower(5_314)_ -1
     W(315) obj 9.5137312023057028
     W(315) c_u_upper(5_315)_ 1
     W(315) c_u_lower(5_315)_ -1
     W(316) obj -2.3699330143598356
     W(316) c_u_upper(5_316)_ 1
     W(316) c_u_lower(5_316)_ -1
     W(317) obj -16.230248073377844
     W(317) c_u_upper(5_317)_ 1
     W(317) c_u_lower(5_317)_ -1
     W(318) obj 16.737577520726362
     W(318) c_u_upper(5_318)_ 1
     W(318) c_u_lower(5_318)_ -1
     W(319) obj -3.2585589050842745
     W(319) c_u_upper(5_319)_ 1
     W(319) c_u_lower(5_319)_ -1
     W(320) obj 4.1511826166278416
     W(320) c_u_upper(5_320)_ 1
     W(320) c_u_lower(5_320)_ -1
     W(321) obj 10.970533391477401
     W(321) c_u_upper(5_321)_ 1
     W(321) c_u_lower(5_321)_ -1
     W(322) obj 2.6256908553799954
     W(322) c_u_upper(5_322)_ 1
     W(322) c_u_lower(5_322)_ -1
     W(323) obj -12.4751140494404
     W(323) c_u_upper(5_323)_ 1
     W(323) c_u_lower(5_323)_ -1
     y(0) obj 5.4804548637526196
     y(0) c_u_upper(0_0)_ -4.1521986722946167
     y(0) c_u_upper(0_1)_ -4.1521986722946167
     y(0) c_u_upper(0_2)_ -4.1521986722946167
     y(0) c_u_upper(0_3)_ -4.1521986722946167
     y(0) c_u_upper(0_4)_ -4.1521986722946167
     y(0) c_u_upper(0_5)_ -4.1521986722946167
     y(0) c_u_upper(0_6)_ -4.1521986722946167
     y(0) c_u_upper(0_7)_ -4.1521986722946167
     y(0) c_u_upper(0_8)_ -4.1521986722946167
     y(0) c_u_upper(0_9)_ -4.1521986722946167
     y(0) c_u_upper(0_10)_ -4.1521986722946167
     y(0) c_u_upper(0_11)_ -4.1521986722946167
     y(0) c_u_upper(0_12)_ -4.1521986722946167
     y(0) c_u_upper(0_13)_ -4.1521986722946167
     y(0) c_u_upper(0_14)_ -4.1521986722946167
     y(0) c_u_upper(0_15)_ -4.1521986722946167
     y(0) c_u_upper(0_16)_ -4.1521986722946167
     y(0) c_u_upper(0_17)_ -4.1521986722946167
     y(0) c_u_upper(0_18)_ -4.1521986722946167
     y(0) c_u_upper(0_19)_ -4.1521986722946167
     y(0) c_u_upper(0_20)_ -4.1521986722946167
     y(0) c_u_upper(0_21)_ -4.1521986722946167
     y(0) c_u_upper(0_22)_ -4.1521986722946167
     y(0) c_u_upper(0_23)_ -4.1521986722946167
     y(0) c_u_upper(0_24)_ -4.1521986722946167
     y(0) c_u_upper(0_25)_ -4.1521986722946167
     y(0) c_u_upper(0_26)_ -4.1521986722946167
     y(0) c_u_upper(0_27)_ -4.1521986722946167
     y(0) c_u_upper(0_28)_ -4.1521986722946167
     y(0) c_u_upper(0_29)_ -4.1521986722946167
     y(0) c_u_upper(0_30)_ -4.1521986722946167
     y(0) c_u_upper(0_31)_ -4.1521986722946167
     y(0) c_u_upper(0_32)_ -4.1521986722946167
     y(0) c_u_upper(0_33)_ -4.1521986722946167
     y(0) c_u_upper(0_34)_ -4.1521986722946167
     y(0) c_u_upper(0_35)_ -4.1521986722946167
     y(0) c_u_upper(0_36)_ -4.1521986722946167
     y(0) c_u_upper(0_37)_ -4.1521986722946167
     y(0) c_u_upper(0_38)_ -4.1521986722946167
     y(0) c_u_upper(0_39)_ -4.1521986722946167
     y(0) c_u_upper(0_40)_ -4.1521986722946167
     y(0) c_u_upper(0_41)_ -4.1521986722946167
     y(0) c_u_upper(0_42)_ -4.1521986722946167
     y(0) c_u_upper(0_43)_ -4.1521986722946167
     y(0) c_u_upper(0_44)_ -4.1521986722946167
     y(0) c_u_upper(0_45)_ -4.1521986722946167
     y(0) c_u_upper(0_46)_ -4.1521986722946167
     y(0) c_u_upper(0_47)_ -4.1521986722946167
     y(0) c_u_upper(0_48)_ -4.1521986722946167
     y(0) c_u_upper(0_49)_ -4.1521986722946167
     y(0) c_u_upper(0_50)_ -4.1521986722946167
     y(0) c_u_upper(0_51)_ -4.1521986722946167
     y(0) c_u_upper(0_52)_ -4.1521986722946167
     y(0) c_u_upper(0_53)_ -4.1521986722946167
     y(0) c_u_lower(0_0)_ -4.1521986722946167
     y(0) c_u_lower(0_1)_ -4.1521986722946167
     y(0) c_u_lower(0_2)_ -4.1521986722946167
     y(0) c_u_lower(0_3)_ -4.1521986722946167
     y(0) c_u_lower(0_4)_ -4.1521986722946167
     y(0) c_u_lower(0_5)_ -4.1521986722946167
     y(0) c_u_lower(0_6)_ -4.1521986722946167
     y(0) c_u_lower(0_7)_ -4.1521986722946167
     y(0) c_u_lower(0_8)_ -4.1521986722946167
     y(0) c_u_lower(0_9)_ -4.1521986722946167
     y(0) c_u_lower(0_10)_ -4.1521986722946167
     y(0) c_u_lower(0_11)_ -4.1521986722946167
     y(0) c_u_lower(0_12)_ -4.1521986722946167
     y(0) c_u_lower(0_13)_ -4.1521986722946167
     y(0) c_u_lower(0_14)_ -4.1521986722946167
     y(0) c_u_lower(0_15)_ -4.1521986722946167
     y(0) c_u_lower(0_16)_ -4.1521986722946167
     y(0) c_u_lower(0_17)_ -4.1521986722946167
     y(0) c_u_lower(0_18)_ -4.1521986722946167
     y(0) c_u_lower(0_19)_ -4.1521986722946167
     y(0) c_u_lower(0_20)_ -4.1521986722946167
     y(0) c_u_lower(0_21)_ -4.1521986722946167
     y(0) c_u_lower(0_22)_ -4.1521986722946167
     y(0) c_u_lower(0_23)_ -4.1521986722946167
     y(0) c_u_lower(0_24)_ -4.1521986722946167
     y(0) c_u_lower(0_25)_ -4.1521986722946167
     y(0) c_u_lower(0_26)_ -4.1521986722946167
     y(0) c_u_lower(0_27)_ -4.1521986722946167
     y(0) c_u_lower(0_28)_ -4.1521986722946167
     y(0) c_u_lower(0_29)_ -4.1521986722946167
     y(0) c_u_lower(0_30)_ -4.1521986722946167
     y(0) c_u_lower(0_31)_ -4.1521986722946167
     y(0) c_u_lower(0_32)_ -4.1521986722946167
     y(0) c_u_lower(0_33)_ -4.1521986722946167
     y(0) c_u_lower(0_34)_ -4.1521986722946167
     y(0) c_u_lower(0_35)_ -4.1521986722946167
     y(0) c_u_lower(0_36)_ -4.1521986722946167
     y(0) c_u_lower(0_37)_ -4.1521986722946167
     y(0) c_u_lower(0_38)_ -4.1521986722946167
     y(0) c_u_lower(0_39)_ -4.1521986722946167
     y(0) c_u_lower(0_40)_ -4.1521986722946167
     y(0) c_u_lower(0_41)_ -4.1521986722946167
     y(0) c_u_lower(0_42)_ -4.1521986722946167
     y(0) c_u_lower(0_43)_ -4.1521986722946167
     y(0) c_u_lower(0_44)_ -4.1521986722946167
     y(0) c_u_lower(0_45)_ -4.1521986722946167
     y(0) c_u_lower(0_46)_ -4.1521986722946167
     y(0) c_u_lower(0_47)_ -4.1521986722946167
     y(0) c_u_lower(0_48)_ -4.1521986722946167
     y(0) c_u_lower(0_49)_ -4.1521986722946167
     y(0) c_u_lower(0_50)_ -4.1521986722946167
     y(0) c_u_lower(0_51)_ -4.1521986722946167
     y(0) c_u_lower(0_52)_ -4.1521986722946167
     y(0) c_u_lower(0_53)_ -4.1521986722946167
     y(1) obj 5.4804548637526196
     y(1) c_u_upper(1_54)_ -4.1521986722946167
     y(1) c_u_upper(1_55)_ -4.1521986722946167
     y(1) c_u_upper(1_56)_ -4.1521986722946167
     y(1) c_u_upper(1_57)_ -4.1521986722946167
     y(1) c_u_upper(1_58)_ -4.1521986722946167
     y(1) c_u_upper(1_59)_ -4.1521986722946167
     y(1) c_u_upper(1_60)_ -4.1521986722946167
     y(1) c_u_upper(1_61)_ -4.1521986722946167
     y(1) c_u_upper(1_62)_ -4.1521986722946167
     y(1) c_u_upper(1_63)_ -4.1521986722946167
     y(1) c_u_upper(1_64)_ -4.1521986722946167
     y(1) c_u_upper(1_65)_ -4.1521986722946167
     y(1) c_u_upper(1_66)_ -4.1521986722946167
     y(1) c_u_upper(1_67)_ -4.1521986722946167
     y(1) c_u_upper(1_68)_ -4.1521986722946167
     y(1) c_u_upper(1_69)_ -4.1521986722946167
     y(1) c_u_upper(1_70)_ -4.1521986722946167
     y(1) c_u_upper(1_71)_ -4.1521986722946167
     y(1) c_u_upper(1_72)_ -4.1521986722946167
     y(1) c_u_upper(1_73)_ -4.1521986722946167
     y(1) c_u_upper(1_74)_ -4.1521986722946167
     y(1) c_u_upper(1_75)_ -4.1521986722946167
     y(1) c_u_upper(1_76)_ -4.1521986722946167
     y(1) c_u_upper(1_77)_ -4.1521986722946167
     y(1) c_u_upper(1_78)_ -4.1521986722946167
     y(1) c_u_upper(1_79)_ -4.1521986722946167
     y(1) c_u_upper(1_80)_ -4.1521986722946167
     y(1) c_u_upper(1_81)_ -4.1521986722946167
     y(1) c_u_upper(1_82)_ -4.1521986722946167
     y(1) c_u_upper(1_83)_ -4.1521986722946167
     y(1) c_u_upper(1_84)_ -4.1521986722946167
     y(1) c_u_upper(1_85)_ -4.1521986722946167
     y(1) c_u_upper(1_86)_ -4.1521986722946167
     y(1) c_u_upper(1_87)_ -4.1521986722946167
     y(1) c_u_upper(1_88)_ -4.1521986722946167
     y(1) c_u_upper(1_89)_ -4.1521986722946167
     y(1) c_u_upper(1_90)_ -4.1521986722946167
     y(1) c_u_upper(1_91)_ -4.1521986722946167
     y(1) c_u_upper(1_92)_ -4.1521986722946167
     y(1) c_u_upper(1_93)_ -4.1521986722946167
     y(1) c_u_upper(1_94)_ -4.1521986722946167
     y(1) c_u_upper(1_95)_ -4.1521986722946167
     y(1) c_u_upper(1_96)_ -4.1521986722946167
     y(1) c_u_upper(1_97)_ -4.1521986722946167
     y(1) c_u_upper(1_98)_ -4.1521986722946167
     y(1) c_u_upper(1_99)_ -4.1521986722946167
     y(1) c_u_upper(1_100)_ -4.1521986722946167
     y(1) c_u_upper(1_101)_ -4.1521986722946167
     y(1) c_u_upper(1_102)_ -4.1521986722946167
     y(1) c_u_upper(1_103)_ -4.1521986722946167
     y(1) c_u_upper(1_104)_ -4.1521986722946167
     y(1) c_u_upper(1_105)_ -4.1521986722946167
     y(1) c_u_upper(1_106)_ -4.1521986722946167
     y(1) c_u_upper(1_107)_ -4.1521986722946167
     y(1) c_u_lower(1_54)_ -4.1521986722946167
     y(1) c_u_lower(1_55)_ -4.1521986722946167
     y(1) c_u_lower(1_56)_ -4.1521986722946167
     y(1) c_u_lower(1_57)_ -4.1521986722946167
     y(1) c_u_lower(1_58)_ -4.1521986722946167
     y(1) c_u_lower(1_59)_ -4.1521986722946167
     y(1) c_u_lower(1_60)_ -4.1521986722946167
     y(1) c_u_lower(1_61)_ -4.1521986722946167
     y(1) c_u_lower(1_62)_ -4.1521986722946167
     y(1) c_u_lower(1_63)_ -4.1521986722946167
     y(1) c_u_lower(1_64)_ -4.1521986722946167
     y(1) c_u_lower(1_65)_ -4.1521986722946167
     y(1) c_u_lower(1_66)_ -4.1521986722946167
     y(1) c_u_lower(1_67)_ -4.1521986722946167
     y(1) c_u_lower(1_68)_ -4.1521986722946167
     y(1) c_u_lower(1_69)_ -4.1521986722946167
     y(1) c_u_lower(1_70)_ -4.1521986722946167
     y(1) c_u_lower(1_71)_ -4.1521986722946167
     y(1) c_u_lower(1_72)_ -4.1521986722946167
     y(1) c_u_lower(1_73)_ -4.1521986722946167
     y(1) c_u_lower(1_74)_ -4.1521986722946167
     y(1) c_u_lower(1_75)_ -4.1521986722946167
     y(1) c_u_lower(1_76)_ -4.1521986722946167
     y(1) c_u_lower(1_77)_ -4.1521986722946167
     y(1) c_u_lower(1_78)_ -4.1521986722946167
     y(1) c_u_lower(1_79)_ -4.1521986722946167
     y(1) c_u_lower(1_80)_ -4.1521986722946167
     y(1) c_u_lower(1_81)_ -4.1521986722946167
     y(1) c_u_lower(1_82)_ -4.1521986722946167
     y(1) c_u_lower(1_83)_ -4.1521986722946167
     y(1) c_u_lower(1_84)_ -4.1521986722946167
     y(1) c_u_lower(1_85)_ -4.1521986722946167
     y(1) c_u_lower(1_86)_ -4.1521986722946167
     y(1) c_u_lower(1_87)_ -4.1521986722946167
     y(1) c_u_lower(1_88)_ -4.1521986722946167
     y(1) c_u_lower(1_89)_ -4.1521986722946167
     y(1) c_u_lower(1_90)_ -4.1521986722946167
     y(1) c_u_lower(1_91)_ -4.1521986722946167
     y(1) c_u_lower(1_92)_ -4.1521986722946167
     y(1) c_u_lower(1_93)_ -4.1521986722946167
     y(1) c_u_lower(1_94)_ -4.1521986722946167
     y(1) c_u_lower(1_95)_ -4.1521986722946167
     y(1) c_u_lower(1_96)_ -4.1521986722946167
     y(1) c_u_lower(1_97)_ -4.1521986722946167
     y(1) c_u_lower(1_98)_ -4.1521986722946167
     y(1) c_u_lower(1_99)_ -4.1521986722946167
     y(1) c_u_lower(1_100)_ -4.1521986722946167
     y(1) c_u_lower(1_101)_ -4.1521986722946167
     y(1) c_u_lower(1_102)_ -4.1521986722946167
     y(1) c_u_lower(1_103)_ -4.1521986722946167
     y(1) c_u_lower(1_104)_ -4.1521986722946167
     y(1) c_u_lower(1_105)_ -4.1521986722946167
     y(1) c_u_lower(1_106)_ -4.1521986722946167
     y(1) c_u_lower(1_107)_ -4.1521986722946167
     y(2) obj 5.4804548637526196
     y(2) c_u_upper(2_108)_ -4.1521986722946167
     y(2) c_u_upper(2_109)_ -4.1521986722946167
     y(2) c_u_upper(2_110)_ -4.1521986722946167
     y(2) c_u_upper(2_111)_ -4.1521986722946167
     y(2) c_u_upper(2_112)_ -4.1521986722946167
     y(2) c_u_upper(2_113)_ -4.1521986722946167
     y(2) c_u_upper(2_114)_ -4.1521986722946167
     y(2) c_u_upper(2_115)_ -4.1521986722946167
     y(2) c_u_upper(2_116)_ -4.1521986722946167
     y(2) c_u_upper(2_117)_ -4.1521986722946167
     y(2) c_u_upper(2_118)_ -4.1521986722946167
     y(2) c_u_upper(2_119)_ -4.1521986722946167
     y(2) c_u_upper(2_120)_ -4.1521986722946167
     y(2) c_u_upper(2_121)_ -4.1521986722946167
     y(2) c_u_upper(2_122)_ -4.1521986722946167
     y(2) c_u_upper(2_123)_ -4.1521986722946167
     y(2) c_u_upper(2_124)_ -4.1521986722946167
     y(2) c_u_upper(2_125)_ -4.1521986722946167
     y(2) c_u_upper(2_126)_ -4.1521986722946167
     y(2) c_u_upper(2_127)_ -4.1521986722946167
     y(2) c_u_upper(2_128)_ -4.1521986722946167
     y(2) c_u_upper(2_129)_ -4.1521986722946167
     y(2) c_u_upper(2_130)_ -4.1521986722946167
     y(2) c_u_upper(2_131)_ -4.1521986722946167
     y(2) c_u_upper(2_132)_ -4.1521986722946167
     y(2) c_u_upper(2_133)_ -4.1521986722946167
     y(2) c_u_upper(2_134)_ -4.1521986722946167
     y(2) c_u_upper(2_135)_ -4.1521986722946167
     y(2) c_u_upper(2_136)_ -4.1521986722946167
     y(2) c_u_upper(2_137)_ -4.1521986722946167
     y(2) c_u_upper(2_138)_ -4.1521986722946167
     y(2) c_u_upper(2_139)_ -4.1521986722946167
     y(2) c_u_upper(2_140)_ -4.1521986722946167
     y(2) c_u_upper(2_141)_ -4.1521986722946167
     y(2) c_u_upper(2_142)_ -4.1521986722946167
     y(2) c_u_upper(2_143)_ -4.1521986722946167
     y(2) c_u_upper(2_144)_ -4.1521986722946167
     y(2) c_u_upper(2_145)_ -4.1521986722946167
     y(2) c_u_upper(2_146)_ -4.1521986722946167
     y(2) c_u_upper(2_147)_ -4.1521986722946167
     y(2) c_u_upper(2_148)_ -4.1521986722946167
     y(2) c_u_upper(2_149)_ -4.1521986722946167
     y(2) c_u_upper(2_150)_ -4.1521986722946167
     y(2) c_u_upper(2_151)_ -4.1521986722946167
     y(2) c_u_upper(2_152)_ -4.1521986722946167
     y(2) c_u_upper(2_153)_ -4.1521986722946167
     y(2) c_u_upper(2_154)_ -4.1521986722946167
     y(2) c_u_upper(2_155)_ -4.1521986722946167
     y(2) c_u_upper(2_156)_ -4.1521986722946167
     y(2) c_u_upper(2_157)_ -4.1521986722946167
     y(2) c_u_upper(2_158)_ -4.1521986722946167
     y(2) c_u_upper(2_159)_ -4.1521986722946167
     y(2) c_u_upper(2_160)_ -4.1521986722946167
     y(2) c_u_upper(2_161)_ -4.1521986722946167
     y(2) c_u_lower(2_108)_ -4.1521986722946167
     y(2) c_u_lower(2_109)_ -4.1521986722946167
     y(2) c_u_lower(2_110)_ -4.1521986722946167
     y(2) c_u_lower(2_111)_ -4.1521986722946167
     y(2) c_u_lower(2_112)_ -4.1521986722946167
     y(2) c_u_lower(2_113)_ -4.1521986722946167
     y(2) c_u_lower(2_114)_ -4.1521986722946167
     y(2) c_u_lower(2_115)_ -4.1521986722946167
     y(2) c_u_lower(2_116)_ -4.1521986722946167
     y(2) c_u_lower(2_117)_ -4.1521986722946167
     y(2) c_u_lower(2_118)_ -4.1521986722946167
     y(2) c_u_lower(2_119)_ -4.1521986722946167
     y(2) c_u_lower(2_120)_ -4.1521986722946167
     y(2) c_u_lower(2_121)_ -4.1521986722946167
     y(2) c_u_lower(2_122)_ -4.1521986722946167
     y(2) c_u_lower(2_123)_ -4.1521986722946167
     y(2) c_u_lower(2_124)_ -4.1521986722946167
     y(2) c_u_lower(2_125)_ -4.1521986722946167
     y(2) c_u_lower(2_126)_ -4.1521986722946167
     y(2) c_u_lower(2_127)_ -4.1521986722946167
     y(2) c_u_lower(2_128)_ -4.1521986722946167
     y(2) c_u_lower(2_129)_ -4.1521986722946167
     y(2) c_u_lower(2_130)_ -4.1521986722946167
     y(2) c_u_lower(2_131)_ -4.1521986722946167
     y(2) c_u_lower(2_132)_ -4.1521986722946167
     y(2) c_u_lower(2_133)_ -4.1521986722946167
     y(2) c_u_lower(2_134)_ -4.1521986722946167
     y(2) c_u_lower(2_135)_ -4.1521986722946167
     y(2) c_u_lower(2_136)_ -4.1521986722946167
     y(2) c_u_lower(2_137)_ -4.1521986722946167
     y(2) c_u_lower(2_138)_ -4.1521986722946167
     y(2) c_u_lower(2_139)_ -4.1521986722946167
     y(2) c_u_lower(2_140)_ -4.1521986722946167
     y(2) c_u_lower(2_141)_ -4.1521986722946167
     y(2) c_u_lower(2_142)_ -4.1521986722946167
     y(2) c_u_lower(2_143)_ -4.1521986722946167
     y(2) c_u_lower(2_144)_ -4.1521986722946167
     y(2) c_u_lower(2_145)_ -4.1521986722946167
     y(2) c_u_lower(2_146)_ -4.1521986722946167
     y(2) c_u_lower(2_147)_ -4.1521986722946167
     y(2) c_u_lower(2_148)_ -4.1521986722946167
     y(2) c_u_lower(2_149)_ -4.1521986722946167
     y(2) c_u_lower(2_150)_ -4.1521986722946167
     y(2) c_u_lower(2_151)_ -4.1521986722946167
     y(2) c_u_lower(2_152)_ -4.1521986722946167
     y(2) c_u_lower(2_153)_ -4.1521986722946167
     y(2) c_u_lower(2_154)_ -4.1521986722946167
     y(2) c_u_lower(2_155)_ -4.1521986722946167
     y(2) c_u_lower(2_156)_ -4.1521986722946167
     y(2) c_u_lower(2_157)_ -4.1521986722946167
     y(2) c_u_lower(2_158)_ -4.1521986722946167
     y(2) c_u_lower(2_159)_ -4.1521986722946167
     y(2) c_u_lower(2_160)_ -4.1521986722946167
     y(2) c_u_lower(2_161)_ -4.1521986722946167
     y(3) obj 5.4804548637526196
     y(3) c_u_upper(3_162)_ -4.1521986722946167
     y(3) c_u_upper(3_163)_ -4.1521986722946167
     y(3) c_u_upper(3_164)_ -4.1521986722946167
     y(3) c_u_upper(3_165)_ -4.1521986722946167
     y(3) c_u_upper(3_166)_ -4.1521986722946167
     y(3) c_u_upper(3_167)_ -4.1521986722946167
     y(3) c_u_upper(3_168)_ -4.1521986722946167
     y(3) c_u_upper(3_169)_ -4.1521986722946167
     y(3) c_u_upper(3_170)_ -4.1521986722946167
     y(3) c_u_upper(3_171)_ -4.1521986722946167
     y(3) c_u_upper(3_172)_ -4.1521986722946167
     y(3) c_u_upper(3_173)_ -4.1521986722946167
     y(3) c_u_upper(3_174)_ -4.1521986722946167
     y(3) c_u_upper(3_175)_ -4.1521986722946167
     y(3) c_u_upper(3_176)_ -4.1521986722946167
     y(3) c_u_upper(3_177)_ -4.1521986722946167
     y(3) c_u_upper(3_178)_ -4.1521986722946167
     y(3) c_u_upper(3_179)_ -4.1521986722946167
     y(3) c_u_upper(3_180)_ -4.1521986722946167
     y(3) c_u_upper(3_181)_ -4.1521986722946167
     y(3) c_u_upper(3_182)_ -4.1521986722946167
     y(3) c_u_upper(3_183)_ -4.1521986722946167
     y(3) c_u_upper(3_184)_ -4.1521986722946167
     y(3) c_u_upper(3_185)_ -4.1521986722946167
     y(3) c_u_upper(3_186)_ -4.1521986722946167
     y(3) c_u_upper(3_187)_ -4.1521986722946167
     y(3) c_u_upper(3_188)_ -4.1521986722946167
     y(3) c_u_upper(3_189)_ -4.1521986722946167
     y(3) c_u_upper(3_190)_ -4.1521986722946167
     y(3) c_u_upper(3_191)_ -4.1521986722946167
     y(3) c_u_upper(3_192)_ -4.1521986722946167
     y(3) c_u_upper(3_193)_ -4.1521986722946167
     y(3) c_u_upper(3_194)_ -4.1521986722946167
     y(3) c_u_upper(3_195)_ -4.1521986722946167
     y(3) c_u_upper(3_196)_ -4.1521986722946167
     y(3) c_u_upper(3_197)_ -4.1521986722946167
     y(3) c_u_upper(3_198)_ -4.1521986722946167
     y(3) c_u_upper(3_199)_ -4.1521986722946167
     y(3) c_u_upper(3_200)_ -4.1521986722946167
     y(3) c_u_upper(3_201)_ -4.1521986722946167
     y(3) c_u_upper(3_202)_ -4.1521986722946167
     y(3) c_u_upper(3_203)_ -4.1521986722946167
     y(3) c_u_upper(3_204)_ -4.1521986722946167
     y(3) c_u_upper(3_205)_ -4.1521986722946167
     y(3) c_u_upper(3_206)_ -4.1521986722946167
     y(3) c_u_upper(3_207)_ -4.1521986722946167
     y(3) c_u_upper(3_208)_ -4.1521986722946167
     y(3) c_u_upper(3_209)_ -4.1521986722946167
     y(3) c_u_upper(3_210)_ -4.1521986722946167
     y(3) c_u_upper(3_211)_ -4.1521986722946167
     y(3) c_u_upper(3_212)_ -4.1521986722946167
     y(3) c_u_upper(3_213)_ -4.1521986722946167
     y(3) c_u_upper(3_214)_ -4.1521986722946167
     y(3) c_u_upper(3_215)_ -4.1521986722946167
     y(3) c_u_lower(3_162)_ -4.1521986722946167
     y(3) c_u_lower(3_163)_ -4.1521986722946167
     y(3) c_u_lower(3_164)_ -4.1521986722946167
     y(3) c_u_lower(3_165)_ -4.1521986722946167
     y(3) c_u_lower(3_166)_ -4.1521986722946167
     y(3) c_u_lower(3_167)_ -4.1521986722946167
     y(3) c_u_lower(3_168)_ -4.1521986722946167
     y(3) c_u_lower(3_169)_ -4.1521986722946167
     y(3) c_u_lower(3_170)_ -4.1521986722946167
     y(3) c_u_lower(3_171)_ -4.1521986722946167
     y(3) c_u_lower(3_172)_ -4.1521986722946167
     y(3) c_u_lower(3_173)_ -4.1521986722946167
     y(3) c_u_lower(3_174)_ -4.1521986722946167
     y(3) c_u_lower(3_175)_ -4.1521986722946167
     y(3) c_u_lower(3_176)_ -4.1521986722946167
     y(3) c_u_lower(3_177)_ -4.1521986722946167
     y(3) c_u_lower(3_178)_ -4.1521986722946167
     y(3) c_u_lower(3_179)_ -4.1521986722946167
     y(3) c_u_lower(3_180)_ -4.1521986722946167
     y(3) c_u_lower(3_181)_ -4.1521986722946167
     y(3) c_u_lower(3_182)_ -4.1521986722946167
     y(3) c_u_lower(3_183)_ -4.1521986722946167
     y(3) c_u_lower(3_184)_ -4.1521986722946167
     y(3) c_u_lower(3_185)_ -4.1521986722946167
     y(3) c_u_lower(3_186)_ -4.1521986722946167
     y(3) c_u_lower(3_187)_ -4.1521986722946167
     y(3) c_u_lower(3_188)_ -4.1521986722946167
     y(3) c_u_lower(3_189)_ -4.1521986722946167
     y(3) c_u_lower(3_190)_ -4.1521986722946167
     y(3) c_u_lower(3_191)_ -4.1521986722946167
     y(3) c_u_lower(3_192)_ -4.1521986722946167
     y(3) c_u_lower(3_193)_ -4.1521986722946167
     y(3) c_u_lower(3_194)_ -4.1521986722946167
     y(3) c_u_lower(3_195)_ -4.1521986722946167
     y(3) c_u_lower(3_196)_ -4.1521986722946167
     y(3) c_u_lower(3_197)_ -4.1521986722946167
     y(3) c_u_lower(3_198)_ -4.1521986722946167
     y(3) c_u_lower(3_199)_ -4.1521986722946167
     y(3) c_u_lower(3_200)_ -4.1521986722946167
     y(3) c_u_lower(3_201)_ -4.1521986722946167
     y(3) c_u_lower(3_202)_ -4.1521986722946167
     y(3) c_u_lower(3_203)_ -4.1521986722946167
     y(3) c_u_lower(3_204)_ -4.1521986722946167
     y(3) c_u_lower(3_205)_ -4.1521986722946167
     y(3) c_u_lower(3_206)_ -4.1521986722946167
     y(3) c_u_lower(3_207)_ -4.1521986722946167
     y(3) c_u_lower(3_208)_ -4.1521986722946167
     y(3) c_u_lower(3_209)_ -4.1521986722946167
     y(3) c_u_lower(3_210)_ -4.1521986722946167
     y(3) c_u_lower(3_211)_ -4.1521986722946167
     y(3) c_u_lower(3_212)_ -4.1521986722946167
     y(3) c_u_lower(3_213)_ -4.1521986722946167
     y(3) c_u_lower(3_214)_ -4.1521986722946167
     y(3) c_u_lower(3_215)_ -4.1521986722946167
     y(4) obj 5.4804548637526196
     y(4) c_u_upper(4_216)_ -4.1521986722946167
     y(4) c_u_upper(4_217)_ -4.1521986722946167
     y(4) c_u_upper(4_218)_ -4.1521986722946167
     y(4) c_u_upper(4_219)_ -4.1521986722946167
     y(4) c_u_upper(4_220)_ -4.1521986722946167
     y(4) c_u_upper(4_221)_ -4.1521986722946167
     y(4) c_u_upper(4_222)_ -4.1521986722946167
     y(4) c_u_upper(4_223)_ -4.1521986722946167
     y(4) c_u_upper(4_224)_ -4.1521986722946167
     y(4) c_u_upper(4_225)_ -4.1521986722946167
     y(4) c_u_upper(4_226)_ -4.1521986722946167
     y(4) c_u_upper(4_227)_ -4.1521986722946167
     y(4) c_u_upper(4_228)_ -4.1521986722946167
     y(4) c_u_upper(4_229)_ -4.1521986722946167
     y(4) c_u_upper(4_230)_ -4.1521986722946167
     y(4) c_u_upper(4_231)_ -4.1521986722946167
     y(4) c_u_upper(4_232)_ -4.1521986722946167
     y(4) c_u_upper(4_233)_ -4.1521986722946167
     y(4) c_u_upper(4_234)_ -4.1521986722946167
     y(4) c_u_upper(4_235)_ -4.1521986722946167
     y(4) c_u_upper(4_236)_ -4.1521986722946167
     y(4) c_u_upper(4_237)_ -4.1521986722946167
     y(4) c_u_upper(4_238)_ -4.1521986722946167
     y(4) c_u_upper(4_239)_ -4.1521986722946167
     y(4) c_u_upper(4_240)_ -4.1521986722946167
     y(4) c_u_upper(4_241)_ -4.1521986722946167
     y(4) c_u_upper(4_242)_ -4.1521986722946167
     y(4) c_u_upper(4_243)_ -4.1521986722946167
     y(4) c_u_upper(4_244)_ -4.1521986722946167
     y(4) c_u_upper(4_245)_ -4.1521986722946167
     y(4) c_u_upper(4_246)_ -4.1521986722946167
     y(4) c_u_upper(4_247)_ -4.1521986722946167
     y(4) c_u_upper(4_248)_ -4.1521986722946167
     y(4) c_u_upper(4_249)_ -4.1521986722946167
     y(4) c_u_upper(4_250)_ -4.1521986722946167
     y(4) c_u_upper(4_251)_ -4.1521986722946167
     y(4) c_u_upper(4_252)_ -4.1521986722946167
     y(4) c_u_upper(4_253)_ -4.1521986722946167
     y(4) c_u_upper(4_254)_ -4.1521986722946167
     y(4) c_u_upper(4_255)_ -4.1521986722946167
     y(4) c_u_upper(4_256)_ -4.1521986722946167
     y(4) c_u_upper(4_257)_ -4.1521986722946167
     y(4) c_u_upper(4_258)_ -4.1521986722946167
     y(4) c_u_upper(4_259)_ -4.1521986722946167
     y(4) c_u_upper(4_260)_ -4.1521986722946167
     y(4) c_u_upper(4_261)_ -4.1521986722946167
     y(4) c_u_upper(4_262)_ -4.1521986722946167
     y(4) c_u_upper(4_263)_ -4.1521986722946167
     y(4) c_u_upper(4_264)_ -4.1521986722946167
     y(4) c_u_upper(4_265)_ -4.1521986722946167
     y(4) c_u_upper(4_266)_ -4.1521986722946167
     y(4) c_u_upper(4_267)_ -4.1521986722946167
     y(4) c_u_upper(4_268)_ -4.1521986722946167
     y(4) c_u_upper(4_269)_ -4.1521986722946167
     y(4) c_u_lower(4_216)_ -4.1521986722946167
     y(4) c_u_lower(4_217)_ -4.1521986722946167
     y(4) c_u_lower(4_218)_ -4.1521986722946167
     y(4) c_u_lower(4_219)_ -4.1521986722946167
     y(4) c_u_lower(4_220)_ -4.1521986722946167
     y(4) c_u_lower(4_221)_ -4.1521986722946167
     y(4) c_u_lower(4_222)_ -4.1521986722946167
     y(4) c_u_lower(4_223)_ -4.1521986722946167
     y(4) c_u_lower(4_224)_ -4.1521986722946167
     y(4) c_u_lower(4_225)_ -4.1521986722946167
     y(4) c_u_lower(4_226)_ -4.1521986722946167
     y(4) c_u_lower(4_227)_ -4.1521986722946167
     y(4) c_u_lower(4_228)_ -4.1521986722946167
     y(4) c_u_lower(4_229)_ -4.1521986722946167
     y(4) c_u_lower(4_230)_ -4.1521986722946167
     y(4) c_u_lower(4_231)_ -4.1521986722946167
     y(4) c_u_lower(4_232)_ -4.1521986722946167
     y(4) c_u_lower(4_233)_ -4.1521986722946167
     y(4) c_u_lower(4_234)_ -4.1521986722946167
     y(4) c_u_lower(4_235)_ -4.1521986722946167
     y(4) c_u_lower(4_236)_ -4.1521986722946167
     y(4) c_u_lower(4_237)_ -4.1521986722946167
     y(4) c_u_lower(4_238)_ -4.1521986722946167
     y(4) c_u_lower(4_239)_ -4.1521986722946167
     y(4) c_u_lower(4_240)_ -4.1521986722946167
     y(4) c_u_lower(4_241)_ -4.1521986722946167
     y(4) c_u_lower(4_242)_ -4.1521986722946167
     y(4) c_u_lower(4_243)_ -4.1521986722946167
     y(4) c_u_lower(4_244)_ -4.1521986722946167
     y(4) c_u_lower(4_245)_ -4.1521986722946167
     y(4) c_u_lower(4_246)_ -4.1521986722946167
     y(4) c_u_lower(4_247)_ -4.1521986722946167
     y(4) c_u_lower(4_248)_ -4.1521986722946167
     y(4) c_u_lower(4_249)_ -4.1521986722946167
     y(4) c_u_lower(4_250)_ -4.1521986722946167
     y(4) c_u_lower(4_251)_ -4.1521986722946167
     y(4) c_u_lower(4_252)_ -4.1521986722946167
     y(4) c_u_lower(4_253)_ -4.1521986722946167
     y(4) c_u_lower(4_254)_ -4.1521986722946167
     y(4) c_u_lower(4_255)_ -4.1521986722946167
     y(4) c_u_lower(4_256)_ -4.1521986722946167
     y(4) c_u_lower(4_257)_ -4.1521986722946167
     y(4) c_u_lower(4_258)_ -4.1521986722946167
     y(4) c_u_lower(4_259)_ -4.1521986722946167
     y(4) c_u_lower(4_260)_ -4.1521986722946167
     y(4) c_u_lower(4_261)_ -4.1521986722946167
     y(4) c_u_lower(4_262)_ -4.1521986722946167
     y(4) c_u_lower(4_263)_ -4.1521986722946167
     y(4) c_u_lower(4_264)_ -4.1521986722946167
     y(4) c_u_lower(4_265)_ -4.1521986722946167
     y(4) c_u_lower(4_266)_ -4.1521986722946167
     y(4) c_u_lower(4_267)_ -4.1521986722946167
     y(4) c_u_lower(4_268)_ -4.1521986722946167
     y(4) c_u_lower(4_269)_ -4.1521986722946167
     y(5) obj 5.4804548637526196
     y(5) c_u_upper(5_270)_ -4.1521986722946167
     y(5) c_u_upper(5_271)_ -4.1521986722946167
     y(5) c_u_upper(5_272)_ -4.1521986722946167
     y(5) c_u_upper(5_273)_ -4.1521986722946167
     y(5) c_u_upper(5_274)_ -4.1521986722946167
     y(5) c_u_upper(5_275)_ -4.1521986722946167
     y(5) c_u_upper(5_276)_ -4.1521986722946167
     y(5) c_u_upper(5_277)_ -4.1521986722946167
     y(5) c_u_upper(5_278)_ -4.1521986722946167
     y(5) c_u_upper(5_279)_ -4.1521986722946167
     y(5) c_u_upper(5_280)_ -4.1521986722946167
     y(5) c_u_upper(5_281)_ -4.1521986722946167
     y(5) c_u_upper(5_282)_ -4.1521986722946167
     y(5) c_u_upper(5_283)_ -4.1521986722946167
     y(5) c_u_upper(5_284)_ -4.1521986722946167
     y(5) c_u_upper(5_285)_ -4.1521986722946167
     y(5) c_u_upper(5_286)_ -4.1521986722946167
     y(5) c_u_upper(5_287)_ -4.1521986722946167
     y(5) c_u_upper(5_288)_ -4.1521986722946167
     y(5) c_u_upper(5_289)_ -4.1521986722946167
     y(5) c_u_upper(5_290)_ -4.1521986722946167
     y(5) c_u_upper(5_291)_ -4.1521986722946167
     y(5) c_u_upper(5_292)_ -4.1521986722946167
     y(5) c_u_upper(5_293)_ -4.1521986722946167
     y(5) c_u_upper(5_294)_ -4.1521986722946167
     y(5) c_u_upper(5_295)_ -4.1521986722946167
     y(5) c_u_upper(5_296)_ -4.1521986722946167
     y(5) c_u_upper(5_297)_ -4.1521986722946167
     y(5) c_u_upper(5_298)_ -4.1521986722946167
     y(5) c_u_upper(5_299)_ -4.1521986722946167
     y(5) c_u_upper(5_300)_ -4.1521986722946167
     y(5) c_u_upper(5_301)_ -4.1521986722946167
     y(5) c_u_upper(5_302)_ -4.1521986722946167
     y(5) c_u_upper(5_303)_ -4.1521986722946167
     y(5) c_u_upper(5_304)_ -4.1521986722946167
     y(5) c_u_upper(5_305)_ -4.1521986722946167
     y(5) c_u_upper(5_306)_ -4.1521986722946167
     y(5) c_u_upper(5_307)_ -4.1521986722946167
     y(5) c_u_upper(5_308)_ -4.1521986722946167
     y(5) c_u_upper(5_309)_ -4.1521986722946167
     y(5) c_u_upper(5_310)_ -4.1521986722946167
     y(5) c_u_upper(5_311)_ -4.1521986722946167
     y(5) c_u_upper(5_312)_ -4.1521986722946167
     y(5) c_u_upper(5_313)_ -4.1521986722946167
     y(5) c_u_upper(5_314)_ -4.1521986722946167
     y(5) c_u_upper(5_315)_ -4.1521986722946167
     y(5) c_u_upper(5_316)_ -4.1521986722946167
     y(5) c_u_upper(5_317)_ -4.1521986722946167
     y(5) c_u_upper(5_318)_ -4.1521986722946167
     y(5) c_u_upper(5_319)_ -4.1521986722946167
     y(5) c_u_upper(5_320)_ -4.1521986722946167
     y(5) c_u_upper(5_321)_ -4.1521986722946167
     y(5) c_u_upper(5_322)_ -4.1521986722946167
     y(5) c_u_upper(5_323)_ -4.1521986722946167
     y(5) c_u_lower(5_270)_ -4.1521986722946167
     y(5) c_u_lower(5_271)_ -4.1521986722946167
     y(5) c_u_lower(5_272)_ -4.1521986722946167
     y(5) c_u_lower(5_273)_ -4.1521986722946167
     y(5) c_u_lower(5_274)_ -4.1521986722946167
     y(5) c_u_lower(5_275)_ -4.1521986722946167
     y(5) c_u_lower(5_276)_ -4.1521986722946167
     y(5) c_u_lower(5_277)_ -4.1521986722946167
     y(5) c_u_lower(5_278)_ -4.1521986722946167
     y(5) c_u_lower(5_279)_ -4.1521986722946167
     y(5) c_u_lower(5_280)_ -4.1521986722946167
     y(5) c_u_lower(5_281)_ -4.1521986722946167
     y(5) c_u_lower(5_282)_ -4.1521986722946167
     y(5) c_u_lower(5_283)_ -4.1521986722946167
     y(5) c_u_lower(5_284)_ -4.1521986722946167
     y(5) c_u_lower(5_285)_ -4.1521986722946167
     y(5) c_u_lower(5_286)_ -4.1521986722946167
     y(5) c_u_lower(5_287)_ -4.1521986722946167
     y(5) c_u_lower(5_288)_ -4.1521986722946167
     y(5) c_u_lower(5_289)_ -4.1521986722946167
     y(5) c_u_lower(5_290)_ -4.1521986722946167
     y(5) c_u_lower(5_291)_ -4.1521986722946167
     y(5) c_u_lower(5_292)_ -4.1521986722946167
     y(5) c_u_lower(5_293)_ -4.1521986722946167
     y(5) c_u_lower(5_294)_ -4.1521986722946167
     y(5) c_u_lower(5_295)_ -4.1521986722946167
     y(5) c_u_lower(5_296)_ -4.1521986722946167
     y(5) c_u_lower(5_297)_ -4.1521986722946167
     y(5) c_u_lower(5_298)_ -4.1521986722946167
     y(5) c_u_lower(5_299)_ -4.1521986722946167
     y(5) c_u_lower(5_300)_ -4.1521986722946167
     y(5) c_u_lower(5_301)_ -4.1521986722946167
     y(5) c_u_lower(5_302)_ -4.1521986722946167
     y(5) c_u_lower(5_303)_ -4.1521986722946167
     y(5) c_u_lower(5_304)_ -4.1521986722946167
     y(5) c_u_lower(5_305)_ -4.1521986722946167
     y(5) c_u_lower(5_306)_ -4.1521986722946167
     y(5) c_u_lower(5_307)_ -4.1521986722946167
     y(5) c_u_lower(5_308)_ -4.1521986722946167
     y(5) c_u_lower(5_309)_ -4.1521986722946167
     y(5) c_u_lower(5_310)_ -4.1521986722946167
     y(5) c_u_lower(5_311)_ -4.1521986722946167
     y(5) c_u_lower(5_312)_ -4.1521986722946167
     y(5) c_u_lower(5_313)_ -4.1521986722946167
     y(5) c_u_lower(5_314)_ -4.1521986722946167
     y(5) c_u_lower(5_315)_ -4.1521986722946167
     y(5) c_u_lower(5_316)_ -4.1521986722946167
     y(5) c_u_lower(5_317)_ -4.1521986722946167
     y(5) c_u_lower(5_318)_ -4.1521986722946167
     y(5) c_u_lower(5_319)_ -4.1521986722946167
     y(5) c_u_lower(5_320)_ -4.1521986722946167
     y(5) c_u_lower(5_321)_ -4.1521986722946167
     y(5) c_u_lower(5_322)_ -4.1521986722946167
     y(5) c_u_lower(5_323)_ -4.1521986722946167
     ONE_VAR_CONSTANT obj 219.21819455010476
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
     RHS c_u_upper(0_40)_ 0
     RHS c_u_upper(0_41)_ 0
     RHS c_u_upper(0_42)_ 0
     RHS c_u_upper(0_43)_ 0
     RHS c_u_upper(0_44)_ 0
     RHS c_u_upper(0_45)_ 0
     RHS c_u_upper(0_46)_ 0
     RHS c_u_upper(0_47)_ 0
     RHS c_u_upper(0_48)_ 0
     RHS c_u_upper(0_49)_ 0
     RHS c_u_upper(0_50)_ 0
     RHS c_u_upper(0_51)_ 0
     RHS c_u_upper(0_52)_ 0
     RHS c_u_upper(0_53)_ 0
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
     RHS c_u_upper(1_80)_ 0
     RHS c_u_upper(1_81)_ 0
     RHS c_u_upper(1_82)_ 0
     RHS c_u_upper(1_83)_ 0
     RHS c_u_upper(1_84)_ 0
     RHS c_u_upper(1_85)_ 0
     RHS c_u_upper(1_86)_ 0
     RHS c_u_upper(1_87)_ 0
     RHS c_u_upper(1_88)_ 0
     RHS c_u_upper(1_89)_ 0
     RHS c_u_upper(1_90)_ 0
     RHS c_u_upper(1_91)_ 0
     RHS c_u_upper(1_92)_ 0
     RHS c_u_upper(1_93)_ 0
     RHS c_u_upper(1_94)_ 0
     RHS c_u_upper(1_95)_ 0
     RHS c_u_upper(1_96)_ 0
     RHS c_u_upper(1_97)_ 0
     RHS c_u_upper(1_98)_ 0
     RHS c_u_upper(1_99)_ 0
     RHS c_u_upper(1_100)_ 0
     RHS c_u_upper(1_101)_ 0
     RHS c_u_upper(1_102)_ 0
     RHS c_u_upper(1_103)_ 0
     RHS c_u_upper(1_104)_ 0
     RHS c_u_upper(1_105)_ 0
     RHS c_u_upper(1_106)_ 0
     RHS c_u_upper(1_107)_ 0
     RHS c_u_upper(2_108)_ 0
     RHS c_u_upper(2_109)_ 0
     RHS c_u_upper(2_110)_ 0
     RHS c_u_upper(2_111)_ 0
     RHS c_u_upper(2_112)_ 0
     RHS c_u_upper(2_113)_ 0
     RHS c_u_upper(2_114)_ 0
     RHS c_u_upper(2_115)_ 0
     RHS c_u_upper(2_116)_ 0
     RHS c_u_upper(2_117)_ 0
     RHS c_u_upper(2_118)_ 0
     RHS c_u_upper(2_119)_ 0
     RHS c_u_upper(2_120)_ 0
     RHS c_u_upper(2_121)_ 0
     RHS c_u_upper(2_122)_ 0
     RHS c_u_upper(2_123)_ 0
     RHS c_u_upper(2_124)_ 0
     RHS c_u_upper(2_125)_ 0
     RHS c_u_upper(2_126)_ 0
     RHS c_u_upper(2_127)_ 0
     RHS c_u_upper(2_128)_ 0
     RHS c_u_upper(2_129)_ 0
     RHS c_u_upper(2_130)_ 0
     RHS c_u_upper(2_131)_ 0
     RHS c_u_upper(2_132)_ 0
     RHS c_u_upper(2_133)_ 0
     RHS c_u_upper(2_134)_ 0
     RHS c_u_upper(2_135)_ 0
     RHS c_u_upper(2_136)_ 0
     RHS c_u_upper(2_137)_ 0
     RHS c_u_upper(2_138)_ 0
     RHS c_u_upper(2_139)_ 0
     RHS c_u_upper(2_140)_ 0
     RHS c_u_upper(2_141)_ 0
     RHS c_u_upper(2_142)_ 0
     RHS c_u_upper(2_143)_ 0
     RHS c_u_upper(2_144)_ 0
     RHS c_u_upper(2_145)_ 0
     RHS c_u_upper(2_146)_ 0
     RHS c_u_upper(2_147)_ 0
     RHS c_u_upper(2_148)_ 0
     RHS c_u_upper(2_149)_ 0
     RHS c_u_upper(2_150)_ 0
     RHS c_u_upper(2_151)_ 0
     RHS c_u_upper(2_152)_ 0
     RHS c_u_upper(2_153)_ 0
     RHS c_u_upper(2_154)_ 0
     RHS c_u_upper(2_155)_ 0
     RHS c_u_upper(2_156)_ 0
     RHS c_u_upper(2_157)_ 0
     RHS c_u_upper(2_158)_ 0
     RHS c_u_upper(2_159)_ 0
     RHS c_u_upper(2_160)_ 0
     RHS c_u_upper(2_161)_ 0
     RHS c_u_upper(3_162)_ 0
     RHS c_u_upper(3_163)_ 0
     RHS c_u_upper(3_164)_ 0
     RHS c_u_upper(3_165)_ 0
     RHS c_u_upper(3_166)_ 0
     RHS c_u_upper(3_167)_ 0
     RHS c_u_upper(3_168)_ 0
     RHS c_u_upper(3_169)_ 0
     RHS c_u_upper(3_170)_ 0
     RHS c_u_upper(3_171)_ 0
     RHS c_u_upper(3_172)_ 0
     RHS c_u_upper(3_173)_ 0
     RHS c_u_upper(3_174)_ 0
     RHS c_u_upper(3_175)_ 0
     RHS c_u_upper(3_176)_ 0
     RHS c_u_upper(3_177)_ 0
     RHS c_u_upper(3_178)_ 0
     RHS c_u_upper(3_179)_ 0
     RHS c_u_upper(3_180)_ 0
     RHS c_u_upper(3_181)_ 0
     RHS c_u_upper(3_182)_ 0
     RHS c_u_upper(3_183)_ 0
     RHS c_u_upper(3_184)_ 0
     RHS c_u_upper(3_185)_ 0
     RHS c_u_upper(3_186)_ 0
     RHS c_u_upper(3_187)_ 0
     RHS c_u_upper(3_188)_ 0
     RHS c_u_upper(3_189)_ 0
     RHS c_u_upper(3_190)_ 0
     RHS c_u_upper(3_191)_ 0
     RHS c_u_upper(3_192)_ 0
     RHS c_u_upper(3_193)_ 0
     RHS c_u_upper(3_194)_ 0
     RHS c_u_upper(3_195)_ 0
     RHS c_u_upper(3_196)_ 0
     RHS c_u_upper(3_197)_ 0
     RHS c_u_upper(3_198)_ 0
     RHS c_u_upper(3_199)_ 0
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
     RHS c_u_upper(4_216)_ 0
     RHS c_u_upper(4_217)_ 0
     RHS c_u_upper(4_218)_ 0
     RHS c_u_upper(4_219)_ 0
     RHS c_u_upper(4_220)_ 0
     RHS c_u_upper(4_221)_ 0
     RHS c_u_upper(4_222)_ 0
     RHS c_u_upper(4_223)_ 0
     RHS c_u_upper(4_224)_ 0
     RHS c_u_upper(4_225)_ 0
     RHS c_u_upper(4_226)_ 0
     RHS c_u_upper(4_227)_ 0
     RHS c_u_upper(4_228)_ 0
     RHS c_u_upper(4_229)_ 0
     RHS c_u_upper(4_230)_ 0
     RHS c_u_upper(4_231)_ 0
     RHS c_u_upper(4_232)_ 0
     RHS c_u_upper(4_233)_ 0
     RHS c_u_upper(4_234)_ 0
     RHS c_u_upper(4_235)_ 0
     RHS c_u_upper(4_236)_ 0
     RHS c_u_upper(4_237)_ 0
     RHS c_u_upper(4_238)_ 0
     RHS c_u_upper(4_239)_ 0
     RHS c_u_upper(4_240)_ 0
     RHS c_u_upper(4_241)_ 0
     RHS c_u_upper(4_242)_ 0
     RHS c_u_upper(4_243)_ 0
     RHS c_u_upper(4_244)_ 0
     RHS c_u_upper(4_245)_ 0
     RHS c_u_upper(4_246)_ 0
     RHS c_u_upper(4_247)_ 0
     RHS c_u_upper(4_248)_ 0
     RHS c_u_upper(4_249)_ 0
     RHS c_u_upper(4_250)_ 0
     RHS c_u_upper(4_251)_ 0
     RHS c_u_upper(4_252)_ 0
     RHS c_u_upper(4_253)_ 0
     RHS c_u_upper(4_254)_ 0
     RHS c_u_upper(4_255)_ 0
     RHS c_u_upper(4_256)_ 0
     RHS c_u_upper(4_257)_ 0
     RHS c_u_upper(4_258)_ 0
     RHS c_u_upper(4_259)_ 0
     RHS c_u_upper(4_260)_ 0
     RHS c_u_upper(4_261)_ 0
     RHS c_u_upper(4_262)_ 0
     RHS c_u_upper(4_263)_ 0
     RHS c_u_upper(4_264)_ 0
     RHS c_u_upper(4_265)_ 0
     RHS c_u_upper(4_266)_ 0
     RHS c_u_upper(4_267)_ 0
     RHS c_u_upper(4_268)_ 0
     RHS c_u_upper(4_269)_ 0
     RHS c_u_upper(5_270)_ 0
     RHS c_u_upper(5_271)_ 0
     RHS c_u_upper(5_272)_ 0
     RHS c_u_upper(5_273)_ 0
     RHS c_u_upper(5_274)_ 0
     RHS c_u_upper(5_275)_ 0
     RHS c_u_upper(5_276)_ 0
     RHS c_u_upper(5_277)_ 0
     RHS c_u_upper(5_278)_ 0
     RHS c_u_upper(5_279)_ 0
     RHS c_u_upper(5_280)_ 0
     RHS c_u_upper(5_281)_ 0
     RHS c_u_upper(5_282)_ 0
     RHS c_u_upper(5_283)_ 0
     RHS c_u_upper(5_284)_ 0
     RHS c_u_upper(5_285)_ 0
     RHS c_u_upper(5_286)_ 0
     RHS c_u_upper(5_287)_ 0
     RHS c_u_upper(5_288)_ 0
     RHS c_u_upper(5_289)_ 0
     RHS c_u_upper(5_290)_ 0
     RHS c_u_upper(5_291)_ 0
     RHS c_u_upper(5_292)_ 0
     RHS c_u_upper(5_293)_ 0
     RHS c_u_upper(5_294)_ 0
     RHS c_u_upper(5_295)_ 0
     RHS c_u_upper(5_296)_ 0
     RHS c_u_upper(5_297)_ 0
     RHS c_u_upper(5_298)_ 0
     RHS c_u_upper(5_299)_ 0
     RHS c_u_upper(5_300)_ 0
     RHS c_u_upper(5_301)_ 0
     RHS c_u_upper(5_302)_ 0
     RHS c_u_upper(5_303)_ 0
     RHS c_u_upper(5_304)_ 0
     RHS c_u_upper(5_305)_ 0
     RHS c_u_upper(5_306)_ 0
     RHS c_u_upper(5_307)_ 0
     RHS c_u_upper(5_308)_ 0
     RHS c_u_upper(5_309)_ 0
     RHS c_u_upper(5_310)_ 0
     RHS c_u_upper(5_311)_ 0
     RHS c_u_upper(5_312)_ 0
     RHS c_u_upper(5_313)_ 0
     RHS c_u_upper(5_314)_ 0
     RHS c_u_upper(5_315)_ 0
     RHS c_u_upper(5_316)_ 0
     RHS c_u_upper(5_317)_ 0
     RHS c_u_upper(5_318)_ 0
     RHS c_u_upper(5_319)_ 0
     RHS c_u_upper(5_320)_ 0
     RHS c_u_upper(5_321)_ 0
     RHS c_u_upper(5_322)_ 0
     RHS c_u_upper(5_323)_ 0
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
     RHS c_u_lower(0_40)_ 0
     RHS c_u_lower(0_41)_ 0
     RHS c_u_lower(0_42)_ 0
     RHS c_u_lower(0_43)_ 0
     RHS c_u_lower(0_44)_ 0
     RHS c_u_lower(0_45)_ 0
     RHS c_u_lower(0_46)_ 0
     RHS c_u_lower(0_47)_ 0
     RHS c_u_lower(0_48)_ 0
     RHS c_u_lower(0_49)_ 0
     RHS c_u_lower(0_50)_ 0
     RHS c_u_lower(0_51)_ 0
     RHS c_u_lower(0_52)_ 0
     RHS c_u_lower(0_53)_ 0
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
     RHS c_u_lower(1_80)_ 0
     RHS c_u_lower(1_81)_ 0
     RHS c_u_lower(1_82)_ 0
     RHS c_u_lower(1_83)_ 0
     RHS c_u_lower(1_84)_ 0
     RHS c_u_lower(1_85)_ 0
     RHS c_u_lower(1_86)_ 0
     RHS c_u_lower(1_87)_ 0
     RHS c_u_lower(1_88)_ 0
     RHS c_u_lower(1_89)_ 0
     RHS c_u_lower(1_90)_ 0
     RHS c_u_lower(1_91)_ 0
     RHS c_u_lower(1_92)_ 0
     RHS c_u_lower(1_93)_ 0
     RHS c_u_lower(1_94)_ 0
     RHS c_u_lower(1_95)_ 0
     RHS c_u_lower(1_96)_ 0
     RHS c_u_lower(1_97)_ 0
     RHS c_u_lower(1_98)_ 0
     RHS c_u_lower(1_99)_ 0
     RHS c_u_lower(1_100)_ 0
     RHS c_u_lower(1_101)_ 0
     RHS c_u_lower(1_102)_ 0
     RHS c_u_lower(1_103)_ 0
     RHS c_u_lower(1_104)_ 0
     RHS c_u_lower(1_105)_ 0
     RHS c_u_lower(1_106)_ 0
     RHS c_u_lower(1_107)_ 0
     RHS c_u_lower(2_108)_ 0
     RHS c_u_lower(2_109)_ 0
     RHS c_u_lower(2_110)_ 0
     RHS c_u_lower(2_111)_ 0
     RHS c_u_lower(2_112)_ 0
     RHS c_u_lower(2_113)_ 0
     RHS c_u_lower(2_114)_ 0
     RHS c_u_lower(2_115)_ 0
     RHS c_u_lower(2_116)_ 0
     RHS c_u_lower(2_117)_ 0
     RHS c_u_lower(2_118)_ 0
     RHS c_u_lower(2_119)_ 0
     RHS c_u_lower(2_120)_ 0
     RHS c_u_lower(2_121)_ 0
     RHS c_u_lower(2_122)_ 0
     RHS c_u_lower(2_123)_ 0
     RHS c_u_lower(2_124)_ 0
     RHS c_u_lower(2_125)_ 0
     RHS c_u_lower(2_126)_ 0
     RHS c_u_lower(2_127)_ 0
     RHS c_u_lower(2_128)_ 0
     RHS c_u_lower(2_129)_ 0
     RHS c_u_lower(2_130)_ 0
     RHS c_u_lower(2_131)_ 0
     RHS c_u_lower(2_132)_ 0
     RHS c_u_lower(2_133)_ 0
     RHS c_u_lower(2_134)_ 0
     RHS c_u_lower(2_135)_ 0
     RHS c_u_lower(2_136)_ 0
     RHS c_u_lower(2_137)_ 0
     RHS c_u_lower(2_138)_ 0
     RHS c_u_lower(2_139)_ 0
     RHS c_u_lower(2_140)_ 0
     RHS c_u_lower(2_141)_ 0
     RHS c_u_lower(2_142)_ 0
     RHS c_u_lower(2_143)_ 0
     RHS c_u_lower(2_144)_ 0
     RHS c_u_lower(2_145)_ 0
     RHS c_u_lower(2_146)_ 0
     RHS c_u_lower(2_147)_ 0
     RHS c_u_lower(2_148)_ 0
     RHS c_u_lower(2_149)_ 0
     RHS c_u_lower(2_150)_ 0
     RHS c_u_lower(2_151)_ 0
     RHS c_u_lower(2_152)_ 0
     RHS c_u_lower(2_153)_ 0
     RHS c_u_lower(2_154)_ 0
     RHS c_u_lower(2_155)_ 0
     RHS c_u_lower(2_156)_ 0
     RHS c_u_lower(2_157)_ 0
     RHS c_u_lower(2_158)_ 0
     RHS c_u_lower(2_159)_ 0
     RHS c_u_lower(2_160)_ 0
     RHS c_u_lower(2_161)_ 0
     RHS c_u_lower(3_162)_ 0
     RHS c_u_lower(3_163)_ 0
     RHS c_u_lower(3_164)_ 0
     RHS c_u_lower(3_165)_ 0
     RHS c_u_lower(3_166)_ 0
     RHS c_u_lower(3_167)_ 0
     RHS c_u_lower(3_168)_ 0
     RHS c_u_lower(3_169)_ 0
     RHS c_u_lower(3_170)_ 0
     RHS c_u_lower(3_171)_ 0
     RHS c_u_lower(3_172)_ 0
     RHS c_u_lower(3_173)_ 0
     RHS c_u_lower(3_174)_ 0
     RHS c_u_lower(3_175)_ 0
     RHS c_u_lower(3_176)_ 0
     RHS c_u_lower(3_177)_ 0
     RHS c_u_lower(3_178)_ 0
     RHS c_u_lower(3_179)_ 0
     RHS c_u_lower(3_180)_ 0
     RHS c_u_lower(3_181)_ 0
     RHS c_u_lower(3_182)_ 0
     RHS c_u_lower(3_183)_ 0
     RHS c_u_lower(3_184)_ 0
     RHS c_u_lower(3_185)_ 0
     RHS c_u_lower(3_186)_ 0
     RHS c_u_lower(3_187)_ 0
     RHS c_u_lower(3_188)_ 0
     RHS c_u_lower(3_189)_ 0
     RHS c_u_lower(3_190)_ 0
     RHS c_u_lower(3_191)_ 0
     RHS c_u_lower(3_192)_ 0
     RHS c_u_lower(3_193)_ 0
     RHS c_u_lower(3_194)_ 0
     RHS c_u_lower(3_195)_ 0
     RHS c_u_lower(3_196)_ 0
     RHS c_u_lower(3_197)_ 0
     RHS c_u_lower(3_198)_ 0
     RHS c_u_lower(3_199)_ 0
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
     RHS c_u_lower(4_216)_ 0
     RHS c_u_lower(4_217)_ 0
     RHS c_u_lower(4_218)_ 0
     RHS c_u_lower(4_219)_ 0
     RHS c_u_lower(4_220)_ 0
     RHS c_u_lower(4_221)_ 0
     RHS c_u_lower(4_222)_ 0
     RHS c_u_lower(4_223)_ 0
     RHS c_u_lower(4_224)_ 0
     RHS c_u_lower(4_225)_ 0
     RHS c_u_lower(4_226)_ 0
     RHS c_u_lower(4_227)_ 0
     RHS c_u_lower(4_228)_ 0
     RHS c_u_lower(4_229)_ 0
     RHS c_u_lower(4_230)_ 0
     RHS c_u_lower(4_231)_ 0
     RHS c_u_lower(4_232)_ 0
     RHS c_u_lower(4_233)_ 0
     RHS c_u_lower(4_234)_ 0
     RHS c_u_lower(4_235)_ 0
     RHS c_u_lower(4_236)_ 0
     RHS c_u_lower(4_237)_ 0
     RHS c_u_lower(4_238)_ 0
     RHS c_u_lower(4_239)_ 0
     RHS c_u_lower(4_240)_ 0
     RHS c_u_lower(4_241)_ 0
     RHS c_u_lower(4_242)_ 0
     RHS c_u_lower(4_243)_ 0
     RHS c_u_lower(4_244)_ 0
     RHS c_u_lower(4_245)_ 0
     RHS c_u_lower(4_246)_ 0
     RHS c_u_lower(4_247)_ 0
     RHS c_u_lower(4_248)_ 0
     RHS c_u_lower(4_249)_ 0
     RHS c_u_lower(4_250)_ 0
     RHS c_u_lower(4_251)_ 0
     RHS c_u_lower(4_252)_ 0
     RHS c_u_lower(4_253)_ 0
     RHS c_u_lower(4_254)_ 0
     RHS c_u_lower(4_255)_ 0
     RHS c_u_lower(4_256)_ 0
     RHS c_u_lower(4_257)_ 0
     RHS c_u_lower(4_258)_ 0
     RHS c_u_lower(4_259)_ 0
     RHS c_u_lower(4_260)_ 0
     RHS c_u_lower(4_261)_ 0
     RHS c_u_lower(4_262)_ 0
     RHS c_u_lower(4_263)_ 0
     RHS c_u_lower(4_264)_ 0
     RHS c_u_lower(4_265)_ 0
     RHS c_u_lower(4_266)_ 0
     RHS c_u_lower(4_267)_ 0
     RHS c_u_lower(4_268)_ 0
     RHS c_u_lower(4_269)_ 0
     RHS c_u_lower(5_270)_ 0
     RHS c_u_lower(5_271)_ 0
     RHS c_u_lower(5_272)_ 0
     RHS c_u_lower(5_273)_ 0
     RHS c_u_lower(5_274)_ 0
     RHS c_u_lower(5_275)_ 0
     RHS c_u_lower(5_276)_ 0
     RHS c_u_lower(5_277)_ 0
     RHS c_u_lower(5_278)_ 0
     RHS c_u_lower(5_279)_ 0
     RHS c_u_lower(5_280)_ 0
     RHS c_u_lower(5_281)_ 0
     RHS c_u_lower(5_282)_ 0
     RHS c_u_lower(5_283)_ 0
     RHS c_u_lower(5_284)_ 0
     RHS c_u_lower(5_285)_ 0
     RHS c_u_lower(5_286)_ 0
     RHS c_u_lower(5_287)_ 0
     RHS c_u_lower(5_288)_ 0
     RHS c_u_lower(5_289)_ 0
     RHS c_u_lower(5_290)_ 0
     RHS c_u_lower(5_291)_ 0
     RHS c_u_lower(5_292)_ 0
     RHS c_u_lower(5_293)_ 0
     RHS c_u_lower(5_294)_ 0
     RHS c_u_lower(5_295)_ 0
     RHS c_u_lower(5_296)_ 0
     RHS c_u_lower(5_297)_ 0
     RHS c_u_lower(5_298)_ 0
     RHS c_u_lower(5_299)_ 0
     RHS c_u_lower(5_300)_ 0
     RHS c_u_lower(5_301)_ 0
     RHS c_u_lower(5_302)_ 0
     RHS c_u_lower(5_303)_ 0
     RHS c_u_lower(5_304)_ 0
     RHS c_u_lower(5_305)_ 0
     RHS c_u_lower(5_306)_ 0
     RHS c_u_lower(5_307)_ 0
     RHS c_u_lower(5_308)_ 0
     RHS c_u_lower(5_309)_ 0
     RHS c_u_lower(5_310)_ 0
     RHS c_u_lower(5_311)_ 0
     RHS c_u_lower(5_312)_ 0
     RHS c_u_lower(5_313)_ 0
     RHS c_u_lower(5_314)_ 0
     RHS c_u_lower(5_315)_ 0
     RHS c_u_lower(5_316)_ 0
     RHS c_u_lower(5_317)_ 0
     RHS c_u_lower(5_318)_ 0
     RHS c_u_lower(5_319)_ 0
     RHS c_u_lower(5_320)_ 0
     RHS c_u_lower(5_321)_ 0
     RHS c_u_lower(5_322)_ 0
     RHS c_u_lower(5_323)_ 0
     RHS c_e_ONE_VAR_CONSTANT 1
BOUNDS
 LO BOUND W(0) -4.1521986722946167
 UP BOUND W(0) 4.1521986722946167
 LO BOUND W(1) -4.1521986722946167
 UP BOUND W(1) 4.1521986722946167
 LO BOUND W(2) -4.1521986722946167
 UP BOUND W(2) 4.1521986722946167
 LO BOUND W(3) -4.1521986722946167
 UP BOUND W(3) 4.1521986722946167
 LO BOUND W(4) -4.1521986722946167
 UP BOUND W(4) 4.1521986722946167
 LO BOUND W(5) -4.1521986722946167
 UP BOUND W(5) 4.1521986722946167
 LO BOUND W(6) -4.1521986722946167
 UP BOUND W(6) 4.1521986722946167
 LO BOUND W(7) -4.1521986722946167
 UP BOUND W(7) 4.1521986722946167
 LO BOUND W(8) -4.1521986722946167
 UP BOUND W(8) 4.1521986722946167
 LO BOUND W(9) -4.1521986722946167
 UP BOUND W(9) 4.1521986722946167
 LO BOUND W(10) -4.1521986722946167
 UP BOUND W(10) 4.1521986722946167
 LO BOUND W(11) -4.1521986722946167
 UP BOUND W(11) 4.1521986722946167
 LO BOUND W(12) -4.1521986722946167
 UP BOUND W(12) 4.1521986722946167
 LO BOUND W(13) -4.1521986722946167
 UP BOUND W(13) 4.1521986722946167
 LO BOUND W(14) -4.1521986722946167
 UP BOUND W(14) 4.1521986722946167
 LO BOUND W(15) -4.1521986722946167
 UP BOUND W(15) 4.1521986722946167
 LO BOUND W(16) -4.1521986722946167
 UP BOUND W(16) 4.1521986722946167
 LO BOUND W(17) -4.1521986722946167
 UP BOUND W(17) 4.1521986722946167
 LO BOUND W(18) -4.1521986722946167
 UP BOUND W(18) 4.1521986722946167
 LO BOUND W(19) -4.1521986722946167
 UP BOUND W(19) 4.1521986722946167
 LO BOUND W(20) -4.1521986722946167
 UP BOUND W(20) 4.1521986722946167
 LO BOUND W(21) -4.1521986722946167
 UP BOUND W(21) 4.1521986722946167
 LO BOUND W(22) -4.1521986722946167
 UP BOUND W(22) 4.1521986722946167
 LO BOUND W(23) -4.1521986722946167
 UP BOUND W(23) 4.1521986722946167
 LO BOUND W(24) -4.1521986722946167
 UP BOUND W(24) 4.1521986722946167
 LO BOUND W(25) -4.1521986722946167
 UP BOUND W(25) 4.1521986722946167
 LO BOUND W(26) -4.1521986722946167
 UP BOUND W(26) 4.1521986722946167
 LO BOUND W(27) -4.1521986722946167
 UP BOUND W(27) 4.1521986722946167
 LO BOUND W(28) -4.1521986722946167
 UP BOUND W(28) 4.1521986722946167
 LO BOUND W(29) -4.1521986722946167
 UP BOUND W(29) 4.1521986722946167
 LO BOUND W(30) -4.1521986722946167
 UP BOUND W(30) 4.1521986722946167
 LO BOUND W(31) -4.1521986722946167
 UP BOUND W(31) 4.1521986722946167
 LO BOUND W(32) -4.1521986722946167
 UP BOUND W(32) 4.1521986722946167
 LO BOUND W(33) -4.1521986722946167
 UP BOUND W(33) 4.1521986722946167
 LO BOUND W(34) -4.1521986722946167
 UP BOUND W(34) 4.1521986722946167
 LO BOUND W(35) -4.1521986722946167
 UP BOUND W(35) 4.1521986722946167
 LO BOUND W(36) -4.1521986722946167
 UP BOUND W(36) 4.1521986722946167
 LO BOUND W(37) -4.1521986722946167
 UP BOUND W(37) 4.1521986722946167
 LO BOUND W(38) -4.1521986722946167
 UP BOUND W(38) 4.1521986722946167
 LO BOUND W(39) -4.1521986722946167
 UP BOUND W(39) 4.1521986722946167
 LO BOUND W(40) -4.1521986722946167
 UP BOUND W(40) 4.1521986722946167
 LO BOUND W(41) -4.1521986722946167
 UP BOUND W(41) 4.1521986722946167
 LO BOUND W(42) -4.1521986722946167
 UP BOUND W(42) 4.1521986722946167
 LO BOUND W(43) -4.1521986722946167
 UP BOUND W(43) 4.1521986722946167
 LO BOUND W(44) -4.1521986722946167
 UP BOUND W(44) 4.1521986722946167
 LO BOUND W(45) -4.1521986722946167
 UP BOUND W(45) 4.1521986722946167
 LO BOUND W(46) -4.1521986722946167
 UP BOUND W(46) 4.1521986722946167
 LO BOUND W(47) -4.1521986722946167
 UP BOUND W(47) 4.1521986722946167
 LO BOUND W(48) -4.1521986722946167
 UP BOUND W(48) 4.1521986722946167
 LO BOUND W(49) -4.1521986722946167
 UP BOUND W(49) 4.1521986722946167
 LO BOUND W(50) -4.1521986722946167
 UP BOUND W(50) 4.1521986722946167
 LO BOUND W(51) -4.1521986722946167
 UP BOUND W(51) 4.1521986722946167
 LO BOUND W(52) -4.1521986722946167
 UP BOUND W(52) 4.1521986722946167
 LO BOUND W(53) -4.1521986722946167
 UP BOUND W(53) 4.1521986722946167
 LO BOUND W(54) -4.1521986722946167
 UP BOUND W(54) 4.1521986722946167
 LO BOUND W(55) -4.1521986722946167
 UP BOUND W(55) 4.1521986722946167
 LO BOUND W(56) -4.1521986722946167
 UP BOUND W(56) 4.1521986722946167
 LO BOUND W(57) -4.1521986722946167
 UP BOUND W(57) 4.1521986722946167
 LO BOUND W(58) -4.1521986722946167
 UP BOUND W(58) 4.1521986722946167
 LO BOUND W(59) -4.1521986722946167
 UP BOUND W(59) 4.1521986722946167
 LO BOUND W(60) -4.1521986722946167
 UP BOUND W(60) 4.1521986722946167
 LO BOUND W(61) -4.1521986722946167
 UP BOUND W(61) 4.1521986722946167
 LO BOUND W(62) -4.1521986722946167
 UP BOUND W(62) 4.1521986722946167
 LO BOUND W(63) -4.1521986722946167
 UP BOUND W(63) 4.1521986722946167
 LO BOUND W(64) -4.1521986722946167
 UP BOUND W(64) 4.1521986722946167
 LO BOUND W(65) -4.1521986722946167
 UP BOUND W(65) 4.1521986722946167
 LO BOUND W(66) -4.1521986722946167
 UP BOUND W(66) 4.1521986722946167
 LO BOUND W(67) -4.1521986722946167
 UP BOUND W(67) 4.1521986722946167
 LO BOUND W(68) -4.1521986722946167
 UP BOUND W(68) 4.1521986722946167
 LO BOUND W(69) -4.1521986722946167
 UP BOUND W(69) 4.1521986722946167
 LO BOUND W(70) -4.1521986722946167
 UP BOUND W(70) 4.1521986722946167
 LO BOUND W(71) -4.1521986722946167
 UP BOUND W(71) 4.1521986722946167
 LO BOUND W(72) -4.1521986722946167
 UP BOUND W(72) 4.1521986722946167
 LO BOUND W(73) -4.1521986722946167
 UP BOUND W(73) 4.1521986722946167
 LO BOUND W(74) -4.1521986722946167
 UP BOUND W(74) 4.1521986722946167
 LO BOUND W(75) -4.1521986722946167
 UP BOUND W(75) 4.1521986722946167
 LO BOUND W(76) -4.1521986722946167
 UP BOUND W(76) 4.1521986722946167
 LO BOUND W(77) -4.1521986722946167
 UP BOUND W(77) 4.1521986722946167
 LO BOUND W(78) -4.1521986722946167
 UP BOUND W(78) 4.1521986722946167
 LO BOUND W(79) -4.1521986722946167
 UP BOUND W(79) 4.1521986722946167
 LO BOUND W(80) -4.1521986722946167
 UP BOUND W(80) 4.1521986722946167
 LO BOUND W(81) -4.1521986722946167
 UP BOUND W(81) 4.1521986722946167
 LO BOUND W(82) -4.1521986722946167
 UP BOUND W(82) 4.1521986722946167
 LO BOUND W(83) -4.1521986722946167
 UP BOUND W(83) 4.1521986722946167
 LO BOUND W(84) -4.1521986722946167
 UP BOUND W(84) 4.1521986722946167
 LO BOUND W(85) -4.1521986722946167
 UP BOUND W(85) 4.1521986722946167
 LO BOUND W(86) -4.1521986722946167
 UP BOUND W(86) 4.1521986722946167
 LO BOUND W(87) -4.1521986722946167
 UP BOUND W(87) 4.1521986722946167
 LO BOUND W(88) -4.1521986722946167
 UP BOUND W(88) 4.1521986722946167
 LO BOUND W(89) -4.1521986722946167
 UP BOUND W(89) 4.1521986722946167
 LO BOUND W(90) -4.1521986722946167
 UP BOUND W(90) 4.1521986722946167
 LO BOUND W(91) -4.1521986722946167
 UP BOUND W(91) 4.1521986722946167
 LO BOUND W(92) -4.1521986722946167
 UP BOUND W(92) 4.1521986722946167
 LO BOUND W(93) -4.1521986722946167
 UP BOUND W(93) 4.1521986722946167
 LO BOUND W(94) -4.1521986722946167
 UP BOUND W(94) 4.1521986722946167
 LO BOUND W(95) -4.1521986722946167
 UP BOUND W(95) 4.1521986722946167
 LO BOUND W(96) -4.1521986722946167
 UP BOUND W(96) 4.1521986722946167
 LO BOUND W(97) -4.1521986722946167
 UP BOUND W(97) 4.1521986722946167
 LO BOUND W(98) -4.1521986722946167
 UP BOUND W(98) 4.1521986722946167
 LO BOUND W(99) -4.1521986722946167
 UP BOUND W(99) 4.1521986722946167
 LO BOUND W(100) -4.1521986722946167
 UP BOUND W(100) 4.1521986722946167
 LO BOUND W(101) -4.1521986722946167
 UP BOUND W(101) 4.1521986722946167
 LO BOUND W(102) -4.1521986722946167
 UP BOUND W(102) 4.1521986722946167
 LO BOUND W(103) -4.1521986722946167
 UP BOUND W(103) 4.1521986722946167
 LO BOUND W(104) -4.1521986722946167
 UP BOUND W(104) 4.1521986722946167
 LO BOUND W(105) -4.1521986722946167
 UP BOUND W(105) 4.1521986722946167
 LO BOUND W(106) -4.1521986722946167
 UP BOUND W(106) 4.1521986722946167
 LO BOUND W(107) -4.1521986722946167
 UP BOUND W(107) 4.1521986722946167
 LO BOUND W(108) -4.1521986722946167
 UP BOUND W(108) 4.1521986722946167
 LO BOUND W(109) -4.1521986722946167
 UP BOUND W(109) 4.1521986722946167
 LO BOUND W(110) -4.1521986722946167
 UP BOUND W(110) 4.1521986722946167
 LO BOUND W(111) -4.1521986722946167
 UP BOUND W(111) 4.1521986722946167
 LO BOUND W(112) -4.1521986722946167
 UP BOUND W(112) 4.1521986722946167
 LO BOUND W(113) -4.1521986722946167
 UP BOUND W(113) 4.1521986722946167
 LO BOUND W(114) -4.1521986722946167
 UP BOUND W(114) 4.1521986722946167
 LO BOUND W(115) -4.1521986722946167
 UP BOUND W(115) 4.1521986722946167
 LO BOUND W(116) -4.1521986722946167
 UP BOUND W(116) 4.1521986722946167
 LO BOUND W(117) -4.1521986722946167
 UP BOUND W(117) 4.1521986722946167
 LO BOUND W(118) -4.1521986722946167
 UP BOUND W(118) 4.1521986722946167
 LO BOUND W(119) -4.1521986722946167
 UP BOUND W(119) 4.1521986722946167
 LO BOUND W(120) -4.1521986722946167
 UP BOUND W(120) 4.1521986722946167
 LO BOUND W(121) -4.1521986722946167
 UP BOUND W(121) 4.1521986722946167
 LO BOUND W(122) -4.1521986722946167
 UP BOUND W(122) 4.1521986722946167
 LO BOUND W(123) -4.1521986722946167
 UP BOUND W(123) 4.1521986722946167
 LO BOUND W(124) -4.1521986722946167
 UP BOUND W(124) 4.1521986722946167
 LO BOUND W(125) -4.1521986722946167
 UP BOUND W(125) 4.1521986722946167
 LO BOUND W(126) -4.1521986722946167
 UP BOUND W(126) 4.1521986722946167
 LO BOUND W(127) -4.1521986722946167
 UP BOUND W(127) 4.1521986722946167
 LO BOUND W(128) -4.1521986722946167
 UP BOUND W(128) 4.1521986722946167
 LO BOUND W(129) -4.1521986722946167
 UP BOUND W(129) 4.1521986722946167
 LO BOUND W(130) -4.1521986722946167
 UP BOUND W(130) 4.1521986722946167
 LO BOUND W(131) -4.1521986722946167
 UP BOUND W(131) 4.1521986722946167
 LO BOUND W(132) -4.1521986722946167
 UP BOUND W(132) 4.1521986722946167
 LO BOUND W(133) -4.1521986722946167
 UP BOUND W(133) 4.1521986722946167
 LO BOUND W(134) -4.1521986722946167
 UP BOUND W(134) 4.1521986722946167
 LO BOUND W(135) -4.1521986722946167
 UP BOUND W(135) 4.1521986722946167
 LO BOUND W(136) -4.1521986722946167
 UP BOUND W(136) 4.1521986722946167
 LO BOUND W(137) -4.1521986722946167
 UP BOUND W(137) 4.1521986722946167
 LO BOUND W(138) -4.1521986722946167
 UP BOUND W(138) 4.1521986722946167
 LO BOUND W(139) -4.1521986722946167
 UP BOUND W(139) 4.1521986722946167
 LO BOUND W(140) -4.1521986722946167
 UP BOUND W(140) 4.1521986722946167
 LO BOUND W(141) -4.1521986722946167
 UP BOUND W(141) 4.1521986722946167
 LO BOUND W(142) -4.1521986722946167
 UP BOUND W(142) 4.1521986722946167
 LO BOUND W(143) -4.1521986722946167
 UP BOUND W(143) 4.1521986722946167
 LO BOUND W(144) -4.1521986722946167
 UP BOUND W(144) 4.1521986722946167
 LO BOUND W(145) -4.1521986722946167
 UP BOUND W(145) 4.1521986722946167
 LO BOUND W(146) -4.1521986722946167
 UP BOUND W(146) 4.1521986722946167
 LO BOUND W(147) -4.1521986722946167
 UP BOUND W(147) 4.1521986722946167
 LO BOUND W(148) -4.1521986722946167
 UP BOUND W(148) 4.1521986722946167
 LO BOUND W(149) -4.1521986722946167
 UP BOUND W(149) 4.1521986722946167
 LO BOUND W(150) -4.1521986722946167
 UP BOUND W(150) 4.1521986722946167
 LO BOUND W(151) -4.1521986722946167
 UP BOUND W(151) 4.1521986722946167
 LO BOUND W(152) -4.1521986722946167
 UP BOUND W(152) 4.1521986722946167
 LO BOUND W(153) -4.1521986722946167
 UP BOUND W(153) 4.1521986722946167
 LO BOUND W(154) -4.1521986722946167
 UP BOUND W(154) 4.1521986722946167
 LO BOUND W(155) -4.1521986722946167
 UP BOUND W(155) 4.1521986722946167
 LO BOUND W(156) -4.1521986722946167
 UP BOUND W(156) 4.1521986722946167
 LO BOUND W(157) -4.1521986722946167
 UP BOUND W(157) 4.1521986722946167
 LO BOUND W(158) -4.1521986722946167
 UP BOUND W(158) 4.1521986722946167
 LO BOUND W(159) -4.1521986722946167
 UP BOUND W(159) 4.1521986722946167
 LO BOUND W(160) -4.1521986722946167
 UP BOUND W(160) 4.1521986722946167
 LO BOUND W(161) -4.1521986722946167
 UP BOUND W(161) 4.1521986722946167
 LO BOUND W(162) -4.1521986722946167
 UP BOUND W(162) 4.1521986722946167
 LO BOUND W(163) -4.1521986722946167
 UP BOUND W(163) 4.1521986722946167
 LO BOUND W(164) -4.1521986722946167
 UP BOUND W(164) 4.1521986722946167
 LO BOUND W(165) -4.1521986722946167
 UP BOUND W(165) 4.1521986722946167
 LO BOUND W(166) -4.1521986722946167
 UP BOUND W(166) 4.1521986722946167
 LO BOUND W(167) -4.1521986722946167
 UP BOUND W(167) 4.1521986722946167
 LO BOUND W(168) -4.1521986722946167
 UP BOUND W(168) 4.1521986722946167
 LO BOUND W(169) -4.1521986722946167
 UP BOUND W(169) 4.1521986722946167
 LO BOUND W(170) -4.1521986722946167
 UP BOUND W(170) 4.1521986722946167
 LO BOUND W(171) -4.1521986722946167
 UP BOUND W(171) 4.1521986722946167
 LO BOUND W(172) -4.1521986722946167
 UP BOUND W(172) 4.1521986722946167
 LO BOUND W(173) -4.1521986722946167
 UP BOUND W(173) 4.1521986722946167
 LO BOUND W(174) -4.1521986722946167
 UP BOUND W(174) 4.1521986722946167
 LO BOUND W(175) -4.1521986722946167
 UP BOUND W(175) 4.1521986722946167
 LO BOUND W(176) -4.1521986722946167
 UP BOUND W(176) 4.1521986722946167
 LO BOUND W(177) -4.1521986722946167
 UP BOUND W(177) 4.1521986722946167
 LO BOUND W(178) -4.1521986722946167
 UP BOUND W(178) 4.1521986722946167
 LO BOUND W(179) -4.1521986722946167
 UP BOUND W(179) 4.1521986722946167
 LO BOUND W(180) -4.1521986722946167
 UP BOUND W(180) 4.1521986722946167
 LO BOUND W(181) -4.1521986722946167
 UP BOUND W(181) 4.1521986722946167
 LO BOUND W(182) -4.1521986722946167
 UP BOUND W(182) 4.1521986722946167
 LO BOUND W(183) -4.1521986722946167
 UP BOUND W(183) 4.1521986722946167
 LO BOUND W(184) -4.1521986722946167
 UP BOUND W(184) 4.1521986722946167
 LO BOUND W(185) -4.1521986722946167
 UP BOUND W(185) 4.1521986722946167
 LO BOUND W(186) -4.1521986722946167
 UP BOUND W(186) 4.1521986722946167
 LO BOUND W(187) -4.1521986722946167
 UP BOUND W(187) 4.1521986722946167
 LO BOUND W(188) -4.1521986722946167
 UP BOUND W(188) 4.1521986722946167
 LO BOUND W(189) -4.1521986722946167
 UP BOUND W(189) 4.1521986722946167
 LO BOUND W(190) -4.1521986722946167
 UP BOUND W(190) 4.1521986722946167
 LO BOUND W(191) -4.1521986722946167
 UP BOUND W(191) 4.1521986722946167
 LO BOUND W(192) -4.1521986722946167
 UP BOUND W(192) 4.1521986722946167
 LO BOUND W(193) -4.1521986722946167
 UP BOUND W(193) 4.1521986722946167
 LO BOUND W(194) -4.1521986722946167
 UP BOUND W(194) 4.1521986722946167
 LO BOUND W(195) -4.1521986722946167
 UP BOUND W(195) 4.1521986722946167
 LO BOUND W(196) -4.1521986722946167
 UP BOUND W(196) 4.1521986722946167
 LO BOUND W(197) -4.1521986722946167
 UP BOUND W(197) 4.1521986722946167
 LO BOUND W(198) -4.1521986722946167
 UP BOUND W(198) 4.1521986722946167
 LO BOUND W(199) -4.1521986722946167
 UP BOUND W(199) 4.1521986722946167
 LO BOUND W(200) -4.1521986722946167
 UP BOUND W(200) 4.1521986722946167
 LO BOUND W(201) -4.1521986722946167
 UP BOUND W(201) 4.1521986722946167
 LO BOUND W(202) -4.1521986722946167
 UP BOUND W(202) 4.1521986722946167
 LO BOUND W(203) -4.1521986722946167
 UP BOUND W(203) 4.1521986722946167
 LO BOUND W(204) -4.1521986722946167
 UP BOUND W(204) 4.1521986722946167
 LO BOUND W(205) -4.1521986722946167
 UP BOUND W(205) 4.1521986722946167
 LO BOUND W(206) -4.1521986722946167
 UP BOUND W(206) 4.1521986722946167
 LO BOUND W(207) -4.1521986722946167
 UP BOUND W(207) 4.1521986722946167
 LO BOUND W(208) -4.1521986722946167
 UP BOUND W(208) 4.1521986722946167
 LO BOUND W(209) -4.1521986722946167
 UP BOUND W(209) 4.1521986722946167
 LO BOUND W(210) -4.1521986722946167
 UP BOUND W(210) 4.1521986722946167
 LO BOUND W(211) -4.1521986722946167
 UP BOUND W(211) 4.1521986722946167
 LO BOUND W(212) -4.1521986722946167
 UP BOUND W(212) 4.1521986722946167
 LO BOUND W(213) -4.1521986722946167
 UP BOUND W(213) 4.1521986722946167
 LO BOUND W(214) -4.1521986722946167
 UP BOUND W(214) 4.1521986722946167
 LO BOUND W(215) -4.1521986722946167
 UP BOUND W(215) 4.1521986722946167
 LO BOUND W(216) -4.1521986722946167
 UP BOUND W(216) 4.1521986722946167
 LO BOUND W(217) -4.1521986722946167
 UP BOUND W(217) 4.1521986722946167
 LO BOUND W(218) -4.1521986722946167
 UP BOUND W(218) 4.1521986722946167
 LO BOUND W(219) -4.1521986722946167
 UP BOUND W(219) 4.1521986722946167
 LO BOUND W(220) -4.1521986722946167
 UP BOUND W(220) 4.1521986722946167
 LO BOUND W(221) -4.1521986722946167
 UP BOUND W(221) 4.1521986722946167
 LO BOUND W(222) -4.1521986722946167
 UP BOUND W(222) 4.1521986722946167
 LO BOUND W(223) -4.1521986722946167
 UP BOUND W(223) 4.1521986722946167
 LO BOUND W(224) -4.1521986722946167
 UP BOUND W(224) 4.1521986722946167
 LO BOUND W(225) -4.1521986722946167
 UP BOUND W(225) 4.1521986722946167
 LO BOUND W(226) -4.1521986722946167
 UP BOUND W(226) 4.1521986722946167
 LO BOUND W(227) -4.1521986722946167
 UP BOUND W(227) 4.1521986722946167
 LO BOUND W(228) -4.1521986722946167
 UP BOUND W(228) 4.1521986722946167
 LO BOUND W(229) -4.1521986722946167
 UP BOUND W(229) 4.1521986722946167
 LO BOUND W(230) -4.1521986722946167
 UP BOUND W(230) 4.1521986722946167
 LO BOUND W(231) -4.1521986722946167
 UP BOUND W(231) 4.1521986722946167
 LO BOUND W(232) -4.1521986722946167
 UP BOUND W(232) 4.1521986722946167
 LO BOUND W(233) -4.1521986722946167
 UP BOUND W(233) 4.1521986722946167
 LO BOUND W(234) -4.1521986722946167
 UP BOUND W(234) 4.1521986722946167
 LO BOUND W(235) -4.1521986722946167
 UP BOUND W(235) 4.1521986722946167
 LO BOUND W(236) -4.1521986722946167
 UP BOUND W(236) 4.1521986722946167
 LO BOUND W(237) -4.1521986722946167
 UP BOUND W(237) 4.1521986722946167
 LO BOUND W(238) -4.1521986722946167
 UP BOUND W(238) 4.1521986722946167
 LO BOUND W(239) -4.1521986722946167
 UP BOUND W(239) 4.1521986722946167
 LO BOUND W(240) -4.1521986722946167
 UP BOUND W(240) 4.1521986722946167
 LO BOUND W(241) -4.1521986722946167
 UP BOUND W(241) 4.1521986722946167
 LO BOUND W(242) -4.1521986722946167
 UP BOUND W(242) 4.1521986722946167
 LO BOUND W(243) -4.1521986722946167
 UP BOUND W(243) 4.1521986722946167
 LO BOUND W(244) -4.1521986722946167
 UP BOUND W(244) 4.1521986722946167
 LO BOUND W(245) -4.1521986722946167
 UP BOUND W(245) 4.1521986722946167
 LO BOUND W(246) -4.1521986722946167
 UP BOUND W(246) 4.1521986722946167
 LO BOUND W(247) -4.1521986722946167
 UP BOUND W(247) 4.1521986722946167
 LO BOUND W(248) -4.1521986722946167
 UP BOUND W(248) 4.1521986722946167
 LO BOUND W(249) -4.1521986722946167
 UP BOUND W(249) 4.1521986722946167
 LO BOUND W(250) -4.1521986722946167
 UP BOUND W(250) 4.1521986722946167
 LO BOUND W(251) -4.1521986722946167
 UP BOUND W(251) 4.1521986722946167
 LO BOUND W(252) -4.1521986722946167
 UP BOUND W(252) 4.1521986722946167
 LO BOUND W(253) -4.1521986722946167
 UP BOUND W(253) 4.1521986722946167
 LO BOUND W(254) -4.1521986722946167
 UP BOUND W(254) 4.1521986722946167
 LO BOUND W(255) -4.1521986722946167
 UP BOUND W(255) 4.1521986722946167
 LO BOUND W(256) -4.1521986722946167
 UP BOUND W(256) 4.1521986722946167
 LO BOUND W(257) -4.1521986722946167
 UP BOUND W(257) 4.1521986722946167
 LO BOUND W(258) -4.1521986722946167
 UP BOUND W(258) 4.1521986722946167
 LO BOUND W(259) -4.1521986722946167
 UP BOUND W(259) 4.1521986722946167
 LO BOUND W(260) -4.1521986722946167
 UP BOUND W(260) 4.1521986722946167
 LO BOUND W(261) -4.1521986722946167
 UP BOUND W(261) 4.1521986722946167
 LO BOUND W(262) -4.1521986722946167
 UP BOUND W(262) 4.1521986722946167
 LO BOUND W(263) -4.1521986722946167
 UP BOUND W(263) 4.1521986722946167
 LO BOUND W(264) -4.1521986722946167
 UP BOUND W(264) 4.1521986722946167
 LO BOUND W(265) -4.1521986722946167
 UP BOUND W(265) 4.1521986722946167
 LO BOUND W(266) -4.1521986722946167
 UP BOUND W(266) 4.1521986722946167
 LO BOUND W(267) -4.1521986722946167
 UP BOUND W(267) 4.1521986722946167
 LO BOUND W(268) -4.1521986722946167
 UP BOUND W(268) 4.1521986722946167
 LO BOUND W(269) -4.1521986722946167
 UP BOUND W(269) 4.1521986722946167
 LO BOUND W(270) -4.1521986722946167
 UP BOUND W(270) 4.1521986722946167
 LO BOUND W(271) -4.1521986722946167
 UP BOUND W(271) 4.1521986722946167
 LO BOUND W(272) -4.1521986722946167
 UP BOUND W(272) 4.1521986722946167
 LO BOUND W(273) -4.1521986722946167
 UP BOUND W(273) 4.1521986722946167
 LO BOUND W(274) -4.1521986722946167
 UP BOUND W(274) 4.1521986722946167
 LO BOUND W(275) -4.1521986722946167
 UP BOUND W(275) 4.1521986722946167
 LO BOUND W(276) -4.1521986722946167
 UP BOUND W(276) 4.1521986722946167
 LO BOUND W(277) -4.1521986722946167
 UP BOUND W(277) 4.1521986722946167
 LO BOUND W(278) -4.1521986722946167
 UP BOUND W(278) 4.1521986722946167
 LO BOUND W(279) -4.1521986722946167
 UP BOUND W(279) 4.1521986722946167
 LO BOUND W(280) -4.1521986722946167
 UP BOUND W(280) 4.1521986722946167
 LO BOUND W(281) -4.1521986722946167
 UP BOUND W(281) 4.1521986722946167
 LO BOUND W(282) -4.1521986722946167
 UP BOUND W(282) 4.1521986722946167
 LO BOUND W(283) -4.1521986722946167
 UP BOUND W(283) 4.1521986722946167
 LO BOUND W(284) -4.1521986722946167
 UP BOUND W(284) 4.1521986722946167
 LO BOUND W(285) -4.1521986722946167
 UP BOUND W(285) 4.1521986722946167
 LO BOUND W(286) -4.1521986722946167
 UP BOUND W(286) 4.1521986722946167
 LO BOUND W(287) -4.1521986722946167
 UP BOUND W(287) 4.1521986722946167
 LO BOUND W(288) -4.1521986722946167
 UP BOUND W(288) 4.1521986722946167
 LO BOUND W(289) -4.1521986722946167
 UP BOUND W(289) 4.1521986722946167
 LO BOUND W(290) -4.1521986722946167
 UP BOUND W(290) 4.1521986722946167
 LO BOUND W(291) -4.1521986722946167
 UP BOUND W(291) 4.1521986722946167
 LO BOUND W(292) -4.1521986722946167
 UP BOUND W(292) 4.1521986722946167
 LO BOUND W(293) -4.1521986722946167
 UP BOUND W(293) 4.1521986722946167
 LO BOUND W(294) -4.1521986722946167
 UP BOUND W(294) 4.1521986722946167
 LO BOUND W(295) -4.1521986722946167
 UP BOUND W(295) 4.1521986722946167
 LO BOUND W(296) -4.1521986722946167
 UP BOUND W(296) 4.1521986722946167
 LO BOUND W(297) -4.1521986722946167
 UP BOUND W(297) 4.1521986722946167
 LO BOUND W(298) -4.1521986722946167
 UP BOUND W(298) 4.1521986722946167
 LO BOUND W(299) -4.1521986722946167
 UP BOUND W(299) 4.1521986722946167
 LO BOUND W(300) -4.1521986722946167
 UP BOUND W(300) 4.1521986722946167
 LO BOUND W(301) -4.1521986722946167
 UP BOUND W(301) 4.1521986722946167
 LO BOUND W(302) -4.1521986722946167
 UP BOUND W(302) 4.1521986722946167
 LO BOUND W(303) -4.1521986722946167
 UP BOUND W(303) 4.1521986722946167
 LO BOUND W(304) -4.1521986722946167
 UP BOUND W(304) 4.1521986722946167
 LO BOUND W(305) -4.1521986722946167
 UP BOUND W(305) 4.1521986722946167
 LO BOUND W(306) -4.1521986722946167
 UP BOUND W(306) 4.1521986722946167
 LO BOUND W(307) -4.1521986722946167
 UP BOUND W(307) 4.1521986722946167
 LO BOUND W(308) -4.1521986722946167
 UP BOUND W(308) 4.1521986722946167
 LO BOUND W(309) -4.1521986722946167
 UP BOUND W(309) 4.1521986722946167
 LO BOUND W(310) -4.1521986722946167
 UP BOUND W(310) 4.1521986722946167
 LO BOUND W(311) -4.1521986722946167
 UP BOUND W(311) 4.1521986722946167
 LO BOUND W(312) -4.1521986722946167
 UP BOUND W(312) 4.1521986722946167
 LO BOUND W(313) -4.1521986722946167
 UP BOUND W(313) 4.1521986722946167
 LO BOUND W(314) -4.1521986722946167
 UP BOUND W(314) 4.1521986722946167
 LO BOUND W(315) -4.1521986722946167
 UP BOUND W(315) 4.1521986722946167
 LO BOUND W(316) -4.1521986722946167
 UP BOUND W(316) 4.1521986722946167
 LO BOUND W(317) -4.1521986722946167
 UP BOUND W(317) 4.1521986722946167
 LO BOUND W(318) -4.1521986722946167
 UP BOUND W(318) 4.1521986722946167
 LO BOUND W(319) -4.1521986722946167
 UP BOUND W(319) 4.1521986722946167
 LO BOUND W(320) -4.1521986722946167
 UP BOUND W(320) 4.1521986722946167
 LO BOUND W(321) -4.1521986722946167
 UP BOUND W(321) 4.1521986722946167
 LO BOUND W(322) -4.1521986722946167
 UP BOUND W(322) 4.1521986722946167
 LO BOUND W(323) -4.1521986722946167
 UP BOUND W(323) 4.1521986722946167
 BV BOUND y(0)
 BV BOUND y(1)
 BV BOUND y(2)
 BV BOUND y(3)
 BV BOUND y(4)
 BV BOUND y(5)
QUADOBJ
     W(0) W(0) 11.380060458415246
     W(0) W(6) 0.35936497626064678
     W(0) W(12) 0.27666955339283722
     W(0) W(18) 0.20878899648450752
     W(0) W(24) 0.14228020622737747
     W(0) W(30) 0.11858125756559579
     W(0) W(36) 0.12341833962303599
     W(0) W(42) 0.11047659027713209
     W(0) W(48) 0.13202845463499499
     W(0) W(108) 0.33236401234825452
     W(0) W(114) 0.29976223352179937
     W(0) W(120) 0.21190181384157417
     W(0) W(126) 0.14359981740699265
     W(0) W(132) 0.16425437422688857
     W(0) W(138) 0.15374966015418698
     W(0) W(144) 0.08299690500420627
     W(0) W(150) 0.17721995374897895
     W(0) W(156) 0.178223065297233
     W(0) W(216) 0.017233424433809617
     W(0) W(222) 0.065107987273046258
     W(0) W(228) 0.11330408296054163
     W(0) W(234) 0.21263852870882657
     W(0) W(240) 0.31345000904204423
     W(0) W(246) 0.32683299606198912
     W(0) W(252) 0.27434195041623771
     W(0) W(258) 0.28797318945196804
     W(0) W(264) 0.2524349916036423
     W(0) W(270) 0.92183922183065548
     W(0) W(276) 1.0055783332801069
     W(0) W(282) 0.91869926899358456
     W(0) W(288) 0.92948957430717671
     W(0) W(294) 0.93222833949730532
     W(0) W(300) 0.81413711589590831
     W(0) W(306) 0.82827993149052148
     W(0) W(312) 0.84146368660892945
     W(0) W(318) 0.75252037373984038
     W(1) W(1) 11.380060458415246
     W(1) W(7) 0.35936497626064678
     W(1) W(13) 0.27666955339283722
     W(1) W(19) 0.20878899648450752
     W(1) W(25) 0.14228020622737747
     W(1) W(31) 0.11858125756559579
     W(1) W(37) 0.12341833962303599
     W(1) W(43) 0.11047659027713209
     W(1) W(49) 0.13202845463499499
     W(1) W(109) 0.33236401234825452
     W(1) W(115) 0.29976223352179937
     W(1) W(121) 0.21190181384157417
     W(1) W(127) 0.14359981740699265
     W(1) W(133) 0.16425437422688857
     W(1) W(139) 0.15374966015418698
     W(1) W(145) 0.08299690500420627
     W(1) W(151) 0.17721995374897895
     W(1) W(157) 0.178223065297233
     W(1) W(217) 0.017233424433809617
     W(1) W(223) 0.065107987273046258
     W(1) W(229) 0.11330408296054163
     W(1) W(235) 0.21263852870882657
     W(1) W(241) 0.31345000904204423
     W(1) W(247) 0.32683299606198912
     W(1) W(253) 0.27434195041623771
     W(1) W(259) 0.28797318945196804
     W(1) W(265) 0.2524349916036423
     W(1) W(271) 0.92183922183065548
     W(1) W(277) 1.0055783332801069
     W(1) W(283) 0.91869926899358456
     W(1) W(289) 0.92948957430717671
     W(1) W(295) 0.93222833949730532
     W(1) W(301) 0.81413711589590831
     W(1) W(307) 0.82827993149052148
     W(1) W(313) 0.84146368660892945
     W(1) W(319) 0.75252037373984038
     W(2) W(2) 11.380060458415246
     W(2) W(8) 0.35936497626064678
     W(2) W(14) 0.27666955339283722
     W(2) W(20) 0.20878899648450752
     W(2) W(26) 0.14228020622737747
     W(2) W(32) 0.11858125756559579
     W(2) W(38) 0.12341833962303599
     W(2) W(44) 0.11047659027713209
     W(2) W(50) 0.13202845463499499
     W(2) W(110) 0.33236401234825452
     W(2) W(116) 0.29976223352179937
     W(2) W(122) 0.21190181384157417
     W(2) W(128) 0.14359981740699265
     W(2) W(134) 0.16425437422688857
     W(2) W(140) 0.15374966015418698
     W(2) W(146) 0.08299690500420627
     W(2) W(152) 0.17721995374897895
     W(2) W(158) 0.178223065297233
     W(2) W(218) 0.017233424433809617
     W(2) W(224) 0.065107987273046258
     W(2) W(230) 0.11330408296054163
     W(2) W(236) 0.21263852870882657
     W(2) W(242) 0.31345000904204423
     W(2) W(248) 0.32683299606198912
     W(2) W(254) 0.27434195041623771
     W(2) W(260) 0.28797318945196804
     W(2) W(266) 0.2524349916036423
     W(2) W(272) 0.92183922183065548
     W(2) W(278) 1.0055783332801069
     W(2) W(284) 0.91869926899358456
     W(2) W(290) 0.92948957430717671
     W(2) W(296) 0.93222833949730532
     W(2) W(302) 0.81413711589590831
     W(2) W(308) 0.82827993149052148
     W(2) W(314) 0.84146368660892945
     W(2) W(320) 0.75252037373984038
     W(3) W(3) 11.380060458415246
     W(3) W(9) 0.35936497626064678
     W(3) W(15) 0.27666955339283722
     W(3) W(21) 0.20878899648450752
     W(3) W(27) 0.14228020622737747
     W(3) W(33) 0.11858125756559579
     W(3) W(39) 0.12341833962303599
     W(3) W(45) 0.11047659027713209
     W(3) W(51) 0.13202845463499499
     W(3) W(111) 0.33236401234825452
     W(3) W(117) 0.29976223352179937
     W(3) W(123) 0.21190181384157417
     W(3) W(129) 0.14359981740699265
     W(3) W(135) 0.16425437422688857
     W(3) W(141) 0.15374966015418698
     W(3) W(147) 0.08299690500420627
     W(3) W(153) 0.17721995374897895
     W(3) W(159) 0.178223065297233
     W(3) W(219) 0.017233424433809617
     W(3) W(225) 0.065107987273046258
     W(3) W(231) 0.11330408296054163
     W(3) W(237) 0.21263852870882657
     W(3) W(243) 0.31345000904204423
     W(3) W(249) 0.32683299606198912
     W(3) W(255) 0.27434195041623771
     W(3) W(261) 0.28797318945196804
     W(3) W(267) 0.2524349916036423
     W(3) W(273) 0.92183922183065548
     W(3) W(279) 1.0055783332801069
     W(3) W(285) 0.91869926899358456
     W(3) W(291) 0.92948957430717671
     W(3) W(297) 0.93222833949730532
     W(3) W(303) 0.81413711589590831
     W(3) W(309) 0.82827993149052148
     W(3) W(315) 0.84146368660892945
     W(3) W(321) 0.75252037373984038
     W(4) W(4) 11.380060458415246
     W(4) W(10) 0.35936497626064678
     W(4) W(16) 0.27666955339283722
     W(4) W(22) 0.20878899648450752
     W(4) W(28) 0.14228020622737747
     W(4) W(34) 0.11858125756559579
     W(4) W(40) 0.12341833962303599
     W(4) W(46) 0.11047659027713209
     W(4) W(52) 0.13202845463499499
     W(4) W(112) 0.33236401234825452
     W(4) W(118) 0.29976223352179937
     W(4) W(124) 0.21190181384157417
     W(4) W(130) 0.14359981740699265
     W(4) W(136) 0.16425437422688857
     W(4) W(142) 0.15374966015418698
     W(4) W(148) 0.08299690500420627
     W(4) W(154) 0.17721995374897895
     W(4) W(160) 0.178223065297233
     W(4) W(220) 0.017233424433809617
     W(4) W(226) 0.065107987273046258
     W(4) W(232) 0.11330408296054163
     W(4) W(238) 0.21263852870882657
     W(4) W(244) 0.31345000904204423
     W(4) W(250) 0.32683299606198912
     W(4) W(256) 0.27434195041623771
     W(4) W(262) 0.28797318945196804
     W(4) W(268) 0.2524349916036423
     W(4) W(274) 0.92183922183065548
     W(4) W(280) 1.0055783332801069
     W(4) W(286) 0.91869926899358456
     W(4) W(292) 0.92948957430717671
     W(4) W(298) 0.93222833949730532
     W(4) W(304) 0.81413711589590831
     W(4) W(310) 0.82827993149052148
     W(4) W(316) 0.84146368660892945
     W(4) W(322) 0.75252037373984038
     W(5) W(5) 11.380060458415246
     W(5) W(11) 0.35936497626064678
     W(5) W(17) 0.27666955339283722
     W(5) W(23) 0.20878899648450752
     W(5) W(29) 0.14228020622737747
     W(5) W(35) 0.11858125756559579
     W(5) W(41) 0.12341833962303599
     W(5) W(47) 0.11047659027713209
     W(5) W(53) 0.13202845463499499
     W(5) W(113) 0.33236401234825452
     W(5) W(119) 0.29976223352179937
     W(5) W(125) 0.21190181384157417
     W(5) W(131) 0.14359981740699265
     W(5) W(137) 0.16425437422688857
     W(5) W(143) 0.15374966015418698
     W(5) W(149) 0.08299690500420627
     W(5) W(155) 0.17721995374897895
     W(5) W(161) 0.178223065297233
     W(5) W(221) 0.017233424433809617
     W(5) W(227) 0.065107987273046258
     W(5) W(233) 0.11330408296054163
     W(5) W(239) 0.21263852870882657
     W(5) W(245) 0.31345000904204423
     W(5) W(251) 0.32683299606198912
     W(5) W(257) 0.27434195041623771
     W(5) W(263) 0.28797318945196804
     W(5) W(269) 0.2524349916036423
     W(5) W(275) 0.92183922183065548
     W(5) W(281) 1.0055783332801069
     W(5) W(287) 0.91869926899358456
     W(5) W(293) 0.92948957430717671
     W(5) W(299) 0.93222833949730532
     W(5) W(305) 0.81413711589590831
     W(5) W(311) 0.82827993149052148
     W(5) W(317) 0.84146368660892945
     W(5) W(323) 0.75252037373984038
     W(6) W(6) 11.438383281608715
     W(6) W(12) 0.38507831002147497
     W(6) W(18) 0.20860758336747062
     W(6) W(24) 0.24099300994326886
     W(6) W(30) 0.15723496648593899
     W(6) W(36) 0.11789569756933836
     W(6) W(42) 0.15329663157246409
     W(6) W(48) 0.11916814495519785
     W(6) W(108) 0.3653711603360838
     W(6) W(114) 0.34803837357727152
     W(6) W(120) 0.30687014727025708
     W(6) W(126) 0.2118268362128575
     W(6) W(132) 0.17339795264259089
     W(6) W(138) 0.18962853359358484
     W(6) W(144) 0.098135619926128265
     W(6) W(150) 0.12893362947906259
     W(6) W(156) 0.17849096548302359
     W(6) W(216) 0.041398954491040231
     W(6) W(222) 0.028180555125915732
     W(6) W(228) 0.059099557926386277
     W(6) W(234) 0.19343606998753007
     W(6) W(240) 0.24005932304030034
     W(6) W(246) 0.31338255853649355
     W(6) W(252) 0.28333074092909832
     W(6) W(258) 0.32521884185408062
     W(6) W(264) 0.32710599606482421
     W(6) W(270) 0.86485760729147043
     W(6) W(276) 0.91858367561856658
     W(6) W(282) 0.95493272194880663
     W(6) W(288) 0.88409662267161704
     W(6) W(294) 0.90754193443510323
     W(6) W(300) 0.88813888372455152
     W(6) W(306) 0.77815059297777134
     W(6) W(312) 0.79261272156985618
     W(6) W(318) 0.75445538579968818
     W(7) W(7) 11.438383281608715
     W(7) W(13) 0.38507831002147497
     W(7) W(19) 0.20860758336747062
     W(7) W(25) 0.24099300994326886
     W(7) W(31) 0.15723496648593899
     W(7) W(37) 0.11789569756933836
     W(7) W(43) 0.15329663157246409
     W(7) W(49) 0.11916814495519785
     W(7) W(109) 0.3653711603360838
     W(7) W(115) 0.34803837357727152
     W(7) W(121) 0.30687014727025708
     W(7) W(127) 0.2118268362128575
     W(7) W(133) 0.17339795264259089
     W(7) W(139) 0.18962853359358484
     W(7) W(145) 0.098135619926128265
     W(7) W(151) 0.12893362947906259
     W(7) W(157) 0.17849096548302359
     W(7) W(217) 0.041398954491040231
     W(7) W(223) 0.028180555125915732
     W(7) W(229) 0.059099557926386277
     W(7) W(235) 0.19343606998753007
     W(7) W(241) 0.24005932304030034
     W(7) W(247) 0.31338255853649355
     W(7) W(253) 0.28333074092909832
     W(7) W(259) 0.32521884185408062
     W(7) W(265) 0.32710599606482421
     W(7) W(271) 0.86485760729147043
     W(7) W(277) 0.91858367561856658
     W(7) W(283) 0.95493272194880663
     W(7) W(289) 0.88409662267161704
     W(7) W(295) 0.90754193443510323
     W(7) W(301) 0.88813888372455152
     W(7) W(307) 0.77815059297777134
     W(7) W(313) 0.79261272156985618
     W(7) W(319) 0.75445538579968818
     W(8) W(8) 11.438383281608715
     W(8) W(14) 0.38507831002147497
     W(8) W(20) 0.20860758336747062
     W(8) W(26) 0.24099300994326886
     W(8) W(32) 0.15723496648593899
     W(8) W(38) 0.11789569756933836
     W(8) W(44) 0.15329663157246409
     W(8) W(50) 0.11916814495519785
     W(8) W(110) 0.3653711603360838
     W(8) W(116) 0.34803837357727152
     W(8) W(122) 0.30687014727025708
     W(8) W(128) 0.2118268362128575
     W(8) W(134) 0.17339795264259089
     W(8) W(140) 0.18962853359358484
     W(8) W(146) 0.098135619926128265
     W(8) W(152) 0.12893362947906259
     W(8) W(158) 0.17849096548302359
     W(8) W(218) 0.041398954491040231
     W(8) W(224) 0.028180555125915732
     W(8) W(230) 0.059099557926386277
     W(8) W(236) 0.19343606998753007
     W(8) W(242) 0.24005932304030034
     W(8) W(248) 0.31338255853649355
     W(8) W(254) 0.28333074092909832
     W(8) W(260) 0.32521884185408062
     W(8) W(266) 0.32710599606482421
     W(8) W(272) 0.86485760729147043
     W(8) W(278) 0.91858367561856658
     W(8) W(284) 0.95493272194880663
     W(8) W(290) 0.88409662267161704
     W(8) W(296) 0.90754193443510323
     W(8) W(302) 0.88813888372455152
     W(8) W(308) 0.77815059297777134
     W(8) W(314) 0.79261272156985618
     W(8) W(320) 0.75445538579968818
     W(9) W(9) 11.438383281608715
     W(9) W(15) 0.38507831002147497
     W(9) W(21) 0.20860758336747062
     W(9) W(27) 0.24099300994326886
     W(9) W(33) 0.15723496648593899
     W(9) W(39) 0.11789569756933836
     W(9) W(45) 0.15329663157246409
     W(9) W(51) 0.11916814495519785
     W(9) W(111) 0.3653711603360838
     W(9) W(117) 0.34803837357727152
     W(9) W(123) 0.30687014727025708
     W(9) W(129) 0.2118268362128575
     W(9) W(135) 0.17339795264259089
     W(9) W(141) 0.18962853359358484
     W(9) W(147) 0.098135619926128265
     W(9) W(153) 0.12893362947906259
     W(9) W(159) 0.17849096548302359
     W(9) W(219) 0.041398954491040231
     W(9) W(225) 0.028180555125915732
     W(9) W(231) 0.059099557926386277
     W(9) W(237) 0.19343606998753007
     W(9) W(243) 0.24005932304030034
     W(9) W(249) 0.31338255853649355
     W(9) W(255) 0.28333074092909832
     W(9) W(261) 0.32521884185408062
     W(9) W(267) 0.32710599606482421
     W(9) W(273) 0.86485760729147043
     W(9) W(279) 0.91858367561856658
     W(9) W(285) 0.95493272194880663
     W(9) W(291) 0.88409662267161704
     W(9) W(297) 0.90754193443510323
     W(9) W(303) 0.88813888372455152
     W(9) W(309) 0.77815059297777134
     W(9) W(315) 0.79261272156985618
     W(9) W(321) 0.75445538579968818
     W(10) W(10) 11.438383281608715
     W(10) W(16) 0.38507831002147497
     W(10) W(22) 0.20860758336747062
     W(10) W(28) 0.24099300994326886
     W(10) W(34) 0.15723496648593899
     W(10) W(40) 0.11789569756933836
     W(10) W(46) 0.15329663157246409
     W(10) W(52) 0.11916814495519785
     W(10) W(112) 0.3653711603360838
     W(10) W(118) 0.34803837357727152
     W(10) W(124) 0.30687014727025708
     W(10) W(130) 0.2118268362128575
     W(10) W(136) 0.17339795264259089
     W(10) W(142) 0.18962853359358484
     W(10) W(148) 0.098135619926128265
     W(10) W(154) 0.12893362947906259
     W(10) W(160) 0.17849096548302359
     W(10) W(220) 0.041398954491040231
     W(10) W(226) 0.028180555125915732
     W(10) W(232) 0.059099557926386277
     W(10) W(238) 0.19343606998753007
     W(10) W(244) 0.24005932304030034
     W(10) W(250) 0.31338255853649355
     W(10) W(256) 0.28333074092909832
     W(10) W(262) 0.32521884185408062
     W(10) W(268) 0.32710599606482421
     W(10) W(274) 0.86485760729147043
     W(10) W(280) 0.91858367561856658
     W(10) W(286) 0.95493272194880663
     W(10) W(292) 0.88409662267161704
     W(10) W(298) 0.90754193443510323
     W(10) W(304) 0.88813888372455152
     W(10) W(310) 0.77815059297777134
     W(10) W(316) 0.79261272156985618
     W(10) W(322) 0.75445538579968818
     W(11) W(11) 11.438383281608715
     W(11) W(17) 0.38507831002147497
     W(11) W(23) 0.20860758336747062
     W(11) W(29) 0.24099300994326886
     W(11) W(35) 0.15723496648593899
     W(11) W(41) 0.11789569756933836
     W(11) W(47) 0.15329663157246409
     W(11) W(53) 0.11916814495519785
     W(11) W(113) 0.3653711603360838
     W(11) W(119) 0.34803837357727152
     W(11) W(125) 0.30687014727025708
     W(11) W(131) 0.2118268362128575
     W(11) W(137) 0.17339795264259089
     W(11) W(143) 0.18962853359358484
     W(11) W(149) 0.098135619926128265
     W(11) W(155) 0.12893362947906259
     W(11) W(161) 0.17849096548302359
     W(11) W(221) 0.041398954491040231
     W(11) W(227) 0.028180555125915732
     W(11) W(233) 0.059099557926386277
     W(11) W(239) 0.19343606998753007
     W(11) W(245) 0.24005932304030034
     W(11) W(251) 0.31338255853649355
     W(11) W(257) 0.28333074092909832
     W(11) W(263) 0.32521884185408062
     W(11) W(269) 0.32710599606482421
     W(11) W(275) 0.86485760729147043
     W(11) W(281) 0.91858367561856658
     W(11) W(287) 0.95493272194880663
     W(11) W(293) 0.88409662267161704
     W(11) W(299) 0.90754193443510323
     W(11) W(305) 0.88813888372455152
     W(11) W(311) 0.77815059297777134
     W(11) W(317) 0.79261272156985618
     W(11) W(323) 0.75445538579968818
     W(12) W(12) 11.427909323056889
     W(12) W(18) 0.17853506361019222
     W(12) W(24) 0.22320248868102652
     W(12) W(30) 0.22317921892198375
     W(12) W(36) 0.11065933066998118
     W(12) W(42) 0.14074296365114217
     W(12) W(48) 0.14021314457760647
     W(12) W(108) 0.2303142355748041
     W(12) W(114) 0.40493048473795151
     W(12) W(120) 0.34282231004391744
     W(12) W(126) 0.17047697115836649
     W(12) W(132) 0.2320083094412134
     W(12) W(138) 0.18961163084224311
     W(12) W(144) 0.10821698971772629
     W(12) W(150) 0.14852212464433232
     W(12) W(156) 0.13799339926575982
     W(12) W(216) 0.088196722907259939
     W(12) W(222) 0.05505661070221822
     W(12) W(228) 0.024287061587301248
     W(12) W(234) 0.21769477684588176
     W(12) W(240) 0.26073156977731149
     W(12) W(246) 0.27808261590810635
     W(12) W(252) 0.24670175964629537
     W(12) W(258) 0.30762643855285404
     W(12) W(264) 0.32903044173717849
     W(12) W(270) 0.88910550287461187
     W(12) W(276) 0.88349032861721255
     W(12) W(282) 0.91219234300843788
     W(12) W(288) 0.8588051154654579
     W(12) W(294) 0.86353904508622081
     W(12) W(300) 0.87666480718873918
     W(12) W(306) 0.75813210718798429
     W(12) W(312) 0.76781547484527157
     W(12) W(318) 0.73761909308594098
     W(13) W(13) 11.427909323056889
     W(13) W(19) 0.17853506361019222
     W(13) W(25) 0.22320248868102652
     W(13) W(31) 0.22317921892198375
     W(13) W(37) 0.11065933066998118
     W(13) W(43) 0.14074296365114217
     W(13) W(49) 0.14021314457760647
     W(13) W(109) 0.2303142355748041
     W(13) W(115) 0.40493048473795151
     W(13) W(121) 0.34282231004391744
     W(13) W(127) 0.17047697115836649
     W(13) W(133) 0.2320083094412134
     W(13) W(139) 0.18961163084224311
     W(13) W(145) 0.10821698971772629
     W(13) W(151) 0.14852212464433232
     W(13) W(157) 0.13799339926575982
     W(13) W(217) 0.088196722907259939
     W(13) W(223) 0.05505661070221822
     W(13) W(229) 0.024287061587301248
     W(13) W(235) 0.21769477684588176
     W(13) W(241) 0.26073156977731149
     W(13) W(247) 0.27808261590810635
     W(13) W(253) 0.24670175964629537
     W(13) W(259) 0.30762643855285404
     W(13) W(265) 0.32903044173717849
     W(13) W(271) 0.88910550287461187
     W(13) W(277) 0.88349032861721255
     W(13) W(283) 0.91219234300843788
     W(13) W(289) 0.8588051154654579
     W(13) W(295) 0.86353904508622081
     W(13) W(301) 0.87666480718873918
     W(13) W(307) 0.75813210718798429
     W(13) W(313) 0.76781547484527157
     W(13) W(319) 0.73761909308594098
     W(14) W(14) 11.427909323056889
     W(14) W(20) 0.17853506361019222
     W(14) W(26) 0.22320248868102652
     W(14) W(32) 0.22317921892198375
     W(14) W(38) 0.11065933066998118
     W(14) W(44) 0.14074296365114217
     W(14) W(50) 0.14021314457760647
     W(14) W(110) 0.2303142355748041
     W(14) W(116) 0.40493048473795151
     W(14) W(122) 0.34282231004391744
     W(14) W(128) 0.17047697115836649
     W(14) W(134) 0.2320083094412134
     W(14) W(140) 0.18961163084224311
     W(14) W(146) 0.10821698971772629
     W(14) W(152) 0.14852212464433232
     W(14) W(158) 0.13799339926575982
     W(14) W(218) 0.088196722907259939
     W(14) W(224) 0.05505661070221822
     W(14) W(230) 0.024287061587301248
     W(14) W(236) 0.21769477684588176
     W(14) W(242) 0.26073156977731149
     W(14) W(248) 0.27808261590810635
     W(14) W(254) 0.24670175964629537
     W(14) W(260) 0.30762643855285404
     W(14) W(266) 0.32903044173717849
     W(14) W(272) 0.88910550287461187
     W(14) W(278) 0.88349032861721255
     W(14) W(284) 0.91219234300843788
     W(14) W(290) 0.8588051154654579
     W(14) W(296) 0.86353904508622081
     W(14) W(302) 0.87666480718873918
     W(14) W(308) 0.75813210718798429
     W(14) W(314) 0.76781547484527157
     W(14) W(320) 0.73761909308594098
     W(15) W(15) 11.427909323056889
     W(15) W(21) 0.17853506361019222
     W(15) W(27) 0.22320248868102652
     W(15) W(33) 0.22317921892198375
     W(15) W(39) 0.11065933066998118
     W(15) W(45) 0.14074296365114217
     W(15) W(51) 0.14021314457760647
     W(15) W(111) 0.2303142355748041
     W(15) W(117) 0.40493048473795151
     W(15) W(123) 0.34282231004391744
     W(15) W(129) 0.17047697115836649
     W(15) W(135) 0.2320083094412134
     W(15) W(141) 0.18961163084224311
     W(15) W(147) 0.10821698971772629
     W(15) W(153) 0.14852212464433232
     W(15) W(159) 0.13799339926575982
     W(15) W(219) 0.088196722907259939
     W(15) W(225) 0.05505661070221822
     W(15) W(231) 0.024287061587301248
     W(15) W(237) 0.21769477684588176
     W(15) W(243) 0.26073156977731149
     W(15) W(249) 0.27808261590810635
     W(15) W(255) 0.24670175964629537
     W(15) W(261) 0.30762643855285404
     W(15) W(267) 0.32903044173717849
     W(15) W(273) 0.88910550287461187
     W(15) W(279) 0.88349032861721255
     W(15) W(285) 0.91219234300843788
     W(15) W(291) 0.8588051154654579
     W(15) W(297) 0.86353904508622081
     W(15) W(303) 0.87666480718873918
     W(15) W(309) 0.75813210718798429
     W(15) W(315) 0.76781547484527157
     W(15) W(321) 0.73761909308594098
     W(16) W(16) 11.427909323056889
     W(16) W(22) 0.17853506361019222
     W(16) W(28) 0.22320248868102652
     W(16) W(34) 0.22317921892198375
     W(16) W(40) 0.11065933066998118
     W(16) W(46) 0.14074296365114217
     W(16) W(52) 0.14021314457760647
     W(16) W(112) 0.2303142355748041
     W(16) W(118) 0.40493048473795151
     W(16) W(124) 0.34282231004391744
     W(16) W(130) 0.17047697115836649
     W(16) W(136) 0.2320083094412134
     W(16) W(142) 0.18961163084224311
     W(16) W(148) 0.10821698971772629
     W(16) W(154) 0.14852212464433232
     W(16) W(160) 0.13799339926575982
     W(16) W(220) 0.088196722907259939
     W(16) W(226) 0.05505661070221822
     W(16) W(232) 0.024287061587301248
     W(16) W(238) 0.21769477684588176
     W(16) W(244) 0.26073156977731149
     W(16) W(250) 0.27808261590810635
     W(16) W(256) 0.24670175964629537
     W(16) W(262) 0.30762643855285404
     W(16) W(268) 0.32903044173717849
     W(16) W(274) 0.88910550287461187
     W(16) W(280) 0.88349032861721255
     W(16) W(286) 0.91219234300843788
     W(16) W(292) 0.8588051154654579
     W(16) W(298) 0.86353904508622081
     W(16) W(304) 0.87666480718873918
     W(16) W(310) 0.75813210718798429
     W(16) W(316) 0.76781547484527157
     W(16) W(322) 0.73761909308594098
     W(17) W(17) 11.427909323056889
     W(17) W(23) 0.17853506361019222
     W(17) W(29) 0.22320248868102652
     W(17) W(35) 0.22317921892198375
     W(17) W(41) 0.11065933066998118
     W(17) W(47) 0.14074296365114217
     W(17) W(53) 0.14021314457760647
     W(17) W(113) 0.2303142355748041
     W(17) W(119) 0.40493048473795151
     W(17) W(125) 0.34282231004391744
     W(17) W(131) 0.17047697115836649
     W(17) W(137) 0.2320083094412134
     W(17) W(143) 0.18961163084224311
     W(17) W(149) 0.10821698971772629
     W(17) W(155) 0.14852212464433232
     W(17) W(161) 0.13799339926575982
     W(17) W(221) 0.088196722907259939
     W(17) W(227) 0.05505661070221822
     W(17) W(233) 0.024287061587301248
     W(17) W(239) 0.21769477684588176
     W(17) W(245) 0.26073156977731149
     W(17) W(251) 0.27808261590810635
     W(17) W(257) 0.24670175964629537
     W(17) W(263) 0.30762643855285404
     W(17) W(269) 0.32903044173717849
     W(17) W(275) 0.88910550287461187
     W(17) W(281) 0.88349032861721255
     W(17) W(287) 0.91219234300843788
     W(17) W(293) 0.8588051154654579
     W(17) W(299) 0.86353904508622081
     W(17) W(305) 0.87666480718873918
     W(17) W(311) 0.75813210718798429
     W(17) W(317) 0.76781547484527157
     W(17) W(323) 0.73761909308594098
     W(18) W(18) 11.336078184393973
     W(18) W(24) 0.2911763174759624
     W(18) W(30) 0.20880529019858438
     W(18) W(36) 0.18788381690828332
     W(18) W(42) 0.14235773384091122
     W(18) W(48) 0.12685595831192947
     W(18) W(108) 0.14796004825216685
     W(18) W(114) 0.18568997791288788
     W(18) W(120) 0.14295090435223898
     W(18) W(126) 0.27125026403023167
     W(18) W(132) 0.25353684958927852
     W(18) W(138) 0.16357608504064861
     W(18) W(144) 0.12839331155416192
     W(18) W(150) 0.17582260867722804
     W(18) W(156) 0.14932376023411956
     W(18) W(216) 0.10370654316495879
     W(18) W(222) 0.12861079629197011
     W(18) W(228) 0.12762429529095576
     W(18) W(234) 0.026918611303469505
     W(18) W(240) 0.11080330916590199
     W(18) W(246) 0.19751613168560617
     W(18) W(252) 0.22493547217592236
     W(18) W(258) 0.2842651222444571
     W(18) W(264) 0.28748738210717673
     W(18) W(270) 0.41534423492421707
     W(18) W(276) 0.57914877631348061
     W(18) W(282) 0.6989500727200666
     W(18) W(288) 0.82860069139502179
     W(18) W(294) 0.9258908403674464
     W(18) W(300) 0.90590309057748797
     W(18) W(306) 0.84570028201222835
     W(18) W(312) 0.8866293639971824
     W(18) W(318) 0.81479769171974381
     W(19) W(19) 11.336078184393973
     W(19) W(25) 0.2911763174759624
     W(19) W(31) 0.20880529019858438
     W(19) W(37) 0.18788381690828332
     W(19) W(43) 0.14235773384091122
     W(19) W(49) 0.12685595831192947
     W(19) W(109) 0.14796004825216685
     W(19) W(115) 0.18568997791288788
     W(19) W(121) 0.14295090435223898
     W(19) W(127) 0.27125026403023167
     W(19) W(133) 0.25353684958927852
     W(19) W(139) 0.16357608504064861
     W(19) W(145) 0.12839331155416192
     W(19) W(151) 0.17582260867722804
     W(19) W(157) 0.14932376023411956
     W(19) W(217) 0.10370654316495879
     W(19) W(223) 0.12861079629197011
     W(19) W(229) 0.12762429529095576
     W(19) W(235) 0.026918611303469505
     W(19) W(241) 0.11080330916590199
     W(19) W(247) 0.19751613168560617
     W(19) W(253) 0.22493547217592236
     W(19) W(259) 0.2842651222444571
     W(19) W(265) 0.28748738210717673
     W(19) W(271) 0.41534423492421707
     W(19) W(277) 0.57914877631348061
     W(19) W(283) 0.6989500727200666
     W(19) W(289) 0.82860069139502179
     W(19) W(295) 0.9258908403674464
     W(19) W(301) 0.90590309057748797
     W(19) W(307) 0.84570028201222835
     W(19) W(313) 0.8866293639971824
     W(19) W(319) 0.81479769171974381
     W(20) W(20) 11.336078184393973
     W(20) W(26) 0.2911763174759624
     W(20) W(32) 0.20880529019858438
     W(20) W(38) 0.18788381690828332
     W(20) W(44) 0.14235773384091122
     W(20) W(50) 0.12685595831192947
     W(20) W(110) 0.14796004825216685
     W(20) W(116) 0.18568997791288788
     W(20) W(122) 0.14295090435223898
     W(20) W(128) 0.27125026403023167
     W(20) W(134) 0.25353684958927852
     W(20) W(140) 0.16357608504064861
     W(20) W(146) 0.12839331155416192
     W(20) W(152) 0.17582260867722804
     W(20) W(158) 0.14932376023411956
     W(20) W(218) 0.10370654316495879
     W(20) W(224) 0.12861079629197011
     W(20) W(230) 0.12762429529095576
     W(20) W(236) 0.026918611303469505
     W(20) W(242) 0.11080330916590199
     W(20) W(248) 0.19751613168560617
     W(20) W(254) 0.22493547217592236
     W(20) W(260) 0.2842651222444571
     W(20) W(266) 0.28748738210717673
     W(20) W(272) 0.41534423492421707
     W(20) W(278) 0.57914877631348061
     W(20) W(284) 0.6989500727200666
     W(20) W(290) 0.82860069139502179
     W(20) W(296) 0.9258908403674464
     W(20) W(302) 0.90590309057748797
     W(20) W(308) 0.84570028201222835
     W(20) W(314) 0.8866293639971824
     W(20) W(320) 0.81479769171974381
     W(21) W(21) 11.336078184393973
     W(21) W(27) 0.2911763174759624
     W(21) W(33) 0.20880529019858438
     W(21) W(39) 0.18788381690828332
     W(21) W(45) 0.14235773384091122
     W(21) W(51) 0.12685595831192947
     W(21) W(111) 0.14796004825216685
     W(21) W(117) 0.18568997791288788
     W(21) W(123) 0.14295090435223898
     W(21) W(129) 0.27125026403023167
     W(21) W(135) 0.25353684958927852
     W(21) W(141) 0.16357608504064861
     W(21) W(147) 0.12839331155416192
     W(21) W(153) 0.17582260867722804
     W(21) W(159) 0.14932376023411956
     W(21) W(219) 0.10370654316495879
     W(21) W(225) 0.12861079629197011
     W(21) W(231) 0.12762429529095576
     W(21) W(237) 0.026918611303469505
     W(21) W(243) 0.11080330916590199
     W(21) W(249) 0.19751613168560617
     W(21) W(255) 0.22493547217592236
     W(21) W(261) 0.2842651222444571
     W(21) W(267) 0.28748738210717673
     W(21) W(273) 0.41534423492421707
     W(21) W(279) 0.57914877631348061
     W(21) W(285) 0.6989500727200666
     W(21) W(291) 0.82860069139502179
     W(21) W(297) 0.9258908403674464
     W(21) W(303) 0.90590309057748797
     W(21) W(309) 0.84570028201222835
     W(21) W(315) 0.8866293639971824
     W(21) W(321) 0.81479769171974381
     W(22) W(22) 11.336078184393973
     W(22) W(28) 0.2911763174759624
     W(22) W(34) 0.20880529019858438
     W(22) W(40) 0.18788381690828332
     W(22) W(46) 0.14235773384091122
     W(22) W(52) 0.12685595831192947
     W(22) W(112) 0.14796004825216685
     W(22) W(118) 0.18568997791288788
     W(22) W(124) 0.14295090435223898
     W(22) W(130) 0.27125026403023167
     W(22) W(136) 0.25353684958927852
     W(22) W(142) 0.16357608504064861
     W(22) W(148) 0.12839331155416192
     W(22) W(154) 0.17582260867722804
     W(22) W(160) 0.14932376023411956
     W(22) W(220) 0.10370654316495879
     W(22) W(226) 0.12861079629197011
     W(22) W(232) 0.12762429529095576
     W(22) W(238) 0.026918611303469505
     W(22) W(244) 0.11080330916590199
     W(22) W(250) 0.19751613168560617
     W(22) W(256) 0.22493547217592236
     W(22) W(262) 0.2842651222444571
     W(22) W(268) 0.28748738210717673
     W(22) W(274) 0.41534423492421707
     W(22) W(280) 0.57914877631348061
     W(22) W(286) 0.6989500727200666
     W(22) W(292) 0.82860069139502179
     W(22) W(298) 0.9258908403674464
     W(22) W(304) 0.90590309057748797
     W(22) W(310) 0.84570028201222835
     W(22) W(316) 0.8866293639971824
     W(22) W(322) 0.81479769171974381
     W(23) W(23) 11.336078184393973
     W(23) W(29) 0.2911763174759624
     W(23) W(35) 0.20880529019858438
     W(23) W(41) 0.18788381690828332
     W(23) W(47) 0.14235773384091122
     W(23) W(53) 0.12685595831192947
     W(23) W(113) 0.14796004825216685
     W(23) W(119) 0.18568997791288788
     W(23) W(125) 0.14295090435223898
     W(23) W(131) 0.27125026403023167
     W(23) W(137) 0.25353684958927852
     W(23) W(143) 0.16357608504064861
     W(23) W(149) 0.12839331155416192
     W(23) W(155) 0.17582260867722804
     W(23) W(161) 0.14932376023411956
     W(23) W(221) 0.10370654316495879
     W(23) W(227) 0.12861079629197011
     W(23) W(233) 0.12762429529095576
     W(23) W(239) 0.026918611303469505
     W(23) W(245) 0.11080330916590199
     W(23) W(251) 0.19751613168560617
     W(23) W(257) 0.22493547217592236
     W(23) W(263) 0.2842651222444571
     W(23) W(269) 0.28748738210717673
     W(23) W(275) 0.41534423492421707
     W(23) W(281) 0.57914877631348061
     W(23) W(287) 0.6989500727200666
     W(23) W(293) 0.82860069139502179
     W(23) W(299) 0.9258908403674464
     W(23) W(305) 0.90590309057748797
     W(23) W(311) 0.84570028201222835
     W(23) W(317) 0.8866293639971824
     W(23) W(323) 0.81479769171974381
     W(24) W(24) 11.358034734062826
     W(24) W(30) 0.2976156159135161
     W(24) W(36) 0.16329742719724641
     W(24) W(42) 0.21785290526927306
     W(24) W(48) 0.15307299123473911
     W(24) W(108) 0.12170803647495176
     W(24) W(114) 0.15167334275685754
     W(24) W(120) 0.19691978068405017
     W(24) W(126) 0.28104400605673874
     W(24) W(132) 0.27849596817822941
     W(24) W(138) 0.24833886092192092
     W(24) W(144) 0.15719672761477602
     W(24) W(150) 0.15062815933783688
     W(24) W(156) 0.17365844305939626
     W(24) W(216) 0.096952237979750916
     W(24) W(222) 0.093039987073270713
     W(24) W(228) 0.10196731824911189
     W(24) W(234) 0.063171057032738773
     W(24) W(240) 0.04051228279292788
     W(24) W(246) 0.11038719880337904
     W(24) W(252) 0.22044483258529743
     W(24) W(258) 0.23594777482559479
     W(24) W(264) 0.27923509958843662
     W(24) W(270) 0.43360098520848112
     W(24) W(276) 0.4114086605365051
     W(24) W(282) 0.52833795398099526
     W(24) W(288) 0.75138932540416614
     W(24) W(294) 0.78896055127158715
     W(24) W(300) 0.86735024389216131
     W(24) W(306) 0.75012026539772692
     W(24) W(312) 0.78833675020862759
     W(24) W(318) 0.80987170601576541
     W(25) W(25) 11.358034734062826
     W(25) W(31) 0.2976156159135161
     W(25) W(37) 0.16329742719724641
     W(25) W(43) 0.21785290526927306
     W(25) W(49) 0.15307299123473911
     W(25) W(109) 0.12170803647495176
     W(25) W(115) 0.15167334275685754
     W(25) W(121) 0.19691978068405017
     W(25) W(127) 0.28104400605673874
     W(25) W(133) 0.27849596817822941
     W(25) W(139) 0.24833886092192092
     W(25) W(145) 0.15719672761477602
     W(25) W(151) 0.15062815933783688
     W(25) W(157) 0.17365844305939626
     W(25) W(217) 0.096952237979750916
     W(25) W(223) 0.093039987073270713
     W(25) W(229) 0.10196731824911189
     W(25) W(235) 0.063171057032738773
     W(25) W(241) 0.04051228279292788
     W(25) W(247) 0.11038719880337904
     W(25) W(253) 0.22044483258529743
     W(25) W(259) 0.23594777482559479
     W(25) W(265) 0.27923509958843662
     W(25) W(271) 0.43360098520848112
     W(25) W(277) 0.4114086605365051
     W(25) W(283) 0.52833795398099526
     W(25) W(289) 0.75138932540416614
     W(25) W(295) 0.78896055127158715
     W(25) W(301) 0.86735024389216131
     W(25) W(307) 0.75012026539772692
     W(25) W(313) 0.78833675020862759
     W(25) W(319) 0.80987170601576541
     W(26) W(26) 11.358034734062826
     W(26) W(32) 0.2976156159135161
     W(26) W(38) 0.16329742719724641
     W(26) W(44) 0.21785290526927306
     W(26) W(50) 0.15307299123473911
     W(26) W(110) 0.12170803647495176
     W(26) W(116) 0.15167334275685754
     W(26) W(122) 0.19691978068405017
     W(26) W(128) 0.28104400605673874
     W(26) W(134) 0.27849596817822941
     W(26) W(140) 0.24833886092192092
     W(26) W(146) 0.15719672761477602
     W(26) W(152) 0.15062815933783688
     W(26) W(158) 0.17365844305939626
     W(26) W(218) 0.096952237979750916
     W(26) W(224) 0.093039987073270713
     W(26) W(230) 0.10196731824911189
     W(26) W(236) 0.063171057032738773
     W(26) W(242) 0.04051228279292788
     W(26) W(248) 0.11038719880337904
     W(26) W(254) 0.22044483258529743
     W(26) W(260) 0.23594777482559479
     W(26) W(266) 0.27923509958843662
     W(26) W(272) 0.43360098520848112
     W(26) W(278) 0.4114086605365051
     W(26) W(284) 0.52833795398099526
     W(26) W(290) 0.75138932540416614
     W(26) W(296) 0.78896055127158715
     W(26) W(302) 0.86735024389216131
     W(26) W(308) 0.75012026539772692
     W(26) W(314) 0.78833675020862759
     W(26) W(320) 0.80987170601576541
     W(27) W(27) 11.358034734062826
     W(27) W(33) 0.2976156159135161
     W(27) W(39) 0.16329742719724641
     W(27) W(45) 0.21785290526927306
     W(27) W(51) 0.15307299123473911
     W(27) W(111) 0.12170803647495176
     W(27) W(117) 0.15167334275685754
     W(27) W(123) 0.19691978068405017
     W(27) W(129) 0.28104400605673874
     W(27) W(135) 0.27849596817822941
     W(27) W(141) 0.24833886092192092
     W(27) W(147) 0.15719672761477602
     W(27) W(153) 0.15062815933783688
     W(27) W(159) 0.17365844305939626
     W(27) W(219) 0.096952237979750916
     W(27) W(225) 0.093039987073270713
     W(27) W(231) 0.10196731824911189
     W(27) W(237) 0.063171057032738773
     W(27) W(243) 0.04051228279292788
     W(27) W(249) 0.11038719880337904
     W(27) W(255) 0.22044483258529743
     W(27) W(261) 0.23594777482559479
     W(27) W(267) 0.27923509958843662
     W(27) W(273) 0.43360098520848112
     W(27) W(279) 0.4114086605365051
     W(27) W(285) 0.52833795398099526
     W(27) W(291) 0.75138932540416614
     W(27) W(297) 0.78896055127158715
     W(27) W(303) 0.86735024389216131
     W(27) W(309) 0.75012026539772692
     W(27) W(315) 0.78833675020862759
     W(27) W(321) 0.80987170601576541
     W(28) W(28) 11.358034734062826
     W(28) W(34) 0.2976156159135161
     W(28) W(40) 0.16329742719724641
     W(28) W(46) 0.21785290526927306
     W(28) W(52) 0.15307299123473911
     W(28) W(112) 0.12170803647495176
     W(28) W(118) 0.15167334275685754
     W(28) W(124) 0.19691978068405017
     W(28) W(130) 0.28104400605673874
     W(28) W(136) 0.27849596817822941
     W(28) W(142) 0.24833886092192092
     W(28) W(148) 0.15719672761477602
     W(28) W(154) 0.15062815933783688
     W(28) W(160) 0.17365844305939626
     W(28) W(220) 0.096952237979750916
     W(28) W(226) 0.093039987073270713
     W(28) W(232) 0.10196731824911189
     W(28) W(238) 0.063171057032738773
     W(28) W(244) 0.04051228279292788
     W(28) W(250) 0.11038719880337904
     W(28) W(256) 0.22044483258529743
     W(28) W(262) 0.23594777482559479
     W(28) W(268) 0.27923509958843662
     W(28) W(274) 0.43360098520848112
     W(28) W(280) 0.4114086605365051
     W(28) W(286) 0.52833795398099526
     W(28) W(292) 0.75138932540416614
     W(28) W(298) 0.78896055127158715
     W(28) W(304) 0.86735024389216131
     W(28) W(310) 0.75012026539772692
     W(28) W(316) 0.78833675020862759
     W(28) W(322) 0.80987170601576541
     W(29) W(29) 11.358034734062826
     W(29) W(35) 0.2976156159135161
     W(29) W(41) 0.16329742719724641
     W(29) W(47) 0.21785290526927306
     W(29) W(53) 0.15307299123473911
     W(29) W(113) 0.12170803647495176
     W(29) W(119) 0.15167334275685754
     W(29) W(125) 0.19691978068405017
     W(29) W(131) 0.28104400605673874
     W(29) W(137) 0.27849596817822941
     W(29) W(143) 0.24833886092192092
     W(29) W(149) 0.15719672761477602
     W(29) W(155) 0.15062815933783688
     W(29) W(161) 0.17365844305939626
     W(29) W(221) 0.096952237979750916
     W(29) W(227) 0.093039987073270713
     W(29) W(233) 0.10196731824911189
     W(29) W(239) 0.063171057032738773
     W(29) W(245) 0.04051228279292788
     W(29) W(251) 0.11038719880337904
     W(29) W(257) 0.22044483258529743
     W(29) W(263) 0.23594777482559479
     W(29) W(269) 0.27923509958843662
     W(29) W(275) 0.43360098520848112
     W(29) W(281) 0.4114086605365051
     W(29) W(287) 0.52833795398099526
     W(29) W(293) 0.75138932540416614
     W(29) W(299) 0.78896055127158715
     W(29) W(305) 0.86735024389216131
     W(29) W(311) 0.75012026539772692
     W(29) W(317) 0.78833675020862759
     W(29) W(323) 0.80987170601576541
     W(30) W(30) 11.318129676023036
     W(30) W(36) 0.12728353892651303
     W(30) W(42) 0.17850034037636309
     W(30) W(48) 0.19812503854206945
     W(30) W(108) 0.067605762607378286
     W(30) W(114) 0.1570456574077799
     W(30) W(120) 0.154993842562206
     W(30) W(126) 0.18653773867863929
     W(30) W(132) 0.31403706192379593
     W(30) W(138) 0.2569344418527077
     W(30) W(144) 0.12744648980808743
     W(30) W(150) 0.186888958774622
     W(30) W(156) 0.16227469240677217
     W(30) W(216) 0.099460785741428803
     W(30) W(222) 0.10176083386179498
     W(30) W(228) 0.070685746657507126
     W(30) W(234) 0.11688606189916037
     W(30) W(240) 0.069660526640793308
     W(30) W(246) 0.033301116975097564
     W(30) W(252) 0.23060917296239575
     W(30) W(258) 0.21963004122786353
     W(30) W(264) 0.22991103106441174
     W(30) W(270) 0.64161018577475493
     W(30) W(276) 0.46803219739060786
     W(30) W(282) 0.36668827564769702
     W(30) W(288) 0.83816716703667349
     W(30) W(294) 0.76359679119409285
     W(30) W(300) 0.73622694125387567
     W(30) W(306) 0.78950103565037955
     W(30) W(312) 0.7725770615289238
     W(30) W(318) 0.7411585321702755
     W(31) W(31) 11.318129676023036
     W(31) W(37) 0.12728353892651303
     W(31) W(43) 0.17850034037636309
     W(31) W(49) 0.19812503854206945
     W(31) W(109) 0.067605762607378286
     W(31) W(115) 0.1570456574077799
     W(31) W(121) 0.154993842562206
     W(31) W(127) 0.18653773867863929
     W(31) W(133) 0.31403706192379593
     W(31) W(139) 0.2569344418527077
     W(31) W(145) 0.12744648980808743
     W(31) W(151) 0.186888958774622
     W(31) W(157) 0.16227469240677217
     W(31) W(217) 0.099460785741428803
     W(31) W(223) 0.10176083386179498
     W(31) W(229) 0.070685746657507126
     W(31) W(235) 0.11688606189916037
     W(31) W(241) 0.069660526640793308
     W(31) W(247) 0.033301116975097564
     W(31) W(253) 0.23060917296239575
     W(31) W(259) 0.21963004122786353
     W(31) W(265) 0.22991103106441174
     W(31) W(271) 0.64161018577475493
     W(31) W(277) 0.46803219739060786
     W(31) W(283) 0.36668827564769702
     W(31) W(289) 0.83816716703667349
     W(31) W(295) 0.76359679119409285
     W(31) W(301) 0.73622694125387567
     W(31) W(307) 0.78950103565037955
     W(31) W(313) 0.7725770615289238
     W(31) W(319) 0.7411585321702755
     W(32) W(32) 11.318129676023036
     W(32) W(38) 0.12728353892651303
     W(32) W(44) 0.17850034037636309
     W(32) W(50) 0.19812503854206945
     W(32) W(110) 0.067605762607378286
     W(32) W(116) 0.1570456574077799
     W(32) W(122) 0.154993842562206
     W(32) W(128) 0.18653773867863929
     W(32) W(134) 0.31403706192379593
     W(32) W(140) 0.2569344418527077
     W(32) W(146) 0.12744648980808743
     W(32) W(152) 0.186888958774622
     W(32) W(158) 0.16227469240677217
     W(32) W(218) 0.099460785741428803
     W(32) W(224) 0.10176083386179498
     W(32) W(230) 0.070685746657507126
     W(32) W(236) 0.11688606189916037
     W(32) W(242) 0.069660526640793308
     W(32) W(248) 0.033301116975097564
     W(32) W(254) 0.23060917296239575
     W(32) W(260) 0.21963004122786353
     W(32) W(266) 0.22991103106441174
     W(32) W(272) 0.64161018577475493
     W(32) W(278) 0.46803219739060786
     W(32) W(284) 0.36668827564769702
     W(32) W(290) 0.83816716703667349
     W(32) W(296) 0.76359679119409285
     W(32) W(302) 0.73622694125387567
     W(32) W(308) 0.78950103565037955
     W(32) W(314) 0.7725770615289238
     W(32) W(320) 0.7411585321702755
     W(33) W(33) 11.318129676023036
     W(33) W(39) 0.12728353892651303
     W(33) W(45) 0.17850034037636309
     W(33) W(51) 0.19812503854206945
     W(33) W(111) 0.067605762607378286
     W(33) W(117) 0.1570456574077799
     W(33) W(123) 0.154993842562206
     W(33) W(129) 0.18653773867863929
     W(33) W(135) 0.31403706192379593
     W(33) W(141) 0.2569344418527077
     W(33) W(147) 0.12744648980808743
     W(33) W(153) 0.186888958774622
     W(33) W(159) 0.16227469240677217
     W(33) W(219) 0.099460785741428803
     W(33) W(225) 0.10176083386179498
     W(33) W(231) 0.070685746657507126
     W(33) W(237) 0.11688606189916037
     W(33) W(243) 0.069660526640793308
     W(33) W(249) 0.033301116975097564
     W(33) W(255) 0.23060917296239575
     W(33) W(261) 0.21963004122786353
     W(33) W(267) 0.22991103106441174
     W(33) W(273) 0.64161018577475493
     W(33) W(279) 0.46803219739060786
     W(33) W(285) 0.36668827564769702
     W(33) W(291) 0.83816716703667349
     W(33) W(297) 0.76359679119409285
     W(33) W(303) 0.73622694125387567
     W(33) W(309) 0.78950103565037955
     W(33) W(315) 0.7725770615289238
     W(33) W(321) 0.7411585321702755
     W(34) W(34) 11.318129676023036
     W(34) W(40) 0.12728353892651303
     W(34) W(46) 0.17850034037636309
     W(34) W(52) 0.19812503854206945
     W(34) W(112) 0.067605762607378286
     W(34) W(118) 0.1570456574077799
     W(34) W(124) 0.154993842562206
     W(34) W(130) 0.18653773867863929
     W(34) W(136) 0.31403706192379593
     W(34) W(142) 0.2569344418527077
     W(34) W(148) 0.12744648980808743
     W(34) W(154) 0.186888958774622
     W(34) W(160) 0.16227469240677217
     W(34) W(220) 0.099460785741428803
     W(34) W(226) 0.10176083386179498
     W(34) W(232) 0.070685746657507126
     W(34) W(238) 0.11688606189916037
     W(34) W(244) 0.069660526640793308
     W(34) W(250) 0.033301116975097564
     W(34) W(256) 0.23060917296239575
     W(34) W(262) 0.21963004122786353
     W(34) W(268) 0.22991103106441174
     W(34) W(274) 0.64161018577475493
     W(34) W(280) 0.46803219739060786
     W(34) W(286) 0.36668827564769702
     W(34) W(292) 0.83816716703667349
     W(34) W(298) 0.76359679119409285
     W(34) W(304) 0.73622694125387567
     W(34) W(310) 0.78950103565037955
     W(34) W(316) 0.7725770615289238
     W(34) W(322) 0.7411585321702755
     W(35) W(35) 11.318129676023036
     W(35) W(41) 0.12728353892651303
     W(35) W(47) 0.17850034037636309
     W(35) W(53) 0.19812503854206945
     W(35) W(113) 0.067605762607378286
     W(35) W(119) 0.1570456574077799
     W(35) W(125) 0.154993842562206
     W(35) W(131) 0.18653773867863929
     W(35) W(137) 0.31403706192379593
     W(35) W(143) 0.2569344418527077
     W(35) W(149) 0.12744648980808743
     W(35) W(155) 0.186888958774622
     W(35) W(161) 0.16227469240677217
     W(35) W(221) 0.099460785741428803
     W(35) W(227) 0.10176083386179498
     W(35) W(233) 0.070685746657507126
     W(35) W(239) 0.11688606189916037
     W(35) W(245) 0.069660526640793308
     W(35) W(251) 0.033301116975097564
     W(35) W(257) 0.23060917296239575
     W(35) W(263) 0.21963004122786353
     W(35) W(269) 0.22991103106441174
     W(35) W(275) 0.64161018577475493
     W(35) W(281) 0.46803219739060786
     W(35) W(287) 0.36668827564769702
     W(35) W(293) 0.83816716703667349
     W(35) W(299) 0.76359679119409285
     W(35) W(305) 0.73622694125387567
     W(35) W(311) 0.78950103565037955
     W(35) W(317) 0.7725770615289238
     W(35) W(323) 0.7411585321702755
     W(36) W(36) 11.186082183479385
     W(36) W(42) 0.17111796124444581
     W(36) W(48) 0.11832300738510801
     W(36) W(108) 0.066560319323301961
     W(36) W(114) 0.12177051661965138
     W(36) W(120) 0.10094217115700301
     W(36) W(126) 0.10360757840743068
     W(36) W(132) 0.14961063414739173
     W(36) W(138) 0.10951421128566817
     W(36) W(144) 0.13739342890979317
     W(36) W(150) 0.15733252881577003
     W(36) W(156) 0.11662647547908948
     W(36) W(216) 0.17454263530557257
     W(36) W(222) 0.19132190023717305
     W(36) W(228) 0.16535053103638139
     W(36) W(234) 0.087159811544442203
     W(36) W(240) 0.12461500679107208
     W(36) W(246) 0.14189302727081557
     W(36) W(252) 0.023706482807301144
     W(36) W(258) 0.093339834504789138
     W(36) W(264) 0.16287422049466405
     W(36) W(270) 0.28870372701497876
     W(36) W(276) 0.40597239571402977
     W(36) W(282) 0.52629656768321331
     W(36) W(288) 0.35875886410961405
     W(36) W(294) 0.49923321429458972
     W(36) W(300) 0.62413567438021156
     W(36) W(306) 0.47177917061098851
     W(36) W(312) 0.5860454155368463
     W(36) W(318) 0.64023659709787273
     W(37) W(37) 11.186082183479385
     W(37) W(43) 0.17111796124444581
     W(37) W(49) 0.11832300738510801
     W(37) W(109) 0.066560319323301961
     W(37) W(115) 0.12177051661965138
     W(37) W(121) 0.10094217115700301
     W(37) W(127) 0.10360757840743068
     W(37) W(133) 0.14961063414739173
     W(37) W(139) 0.10951421128566817
     W(37) W(145) 0.13739342890979317
     W(37) W(151) 0.15733252881577003
     W(37) W(157) 0.11662647547908948
     W(37) W(217) 0.17454263530557257
     W(37) W(223) 0.19132190023717305
     W(37) W(229) 0.16535053103638139
     W(37) W(235) 0.087159811544442203
     W(37) W(241) 0.12461500679107208
     W(37) W(247) 0.14189302727081557
     W(37) W(253) 0.023706482807301144
     W(37) W(259) 0.093339834504789138
     W(37) W(265) 0.16287422049466405
     W(37) W(271) 0.28870372701497876
     W(37) W(277) 0.40597239571402977
     W(37) W(283) 0.52629656768321331
     W(37) W(289) 0.35875886410961405
     W(37) W(295) 0.49923321429458972
     W(37) W(301) 0.62413567438021156
     W(37) W(307) 0.47177917061098851
     W(37) W(313) 0.5860454155368463
     W(37) W(319) 0.64023659709787273
     W(38) W(38) 11.186082183479385
     W(38) W(44) 0.17111796124444581
     W(38) W(50) 0.11832300738510801
     W(38) W(110) 0.066560319323301961
     W(38) W(116) 0.12177051661965138
     W(38) W(122) 0.10094217115700301
     W(38) W(128) 0.10360757840743068
     W(38) W(134) 0.14961063414739173
     W(38) W(140) 0.10951421128566817
     W(38) W(146) 0.13739342890979317
     W(38) W(152) 0.15733252881577003
     W(38) W(158) 0.11662647547908948
     W(38) W(218) 0.17454263530557257
     W(38) W(224) 0.19132190023717305
     W(38) W(230) 0.16535053103638139
     W(38) W(236) 0.087159811544442203
     W(38) W(242) 0.12461500679107208
     W(38) W(248) 0.14189302727081557
     W(38) W(254) 0.023706482807301144
     W(38) W(260) 0.093339834504789138
     W(38) W(266) 0.16287422049466405
     W(38) W(272) 0.28870372701497876
     W(38) W(278) 0.40597239571402977
     W(38) W(284) 0.52629656768321331
     W(38) W(290) 0.35875886410961405
     W(38) W(296) 0.49923321429458972
     W(38) W(302) 0.62413567438021156
     W(38) W(308) 0.47177917061098851
     W(38) W(314) 0.5860454155368463
     W(38) W(320) 0.64023659709787273
     W(39) W(39) 11.186082183479385
     W(39) W(45) 0.17111796124444581
     W(39) W(51) 0.11832300738510801
     W(39) W(111) 0.066560319323301961
     W(39) W(117) 0.12177051661965138
     W(39) W(123) 0.10094217115700301
     W(39) W(129) 0.10360757840743068
     W(39) W(135) 0.14961063414739173
     W(39) W(141) 0.10951421128566817
     W(39) W(147) 0.13739342890979317
     W(39) W(153) 0.15733252881577003
     W(39) W(159) 0.11662647547908948
     W(39) W(219) 0.17454263530557257
     W(39) W(225) 0.19132190023717305
     W(39) W(231) 0.16535053103638139
     W(39) W(237) 0.087159811544442203
     W(39) W(243) 0.12461500679107208
     W(39) W(249) 0.14189302727081557
     W(39) W(255) 0.023706482807301144
     W(39) W(261) 0.093339834504789138
     W(39) W(267) 0.16287422049466405
     W(39) W(273) 0.28870372701497876
     W(39) W(279) 0.40597239571402977
     W(39) W(285) 0.52629656768321331
     W(39) W(291) 0.35875886410961405
     W(39) W(297) 0.49923321429458972
     W(39) W(303) 0.62413567438021156
     W(39) W(309) 0.47177917061098851
     W(39) W(315) 0.5860454155368463
     W(39) W(321) 0.64023659709787273
     W(40) W(40) 11.186082183479385
     W(40) W(46) 0.17111796124444581
     W(40) W(52) 0.11832300738510801
     W(40) W(112) 0.066560319323301961
     W(40) W(118) 0.12177051661965138
     W(40) W(124) 0.10094217115700301
     W(40) W(130) 0.10360757840743068
     W(40) W(136) 0.14961063414739173
     W(40) W(142) 0.10951421128566817
     W(40) W(148) 0.13739342890979317
     W(40) W(154) 0.15733252881577003
     W(40) W(160) 0.11662647547908948
     W(40) W(220) 0.17454263530557257
     W(40) W(226) 0.19132190023717305
     W(40) W(232) 0.16535053103638139
     W(40) W(238) 0.087159811544442203
     W(40) W(244) 0.12461500679107208
     W(40) W(250) 0.14189302727081557
     W(40) W(256) 0.023706482807301144
     W(40) W(262) 0.093339834504789138
     W(40) W(268) 0.16287422049466405
     W(40) W(274) 0.28870372701497876
     W(40) W(280) 0.40597239571402977
     W(40) W(286) 0.52629656768321331
     W(40) W(292) 0.35875886410961405
     W(40) W(298) 0.49923321429458972
     W(40) W(304) 0.62413567438021156
     W(40) W(310) 0.47177917061098851
     W(40) W(316) 0.5860454155368463
     W(40) W(322) 0.64023659709787273
     W(41) W(41) 11.186082183479385
     W(41) W(47) 0.17111796124444581
     W(41) W(53) 0.11832300738510801
     W(41) W(113) 0.066560319323301961
     W(41) W(119) 0.12177051661965138
     W(41) W(125) 0.10094217115700301
     W(41) W(131) 0.10360757840743068
     W(41) W(137) 0.14961063414739173
     W(41) W(143) 0.10951421128566817
     W(41) W(149) 0.13739342890979317
     W(41) W(155) 0.15733252881577003
     W(41) W(161) 0.11662647547908948
     W(41) W(221) 0.17454263530557257
     W(41) W(227) 0.19132190023717305
     W(41) W(233) 0.16535053103638139
     W(41) W(239) 0.087159811544442203
     W(41) W(245) 0.12461500679107208
     W(41) W(251) 0.14189302727081557
     W(41) W(257) 0.023706482807301144
     W(41) W(263) 0.093339834504789138
     W(41) W(269) 0.16287422049466405
     W(41) W(275) 0.28870372701497876
     W(41) W(281) 0.40597239571402977
     W(41) W(287) 0.52629656768321331
     W(41) W(293) 0.35875886410961405
     W(41) W(299) 0.49923321429458972
     W(41) W(305) 0.62413567438021156
     W(41) W(311) 0.47177917061098851
     W(41) W(317) 0.5860454155368463
     W(41) W(323) 0.64023659709787273
     W(42) W(42) 11.250840923360876
     W(42) W(48) 0.21424065456252001
     W(42) W(108) 0.057001102345270879
     W(42) W(114) 0.084967640479662029
     W(42) W(120) 0.13777026515349669
     W(42) W(126) 0.09174722280495326
     W(42) W(132) 0.12464644293297769
     W(42) W(138) 0.15595816757681547
     W(42) W(144) 0.17547428593087369
     W(42) W(150) 0.19820783751986407
     W(42) W(156) 0.18224875531222498
     W(42) W(216) 0.15272446965952985
     W(42) W(222) 0.20969409083073695
     W(42) W(228) 0.20177821495416517
     W(42) W(234) 0.10480421714228438
     W(42) W(240) 0.13055036998086703
     W(42) W(246) 0.1575260223623631
     W(42) W(252) 0.066830415695355652
     W(42) W(258) 0.037533066895363669
     W(42) W(264) 0.0872970405081957
     W(42) W(270) 0.37532116154518114
     W(42) W(276) 0.3213112212284619
     W(42) W(282) 0.42089295880368532
     W(42) W(288) 0.425024369034811
     W(42) W(294) 0.36442754343223704
     W(42) W(300) 0.50386945017847784
     W(42) W(306) 0.48402805776594299
     W(42) W(312) 0.51011062982613942
     W(42) W(318) 0.64072994766361091
     W(43) W(43) 11.250840923360876
     W(43) W(49) 0.21424065456252001
     W(43) W(109) 0.057001102345270879
     W(43) W(115) 0.084967640479662029
     W(43) W(121) 0.13777026515349669
     W(43) W(127) 0.09174722280495326
     W(43) W(133) 0.12464644293297769
     W(43) W(139) 0.15595816757681547
     W(43) W(145) 0.17547428593087369
     W(43) W(151) 0.19820783751986407
     W(43) W(157) 0.18224875531222498
     W(43) W(217) 0.15272446965952985
     W(43) W(223) 0.20969409083073695
     W(43) W(229) 0.20177821495416517
     W(43) W(235) 0.10480421714228438
     W(43) W(241) 0.13055036998086703
     W(43) W(247) 0.1575260223623631
     W(43) W(253) 0.066830415695355652
     W(43) W(259) 0.037533066895363669
     W(43) W(265) 0.0872970405081957
     W(43) W(271) 0.37532116154518114
     W(43) W(277) 0.3213112212284619
     W(43) W(283) 0.42089295880368532
     W(43) W(289) 0.425024369034811
     W(43) W(295) 0.36442754343223704
     W(43) W(301) 0.50386945017847784
     W(43) W(307) 0.48402805776594299
     W(43) W(313) 0.51011062982613942
     W(43) W(319) 0.64072994766361091
     W(44) W(44) 11.250840923360876
     W(44) W(50) 0.21424065456252001
     W(44) W(110) 0.057001102345270879
     W(44) W(116) 0.084967640479662029
     W(44) W(122) 0.13777026515349669
     W(44) W(128) 0.09174722280495326
     W(44) W(134) 0.12464644293297769
     W(44) W(140) 0.15595816757681547
     W(44) W(146) 0.17547428593087369
     W(44) W(152) 0.19820783751986407
     W(44) W(158) 0.18224875531222498
     W(44) W(218) 0.15272446965952985
     W(44) W(224) 0.20969409083073695
     W(44) W(230) 0.20177821495416517
     W(44) W(236) 0.10480421714228438
     W(44) W(242) 0.13055036998086703
     W(44) W(248) 0.1575260223623631
     W(44) W(254) 0.066830415695355652
     W(44) W(260) 0.037533066895363669
     W(44) W(266) 0.0872970405081957
     W(44) W(272) 0.37532116154518114
     W(44) W(278) 0.3213112212284619
     W(44) W(284) 0.42089295880368532
     W(44) W(290) 0.425024369034811
     W(44) W(296) 0.36442754343223704
     W(44) W(302) 0.50386945017847784
     W(44) W(308) 0.48402805776594299
     W(44) W(314) 0.51011062982613942
     W(44) W(320) 0.64072994766361091
     W(45) W(45) 11.250840923360876
     W(45) W(51) 0.21424065456252001
     W(45) W(111) 0.057001102345270879
     W(45) W(117) 0.084967640479662029
     W(45) W(123) 0.13777026515349669
     W(45) W(129) 0.09174722280495326
     W(45) W(135) 0.12464644293297769
     W(45) W(141) 0.15595816757681547
     W(45) W(147) 0.17547428593087369
     W(45) W(153) 0.19820783751986407
     W(45) W(159) 0.18224875531222498
     W(45) W(219) 0.15272446965952985
     W(45) W(225) 0.20969409083073695
     W(45) W(231) 0.20177821495416517
     W(45) W(237) 0.10480421714228438
     W(45) W(243) 0.13055036998086703
     W(45) W(249) 0.1575260223623631
     W(45) W(255) 0.066830415695355652
     W(45) W(261) 0.037533066895363669
     W(45) W(267) 0.0872970405081957
     W(45) W(273) 0.37532116154518114
     W(45) W(279) 0.3213112212284619
     W(45) W(285) 0.42089295880368532
     W(45) W(291) 0.425024369034811
     W(45) W(297) 0.36442754343223704
     W(45) W(303) 0.50386945017847784
     W(45) W(309) 0.48402805776594299
     W(45) W(315) 0.51011062982613942
     W(45) W(321) 0.64072994766361091
     W(46) W(46) 11.250840923360876
     W(46) W(52) 0.21424065456252001
     W(46) W(112) 0.057001102345270879
     W(46) W(118) 0.084967640479662029
     W(46) W(124) 0.13777026515349669
     W(46) W(130) 0.09174722280495326
     W(46) W(136) 0.12464644293297769
     W(46) W(142) 0.15595816757681547
     W(46) W(148) 0.17547428593087369
     W(46) W(154) 0.19820783751986407
     W(46) W(160) 0.18224875531222498
     W(46) W(220) 0.15272446965952985
     W(46) W(226) 0.20969409083073695
     W(46) W(232) 0.20177821495416517
     W(46) W(238) 0.10480421714228438
     W(46) W(244) 0.13055036998086703
     W(46) W(250) 0.1575260223623631
     W(46) W(256) 0.066830415695355652
     W(46) W(262) 0.037533066895363669
     W(46) W(268) 0.0872970405081957
     W(46) W(274) 0.37532116154518114
     W(46) W(280) 0.3213112212284619
     W(46) W(286) 0.42089295880368532
     W(46) W(292) 0.425024369034811
     W(46) W(298) 0.36442754343223704
     W(46) W(304) 0.50386945017847784
     W(46) W(310) 0.48402805776594299
     W(46) W(316) 0.51011062982613942
     W(46) W(322) 0.64072994766361091
     W(47) W(47) 11.250840923360876
     W(47) W(53) 0.21424065456252001
     W(47) W(113) 0.057001102345270879
     W(47) W(119) 0.084967640479662029
     W(47) W(125) 0.13777026515349669
     W(47) W(131) 0.09174722280495326
     W(47) W(137) 0.12464644293297769
     W(47) W(143) 0.15595816757681547
     W(47) W(149) 0.17547428593087369
     W(47) W(155) 0.19820783751986407
     W(47) W(161) 0.18224875531222498
     W(47) W(221) 0.15272446965952985
     W(47) W(227) 0.20969409083073695
     W(47) W(233) 0.20177821495416517
     W(47) W(239) 0.10480421714228438
     W(47) W(245) 0.13055036998086703
     W(47) W(251) 0.1575260223623631
     W(47) W(257) 0.066830415695355652
     W(47) W(263) 0.037533066895363669
     W(47) W(269) 0.0872970405081957
     W(47) W(275) 0.37532116154518114
     W(47) W(281) 0.3213112212284619
     W(47) W(287) 0.42089295880368532
     W(47) W(293) 0.425024369034811
     W(47) W(299) 0.36442754343223704
     W(47) W(305) 0.50386945017847784
     W(47) W(311) 0.48402805776594299
     W(47) W(317) 0.51011062982613942
     W(47) W(323) 0.64072994766361091
     W(48) W(48) 11.255388159099153
     W(48) W(108) 0.072692707127171532
     W(48) W(114) 0.093352431605219832
     W(48) W(120) 0.098468782729322121
     W(48) W(126) 0.073648421842480258
     W(48) W(132) 0.14254918998180949
     W(48) W(138) 0.12943627082563822
     W(48) W(144) 0.11410136890784665
     W(48) W(150) 0.26311871219988991
     W(48) W(156) 0.22068919851343297
     W(48) W(216) 0.1406585730686413
     W(48) W(222) 0.20118754847698048
     W(48) W(228) 0.22063054583781166
     W(48) W(234) 0.13002358469088632
     W(48) W(240) 0.16270163367830368
     W(48) W(246) 0.14350105567889557
     W(48) W(252) 0.14262312402077224
     W(48) W(258) 0.073835348607378726
     W(48) W(264) 0.025603050550692473
     W(48) W(270) 0.64479998050193577
     W(48) W(276) 0.49637873913458802
     W(48) W(282) 0.35116962655957751
     W(48) W(288) 0.70333656731043837
     W(48) W(294) 0.52238056363100493
     W(48) W(300) 0.41645705268162336
     W(48) W(306) 0.70233470790397612
     W(48) W(312) 0.63918754072784134
     W(48) W(318) 0.62906415733011756
     W(49) W(49) 11.255388159099153
     W(49) W(109) 0.072692707127171532
     W(49) W(115) 0.093352431605219832
     W(49) W(121) 0.098468782729322121
     W(49) W(127) 0.073648421842480258
     W(49) W(133) 0.14254918998180949
     W(49) W(139) 0.12943627082563822
     W(49) W(145) 0.11410136890784665
     W(49) W(151) 0.26311871219988991
     W(49) W(157) 0.22068919851343297
     W(49) W(217) 0.1406585730686413
     W(49) W(223) 0.20118754847698048
     W(49) W(229) 0.22063054583781166
     W(49) W(235) 0.13002358469088632
     W(49) W(241) 0.16270163367830368
     W(49) W(247) 0.14350105567889557
     W(49) W(253) 0.14262312402077224
     W(49) W(259) 0.073835348607378726
     W(49) W(265) 0.025603050550692473
     W(49) W(271) 0.64479998050193577
     W(49) W(277) 0.49637873913458802
     W(49) W(283) 0.35116962655957751
     W(49) W(289) 0.70333656731043837
     W(49) W(295) 0.52238056363100493
     W(49) W(301) 0.41645705268162336
     W(49) W(307) 0.70233470790397612
     W(49) W(313) 0.63918754072784134
     W(49) W(319) 0.62906415733011756
     W(50) W(50) 11.255388159099153
     W(50) W(110) 0.072692707127171532
     W(50) W(116) 0.093352431605219832
     W(50) W(122) 0.098468782729322121
     W(50) W(128) 0.073648421842480258
     W(50) W(134) 0.14254918998180949
     W(50) W(140) 0.12943627082563822
     W(50) W(146) 0.11410136890784665
     W(50) W(152) 0.26311871219988991
     W(50) W(158) 0.22068919851343297
     W(50) W(218) 0.1406585730686413
     W(50) W(224) 0.20118754847698048
     W(50) W(230) 0.22063054583781166
     W(50) W(236) 0.13002358469088632
     W(50) W(242) 0.16270163367830368
     W(50) W(248) 0.14350105567889557
     W(50) W(254) 0.14262312402077224
     W(50) W(260) 0.073835348607378726
     W(50) W(266) 0.025603050550692473
     W(50) W(272) 0.64479998050193577
     W(50) W(278) 0.49637873913458802
     W(50) W(284) 0.35116962655957751
     W(50) W(290) 0.70333656731043837
     W(50) W(296) 0.52238056363100493
     W(50) W(302) 0.41645705268162336
     W(50) W(308) 0.70233470790397612
     W(50) W(314) 0.63918754072784134
     W(50) W(320) 0.62906415733011756
     W(51) W(51) 11.255388159099153
     W(51) W(111) 0.072692707127171532
     W(51) W(117) 0.093352431605219832
     W(51) W(123) 0.098468782729322121
     W(51) W(129) 0.073648421842480258
     W(51) W(135) 0.14254918998180949
     W(51) W(141) 0.12943627082563822
     W(51) W(147) 0.11410136890784665
     W(51) W(153) 0.26311871219988991
     W(51) W(159) 0.22068919851343297
     W(51) W(219) 0.1406585730686413
     W(51) W(225) 0.20118754847698048
     W(51) W(231) 0.22063054583781166
     W(51) W(237) 0.13002358469088632
     W(51) W(243) 0.16270163367830368
     W(51) W(249) 0.14350105567889557
     W(51) W(255) 0.14262312402077224
     W(51) W(261) 0.073835348607378726
     W(51) W(267) 0.025603050550692473
     W(51) W(273) 0.64479998050193577
     W(51) W(279) 0.49637873913458802
     W(51) W(285) 0.35116962655957751
     W(51) W(291) 0.70333656731043837
     W(51) W(297) 0.52238056363100493
     W(51) W(303) 0.41645705268162336
     W(51) W(309) 0.70233470790397612
     W(51) W(315) 0.63918754072784134
     W(51) W(321) 0.62906415733011756
     W(52) W(52) 11.255388159099153
     W(52) W(112) 0.072692707127171532
     W(52) W(118) 0.093352431605219832
     W(52) W(124) 0.098468782729322121
     W(52) W(130) 0.073648421842480258
     W(52) W(136) 0.14254918998180949
     W(52) W(142) 0.12943627082563822
     W(52) W(148) 0.11410136890784665
     W(52) W(154) 0.26311871219988991
     W(52) W(160) 0.22068919851343297
     W(52) W(220) 0.1406585730686413
     W(52) W(226) 0.20118754847698048
     W(52) W(232) 0.22063054583781166
     W(52) W(238) 0.13002358469088632
     W(52) W(244) 0.16270163367830368
     W(52) W(250) 0.14350105567889557
     W(52) W(256) 0.14262312402077224
     W(52) W(262) 0.073835348607378726
     W(52) W(268) 0.025603050550692473
     W(52) W(274) 0.64479998050193577
     W(52) W(280) 0.49637873913458802
     W(52) W(286) 0.35116962655957751
     W(52) W(292) 0.70333656731043837
     W(52) W(298) 0.52238056363100493
     W(52) W(304) 0.41645705268162336
     W(52) W(310) 0.70233470790397612
     W(52) W(316) 0.63918754072784134
     W(52) W(322) 0.62906415733011756
     W(53) W(53) 11.255388159099153
     W(53) W(113) 0.072692707127171532
     W(53) W(119) 0.093352431605219832
     W(53) W(125) 0.098468782729322121
     W(53) W(131) 0.073648421842480258
     W(53) W(137) 0.14254918998180949
     W(53) W(143) 0.12943627082563822
     W(53) W(149) 0.11410136890784665
     W(53) W(155) 0.26311871219988991
     W(53) W(161) 0.22068919851343297
     W(53) W(221) 0.1406585730686413
     W(53) W(227) 0.20118754847698048
     W(53) W(233) 0.22063054583781166
     W(53) W(239) 0.13002358469088632
     W(53) W(245) 0.16270163367830368
     W(53) W(251) 0.14350105567889557
     W(53) W(257) 0.14262312402077224
     W(53) W(263) 0.073835348607378726
     W(53) W(269) 0.025603050550692473
     W(53) W(275) 0.64479998050193577
     W(53) W(281) 0.49637873913458802
     W(53) W(287) 0.35116962655957751
     W(53) W(293) 0.70333656731043837
     W(53) W(299) 0.52238056363100493
     W(53) W(305) 0.41645705268162336
     W(53) W(311) 0.70233470790397612
     W(53) W(317) 0.63918754072784134
     W(53) W(323) 0.62906415733011756
     W(54) W(54) 10.960909727505239
     W(55) W(55) 10.960909727505239
     W(56) W(56) 10.960909727505239
     W(57) W(57) 10.960909727505239
     W(58) W(58) 10.960909727505239
     W(59) W(59) 10.960909727505239
     W(60) W(60) 10.960909727505239
     W(61) W(61) 10.960909727505239
     W(62) W(62) 10.960909727505239
     W(63) W(63) 10.960909727505239
     W(64) W(64) 10.960909727505239
     W(65) W(65) 10.960909727505239
     W(66) W(66) 10.960909727505239
     W(67) W(67) 10.960909727505239
     W(68) W(68) 10.960909727505239
     W(69) W(69) 10.960909727505239
     W(70) W(70) 10.960909727505239
     W(71) W(71) 10.960909727505239
     W(72) W(72) 10.960909727505239
     W(73) W(73) 10.960909727505239
     W(74) W(74) 10.960909727505239
     W(75) W(75) 10.960909727505239
     W(76) W(76) 10.960909727505239
     W(77) W(77) 10.960909727505239
     W(78) W(78) 10.960909727505239
     W(79) W(79) 10.960909727505239
     W(80) W(80) 10.960909727505239
     W(81) W(81) 10.960909727505239
     W(82) W(82) 10.960909727505239
     W(83) W(83) 10.960909727505239
     W(84) W(84) 10.960909727505239
     W(85) W(85) 10.960909727505239
     W(86) W(86) 10.960909727505239
     W(87) W(87) 10.960909727505239
     W(88) W(88) 10.960909727505239
     W(89) W(89) 10.960909727505239
     W(90) W(90) 10.960909727505239
     W(91) W(91) 10.960909727505239
     W(92) W(92) 10.960909727505239
     W(93) W(93) 10.960909727505239
     W(94) W(94) 10.960909727505239
     W(95) W(95) 10.960909727505239
     W(96) W(96) 10.960909727505239
     W(97) W(97) 10.960909727505239
     W(98) W(98) 10.960909727505239
     W(99) W(99) 10.960909727505239
     W(100) W(100) 10.960909727505239
     W(101) W(101) 10.960909727505239
     W(102) W(102) 10.960909727505239
     W(103) W(103) 10.960909727505239
     W(104) W(104) 10.960909727505239
     W(105) W(105) 10.960909727505239
     W(106) W(106) 10.960909727505239
     W(107) W(107) 10.960909727505239
     W(108) W(108) 11.449347382409684
     W(108) W(114) 0.25449702912030714
     W(108) W(120) 0.16772915739467673
     W(108) W(126) 0.23806422933764196
     W(108) W(132) 0.096993030582303186
     W(108) W(138) 0.1369298199613754
     W(108) W(144) 0.083165064120810372
     W(108) W(150) 0.092299333327332436
     W(108) W(156) 0.17888338309268037
     W(108) W(216) 0.045396334163248675
     W(108) W(222) 0.030272360401076365
     W(108) W(228) 0.082185719148192532
     W(108) W(234) 0.27643882524712571
     W(108) W(240) 0.2632514514641871
     W(108) W(246) 0.26617087404888401
     W(108) W(252) 0.35949634039309891
     W(108) W(258) 0.33971018026219763
     W(108) W(264) 0.2493668980286077
     W(108) W(270) 1.1027147734563698
     W(108) W(276) 1.1235604596759021
     W(108) W(282) 0.88371817785146711
     W(108) W(288) 1.0822732222214548
     W(108) W(294) 1.0624218676959538
     W(108) W(300) 0.77290018694845364
     W(108) W(306) 0.90108493998783346
     W(108) W(312) 0.88059091147194291
     W(108) W(318) 0.66295505913491826
     W(109) W(109) 11.449347382409684
     W(109) W(115) 0.25449702912030714
     W(109) W(121) 0.16772915739467673
     W(109) W(127) 0.23806422933764196
     W(109) W(133) 0.096993030582303186
     W(109) W(139) 0.1369298199613754
     W(109) W(145) 0.083165064120810372
     W(109) W(151) 0.092299333327332436
     W(109) W(157) 0.17888338309268037
     W(109) W(217) 0.045396334163248675
     W(109) W(223) 0.030272360401076365
     W(109) W(229) 0.082185719148192532
     W(109) W(235) 0.27643882524712571
     W(109) W(241) 0.2632514514641871
     W(109) W(247) 0.26617087404888401
     W(109) W(253) 0.35949634039309891
     W(109) W(259) 0.33971018026219763
     W(109) W(265) 0.2493668980286077
     W(109) W(271) 1.1027147734563698
     W(109) W(277) 1.1235604596759021
     W(109) W(283) 0.88371817785146711
     W(109) W(289) 1.0822732222214548
     W(109) W(295) 1.0624218676959538
     W(109) W(301) 0.77290018694845364
     W(109) W(307) 0.90108493998783346
     W(109) W(313) 0.88059091147194291
     W(109) W(319) 0.66295505913491826
     W(110) W(110) 11.449347382409684
     W(110) W(116) 0.25449702912030714
     W(110) W(122) 0.16772915739467673
     W(110) W(128) 0.23806422933764196
     W(110) W(134) 0.096993030582303186
     W(110) W(140) 0.1369298199613754
     W(110) W(146) 0.083165064120810372
     W(110) W(152) 0.092299333327332436
     W(110) W(158) 0.17888338309268037
     W(110) W(218) 0.045396334163248675
     W(110) W(224) 0.030272360401076365
     W(110) W(230) 0.082185719148192532
     W(110) W(236) 0.27643882524712571
     W(110) W(242) 0.2632514514641871
     W(110) W(248) 0.26617087404888401
     W(110) W(254) 0.35949634039309891
     W(110) W(260) 0.33971018026219763
     W(110) W(266) 0.2493668980286077
     W(110) W(272) 1.1027147734563698
     W(110) W(278) 1.1235604596759021
     W(110) W(284) 0.88371817785146711
     W(110) W(290) 1.0822732222214548
     W(110) W(296) 1.0624218676959538
     W(110) W(302) 0.77290018694845364
     W(110) W(308) 0.90108493998783346
     W(110) W(314) 0.88059091147194291
     W(110) W(320) 0.66295505913491826
     W(111) W(111) 11.449347382409684
     W(111) W(117) 0.25449702912030714
     W(111) W(123) 0.16772915739467673
     W(111) W(129) 0.23806422933764196
     W(111) W(135) 0.096993030582303186
     W(111) W(141) 0.1369298199613754
     W(111) W(147) 0.083165064120810372
     W(111) W(153) 0.092299333327332436
     W(111) W(159) 0.17888338309268037
     W(111) W(219) 0.045396334163248675
     W(111) W(225) 0.030272360401076365
     W(111) W(231) 0.082185719148192532
     W(111) W(237) 0.27643882524712571
     W(111) W(243) 0.2632514514641871
     W(111) W(249) 0.26617087404888401
     W(111) W(255) 0.35949634039309891
     W(111) W(261) 0.33971018026219763
     W(111) W(267) 0.2493668980286077
     W(111) W(273) 1.1027147734563698
     W(111) W(279) 1.1235604596759021
     W(111) W(285) 0.88371817785146711
     W(111) W(291) 1.0822732222214548
     W(111) W(297) 1.0624218676959538
     W(111) W(303) 0.77290018694845364
     W(111) W(309) 0.90108493998783346
     W(111) W(315) 0.88059091147194291
     W(111) W(321) 0.66295505913491826
     W(112) W(112) 11.449347382409684
     W(112) W(118) 0.25449702912030714
     W(112) W(124) 0.16772915739467673
     W(112) W(130) 0.23806422933764196
     W(112) W(136) 0.096993030582303186
     W(112) W(142) 0.1369298199613754
     W(112) W(148) 0.083165064120810372
     W(112) W(154) 0.092299333327332436
     W(112) W(160) 0.17888338309268037
     W(112) W(220) 0.045396334163248675
     W(112) W(226) 0.030272360401076365
     W(112) W(232) 0.082185719148192532
     W(112) W(238) 0.27643882524712571
     W(112) W(244) 0.2632514514641871
     W(112) W(250) 0.26617087404888401
     W(112) W(256) 0.35949634039309891
     W(112) W(262) 0.33971018026219763
     W(112) W(268) 0.2493668980286077
     W(112) W(274) 1.1027147734563698
     W(112) W(280) 1.1235604596759021
     W(112) W(286) 0.88371817785146711
     W(112) W(292) 1.0822732222214548
     W(112) W(298) 1.0624218676959538
     W(112) W(304) 0.77290018694845364
     W(112) W(310) 0.90108493998783346
     W(112) W(316) 0.88059091147194291
     W(112) W(322) 0.66295505913491826
     W(113) W(113) 11.449347382409684
     W(113) W(119) 0.25449702912030714
     W(113) W(125) 0.16772915739467673
     W(113) W(131) 0.23806422933764196
     W(113) W(137) 0.096993030582303186
     W(113) W(143) 0.1369298199613754
     W(113) W(149) 0.083165064120810372
     W(113) W(155) 0.092299333327332436
     W(113) W(161) 0.17888338309268037
     W(113) W(221) 0.045396334163248675
     W(113) W(227) 0.030272360401076365
     W(113) W(233) 0.082185719148192532
     W(113) W(239) 0.27643882524712571
     W(113) W(245) 0.2632514514641871
     W(113) W(251) 0.26617087404888401
     W(113) W(257) 0.35949634039309891
     W(113) W(263) 0.33971018026219763
     W(113) W(269) 0.2493668980286077
     W(113) W(275) 1.1027147734563698
     W(113) W(281) 1.1235604596759021
     W(113) W(287) 0.88371817785146711
     W(113) W(293) 1.0822732222214548
     W(113) W(299) 1.0624218676959538
     W(113) W(305) 0.77290018694845364
     W(113) W(311) 0.90108493998783346
     W(113) W(317) 0.88059091147194291
     W(113) W(323) 0.66295505913491826
     W(114) W(114) 11.522802796026893
     W(114) W(120) 0.26862054495372401
     W(114) W(126) 0.17704526902921372
     W(114) W(132) 0.29787750198249102
     W(114) W(138) 0.11105624261431558
     W(114) W(144) 0.11840503197432736
     W(114) W(150) 0.14736294484513829
     W(114) W(156) 0.091824929912638326
     W(114) W(216) 0.12890056791833382
     W(114) W(222) 0.096720816922763728
     W(114) W(228) 0.060088288495630235
     W(114) W(234) 0.3243409383882177
     W(114) W(240) 0.39136002277324733
     W(114) W(246) 0.35267702164863296
     W(114) W(252) 0.34804550911015936
     W(114) W(258) 0.43082004505756194
     W(114) W(264) 0.39560696574799675
     W(114) W(270) 1.1266746093277318
     W(114) W(276) 1.2282843101803076
     W(114) W(282) 1.2104189904937883
     W(114) W(288) 1.0265008940467415
     W(114) W(294) 1.1272362132727478
     W(114) W(300) 1.1031654405160503
     W(114) W(306) 0.83023417427887847
     W(114) W(312) 0.91865199381168261
     W(114) W(318) 0.84636360414191758
     W(115) W(115) 11.522802796026893
     W(115) W(121) 0.26862054495372401
     W(115) W(127) 0.17704526902921372
     W(115) W(133) 0.29787750198249102
     W(115) W(139) 0.11105624261431558
     W(115) W(145) 0.11840503197432736
     W(115) W(151) 0.14736294484513829
     W(115) W(157) 0.091824929912638326
     W(115) W(217) 0.12890056791833382
     W(115) W(223) 0.096720816922763728
     W(115) W(229) 0.060088288495630235
     W(115) W(235) 0.3243409383882177
     W(115) W(241) 0.39136002277324733
     W(115) W(247) 0.35267702164863296
     W(115) W(253) 0.34804550911015936
     W(115) W(259) 0.43082004505756194
     W(115) W(265) 0.39560696574799675
     W(115) W(271) 1.1266746093277318
     W(115) W(277) 1.2282843101803076
     W(115) W(283) 1.2104189904937883
     W(115) W(289) 1.0265008940467415
     W(115) W(295) 1.1272362132727478
     W(115) W(301) 1.1031654405160503
     W(115) W(307) 0.83023417427887847
     W(115) W(313) 0.91865199381168261
     W(115) W(319) 0.84636360414191758
     W(116) W(116) 11.522802796026893
     W(116) W(122) 0.26862054495372401
     W(116) W(128) 0.17704526902921372
     W(116) W(134) 0.29787750198249102
     W(116) W(140) 0.11105624261431558
     W(116) W(146) 0.11840503197432736
     W(116) W(152) 0.14736294484513829
     W(116) W(158) 0.091824929912638326
     W(116) W(218) 0.12890056791833382
     W(116) W(224) 0.096720816922763728
     W(116) W(230) 0.060088288495630235
     W(116) W(236) 0.3243409383882177
     W(116) W(242) 0.39136002277324733
     W(116) W(248) 0.35267702164863296
     W(116) W(254) 0.34804550911015936
     W(116) W(260) 0.43082004505756194
     W(116) W(266) 0.39560696574799675
     W(116) W(272) 1.1266746093277318
     W(116) W(278) 1.2282843101803076
     W(116) W(284) 1.2104189904937883
     W(116) W(290) 1.0265008940467415
     W(116) W(296) 1.1272362132727478
     W(116) W(302) 1.1031654405160503
     W(116) W(308) 0.83023417427887847
     W(116) W(314) 0.91865199381168261
     W(116) W(320) 0.84636360414191758
     W(117) W(117) 11.522802796026893
     W(117) W(123) 0.26862054495372401
     W(117) W(129) 0.17704526902921372
     W(117) W(135) 0.29787750198249102
     W(117) W(141) 0.11105624261431558
     W(117) W(147) 0.11840503197432736
     W(117) W(153) 0.14736294484513829
     W(117) W(159) 0.091824929912638326
     W(117) W(219) 0.12890056791833382
     W(117) W(225) 0.096720816922763728
     W(117) W(231) 0.060088288495630235
     W(117) W(237) 0.3243409383882177
     W(117) W(243) 0.39136002277324733
     W(117) W(249) 0.35267702164863296
     W(117) W(255) 0.34804550911015936
     W(117) W(261) 0.43082004505756194
     W(117) W(267) 0.39560696574799675
     W(117) W(273) 1.1266746093277318
     W(117) W(279) 1.2282843101803076
     W(117) W(285) 1.2104189904937883
     W(117) W(291) 1.0265008940467415
     W(117) W(297) 1.1272362132727478
     W(117) W(303) 1.1031654405160503
     W(117) W(309) 0.83023417427887847
     W(117) W(315) 0.91865199381168261
     W(117) W(321) 0.84636360414191758
     W(118) W(118) 11.522802796026893
     W(118) W(124) 0.26862054495372401
     W(118) W(130) 0.17704526902921372
     W(118) W(136) 0.29787750198249102
     W(118) W(142) 0.11105624261431558
     W(118) W(148) 0.11840503197432736
     W(118) W(154) 0.14736294484513829
     W(118) W(160) 0.091824929912638326
     W(118) W(220) 0.12890056791833382
     W(118) W(226) 0.096720816922763728
     W(118) W(232) 0.060088288495630235
     W(118) W(238) 0.3243409383882177
     W(118) W(244) 0.39136002277324733
     W(118) W(250) 0.35267702164863296
     W(118) W(256) 0.34804550911015936
     W(118) W(262) 0.43082004505756194
     W(118) W(268) 0.39560696574799675
     W(118) W(274) 1.1266746093277318
     W(118) W(280) 1.2282843101803076
     W(118) W(286) 1.2104189904937883
     W(118) W(292) 1.0265008940467415
     W(118) W(298) 1.1272362132727478
     W(118) W(304) 1.1031654405160503
     W(118) W(310) 0.83023417427887847
     W(118) W(316) 0.91865199381168261
     W(118) W(322) 0.84636360414191758
     W(119) W(119) 11.522802796026893
     W(119) W(125) 0.26862054495372401
     W(119) W(131) 0.17704526902921372
     W(119) W(137) 0.29787750198249102
     W(119) W(143) 0.11105624261431558
     W(119) W(149) 0.11840503197432736
     W(119) W(155) 0.14736294484513829
     W(119) W(161) 0.091824929912638326
     W(119) W(221) 0.12890056791833382
     W(119) W(227) 0.096720816922763728
     W(119) W(233) 0.060088288495630235
     W(119) W(239) 0.3243409383882177
     W(119) W(245) 0.39136002277324733
     W(119) W(251) 0.35267702164863296
     W(119) W(257) 0.34804550911015936
     W(119) W(263) 0.43082004505756194
     W(119) W(269) 0.39560696574799675
     W(119) W(275) 1.1266746093277318
     W(119) W(281) 1.2282843101803076
     W(119) W(287) 1.2104189904937883
     W(119) W(293) 1.0265008940467415
     W(119) W(299) 1.1272362132727478
     W(119) W(305) 1.1031654405160503
     W(119) W(311) 0.83023417427887847
     W(119) W(317) 0.91865199381168261
     W(119) W(323) 0.84636360414191758
     W(120) W(120) 11.442848878702463
     W(120) W(126) 0.094691095422990271
     W(120) W(132) 0.20392721484912216
     W(120) W(138) 0.26650001619257563
     W(120) W(144) 0.061907692002170785
     W(120) W(150) 0.15461862723645142
     W(120) W(156) 0.16308005667479053
     W(120) W(216) 0.13788227846610346
     W(120) W(222) 0.11192191647267918
     W(120) W(228) 0.091907087568354903
     W(120) W(234) 0.22916909706656641
     W(120) W(240) 0.28310647948333345
     W(120) W(246) 0.33908081700800158
     W(120) W(252) 0.24046385578699273
     W(120) W(258) 0.29683505199617893
     W(120) W(264) 0.36245016584315787
     W(120) W(270) 0.72663120469966658
     W(120) W(276) 0.87264083971331885
     W(120) W(282) 1.0377499431198931
     W(120) W(288) 0.6608800925783106
     W(120) W(294) 0.81566379939382805
     W(120) W(300) 0.98246167042520938
     W(120) W(306) 0.52689449856103709
     W(120) W(312) 0.67603831375448797
     W(120) W(318) 0.83007122119778676
     W(121) W(121) 11.442848878702463
     W(121) W(127) 0.094691095422990271
     W(121) W(133) 0.20392721484912216
     W(121) W(139) 0.26650001619257563
     W(121) W(145) 0.061907692002170785
     W(121) W(151) 0.15461862723645142
     W(121) W(157) 0.16308005667479053
     W(121) W(217) 0.13788227846610346
     W(121) W(223) 0.11192191647267918
     W(121) W(229) 0.091907087568354903
     W(121) W(235) 0.22916909706656641
     W(121) W(241) 0.28310647948333345
     W(121) W(247) 0.33908081700800158
     W(121) W(253) 0.24046385578699273
     W(121) W(259) 0.29683505199617893
     W(121) W(265) 0.36245016584315787
     W(121) W(271) 0.72663120469966658
     W(121) W(277) 0.87264083971331885
     W(121) W(283) 1.0377499431198931
     W(121) W(289) 0.6608800925783106
     W(121) W(295) 0.81566379939382805
     W(121) W(301) 0.98246167042520938
     W(121) W(307) 0.52689449856103709
     W(121) W(313) 0.67603831375448797
     W(121) W(319) 0.83007122119778676
     W(122) W(122) 11.442848878702463
     W(122) W(128) 0.094691095422990271
     W(122) W(134) 0.20392721484912216
     W(122) W(140) 0.26650001619257563
     W(122) W(146) 0.061907692002170785
     W(122) W(152) 0.15461862723645142
     W(122) W(158) 0.16308005667479053
     W(122) W(218) 0.13788227846610346
     W(122) W(224) 0.11192191647267918
     W(122) W(230) 0.091907087568354903
     W(122) W(236) 0.22916909706656641
     W(122) W(242) 0.28310647948333345
     W(122) W(248) 0.33908081700800158
     W(122) W(254) 0.24046385578699273
     W(122) W(260) 0.29683505199617893
     W(122) W(266) 0.36245016584315787
     W(122) W(272) 0.72663120469966658
     W(122) W(278) 0.87264083971331885
     W(122) W(284) 1.0377499431198931
     W(122) W(290) 0.6608800925783106
     W(122) W(296) 0.81566379939382805
     W(122) W(302) 0.98246167042520938
     W(122) W(308) 0.52689449856103709
     W(122) W(314) 0.67603831375448797
     W(122) W(320) 0.83007122119778676
     W(123) W(123) 11.442848878702463
     W(123) W(129) 0.094691095422990271
     W(123) W(135) 0.20392721484912216
     W(123) W(141) 0.26650001619257563
     W(123) W(147) 0.061907692002170785
     W(123) W(153) 0.15461862723645142
     W(123) W(159) 0.16308005667479053
     W(123) W(219) 0.13788227846610346
     W(123) W(225) 0.11192191647267918
     W(123) W(231) 0.091907087568354903
     W(123) W(237) 0.22916909706656641
     W(123) W(243) 0.28310647948333345
     W(123) W(249) 0.33908081700800158
     W(123) W(255) 0.24046385578699273
     W(123) W(261) 0.29683505199617893
     W(123) W(267) 0.36245016584315787
     W(123) W(273) 0.72663120469966658
     W(123) W(279) 0.87264083971331885
     W(123) W(285) 1.0377499431198931
     W(123) W(291) 0.6608800925783106
     W(123) W(297) 0.81566379939382805
     W(123) W(303) 0.98246167042520938
     W(123) W(309) 0.52689449856103709
     W(123) W(315) 0.67603831375448797
     W(123) W(321) 0.83007122119778676
     W(124) W(124) 11.442848878702463
     W(124) W(130) 0.094691095422990271
     W(124) W(136) 0.20392721484912216
     W(124) W(142) 0.26650001619257563
     W(124) W(148) 0.061907692002170785
     W(124) W(154) 0.15461862723645142
     W(124) W(160) 0.16308005667479053
     W(124) W(220) 0.13788227846610346
     W(124) W(226) 0.11192191647267918
     W(124) W(232) 0.091907087568354903
     W(124) W(238) 0.22916909706656641
     W(124) W(244) 0.28310647948333345
     W(124) W(250) 0.33908081700800158
     W(124) W(256) 0.24046385578699273
     W(124) W(262) 0.29683505199617893
     W(124) W(268) 0.36245016584315787
     W(124) W(274) 0.72663120469966658
     W(124) W(280) 0.87264083971331885
     W(124) W(286) 1.0377499431198931
     W(124) W(292) 0.6608800925783106
     W(124) W(298) 0.81566379939382805
     W(124) W(304) 0.98246167042520938
     W(124) W(310) 0.52689449856103709
     W(124) W(316) 0.67603831375448797
     W(124) W(322) 0.83007122119778676
     W(125) W(125) 11.442848878702463
     W(125) W(131) 0.094691095422990271
     W(125) W(137) 0.20392721484912216
     W(125) W(143) 0.26650001619257563
     W(125) W(149) 0.061907692002170785
     W(125) W(155) 0.15461862723645142
     W(125) W(161) 0.16308005667479053
     W(125) W(221) 0.13788227846610346
     W(125) W(227) 0.11192191647267918
     W(125) W(233) 0.091907087568354903
     W(125) W(239) 0.22916909706656641
     W(125) W(245) 0.28310647948333345
     W(125) W(251) 0.33908081700800158
     W(125) W(257) 0.24046385578699273
     W(125) W(263) 0.29683505199617893
     W(125) W(269) 0.36245016584315787
     W(125) W(275) 0.72663120469966658
     W(125) W(281) 0.87264083971331885
     W(125) W(287) 1.0377499431198931
     W(125) W(293) 0.6608800925783106
     W(125) W(299) 0.81566379939382805
     W(125) W(305) 0.98246167042520938
     W(125) W(311) 0.52689449856103709
     W(125) W(317) 0.67603831375448797
     W(125) W(323) 0.83007122119778676
     W(126) W(126) 11.382777726659317
     W(126) W(132) 0.21156420511237389
     W(126) W(138) 0.14696124234369387
     W(126) W(144) 0.1852500267826554
     W(126) W(150) 0.087721578653863444
     W(126) W(156) 0.14122584412306238
     W(126) W(216) 0.103824208950643
     W(126) W(222) 0.071812743543997165
     W(126) W(228) 0.056063898848474666
     W(126) W(234) 0.063853006079716099
     W(126) W(240) 0.032190604877109896
     W(126) W(246) 0.088129198210292206
     W(126) W(252) 0.35347938019144248
     W(126) W(258) 0.32480703126722932
     W(126) W(264) 0.27658258442347322
     W(126) W(270) 0.66777885439221574
     W(126) W(276) 0.66529887727908721
     W(126) W(282) 0.60048006094066964
     W(126) W(288) 1.0415979753725997
     W(126) W(294) 1.0661125274213086
     W(126) W(300) 0.88799202403736521
     W(126) W(306) 0.96739714363647999
     W(126) W(312) 0.98803000515475148
     W(126) W(318) 0.77539577088055889
     W(127) W(127) 11.382777726659317
     W(127) W(133) 0.21156420511237389
     W(127) W(139) 0.14696124234369387
     W(127) W(145) 0.1852500267826554
     W(127) W(151) 0.087721578653863444
     W(127) W(157) 0.14122584412306238
     W(127) W(217) 0.103824208950643
     W(127) W(223) 0.071812743543997165
     W(127) W(229) 0.056063898848474666
     W(127) W(235) 0.063853006079716099
     W(127) W(241) 0.032190604877109896
     W(127) W(247) 0.088129198210292206
     W(127) W(253) 0.35347938019144248
     W(127) W(259) 0.32480703126722932
     W(127) W(265) 0.27658258442347322
     W(127) W(271) 0.66777885439221574
     W(127) W(277) 0.66529887727908721
     W(127) W(283) 0.60048006094066964
     W(127) W(289) 1.0415979753725997
     W(127) W(295) 1.0661125274213086
     W(127) W(301) 0.88799202403736521
     W(127) W(307) 0.96739714363647999
     W(127) W(313) 0.98803000515475148
     W(127) W(319) 0.77539577088055889
     W(128) W(128) 11.382777726659317
     W(128) W(134) 0.21156420511237389
     W(128) W(140) 0.14696124234369387
     W(128) W(146) 0.1852500267826554
     W(128) W(152) 0.087721578653863444
     W(128) W(158) 0.14122584412306238
     W(128) W(218) 0.103824208950643
     W(128) W(224) 0.071812743543997165
     W(128) W(230) 0.056063898848474666
     W(128) W(236) 0.063853006079716099
     W(128) W(242) 0.032190604877109896
     W(128) W(248) 0.088129198210292206
     W(128) W(254) 0.35347938019144248
     W(128) W(260) 0.32480703126722932
     W(128) W(266) 0.27658258442347322
     W(128) W(272) 0.66777885439221574
     W(128) W(278) 0.66529887727908721
     W(128) W(284) 0.60048006094066964
     W(128) W(290) 1.0415979753725997
     W(128) W(296) 1.0661125274213086
     W(128) W(302) 0.88799202403736521
     W(128) W(308) 0.96739714363647999
     W(128) W(314) 0.98803000515475148
     W(128) W(320) 0.77539577088055889
     W(129) W(129) 11.382777726659317
     W(129) W(135) 0.21156420511237389
     W(129) W(141) 0.14696124234369387
     W(129) W(147) 0.1852500267826554
     W(129) W(153) 0.087721578653863444
     W(129) W(159) 0.14122584412306238
     W(129) W(219) 0.103824208950643
     W(129) W(225) 0.071812743543997165
     W(129) W(231) 0.056063898848474666
     W(129) W(237) 0.063853006079716099
     W(129) W(243) 0.032190604877109896
     W(129) W(249) 0.088129198210292206
     W(129) W(255) 0.35347938019144248
     W(129) W(261) 0.32480703126722932
     W(129) W(267) 0.27658258442347322
     W(129) W(273) 0.66777885439221574
     W(129) W(279) 0.66529887727908721
     W(129) W(285) 0.60048006094066964
     W(129) W(291) 1.0415979753725997
     W(129) W(297) 1.0661125274213086
     W(129) W(303) 0.88799202403736521
     W(129) W(309) 0.96739714363647999
     W(129) W(315) 0.98803000515475148
     W(129) W(321) 0.77539577088055889
     W(130) W(130) 11.382777726659317
     W(130) W(136) 0.21156420511237389
     W(130) W(142) 0.14696124234369387
     W(130) W(148) 0.1852500267826554
     W(130) W(154) 0.087721578653863444
     W(130) W(160) 0.14122584412306238
     W(130) W(220) 0.103824208950643
     W(130) W(226) 0.071812743543997165
     W(130) W(232) 0.056063898848474666
     W(130) W(238) 0.063853006079716099
     W(130) W(244) 0.032190604877109896
     W(130) W(250) 0.088129198210292206
     W(130) W(256) 0.35347938019144248
     W(130) W(262) 0.32480703126722932
     W(130) W(268) 0.27658258442347322
     W(130) W(274) 0.66777885439221574
     W(130) W(280) 0.66529887727908721
     W(130) W(286) 0.60048006094066964
     W(130) W(292) 1.0415979753725997
     W(130) W(298) 1.0661125274213086
     W(130) W(304) 0.88799202403736521
     W(130) W(310) 0.96739714363647999
     W(130) W(316) 0.98803000515475148
     W(130) W(322) 0.77539577088055889
     W(131) W(131) 11.382777726659317
     W(131) W(137) 0.21156420511237389
     W(131) W(143) 0.14696124234369387
     W(131) W(149) 0.1852500267826554
     W(131) W(155) 0.087721578653863444
     W(131) W(161) 0.14122584412306238
     W(131) W(221) 0.103824208950643
     W(131) W(227) 0.071812743543997165
     W(131) W(233) 0.056063898848474666
     W(131) W(239) 0.063853006079716099
     W(131) W(245) 0.032190604877109896
     W(131) W(251) 0.088129198210292206
     W(131) W(257) 0.35347938019144248
     W(131) W(263) 0.32480703126722932
     W(131) W(269) 0.27658258442347322
     W(131) W(275) 0.66777885439221574
     W(131) W(281) 0.66529887727908721
     W(131) W(287) 0.60048006094066964
     W(131) W(293) 1.0415979753725997
     W(131) W(299) 1.0661125274213086
     W(131) W(305) 0.88799202403736521
     W(131) W(311) 0.96739714363647999
     W(131) W(317) 0.98803000515475148
     W(131) W(323) 0.77539577088055889
     W(132) W(132) 11.470009506490534
     W(132) W(138) 0.21090131925144417
     W(132) W(144) 0.13164904272572134
     W(132) W(150) 0.26355707805328915
     W(132) W(156) 0.095160726286799502
     W(132) W(216) 0.12330339271112441
     W(132) W(222) 0.15135662596226568
     W(132) W(228) 0.10976180412409363
     W(132) W(234) 0.15583014058109246
     W(132) W(240) 0.11598018592728937
     W(132) W(246) 0.05791053934671158
     W(132) W(252) 0.37543545471452505
     W(132) W(258) 0.40168605202954522
     W(132) W(264) 0.36383571403827869
     W(132) W(270) 0.88436632939967807
     W(132) W(276) 0.8187819132980777
     W(132) W(282) 0.74545909634096008
     W(132) W(288) 1.0942979441885108
     W(132) W(294) 1.1615511062893666
     W(132) W(300) 1.1354308288079553
     W(132) W(306) 0.96250034376761917
     W(132) W(312) 1.071438587162622
     W(132) W(318) 1.0284572152777511
     W(133) W(133) 11.470009506490534
     W(133) W(139) 0.21090131925144417
     W(133) W(145) 0.13164904272572134
     W(133) W(151) 0.26355707805328915
     W(133) W(157) 0.095160726286799502
     W(133) W(217) 0.12330339271112441
     W(133) W(223) 0.15135662596226568
     W(133) W(229) 0.10976180412409363
     W(133) W(235) 0.15583014058109246
     W(133) W(241) 0.11598018592728937
     W(133) W(247) 0.05791053934671158
     W(133) W(253) 0.37543545471452505
     W(133) W(259) 0.40168605202954522
     W(133) W(265) 0.36383571403827869
     W(133) W(271) 0.88436632939967807
     W(133) W(277) 0.8187819132980777
     W(133) W(283) 0.74545909634096008
     W(133) W(289) 1.0942979441885108
     W(133) W(295) 1.1615511062893666
     W(133) W(301) 1.1354308288079553
     W(133) W(307) 0.96250034376761917
     W(133) W(313) 1.071438587162622
     W(133) W(319) 1.0284572152777511
     W(134) W(134) 11.470009506490534
     W(134) W(140) 0.21090131925144417
     W(134) W(146) 0.13164904272572134
     W(134) W(152) 0.26355707805328915
     W(134) W(158) 0.095160726286799502
     W(134) W(218) 0.12330339271112441
     W(134) W(224) 0.15135662596226568
     W(134) W(230) 0.10976180412409363
     W(134) W(236) 0.15583014058109246
     W(134) W(242) 0.11598018592728937
     W(134) W(248) 0.05791053934671158
     W(134) W(254) 0.37543545471452505
     W(134) W(260) 0.40168605202954522
     W(134) W(266) 0.36383571403827869
     W(134) W(272) 0.88436632939967807
     W(134) W(278) 0.8187819132980777
     W(134) W(284) 0.74545909634096008
     W(134) W(290) 1.0942979441885108
     W(134) W(296) 1.1615511062893666
     W(134) W(302) 1.1354308288079553
     W(134) W(308) 0.96250034376761917
     W(134) W(314) 1.071438587162622
     W(134) W(320) 1.0284572152777511
     W(135) W(135) 11.470009506490534
     W(135) W(141) 0.21090131925144417
     W(135) W(147) 0.13164904272572134
     W(135) W(153) 0.26355707805328915
     W(135) W(159) 0.095160726286799502
     W(135) W(219) 0.12330339271112441
     W(135) W(225) 0.15135662596226568
     W(135) W(231) 0.10976180412409363
     W(135) W(237) 0.15583014058109246
     W(135) W(243) 0.11598018592728937
     W(135) W(249) 0.05791053934671158
     W(135) W(255) 0.37543545471452505
     W(135) W(261) 0.40168605202954522
     W(135) W(267) 0.36383571403827869
     W(135) W(273) 0.88436632939967807
     W(135) W(279) 0.8187819132980777
     W(135) W(285) 0.74545909634096008
     W(135) W(291) 1.0942979441885108
     W(135) W(297) 1.1615511062893666
     W(135) W(303) 1.1354308288079553
     W(135) W(309) 0.96250034376761917
     W(135) W(315) 1.071438587162622
     W(135) W(321) 1.0284572152777511
     W(136) W(136) 11.470009506490534
     W(136) W(142) 0.21090131925144417
     W(136) W(148) 0.13164904272572134
     W(136) W(154) 0.26355707805328915
     W(136) W(160) 0.095160726286799502
     W(136) W(220) 0.12330339271112441
     W(136) W(226) 0.15135662596226568
     W(136) W(232) 0.10976180412409363
     W(136) W(238) 0.15583014058109246
     W(136) W(244) 0.11598018592728937
     W(136) W(250) 0.05791053934671158
     W(136) W(256) 0.37543545471452505
     W(136) W(262) 0.40168605202954522
     W(136) W(268) 0.36383571403827869
     W(136) W(274) 0.88436632939967807
     W(136) W(280) 0.8187819132980777
     W(136) W(286) 0.74545909634096008
     W(136) W(292) 1.0942979441885108
     W(136) W(298) 1.1615511062893666
     W(136) W(304) 1.1354308288079553
     W(136) W(310) 0.96250034376761917
     W(136) W(316) 1.071438587162622
     W(136) W(322) 1.0284572152777511
     W(137) W(137) 11.470009506490534
     W(137) W(143) 0.21090131925144417
     W(137) W(149) 0.13164904272572134
     W(137) W(155) 0.26355707805328915
     W(137) W(161) 0.095160726286799502
     W(137) W(221) 0.12330339271112441
     W(137) W(227) 0.15135662596226568
     W(137) W(233) 0.10976180412409363
     W(137) W(239) 0.15583014058109246
     W(137) W(245) 0.11598018592728937
     W(137) W(251) 0.05791053934671158
     W(137) W(257) 0.37543545471452505
     W(137) W(263) 0.40168605202954522
     W(137) W(269) 0.36383571403827869
     W(137) W(275) 0.88436632939967807
     W(137) W(281) 0.8187819132980777
     W(137) W(287) 0.74545909634096008
     W(137) W(293) 1.0942979441885108
     W(137) W(299) 1.1615511062893666
     W(137) W(305) 1.1354308288079553
     W(137) W(311) 0.96250034376761917
     W(137) W(317) 1.071438587162622
     W(137) W(323) 1.0284572152777511
     W(138) W(138) 11.368357979805683
     W(138) W(144) 0.084019171128992098
     W(138) W(150) 0.13469600041443389
     W(138) W(156) 0.28080797250342454
     W(138) W(216) 0.086546818024400896
     W(138) W(222) 0.072626512867193752
     W(138) W(228) 0.084762811535782148
     W(138) W(234) 0.12594419575785121
     W(138) W(240) 0.086452048011719906
     W(138) W(246) 0.080401126212759258
     W(138) W(252) 0.24433801504866237
     W(138) W(258) 0.25240042938098173
     W(138) W(264) 0.29696900327027931
     W(138) W(270) 0.60004793519507238
     W(138) W(276) 0.61185030134908269
     W(138) W(282) 0.59994458904729087
     W(138) W(288) 0.7024538261121005
     W(138) W(294) 0.8082475557541049
     W(138) W(300) 0.91408534563922483
     W(138) W(306) 0.63590466912716637
     W(138) W(312) 0.76169174480571034
     W(138) W(318) 0.89187699918133623
     W(139) W(139) 11.368357979805683
     W(139) W(145) 0.084019171128992098
     W(139) W(151) 0.13469600041443389
     W(139) W(157) 0.28080797250342454
     W(139) W(217) 0.086546818024400896
     W(139) W(223) 0.072626512867193752
     W(139) W(229) 0.084762811535782148
     W(139) W(235) 0.12594419575785121
     W(139) W(241) 0.086452048011719906
     W(139) W(247) 0.080401126212759258
     W(139) W(253) 0.24433801504866237
     W(139) W(259) 0.25240042938098173
     W(139) W(265) 0.29696900327027931
     W(139) W(271) 0.60004793519507238
     W(139) W(277) 0.61185030134908269
     W(139) W(283) 0.59994458904729087
     W(139) W(289) 0.7024538261121005
     W(139) W(295) 0.8082475557541049
     W(139) W(301) 0.91408534563922483
     W(139) W(307) 0.63590466912716637
     W(139) W(313) 0.76169174480571034
     W(139) W(319) 0.89187699918133623
     W(140) W(140) 11.368357979805683
     W(140) W(146) 0.084019171128992098
     W(140) W(152) 0.13469600041443389
     W(140) W(158) 0.28080797250342454
     W(140) W(218) 0.086546818024400896
     W(140) W(224) 0.072626512867193752
     W(140) W(230) 0.084762811535782148
     W(140) W(236) 0.12594419575785121
     W(140) W(242) 0.086452048011719906
     W(140) W(248) 0.080401126212759258
     W(140) W(254) 0.24433801504866237
     W(140) W(260) 0.25240042938098173
     W(140) W(266) 0.29696900327027931
     W(140) W(272) 0.60004793519507238
     W(140) W(278) 0.61185030134908269
     W(140) W(284) 0.59994458904729087
     W(140) W(290) 0.7024538261121005
     W(140) W(296) 0.8082475557541049
     W(140) W(302) 0.91408534563922483
     W(140) W(308) 0.63590466912716637
     W(140) W(314) 0.76169174480571034
     W(140) W(320) 0.89187699918133623
     W(141) W(141) 11.368357979805683
     W(141) W(147) 0.084019171128992098
     W(141) W(153) 0.13469600041443389
     W(141) W(159) 0.28080797250342454
     W(141) W(219) 0.086546818024400896
     W(141) W(225) 0.072626512867193752
     W(141) W(231) 0.084762811535782148
     W(141) W(237) 0.12594419575785121
     W(141) W(243) 0.086452048011719906
     W(141) W(249) 0.080401126212759258
     W(141) W(255) 0.24433801504866237
     W(141) W(261) 0.25240042938098173
     W(141) W(267) 0.29696900327027931
     W(141) W(273) 0.60004793519507238
     W(141) W(279) 0.61185030134908269
     W(141) W(285) 0.59994458904729087
     W(141) W(291) 0.7024538261121005
     W(141) W(297) 0.8082475557541049
     W(141) W(303) 0.91408534563922483
     W(141) W(309) 0.63590466912716637
     W(141) W(315) 0.76169174480571034
     W(141) W(321) 0.89187699918133623
     W(142) W(142) 11.368357979805683
     W(142) W(148) 0.084019171128992098
     W(142) W(154) 0.13469600041443389
     W(142) W(160) 0.28080797250342454
     W(142) W(220) 0.086546818024400896
     W(142) W(226) 0.072626512867193752
     W(142) W(232) 0.084762811535782148
     W(142) W(238) 0.12594419575785121
     W(142) W(244) 0.086452048011719906
     W(142) W(250) 0.080401126212759258
     W(142) W(256) 0.24433801504866237
     W(142) W(262) 0.25240042938098173
     W(142) W(268) 0.29696900327027931
     W(142) W(274) 0.60004793519507238
     W(142) W(280) 0.61185030134908269
     W(142) W(286) 0.59994458904729087
     W(142) W(292) 0.7024538261121005
     W(142) W(298) 0.8082475557541049
     W(142) W(304) 0.91408534563922483
     W(142) W(310) 0.63590466912716637
     W(142) W(316) 0.76169174480571034
     W(142) W(322) 0.89187699918133623
     W(143) W(143) 11.368357979805683
     W(143) W(149) 0.084019171128992098
     W(143) W(155) 0.13469600041443389
     W(143) W(161) 0.28080797250342454
     W(143) W(221) 0.086546818024400896
     W(143) W(227) 0.072626512867193752
     W(143) W(233) 0.084762811535782148
     W(143) W(239) 0.12594419575785121
     W(143) W(245) 0.086452048011719906
     W(143) W(251) 0.080401126212759258
     W(143) W(257) 0.24433801504866237
     W(143) W(263) 0.25240042938098173
     W(143) W(269) 0.29696900327027931
     W(143) W(275) 0.60004793519507238
     W(143) W(281) 0.61185030134908269
     W(143) W(287) 0.59994458904729087
     W(143) W(293) 0.7024538261121005
     W(143) W(299) 0.8082475557541049
     W(143) W(305) 0.91408534563922483
     W(143) W(311) 0.63590466912716637
     W(143) W(317) 0.76169174480571034
     W(143) W(323) 0.89187699918133623
     W(144) W(144) 11.244079613302446
     W(144) W(150) 0.13348288271478612
     W(144) W(156) 0.091397958868870768
     W(144) W(216) 0.13959165794013265
     W(144) W(222) 0.14388924443367507
     W(144) W(228) 0.093576855185614885
     W(144) W(234) 0.078468839665867804
     W(144) W(240) 0.079288152400467285
     W(144) W(246) 0.060961407413586008
     W(144) W(252) 0.069932933190825095
     W(144) W(258) 0.039314326946614429
     W(144) W(264) 0.078130143509038255
     W(144) W(270) 0.43959396270079321
     W(144) W(276) 0.38945179104279259
     W(144) W(282) 0.37439366501922211
     W(144) W(288) 0.59416298354414687
     W(144) W(294) 0.54400401402310594
     W(144) W(300) 0.54664367962466487
     W(144) W(306) 0.68717632486635227
     W(144) W(312) 0.69554058040408795
     W(144) W(318) 0.62718610329322222
     W(145) W(145) 11.244079613302446
     W(145) W(151) 0.13348288271478612
     W(145) W(157) 0.091397958868870768
     W(145) W(217) 0.13959165794013265
     W(145) W(223) 0.14388924443367507
     W(145) W(229) 0.093576855185614885
     W(145) W(235) 0.078468839665867804
     W(145) W(241) 0.079288152400467285
     W(145) W(247) 0.060961407413586008
     W(145) W(253) 0.069932933190825095
     W(145) W(259) 0.039314326946614429
     W(145) W(265) 0.078130143509038255
     W(145) W(271) 0.43959396270079321
     W(145) W(277) 0.38945179104279259
     W(145) W(283) 0.37439366501922211
     W(145) W(289) 0.59416298354414687
     W(145) W(295) 0.54400401402310594
     W(145) W(301) 0.54664367962466487
     W(145) W(307) 0.68717632486635227
     W(145) W(313) 0.69554058040408795
     W(145) W(319) 0.62718610329322222
     W(146) W(146) 11.244079613302446
     W(146) W(152) 0.13348288271478612
     W(146) W(158) 0.091397958868870768
     W(146) W(218) 0.13959165794013265
     W(146) W(224) 0.14388924443367507
     W(146) W(230) 0.093576855185614885
     W(146) W(236) 0.078468839665867804
     W(146) W(242) 0.079288152400467285
     W(146) W(248) 0.060961407413586008
     W(146) W(254) 0.069932933190825095
     W(146) W(260) 0.039314326946614429
     W(146) W(266) 0.078130143509038255
     W(146) W(272) 0.43959396270079321
     W(146) W(278) 0.38945179104279259
     W(146) W(284) 0.37439366501922211
     W(146) W(290) 0.59416298354414687
     W(146) W(296) 0.54400401402310594
     W(146) W(302) 0.54664367962466487
     W(146) W(308) 0.68717632486635227
     W(146) W(314) 0.69554058040408795
     W(146) W(320) 0.62718610329322222
     W(147) W(147) 11.244079613302446
     W(147) W(153) 0.13348288271478612
     W(147) W(159) 0.091397958868870768
     W(147) W(219) 0.13959165794013265
     W(147) W(225) 0.14388924443367507
     W(147) W(231) 0.093576855185614885
     W(147) W(237) 0.078468839665867804
     W(147) W(243) 0.079288152400467285
     W(147) W(249) 0.060961407413586008
     W(147) W(255) 0.069932933190825095
     W(147) W(261) 0.039314326946614429
     W(147) W(267) 0.078130143509038255
     W(147) W(273) 0.43959396270079321
     W(147) W(279) 0.38945179104279259
     W(147) W(285) 0.37439366501922211
     W(147) W(291) 0.59416298354414687
     W(147) W(297) 0.54400401402310594
     W(147) W(303) 0.54664367962466487
     W(147) W(309) 0.68717632486635227
     W(147) W(315) 0.69554058040408795
     W(147) W(321) 0.62718610329322222
     W(148) W(148) 11.244079613302446
     W(148) W(154) 0.13348288271478612
     W(148) W(160) 0.091397958868870768
     W(148) W(220) 0.13959165794013265
     W(148) W(226) 0.14388924443367507
     W(148) W(232) 0.093576855185614885
     W(148) W(238) 0.078468839665867804
     W(148) W(244) 0.079288152400467285
     W(148) W(250) 0.060961407413586008
     W(148) W(256) 0.069932933190825095
     W(148) W(262) 0.039314326946614429
     W(148) W(268) 0.078130143509038255
     W(148) W(274) 0.43959396270079321
     W(148) W(280) 0.38945179104279259
     W(148) W(286) 0.37439366501922211
     W(148) W(292) 0.59416298354414687
     W(148) W(298) 0.54400401402310594
     W(148) W(304) 0.54664367962466487
     W(148) W(310) 0.68717632486635227
     W(148) W(316) 0.69554058040408795
     W(148) W(322) 0.62718610329322222
     W(149) W(149) 11.244079613302446
     W(149) W(155) 0.13348288271478612
     W(149) W(161) 0.091397958868870768
     W(149) W(221) 0.13959165794013265
     W(149) W(227) 0.14388924443367507
     W(149) W(233) 0.093576855185614885
     W(149) W(239) 0.078468839665867804
     W(149) W(245) 0.079288152400467285
     W(149) W(251) 0.060961407413586008
     W(149) W(257) 0.069932933190825095
     W(149) W(263) 0.039314326946614429
     W(149) W(269) 0.078130143509038255
     W(149) W(275) 0.43959396270079321
     W(149) W(281) 0.38945179104279259
     W(149) W(287) 0.37439366501922211
     W(149) W(293) 0.59416298354414687
     W(149) W(299) 0.54400401402310594
     W(149) W(305) 0.54664367962466487
     W(149) W(311) 0.68717632486635227
     W(149) W(317) 0.69554058040408795
     W(149) W(323) 0.62718610329322222
     W(150) W(150) 11.380607398899729
     W(150) W(156) 0.18072485086509343
     W(150) W(216) 0.15036156261460817
     W(150) W(222) 0.232718113259853
     W(150) W(228) 0.22251696474630842
     W(150) W(234) 0.14901188617382688
     W(150) W(240) 0.20091889387670875
     W(150) W(246) 0.14910259740212292
     W(150) W(252) 0.16622450292098653
     W(150) W(258) 0.11378184524170308
     W(150) W(264) 0.050218103738199842
     W(150) W(270) 0.79357604587104258
     W(150) W(276) 0.70979569734142822
     W(150) W(282) 0.58990345588637894
     W(150) W(288) 0.9071066055113054
     W(150) W(294) 0.81596055880610219
     W(150) W(300) 0.71500072732661935
     W(150) W(306) 0.91926779607432463
     W(150) W(312) 0.96020372548207278
     W(150) W(318) 0.94192557860917647
     W(151) W(151) 11.380607398899729
     W(151) W(157) 0.18072485086509343
     W(151) W(217) 0.15036156261460817
     W(151) W(223) 0.232718113259853
     W(151) W(229) 0.22251696474630842
     W(151) W(235) 0.14901188617382688
     W(151) W(241) 0.20091889387670875
     W(151) W(247) 0.14910259740212292
     W(151) W(253) 0.16622450292098653
     W(151) W(259) 0.11378184524170308
     W(151) W(265) 0.050218103738199842
     W(151) W(271) 0.79357604587104258
     W(151) W(277) 0.70979569734142822
     W(151) W(283) 0.58990345588637894
     W(151) W(289) 0.9071066055113054
     W(151) W(295) 0.81596055880610219
     W(151) W(301) 0.71500072732661935
     W(151) W(307) 0.91926779607432463
     W(151) W(313) 0.96020372548207278
     W(151) W(319) 0.94192557860917647
     W(152) W(152) 11.380607398899729
     W(152) W(158) 0.18072485086509343
     W(152) W(218) 0.15036156261460817
     W(152) W(224) 0.232718113259853
     W(152) W(230) 0.22251696474630842
     W(152) W(236) 0.14901188617382688
     W(152) W(242) 0.20091889387670875
     W(152) W(248) 0.14910259740212292
     W(152) W(254) 0.16622450292098653
     W(152) W(260) 0.11378184524170308
     W(152) W(266) 0.050218103738199842
     W(152) W(272) 0.79357604587104258
     W(152) W(278) 0.70979569734142822
     W(152) W(284) 0.58990345588637894
     W(152) W(290) 0.9071066055113054
     W(152) W(296) 0.81596055880610219
     W(152) W(302) 0.71500072732661935
     W(152) W(308) 0.91926779607432463
     W(152) W(314) 0.96020372548207278
     W(152) W(320) 0.94192557860917647
     W(153) W(153) 11.380607398899729
     W(153) W(159) 0.18072485086509343
     W(153) W(219) 0.15036156261460817
     W(153) W(225) 0.232718113259853
     W(153) W(231) 0.22251696474630842
     W(153) W(237) 0.14901188617382688
     W(153) W(243) 0.20091889387670875
     W(153) W(249) 0.14910259740212292
     W(153) W(255) 0.16622450292098653
     W(153) W(261) 0.11378184524170308
     W(153) W(267) 0.050218103738199842
     W(153) W(273) 0.79357604587104258
     W(153) W(279) 0.70979569734142822
     W(153) W(285) 0.58990345588637894
     W(153) W(291) 0.9071066055113054
     W(153) W(297) 0.81596055880610219
     W(153) W(303) 0.71500072732661935
     W(153) W(309) 0.91926779607432463
     W(153) W(315) 0.96020372548207278
     W(153) W(321) 0.94192557860917647
     W(154) W(154) 11.380607398899729
     W(154) W(160) 0.18072485086509343
     W(154) W(220) 0.15036156261460817
     W(154) W(226) 0.232718113259853
     W(154) W(232) 0.22251696474630842
     W(154) W(238) 0.14901188617382688
     W(154) W(244) 0.20091889387670875
     W(154) W(250) 0.14910259740212292
     W(154) W(256) 0.16622450292098653
     W(154) W(262) 0.11378184524170308
     W(154) W(268) 0.050218103738199842
     W(154) W(274) 0.79357604587104258
     W(154) W(280) 0.70979569734142822
     W(154) W(286) 0.58990345588637894
     W(154) W(292) 0.9071066055113054
     W(154) W(298) 0.81596055880610219
     W(154) W(304) 0.71500072732661935
     W(154) W(310) 0.91926779607432463
     W(154) W(316) 0.96020372548207278
     W(154) W(322) 0.94192557860917647
     W(155) W(155) 11.380607398899729
     W(155) W(161) 0.18072485086509343
     W(155) W(221) 0.15036156261460817
     W(155) W(227) 0.232718113259853
     W(155) W(233) 0.22251696474630842
     W(155) W(239) 0.14901188617382688
     W(155) W(245) 0.20091889387670875
     W(155) W(251) 0.14910259740212292
     W(155) W(257) 0.16622450292098653
     W(155) W(263) 0.11378184524170308
     W(155) W(269) 0.050218103738199842
     W(155) W(275) 0.79357604587104258
     W(155) W(281) 0.70979569734142822
     W(155) W(287) 0.58990345588637894
     W(155) W(293) 0.9071066055113054
     W(155) W(299) 0.81596055880610219
     W(155) W(305) 0.71500072732661935
     W(155) W(311) 0.91926779607432463
     W(155) W(317) 0.96020372548207278
     W(155) W(323) 0.94192557860917647
     W(156) W(156) 11.399462123424472
     W(156) W(216) 0.10320963740712025
     W(156) W(222) 0.13545288577963335
     W(156) W(228) 0.19033739364197322
     W(156) W(234) 0.10744496554471307
     W(156) W(240) 0.10858629363664496
     W(156) W(246) 0.15597713350173337
     W(156) W(252) 0.17796950142555604
     W(156) W(258) 0.11120240870005868
     W(156) W(264) 0.074288408682044227
     W(156) W(270) 0.60882571478424263
     W(156) W(276) 0.64058680485631114
     W(156) W(282) 0.57460140214982514
     W(156) W(288) 0.71061791644288685
     W(156) W(294) 0.74023854791715471
     W(156) W(300) 0.71499827960840467
     W(156) W(306) 0.7182401565233657
     W(156) W(312) 0.82118278640816522
     W(156) W(318) 0.90720035379164721
     W(157) W(157) 11.399462123424472
     W(157) W(217) 0.10320963740712025
     W(157) W(223) 0.13545288577963335
     W(157) W(229) 0.19033739364197322
     W(157) W(235) 0.10744496554471307
     W(157) W(241) 0.10858629363664496
     W(157) W(247) 0.15597713350173337
     W(157) W(253) 0.17796950142555604
     W(157) W(259) 0.11120240870005868
     W(157) W(265) 0.074288408682044227
     W(157) W(271) 0.60882571478424263
     W(157) W(277) 0.64058680485631114
     W(157) W(283) 0.57460140214982514
     W(157) W(289) 0.71061791644288685
     W(157) W(295) 0.74023854791715471
     W(157) W(301) 0.71499827960840467
     W(157) W(307) 0.7182401565233657
     W(157) W(313) 0.82118278640816522
     W(157) W(319) 0.90720035379164721
     W(158) W(158) 11.399462123424472
     W(158) W(218) 0.10320963740712025
     W(158) W(224) 0.13545288577963335
     W(158) W(230) 0.19033739364197322
     W(158) W(236) 0.10744496554471307
     W(158) W(242) 0.10858629363664496
     W(158) W(248) 0.15597713350173337
     W(158) W(254) 0.17796950142555604
     W(158) W(260) 0.11120240870005868
     W(158) W(266) 0.074288408682044227
     W(158) W(272) 0.60882571478424263
     W(158) W(278) 0.64058680485631114
     W(158) W(284) 0.57460140214982514
     W(158) W(290) 0.71061791644288685
     W(158) W(296) 0.74023854791715471
     W(158) W(302) 0.71499827960840467
     W(158) W(308) 0.7182401565233657
     W(158) W(314) 0.82118278640816522
     W(158) W(320) 0.90720035379164721
     W(159) W(159) 11.399462123424472
     W(159) W(219) 0.10320963740712025
     W(159) W(225) 0.13545288577963335
     W(159) W(231) 0.19033739364197322
     W(159) W(237) 0.10744496554471307
     W(159) W(243) 0.10858629363664496
     W(159) W(249) 0.15597713350173337
     W(159) W(255) 0.17796950142555604
     W(159) W(261) 0.11120240870005868
     W(159) W(267) 0.074288408682044227
     W(159) W(273) 0.60882571478424263
     W(159) W(279) 0.64058680485631114
     W(159) W(285) 0.57460140214982514
     W(159) W(291) 0.71061791644288685
     W(159) W(297) 0.74023854791715471
     W(159) W(303) 0.71499827960840467
     W(159) W(309) 0.7182401565233657
     W(159) W(315) 0.82118278640816522
     W(159) W(321) 0.90720035379164721
     W(160) W(160) 11.399462123424472
     W(160) W(220) 0.10320963740712025
     W(160) W(226) 0.13545288577963335
     W(160) W(232) 0.19033739364197322
     W(160) W(238) 0.10744496554471307
     W(160) W(244) 0.10858629363664496
     W(160) W(250) 0.15597713350173337
     W(160) W(256) 0.17796950142555604
     W(160) W(262) 0.11120240870005868
     W(160) W(268) 0.074288408682044227
     W(160) W(274) 0.60882571478424263
     W(160) W(280) 0.64058680485631114
     W(160) W(286) 0.57460140214982514
     W(160) W(292) 0.71061791644288685
     W(160) W(298) 0.74023854791715471
     W(160) W(304) 0.71499827960840467
     W(160) W(310) 0.7182401565233657
     W(160) W(316) 0.82118278640816522
     W(160) W(322) 0.90720035379164721
     W(161) W(161) 11.399462123424472
     W(161) W(221) 0.10320963740712025
     W(161) W(227) 0.13545288577963335
     W(161) W(233) 0.19033739364197322
     W(161) W(239) 0.10744496554471307
     W(161) W(245) 0.10858629363664496
     W(161) W(251) 0.15597713350173337
     W(161) W(257) 0.17796950142555604
     W(161) W(263) 0.11120240870005868
     W(161) W(269) 0.074288408682044227
     W(161) W(275) 0.60882571478424263
     W(161) W(281) 0.64058680485631114
     W(161) W(287) 0.57460140214982514
     W(161) W(293) 0.71061791644288685
     W(161) W(299) 0.74023854791715471
     W(161) W(305) 0.71499827960840467
     W(161) W(311) 0.7182401565233657
     W(161) W(317) 0.82118278640816522
     W(161) W(323) 0.90720035379164721
     W(162) W(162) 10.960909727505239
     W(163) W(163) 10.960909727505239
     W(164) W(164) 10.960909727505239
     W(165) W(165) 10.960909727505239
     W(166) W(166) 10.960909727505239
     W(167) W(167) 10.960909727505239
     W(168) W(168) 10.960909727505239
     W(169) W(169) 10.960909727505239
     W(170) W(170) 10.960909727505239
     W(171) W(171) 10.960909727505239
     W(172) W(172) 10.960909727505239
     W(173) W(173) 10.960909727505239
     W(174) W(174) 10.960909727505239
     W(175) W(175) 10.960909727505239
     W(176) W(176) 10.960909727505239
     W(177) W(177) 10.960909727505239
     W(178) W(178) 10.960909727505239
     W(179) W(179) 10.960909727505239
     W(180) W(180) 10.960909727505239
     W(181) W(181) 10.960909727505239
     W(182) W(182) 10.960909727505239
     W(183) W(183) 10.960909727505239
     W(184) W(184) 10.960909727505239
     W(185) W(185) 10.960909727505239
     W(186) W(186) 10.960909727505239
     W(187) W(187) 10.960909727505239
     W(188) W(188) 10.960909727505239
     W(189) W(189) 10.960909727505239
     W(190) W(190) 10.960909727505239
     W(191) W(191) 10.960909727505239
     W(192) W(192) 10.960909727505239
     W(193) W(193) 10.960909727505239
     W(194) W(194) 10.960909727505239
     W(195) W(195) 10.960909727505239
     W(196) W(196) 10.960909727505239
     W(197) W(197) 10.960909727505239
     W(198) W(198) 10.960909727505239
     W(199) W(199) 10.960909727505239
     W(200) W(200) 10.960909727505239
     W(201) W(201) 10.960909727505239
     W(202) W(202) 10.960909727505239
     W(203) W(203) 10.960909727505239
     W(204) W(204) 10.960909727505239
     W(205) W(205) 10.960909727505239
     W(206) W(206) 10.960909727505239
     W(207) W(207) 10.960909727505239
     W(208) W(208) 10.960909727505239
     W(209) W(209) 10.960909727505239
     W(210) W(210) 10.960909727505239
     W(211) W(211) 10.960909727505239
     W(212) W(212) 10.960909727505239
     W(213) W(213) 10.960909727505239
     W(214) W(214) 10.960909727505239
     W(215) W(215) 10.960909727505239
     W(216) W(216) 11.64594324956227
     W(216) W(222) 0.58799699059707899
     W(216) W(228) 0.38729038496994483
     W(216) W(234) 0.43762271339232695
     W(216) W(240) 0.38584257077698569
     W(216) W(246) 0.28807664736278854
     W(216) W(252) 0.19440429554722075
     W(216) W(258) 0.23306076266656556
     W(216) W(264) 0.21796978264856043
     W(216) W(270) 0.89328438874234051
     W(216) W(276) 0.93910211457610027
     W(216) W(282) 0.88193875192804816
     W(216) W(288) 0.68323259394385538
     W(216) W(294) 0.76867540704710802
     W(216) W(300) 0.77617245082111419
     W(216) W(306) 0.55991912732986127
     W(216) W(312) 0.63467302236541268
     W(216) W(318) 0.6473145870424738
     W(217) W(217) 11.64594324956227
     W(217) W(223) 0.58799699059707899
     W(217) W(229) 0.38729038496994483
     W(217) W(235) 0.43762271339232695
     W(217) W(241) 0.38584257077698569
     W(217) W(247) 0.28807664736278854
     W(217) W(253) 0.19440429554722075
     W(217) W(259) 0.23306076266656556
     W(217) W(265) 0.21796978264856043
     W(217) W(271) 0.89328438874234051
     W(217) W(277) 0.93910211457610027
     W(217) W(283) 0.88193875192804816
     W(217) W(289) 0.68323259394385538
     W(217) W(295) 0.76867540704710802
     W(217) W(301) 0.77617245082111419
     W(217) W(307) 0.55991912732986127
     W(217) W(313) 0.63467302236541268
     W(217) W(319) 0.6473145870424738
     W(218) W(218) 11.64594324956227
     W(218) W(224) 0.58799699059707899
     W(218) W(230) 0.38729038496994483
     W(218) W(236) 0.43762271339232695
     W(218) W(242) 0.38584257077698569
     W(218) W(248) 0.28807664736278854
     W(218) W(254) 0.19440429554722075
     W(218) W(260) 0.23306076266656556
     W(218) W(266) 0.21796978264856043
     W(218) W(272) 0.89328438874234051
     W(218) W(278) 0.93910211457610027
     W(218) W(284) 0.88193875192804816
     W(218) W(290) 0.68323259394385538
     W(218) W(296) 0.76867540704710802
     W(218) W(302) 0.77617245082111419
     W(218) W(308) 0.55991912732986127
     W(218) W(314) 0.63467302236541268
     W(218) W(320) 0.6473145870424738
     W(219) W(219) 11.64594324956227
     W(219) W(225) 0.58799699059707899
     W(219) W(231) 0.38729038496994483
     W(219) W(237) 0.43762271339232695
     W(219) W(243) 0.38584257077698569
     W(219) W(249) 0.28807664736278854
     W(219) W(255) 0.19440429554722075
     W(219) W(261) 0.23306076266656556
     W(219) W(267) 0.21796978264856043
     W(219) W(273) 0.89328438874234051
     W(219) W(279) 0.93910211457610027
     W(219) W(285) 0.88193875192804816
     W(219) W(291) 0.68323259394385538
     W(219) W(297) 0.76867540704710802
     W(219) W(303) 0.77617245082111419
     W(219) W(309) 0.55991912732986127
     W(219) W(315) 0.63467302236541268
     W(219) W(321) 0.6473145870424738
     W(220) W(220) 11.64594324956227
     W(220) W(226) 0.58799699059707899
     W(220) W(232) 0.38729038496994483
     W(220) W(238) 0.43762271339232695
     W(220) W(244) 0.38584257077698569
     W(220) W(250) 0.28807664736278854
     W(220) W(256) 0.19440429554722075
     W(220) W(262) 0.23306076266656556
     W(220) W(268) 0.21796978264856043
     W(220) W(274) 0.89328438874234051
     W(220) W(280) 0.93910211457610027
     W(220) W(286) 0.88193875192804816
     W(220) W(292) 0.68323259394385538
     W(220) W(298) 0.76867540704710802
     W(220) W(304) 0.77617245082111419
     W(220) W(310) 0.55991912732986127
     W(220) W(316) 0.63467302236541268
     W(220) W(322) 0.6473145870424738
     W(221) W(221) 11.64594324956227
     W(221) W(227) 0.58799699059707899
     W(221) W(233) 0.38729038496994483
     W(221) W(239) 0.43762271339232695
     W(221) W(245) 0.38584257077698569
     W(221) W(251) 0.28807664736278854
     W(221) W(257) 0.19440429554722075
     W(221) W(263) 0.23306076266656556
     W(221) W(269) 0.21796978264856043
     W(221) W(275) 0.89328438874234051
     W(221) W(281) 0.93910211457610027
     W(221) W(287) 0.88193875192804816
     W(221) W(293) 0.68323259394385538
     W(221) W(299) 0.76867540704710802
     W(221) W(305) 0.77617245082111419
     W(221) W(311) 0.55991912732986127
     W(221) W(317) 0.63467302236541268
     W(221) W(323) 0.6473145870424738
     W(222) W(222) 11.750284130182424
     W(222) W(228) 0.63381894033712882
     W(222) W(234) 0.40841317390115195
     W(222) W(240) 0.46793501945611654
     W(222) W(246) 0.43232520745208591
     W(222) W(252) 0.17923775465028674
     W(222) W(258) 0.20629218405364638
     W(222) W(264) 0.2187539691875468
     W(222) W(270) 0.85085047112471079
     W(222) W(276) 0.93599530698885014
     W(222) W(282) 1.0074472637202321
     W(222) W(288) 0.64779114023582485
     W(222) W(294) 0.70584079250561649
     W(222) W(300) 0.83310201766705783
     W(222) W(306) 0.51501522190739513
     W(222) W(312) 0.61193329031566179
     W(222) W(318) 0.75082805663624275
     W(223) W(223) 11.750284130182424
     W(223) W(229) 0.63381894033712882
     W(223) W(235) 0.40841317390115195
     W(223) W(241) 0.46793501945611654
     W(223) W(247) 0.43232520745208591
     W(223) W(253) 0.17923775465028674
     W(223) W(259) 0.20629218405364638
     W(223) W(265) 0.2187539691875468
     W(223) W(271) 0.85085047112471079
     W(223) W(277) 0.93599530698885014
     W(223) W(283) 1.0074472637202321
     W(223) W(289) 0.64779114023582485
     W(223) W(295) 0.70584079250561649
     W(223) W(301) 0.83310201766705783
     W(223) W(307) 0.51501522190739513
     W(223) W(313) 0.61193329031566179
     W(223) W(319) 0.75082805663624275
     W(224) W(224) 11.750284130182424
     W(224) W(230) 0.63381894033712882
     W(224) W(236) 0.40841317390115195
     W(224) W(242) 0.46793501945611654
     W(224) W(248) 0.43232520745208591
     W(224) W(254) 0.17923775465028674
     W(224) W(260) 0.20629218405364638
     W(224) W(266) 0.2187539691875468
     W(224) W(272) 0.85085047112471079
     W(224) W(278) 0.93599530698885014
     W(224) W(284) 1.0074472637202321
     W(224) W(290) 0.64779114023582485
     W(224) W(296) 0.70584079250561649
     W(224) W(302) 0.83310201766705783
     W(224) W(308) 0.51501522190739513
     W(224) W(314) 0.61193329031566179
     W(224) W(320) 0.75082805663624275
     W(225) W(225) 11.750284130182424
     W(225) W(231) 0.63381894033712882
     W(225) W(237) 0.40841317390115195
     W(225) W(243) 0.46793501945611654
     W(225) W(249) 0.43232520745208591
     W(225) W(255) 0.17923775465028674
     W(225) W(261) 0.20629218405364638
     W(225) W(267) 0.2187539691875468
     W(225) W(273) 0.85085047112471079
     W(225) W(279) 0.93599530698885014
     W(225) W(285) 1.0074472637202321
     W(225) W(291) 0.64779114023582485
     W(225) W(297) 0.70584079250561649
     W(225) W(303) 0.83310201766705783
     W(225) W(309) 0.51501522190739513
     W(225) W(315) 0.61193329031566179
     W(225) W(321) 0.75082805663624275
     W(226) W(226) 11.750284130182424
     W(226) W(232) 0.63381894033712882
     W(226) W(238) 0.40841317390115195
     W(226) W(244) 0.46793501945611654
     W(226) W(250) 0.43232520745208591
     W(226) W(256) 0.17923775465028674
     W(226) W(262) 0.20629218405364638
     W(226) W(268) 0.2187539691875468
     W(226) W(274) 0.85085047112471079
     W(226) W(280) 0.93599530698885014
     W(226) W(286) 1.0074472637202321
     W(226) W(292) 0.64779114023582485
     W(226) W(298) 0.70584079250561649
     W(226) W(304) 0.83310201766705783
     W(226) W(310) 0.51501522190739513
     W(226) W(316) 0.61193329031566179
     W(226) W(322) 0.75082805663624275
     W(227) W(227) 11.750284130182424
     W(227) W(233) 0.63381894033712882
     W(227) W(239) 0.40841317390115195
     W(227) W(245) 0.46793501945611654
     W(227) W(251) 0.43232520745208591
     W(227) W(257) 0.17923775465028674
     W(227) W(263) 0.20629218405364638
     W(227) W(269) 0.2187539691875468
     W(227) W(275) 0.85085047112471079
     W(227) W(281) 0.93599530698885014
     W(227) W(287) 1.0074472637202321
     W(227) W(293) 0.64779114023582485
     W(227) W(299) 0.70584079250561649
     W(227) W(305) 0.83310201766705783
     W(227) W(311) 0.51501522190739513
     W(227) W(317) 0.61193329031566179
     W(227) W(323) 0.75082805663624275
     W(228) W(228) 11.71019173511956
     W(228) W(234) 0.30382941800923058
     W(228) W(240) 0.39219987682982632
     W(228) W(246) 0.45489903069908488
     W(228) W(252) 0.15697084578940926
     W(228) W(258) 0.16914731790311358
     W(228) W(264) 0.17495359136997701
     W(228) W(270) 0.72657808884680586
     W(228) W(276) 0.88034221139526114
     W(228) W(282) 0.94886226581962474
     W(228) W(288) 0.5936765347420434
     W(228) W(294) 0.68040767946929614
     W(228) W(300) 0.74447991642908318
     W(228) W(306) 0.49468479781855546
     W(228) W(312) 0.60839989150275486
     W(228) W(318) 0.7140014355761809
     W(229) W(229) 11.71019173511956
     W(229) W(235) 0.30382941800923058
     W(229) W(241) 0.39219987682982632
     W(229) W(247) 0.45489903069908488
     W(229) W(253) 0.15697084578940926
     W(229) W(259) 0.16914731790311358
     W(229) W(265) 0.17495359136997701
     W(229) W(271) 0.72657808884680586
     W(229) W(277) 0.88034221139526114
     W(229) W(283) 0.94886226581962474
     W(229) W(289) 0.5936765347420434
     W(229) W(295) 0.68040767946929614
     W(229) W(301) 0.74447991642908318
     W(229) W(307) 0.49468479781855546
     W(229) W(313) 0.60839989150275486
     W(229) W(319) 0.7140014355761809
     W(230) W(230) 11.71019173511956
     W(230) W(236) 0.30382941800923058
     W(230) W(242) 0.39219987682982632
     W(230) W(248) 0.45489903069908488
     W(230) W(254) 0.15697084578940926
     W(230) W(260) 0.16914731790311358
     W(230) W(266) 0.17495359136997701
     W(230) W(272) 0.72657808884680586
     W(230) W(278) 0.88034221139526114
     W(230) W(284) 0.94886226581962474
     W(230) W(290) 0.5936765347420434
     W(230) W(296) 0.68040767946929614
     W(230) W(302) 0.74447991642908318
     W(230) W(308) 0.49468479781855546
     W(230) W(314) 0.60839989150275486
     W(230) W(320) 0.7140014355761809
     W(231) W(231) 11.71019173511956
     W(231) W(237) 0.30382941800923058
     W(231) W(243) 0.39219987682982632
     W(231) W(249) 0.45489903069908488
     W(231) W(255) 0.15697084578940926
     W(231) W(261) 0.16914731790311358
     W(231) W(267) 0.17495359136997701
     W(231) W(273) 0.72657808884680586
     W(231) W(279) 0.88034221139526114
     W(231) W(285) 0.94886226581962474
     W(231) W(291) 0.5936765347420434
     W(231) W(297) 0.68040767946929614
     W(231) W(303) 0.74447991642908318
     W(231) W(309) 0.49468479781855546
     W(231) W(315) 0.60839989150275486
     W(231) W(321) 0.7140014355761809
     W(232) W(232) 11.71019173511956
     W(232) W(238) 0.30382941800923058
     W(232) W(244) 0.39219987682982632
     W(232) W(250) 0.45489903069908488
     W(232) W(256) 0.15697084578940926
     W(232) W(262) 0.16914731790311358
     W(232) W(268) 0.17495359136997701
     W(232) W(274) 0.72657808884680586
     W(232) W(280) 0.88034221139526114
     W(232) W(286) 0.94886226581962474
     W(232) W(292) 0.5936765347420434
     W(232) W(298) 0.68040767946929614
     W(232) W(304) 0.74447991642908318
     W(232) W(310) 0.49468479781855546
     W(232) W(316) 0.60839989150275486
     W(232) W(322) 0.7140014355761809
     W(233) W(233) 11.71019173511956
     W(233) W(239) 0.30382941800923058
     W(233) W(245) 0.39219987682982632
     W(233) W(251) 0.45489903069908488
     W(233) W(257) 0.15697084578940926
     W(233) W(263) 0.16914731790311358
     W(233) W(269) 0.17495359136997701
     W(233) W(275) 0.72657808884680586
     W(233) W(281) 0.88034221139526114
     W(233) W(287) 0.94886226581962474
     W(233) W(293) 0.5936765347420434
     W(233) W(299) 0.68040767946929614
     W(233) W(305) 0.74447991642908318
     W(233) W(311) 0.49468479781855546
     W(233) W(317) 0.60839989150275486
     W(233) W(323) 0.7140014355761809
     W(234) W(234) 12.062383699752067
     W(234) W(240) 0.88495909407817674
     W(234) W(246) 0.4881785819777601
     W(234) W(252) 0.40278098772821402
     W(234) W(258) 0.34062462506062718
     W(234) W(264) 0.21244842672125205
     W(234) W(270) 1.7309006750313893
     W(234) W(276) 1.5979935619006524
     W(234) W(282) 1.1892428273923599
     W(234) W(288) 1.0380422406115335
     W(234) W(294) 1.0440179024806409
     W(234) W(300) 0.92071638754413276
     W(234) W(306) 0.5498983646084985
     W(234) W(312) 0.66885464916086979
     W(234) W(318) 0.69378561962448215
     W(235) W(235) 12.062383699752067
     W(235) W(241) 0.88495909407817674
     W(235) W(247) 0.4881785819777601
     W(235) W(253) 0.40278098772821402
     W(235) W(259) 0.34062462506062718
     W(235) W(265) 0.21244842672125205
     W(235) W(271) 1.7309006750313893
     W(235) W(277) 1.5979935619006524
     W(235) W(283) 1.1892428273923599
     W(235) W(289) 1.0380422406115335
     W(235) W(295) 1.0440179024806409
     W(235) W(301) 0.92071638754413276
     W(235) W(307) 0.5498983646084985
     W(235) W(313) 0.66885464916086979
     W(235) W(319) 0.69378561962448215
     W(236) W(236) 12.062383699752067
     W(236) W(242) 0.88495909407817674
     W(236) W(248) 0.4881785819777601
     W(236) W(254) 0.40278098772821402
     W(236) W(260) 0.34062462506062718
     W(236) W(266) 0.21244842672125205
     W(236) W(272) 1.7309006750313893
     W(236) W(278) 1.5979935619006524
     W(236) W(284) 1.1892428273923599
     W(236) W(290) 1.0380422406115335
     W(236) W(296) 1.0440179024806409
     W(236) W(302) 0.92071638754413276
     W(236) W(308) 0.5498983646084985
     W(236) W(314) 0.66885464916086979
     W(236) W(320) 0.69378561962448215
     W(237) W(237) 12.062383699752067
     W(237) W(243) 0.88495909407817674
     W(237) W(249) 0.4881785819777601
     W(237) W(255) 0.40278098772821402
     W(237) W(261) 0.34062462506062718
     W(237) W(267) 0.21244842672125205
     W(237) W(273) 1.7309006750313893
     W(237) W(279) 1.5979935619006524
     W(237) W(285) 1.1892428273923599
     W(237) W(291) 1.0380422406115335
     W(237) W(297) 1.0440179024806409
     W(237) W(303) 0.92071638754413276
     W(237) W(309) 0.5498983646084985
     W(237) W(315) 0.66885464916086979
     W(237) W(321) 0.69378561962448215
     W(238) W(238) 12.062383699752067
     W(238) W(244) 0.88495909407817674
     W(238) W(250) 0.4881785819777601
     W(238) W(256) 0.40278098772821402
     W(238) W(262) 0.34062462506062718
     W(238) W(268) 0.21244842672125205
     W(238) W(274) 1.7309006750313893
     W(238) W(280) 1.5979935619006524
     W(238) W(286) 1.1892428273923599
     W(238) W(292) 1.0380422406115335
     W(238) W(298) 1.0440179024806409
     W(238) W(304) 0.92071638754413276
     W(238) W(310) 0.5498983646084985
     W(238) W(316) 0.66885464916086979
     W(238) W(322) 0.69378561962448215
     W(239) W(239) 12.062383699752067
     W(239) W(245) 0.88495909407817674
     W(239) W(251) 0.4881785819777601
     W(239) W(257) 0.40278098772821402
     W(239) W(263) 0.34062462506062718
     W(239) W(269) 0.21244842672125205
     W(239) W(275) 1.7309006750313893
     W(239) W(281) 1.5979935619006524
     W(239) W(287) 1.1892428273923599
     W(239) W(293) 1.0380422406115335
     W(239) W(299) 1.0440179024806409
     W(239) W(305) 0.92071638754413276
     W(239) W(311) 0.5498983646084985
     W(239) W(317) 0.66885464916086979
     W(239) W(323) 0.69378561962448215
     W(240) W(240) 12.069394380569245
     W(240) W(246) 0.87123414636078833
     W(240) W(252) 0.30955182994332364
     W(240) W(258) 0.35083280485102875
     W(240) W(264) 0.30368470196215819
     W(240) W(270) 1.4840559861190359
     W(240) W(276) 1.6716722826406518
     W(240) W(282) 1.5412642086165529
     W(240) W(288) 0.98123032751301864
     W(240) W(294) 1.0194109005783583
     W(240) W(300) 1.0109654597649895
     W(240) W(306) 0.59958378364511644
     W(240) W(312) 0.64534494255364128
     W(240) W(318) 0.72448415505975794
     W(241) W(241) 12.069394380569245
     W(241) W(247) 0.87123414636078833
     W(241) W(253) 0.30955182994332364
     W(241) W(259) 0.35083280485102875
     W(241) W(265) 0.30368470196215819
     W(241) W(271) 1.4840559861190359
     W(241) W(277) 1.6716722826406518
     W(241) W(283) 1.5412642086165529
     W(241) W(289) 0.98123032751301864
     W(241) W(295) 1.0194109005783583
     W(241) W(301) 1.0109654597649895
     W(241) W(307) 0.59958378364511644
     W(241) W(313) 0.64534494255364128
     W(241) W(319) 0.72448415505975794
     W(242) W(242) 12.069394380569245
     W(242) W(248) 0.87123414636078833
     W(242) W(254) 0.30955182994332364
     W(242) W(260) 0.35083280485102875
     W(242) W(266) 0.30368470196215819
     W(242) W(272) 1.4840559861190359
     W(242) W(278) 1.6716722826406518
     W(242) W(284) 1.5412642086165529
     W(242) W(290) 0.98123032751301864
     W(242) W(296) 1.0194109005783583
     W(242) W(302) 1.0109654597649895
     W(242) W(308) 0.59958378364511644
     W(242) W(314) 0.64534494255364128
     W(242) W(320) 0.72448415505975794
     W(243) W(243) 12.069394380569245
     W(243) W(249) 0.87123414636078833
     W(243) W(255) 0.30955182994332364
     W(243) W(261) 0.35083280485102875
     W(243) W(267) 0.30368470196215819
     W(243) W(273) 1.4840559861190359
     W(243) W(279) 1.6716722826406518
     W(243) W(285) 1.5412642086165529
     W(243) W(291) 0.98123032751301864
     W(243) W(297) 1.0194109005783583
     W(243) W(303) 1.0109654597649895
     W(243) W(309) 0.59958378364511644
     W(243) W(315) 0.64534494255364128
     W(243) W(321) 0.72448415505975794
     W(244) W(244) 12.069394380569245
     W(244) W(250) 0.87123414636078833
     W(244) W(256) 0.30955182994332364
     W(244) W(262) 0.35083280485102875
     W(244) W(268) 0.30368470196215819
     W(244) W(274) 1.4840559861190359
     W(244) W(280) 1.6716722826406518
     W(244) W(286) 1.5412642086165529
     W(244) W(292) 0.98123032751301864
     W(244) W(298) 1.0194109005783583
     W(244) W(304) 1.0109654597649895
     W(244) W(310) 0.59958378364511644
     W(244) W(316) 0.64534494255364128
     W(244) W(322) 0.72448415505975794
     W(245) W(245) 12.069394380569245
     W(245) W(251) 0.87123414636078833
     W(245) W(257) 0.30955182994332364
     W(245) W(263) 0.35083280485102875
     W(245) W(269) 0.30368470196215819
     W(245) W(275) 1.4840559861190359
     W(245) W(281) 1.6716722826406518
     W(245) W(287) 1.5412642086165529
     W(245) W(293) 0.98123032751301864
     W(245) W(299) 1.0194109005783583
     W(245) W(305) 1.0109654597649895
     W(245) W(311) 0.59958378364511644
     W(245) W(317) 0.64534494255364128
     W(245) W(323) 0.72448415505975794
     W(246) W(246) 12.068775367767872
     W(246) W(252) 0.21565366716177417
     W(246) W(258) 0.3142410340972549
     W(246) W(264) 0.38370468828542026
     W(246) W(270) 1.0025866068035827
     W(246) W(276) 1.4154784452112745
     W(246) W(282) 1.6667189664277715
     W(246) W(288) 0.78499058004182187
     W(246) W(294) 0.93826779138056338
     W(246) W(300) 1.0215324996815791
     W(246) W(306) 0.58238812027356779
     W(246) W(312) 0.63191130461452449
     W(246) W(318) 0.66820642023559573
     W(247) W(247) 12.068775367767872
     W(247) W(253) 0.21565366716177417
     W(247) W(259) 0.3142410340972549
     W(247) W(265) 0.38370468828542026
     W(247) W(271) 1.0025866068035827
     W(247) W(277) 1.4154784452112745
     W(247) W(283) 1.6667189664277715
     W(247) W(289) 0.78499058004182187
     W(247) W(295) 0.93826779138056338
     W(247) W(301) 1.0215324996815791
     W(247) W(307) 0.58238812027356779
     W(247) W(313) 0.63191130461452449
     W(247) W(319) 0.66820642023559573
     W(248) W(248) 12.068775367767872
     W(248) W(254) 0.21565366716177417
     W(248) W(260) 0.3142410340972549
     W(248) W(266) 0.38370468828542026
     W(248) W(272) 1.0025866068035827
     W(248) W(278) 1.4154784452112745
     W(248) W(284) 1.6667189664277715
     W(248) W(290) 0.78499058004182187
     W(248) W(296) 0.93826779138056338
     W(248) W(302) 1.0215324996815791
     W(248) W(308) 0.58238812027356779
     W(248) W(314) 0.63191130461452449
     W(248) W(320) 0.66820642023559573
     W(249) W(249) 12.068775367767872
     W(249) W(255) 0.21565366716177417
     W(249) W(261) 0.3142410340972549
     W(249) W(267) 0.38370468828542026
     W(249) W(273) 1.0025866068035827
     W(249) W(279) 1.4154784452112745
     W(249) W(285) 1.6667189664277715
     W(249) W(291) 0.78499058004182187
     W(249) W(297) 0.93826779138056338
     W(249) W(303) 1.0215324996815791
     W(249) W(309) 0.58238812027356779
     W(249) W(315) 0.63191130461452449
     W(249) W(321) 0.66820642023559573
     W(250) W(250) 12.068775367767872
     W(250) W(256) 0.21565366716177417
     W(250) W(262) 0.3142410340972549
     W(250) W(268) 0.38370468828542026
     W(250) W(274) 1.0025866068035827
     W(250) W(280) 1.4154784452112745
     W(250) W(286) 1.6667189664277715
     W(250) W(292) 0.78499058004182187
     W(250) W(298) 0.93826779138056338
     W(250) W(304) 1.0215324996815791
     W(250) W(310) 0.58238812027356779
     W(250) W(316) 0.63191130461452449
     W(250) W(322) 0.66820642023559573
     W(251) W(251) 12.068775367767872
     W(251) W(257) 0.21565366716177417
     W(251) W(263) 0.3142410340972549
     W(251) W(269) 0.38370468828542026
     W(251) W(275) 1.0025866068035827
     W(251) W(281) 1.4154784452112745
     W(251) W(287) 1.6667189664277715
     W(251) W(293) 0.78499058004182187
     W(251) W(299) 0.93826779138056338
     W(251) W(305) 1.0215324996815791
     W(251) W(311) 0.58238812027356779
     W(251) W(317) 0.63191130461452449
     W(251) W(323) 0.66820642023559573
     W(252) W(252) 12.250464109527879
     W(252) W(258) 0.98699441165273927
     W(252) W(264) 0.55453156629963785
     W(252) W(270) 1.8256656306665329
     W(252) W(276) 1.6437114920001004
     W(252) W(282) 1.1753819945721633
     W(252) W(288) 1.9215392738811214
     W(252) W(294) 1.7549937506134698
     W(252) W(300) 1.3127322308065503
     W(252) W(306) 1.1418339373482025
     W(252) W(312) 1.1714861579537188
     W(252) W(318) 1.0062081744591216
     W(253) W(253) 12.250464109527879
     W(253) W(259) 0.98699441165273927
     W(253) W(265) 0.55453156629963785
     W(253) W(271) 1.8256656306665329
     W(253) W(277) 1.6437114920001004
     W(253) W(283) 1.1753819945721633
     W(253) W(289) 1.9215392738811214
     W(253) W(295) 1.7549937506134698
     W(253) W(301) 1.3127322308065503
     W(253) W(307) 1.1418339373482025
     W(253) W(313) 1.1714861579537188
     W(253) W(319) 1.0062081744591216
     W(254) W(254) 12.250464109527879
     W(254) W(260) 0.98699441165273927
     W(254) W(266) 0.55453156629963785
     W(254) W(272) 1.8256656306665329
     W(254) W(278) 1.6437114920001004
     W(254) W(284) 1.1753819945721633
     W(254) W(290) 1.9215392738811214
     W(254) W(296) 1.7549937506134698
     W(254) W(302) 1.3127322308065503
     W(254) W(308) 1.1418339373482025
     W(254) W(314) 1.1714861579537188
     W(254) W(320) 1.0062081744591216
     W(255) W(255) 12.250464109527879
     W(255) W(261) 0.98699441165273927
     W(255) W(267) 0.55453156629963785
     W(255) W(273) 1.8256656306665329
     W(255) W(279) 1.6437114920001004
     W(255) W(285) 1.1753819945721633
     W(255) W(291) 1.9215392738811214
     W(255) W(297) 1.7549937506134698
     W(255) W(303) 1.3127322308065503
     W(255) W(309) 1.1418339373482025
     W(255) W(315) 1.1714861579537188
     W(255) W(321) 1.0062081744591216
     W(256) W(256) 12.250464109527879
     W(256) W(262) 0.98699441165273927
     W(256) W(268) 0.55453156629963785
     W(256) W(274) 1.8256656306665329
     W(256) W(280) 1.6437114920001004
     W(256) W(286) 1.1753819945721633
     W(256) W(292) 1.9215392738811214
     W(256) W(298) 1.7549937506134698
     W(256) W(304) 1.3127322308065503
     W(256) W(310) 1.1418339373482025
     W(256) W(316) 1.1714861579537188
     W(256) W(322) 1.0062081744591216
     W(257) W(257) 12.250464109527879
     W(257) W(263) 0.98699441165273927
     W(257) W(269) 0.55453156629963785
     W(257) W(275) 1.8256656306665329
     W(257) W(281) 1.6437114920001004
     W(257) W(287) 1.1753819945721633
     W(257) W(293) 1.9215392738811214
     W(257) W(299) 1.7549937506134698
     W(257) W(305) 1.3127322308065503
     W(257) W(311) 1.1418339373482025
     W(257) W(317) 1.1714861579537188
     W(257) W(323) 1.0062081744591216
     W(258) W(258) 12.102734146421913
     W(258) W(264) 0.91026449800553433
     W(258) W(270) 1.46273103801314
     W(258) W(276) 1.6462570879038845
     W(258) W(282) 1.4995873929180195
     W(258) W(288) 1.559992311188378
     W(258) W(294) 1.7343641616414576
     W(258) W(300) 1.5737957590195908
     W(258) W(306) 1.0012683494904702
     W(258) W(312) 1.0784418308248596
     W(258) W(318) 1.0280888296530235
     W(259) W(259) 12.102734146421913
     W(259) W(265) 0.91026449800553433
     W(259) W(271) 1.46273103801314
     W(259) W(277) 1.6462570879038845
     W(259) W(283) 1.4995873929180195
     W(259) W(289) 1.559992311188378
     W(259) W(295) 1.7343641616414576
     W(259) W(301) 1.5737957590195908
     W(259) W(307) 1.0012683494904702
     W(259) W(313) 1.0784418308248596
     W(259) W(319) 1.0280888296530235
     W(260) W(260) 12.102734146421913
     W(260) W(266) 0.91026449800553433
     W(260) W(272) 1.46273103801314
     W(260) W(278) 1.6462570879038845
     W(260) W(284) 1.4995873929180195
     W(260) W(290) 1.559992311188378
     W(260) W(296) 1.7343641616414576
     W(260) W(302) 1.5737957590195908
     W(260) W(308) 1.0012683494904702
     W(260) W(314) 1.0784418308248596
     W(260) W(320) 1.0280888296530235
     W(261) W(261) 12.102734146421913
     W(261) W(267) 0.91026449800553433
     W(261) W(273) 1.46273103801314
     W(261) W(279) 1.6462570879038845
     W(261) W(285) 1.4995873929180195
     W(261) W(291) 1.559992311188378
     W(261) W(297) 1.7343641616414576
     W(261) W(303) 1.5737957590195908
     W(261) W(309) 1.0012683494904702
     W(261) W(315) 1.0784418308248596
     W(261) W(321) 1.0280888296530235
     W(262) W(262) 12.102734146421913
     W(262) W(268) 0.91026449800553433
     W(262) W(274) 1.46273103801314
     W(262) W(280) 1.6462570879038845
     W(262) W(286) 1.4995873929180195
     W(262) W(292) 1.559992311188378
     W(262) W(298) 1.7343641616414576
     W(262) W(304) 1.5737957590195908
     W(262) W(310) 1.0012683494904702
     W(262) W(316) 1.0784418308248596
     W(262) W(322) 1.0280888296530235
     W(263) W(263) 12.102734146421913
     W(263) W(269) 0.91026449800553433
     W(263) W(275) 1.46273103801314
     W(263) W(281) 1.6462570879038845
     W(263) W(287) 1.4995873929180195
     W(263) W(293) 1.559992311188378
     W(263) W(299) 1.7343641616414576
     W(263) W(305) 1.5737957590195908
     W(263) W(311) 1.0012683494904702
     W(263) W(317) 1.0784418308248596
     W(263) W(323) 1.0280888296530235
     W(264) W(264) 12.080467877447637
     W(264) W(270) 0.9555350910310102
     W(264) W(276) 1.297947228012609
     W(264) W(282) 1.5073873160463636
     W(264) W(288) 1.0692847464017412
     W(264) W(294) 1.4208496028881701
     W(264) W(300) 1.5848927961827686
     W(264) W(306) 0.80692389806557852
     W(264) W(312) 0.93216343022184689
     W(264) W(318) 0.9497532940395198
     W(265) W(265) 12.080467877447637
     W(265) W(271) 0.9555350910310102
     W(265) W(277) 1.297947228012609
     W(265) W(283) 1.5073873160463636
     W(265) W(289) 1.0692847464017412
     W(265) W(295) 1.4208496028881701
     W(265) W(301) 1.5848927961827686
     W(265) W(307) 0.80692389806557852
     W(265) W(313) 0.93216343022184689
     W(265) W(319) 0.9497532940395198
     W(266) W(266) 12.080467877447637
     W(266) W(272) 0.9555350910310102
     W(266) W(278) 1.297947228012609
     W(266) W(284) 1.5073873160463636
     W(266) W(290) 1.0692847464017412
     W(266) W(296) 1.4208496028881701
     W(266) W(302) 1.5848927961827686
     W(266) W(308) 0.80692389806557852
     W(266) W(314) 0.93216343022184689
     W(266) W(320) 0.9497532940395198
     W(267) W(267) 12.080467877447637
     W(267) W(273) 0.9555350910310102
     W(267) W(279) 1.297947228012609
     W(267) W(285) 1.5073873160463636
     W(267) W(291) 1.0692847464017412
     W(267) W(297) 1.4208496028881701
     W(267) W(303) 1.5848927961827686
     W(267) W(309) 0.80692389806557852
     W(267) W(315) 0.93216343022184689
     W(267) W(321) 0.9497532940395198
     W(268) W(268) 12.080467877447637
     W(268) W(274) 0.9555350910310102
     W(268) W(280) 1.297947228012609
     W(268) W(286) 1.5073873160463636
     W(268) W(292) 1.0692847464017412
     W(268) W(298) 1.4208496028881701
     W(268) W(304) 1.5848927961827686
     W(268) W(310) 0.80692389806557852
     W(268) W(316) 0.93216343022184689
     W(268) W(322) 0.9497532940395198
     W(269) W(269) 12.080467877447637
     W(269) W(275) 0.9555350910310102
     W(269) W(281) 1.297947228012609
     W(269) W(287) 1.5073873160463636
     W(269) W(293) 1.0692847464017412
     W(269) W(299) 1.4208496028881701
     W(269) W(305) 1.5848927961827686
     W(269) W(311) 0.80692389806557852
     W(269) W(317) 0.93216343022184689
     W(269) W(323) 0.9497532940395198
     W(270) W(270) 17.500296158287789
     W(270) W(276) 5.4244300031449502
     W(270) W(282) 3.4131877698889559
     W(270) W(288) 5.8546903085128497
     W(270) W(294) 4.8879251759079887
     W(270) W(300) 3.2030275028802402
     W(270) W(306) 4.6974180664289182
     W(270) W(312) 4.0843796708012086
     W(270) W(318) 2.8562675592712057
     W(271) W(271) 17.500296158287789
     W(271) W(277) 5.4244300031449502
     W(271) W(283) 3.4131877698889559
     W(271) W(289) 5.8546903085128497
     W(271) W(295) 4.8879251759079887
     W(271) W(301) 3.2030275028802402
     W(271) W(307) 4.6974180664289182
     W(271) W(313) 4.0843796708012086
     W(271) W(319) 2.8562675592712057
     W(272) W(272) 17.500296158287789
     W(272) W(278) 5.4244300031449502
     W(272) W(284) 3.4131877698889559
     W(272) W(290) 5.8546903085128497
     W(272) W(296) 4.8879251759079887
     W(272) W(302) 3.2030275028802402
     W(272) W(308) 4.6974180664289182
     W(272) W(314) 4.0843796708012086
     W(272) W(320) 2.8562675592712057
     W(273) W(273) 17.500296158287789
     W(273) W(279) 5.4244300031449502
     W(273) W(285) 3.4131877698889559
     W(273) W(291) 5.8546903085128497
     W(273) W(297) 4.8879251759079887
     W(273) W(303) 3.2030275028802402
     W(273) W(309) 4.6974180664289182
     W(273) W(315) 4.0843796708012086
     W(273) W(321) 2.8562675592712057
     W(274) W(274) 17.500296158287789
     W(274) W(280) 5.4244300031449502
     W(274) W(286) 3.4131877698889559
     W(274) W(292) 5.8546903085128497
     W(274) W(298) 4.8879251759079887
     W(274) W(304) 3.2030275028802402
     W(274) W(310) 4.6974180664289182
     W(274) W(316) 4.0843796708012086
     W(274) W(322) 2.8562675592712057
     W(275) W(275) 17.500296158287789
     W(275) W(281) 5.4244300031449502
     W(275) W(287) 3.4131877698889559
     W(275) W(293) 5.8546903085128497
     W(275) W(299) 4.8879251759079887
     W(275) W(305) 3.2030275028802402
     W(275) W(311) 4.6974180664289182
     W(275) W(317) 4.0843796708012086
     W(275) W(323) 2.8562675592712057
     W(276) W(276) 16.655992002926567
     W(276) W(282) 4.6343096826700254
     W(276) W(288) 4.8948113612984345
     W(276) W(294) 5.0798595648639173
     W(276) W(300) 4.1734682648588217
     W(276) W(306) 3.9426409073274895
     W(276) W(312) 4.1158100857670856
     W(276) W(318) 3.4712521076706366
     W(277) W(277) 16.655992002926567
     W(277) W(283) 4.6343096826700254
     W(277) W(289) 4.8948113612984345
     W(277) W(295) 5.0798595648639173
     W(277) W(301) 4.1734682648588217
     W(277) W(307) 3.9426409073274895
     W(277) W(313) 4.1158100857670856
     W(277) W(319) 3.4712521076706366
     W(278) W(278) 16.655992002926567
     W(278) W(284) 4.6343096826700254
     W(278) W(290) 4.8948113612984345
     W(278) W(296) 5.0798595648639173
     W(278) W(302) 4.1734682648588217
     W(278) W(308) 3.9426409073274895
     W(278) W(314) 4.1158100857670856
     W(278) W(320) 3.4712521076706366
     W(279) W(279) 16.655992002926567
     W(279) W(285) 4.6343096826700254
     W(279) W(291) 4.8948113612984345
     W(279) W(297) 5.0798595648639173
     W(279) W(303) 4.1734682648588217
     W(279) W(309) 3.9426409073274895
     W(279) W(315) 4.1158100857670856
     W(279) W(321) 3.4712521076706366
     W(280) W(280) 16.655992002926567
     W(280) W(286) 4.6343096826700254
     W(280) W(292) 4.8948113612984345
     W(280) W(298) 5.0798595648639173
     W(280) W(304) 4.1734682648588217
     W(280) W(310) 3.9426409073274895
     W(280) W(316) 4.1158100857670856
     W(280) W(322) 3.4712521076706366
     W(281) W(281) 16.655992002926567
     W(281) W(287) 4.6343096826700254
     W(281) W(293) 4.8948113612984345
     W(281) W(299) 5.0798595648639173
     W(281) W(305) 4.1734682648588217
     W(281) W(311) 3.9426409073274895
     W(281) W(317) 4.1158100857670856
     W(281) W(323) 3.4712521076706366
     W(282) W(282) 16.085914109228383
     W(282) W(288) 3.1017898840050577
     W(282) W(294) 4.1395214613887115
     W(282) W(300) 4.5222259017905007
     W(282) W(306) 2.4958332380952699
     W(282) W(312) 3.301564424980008
     W(282) W(318) 3.5788221991404279
     W(283) W(283) 16.085914109228383
     W(283) W(289) 3.1017898840050577
     W(283) W(295) 4.1395214613887115
     W(283) W(301) 4.5222259017905007
     W(283) W(307) 2.4958332380952699
     W(283) W(313) 3.301564424980008
     W(283) W(319) 3.5788221991404279
     W(284) W(284) 16.085914109228383
     W(284) W(290) 3.1017898840050577
     W(284) W(296) 4.1395214613887115
     W(284) W(302) 4.5222259017905007
     W(284) W(308) 2.4958332380952699
     W(284) W(314) 3.301564424980008
     W(284) W(320) 3.5788221991404279
     W(285) W(285) 16.085914109228383
     W(285) W(291) 3.1017898840050577
     W(285) W(297) 4.1395214613887115
     W(285) W(303) 4.5222259017905007
     W(285) W(309) 2.4958332380952699
     W(285) W(315) 3.301564424980008
     W(285) W(321) 3.5788221991404279
     W(286) W(286) 16.085914109228383
     W(286) W(292) 3.1017898840050577
     W(286) W(298) 4.1395214613887115
     W(286) W(304) 4.5222259017905007
     W(286) W(310) 2.4958332380952699
     W(286) W(316) 3.301564424980008
     W(286) W(322) 3.5788221991404279
     W(287) W(287) 16.085914109228383
     W(287) W(293) 3.1017898840050577
     W(287) W(299) 4.1395214613887115
     W(287) W(305) 4.5222259017905007
     W(287) W(311) 2.4958332380952699
     W(287) W(317) 3.301564424980008
     W(287) W(323) 3.5788221991404279
     W(288) W(288) 17.605409173057776
     W(288) W(294) 5.5296292974446066
     W(288) W(300) 3.557384420401954
     W(288) W(306) 5.8207727187925444
     W(288) W(312) 4.9703319986702397
     W(288) W(318) 3.3280128536194304
     W(289) W(289) 17.605409173057776
     W(289) W(295) 5.5296292974446066
     W(289) W(301) 3.557384420401954
     W(289) W(307) 5.8207727187925444
     W(289) W(313) 4.9703319986702397
     W(289) W(319) 3.3280128536194304
     W(290) W(290) 17.605409173057776
     W(290) W(296) 5.5296292974446066
     W(290) W(302) 3.557384420401954
     W(290) W(308) 5.8207727187925444
     W(290) W(314) 4.9703319986702397
     W(290) W(320) 3.3280128536194304
     W(291) W(291) 17.605409173057776
     W(291) W(297) 5.5296292974446066
     W(291) W(303) 3.557384420401954
     W(291) W(309) 5.8207727187925444
     W(291) W(315) 4.9703319986702397
     W(291) W(321) 3.3280128536194304
     W(292) W(292) 17.605409173057776
     W(292) W(298) 5.5296292974446066
     W(292) W(304) 3.557384420401954
     W(292) W(310) 5.8207727187925444
     W(292) W(316) 4.9703319986702397
     W(292) W(322) 3.3280128536194304
     W(293) W(293) 17.605409173057776
     W(293) W(299) 5.5296292974446066
     W(293) W(305) 3.557384420401954
     W(293) W(311) 5.8207727187925444
     W(293) W(317) 4.9703319986702397
     W(293) W(323) 3.3280128536194304
     W(294) W(294) 16.770165658244849
     W(294) W(300) 4.739464036995134
     W(294) W(306) 4.877994364434155
     W(294) W(312) 5.1266642998966816
     W(294) W(318) 4.1842866348078909
     W(295) W(295) 16.770165658244849
     W(295) W(301) 4.739464036995134
     W(295) W(307) 4.877994364434155
     W(295) W(313) 5.1266642998966816
     W(295) W(319) 4.1842866348078909
     W(296) W(296) 16.770165658244849
     W(296) W(302) 4.739464036995134
     W(296) W(308) 4.877994364434155
     W(296) W(314) 5.1266642998966816
     W(296) W(320) 4.1842866348078909
     W(297) W(297) 16.770165658244849
     W(297) W(303) 4.739464036995134
     W(297) W(309) 4.877994364434155
     W(297) W(315) 5.1266642998966816
     W(297) W(321) 4.1842866348078909
     W(298) W(298) 16.770165658244849
     W(298) W(304) 4.739464036995134
     W(298) W(310) 4.877994364434155
     W(298) W(316) 5.1266642998966816
     W(298) W(322) 4.1842866348078909
     W(299) W(299) 16.770165658244849
     W(299) W(305) 4.739464036995134
     W(299) W(311) 4.877994364434155
     W(299) W(317) 5.1266642998966816
     W(299) W(323) 4.1842866348078909
     W(300) W(300) 16.134519119527233
     W(300) W(306) 3.1285371332280785
     W(300) W(312) 4.1749014520729997
     W(300) W(318) 4.4720723556985584
     W(301) W(301) 16.134519119527233
     W(301) W(307) 3.1285371332280785
     W(301) W(313) 4.1749014520729997
     W(301) W(319) 4.4720723556985584
     W(302) W(302) 16.134519119527233
     W(302) W(308) 3.1285371332280785
     W(302) W(314) 4.1749014520729997
     W(302) W(320) 4.4720723556985584
     W(303) W(303) 16.134519119527233
     W(303) W(309) 3.1285371332280785
     W(303) W(315) 4.1749014520729997
     W(303) W(321) 4.4720723556985584
     W(304) W(304) 16.134519119527233
     W(304) W(310) 3.1285371332280785
     W(304) W(316) 4.1749014520729997
     W(304) W(322) 4.4720723556985584
     W(305) W(305) 16.134519119527233
     W(305) W(311) 3.1285371332280785
     W(305) W(317) 4.1749014520729997
     W(305) W(323) 4.4720723556985584
     W(306) W(306) 16.83824549216202
     W(306) W(312) 4.9856251199551362
     W(306) W(318) 3.2606404067225729
     W(307) W(307) 16.83824549216202
     W(307) W(313) 4.9856251199551362
     W(307) W(319) 3.2606404067225729
     W(308) W(308) 16.83824549216202
     W(308) W(314) 4.9856251199551362
     W(308) W(320) 3.2606404067225729
     W(309) W(309) 16.83824549216202
     W(309) W(315) 4.9856251199551362
     W(309) W(321) 3.2606404067225729
     W(310) W(310) 16.83824549216202
     W(310) W(316) 4.9856251199551362
     W(310) W(322) 3.2606404067225729
     W(311) W(311) 16.83824549216202
     W(311) W(317) 4.9856251199551362
     W(311) W(323) 3.2606404067225729
     W(312) W(312) 16.236089836287849
     W(312) W(318) 4.3032114470210638
     W(313) W(313) 16.236089836287849
     W(313) W(319) 4.3032114470210638
     W(314) W(314) 16.236089836287849
     W(314) W(320) 4.3032114470210638
     W(315) W(315) 16.236089836287849
     W(315) W(321) 4.3032114470210638
     W(316) W(316) 16.236089836287849
     W(316) W(322) 4.3032114470210638
     W(317) W(317) 16.236089836287849
     W(317) W(323) 4.3032114470210638
     W(318) W(318) 15.618340673420871
     W(319) W(319) 15.618340673420871
     W(320) W(320) 15.618340673420871
     W(321) W(321) 15.618340673420871
     W(322) W(322) 15.618340673420871
     W(323) W(323) 15.618340673420871
ENDATA
