Y murió Elimelech, marido de Noemi, y quedó ella con sus dos hijos;
Y le respondió: Haré todo lo que tú me mandares.
Y fué palabra de Jehová á Jonás, hijo de Amittai, diciendo:
Y oró Jonás desde el vientre del pez á Jehová su Dios,
Los que guardan las vanidades ilusorias, su misericordia abandonan.
