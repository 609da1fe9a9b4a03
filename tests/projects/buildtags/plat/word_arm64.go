package plat

const WordBits = 64
