/** Deeper than any document the admin sends (rich text nests a few dozen levels); far short of where Payload's recursion overflows. */
export const maxJsonNesting = 256

/** How deeply brackets nest in JSON text, counted without recursion and ignoring those inside strings. */
const nesting = (text: string): number => {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth)
    else if (char === '}' || char === ']') depth--
  }
  return deepest
}

/**
 * Why Payload could not take this JSON as a request body, or null when it
 * can. Payload answers a syntax error itself, except on a POST that asks to be
 * read as a GET (X-Payload-HTTP-Method-Override), where it failed with a 500;
 * and JSON nested thousands deep overflowed its recursion, another 500.
 * `name` says which part of the request the text came from.
 */
export const jsonBodyProblem = (text: string, name = 'The request body'): string | null => {
  if (text.trim() === '') return null
  if (nesting(text) > maxJsonNesting) return `${name} nests deeper than ${maxJsonNesting} levels`
  try {
    JSON.parse(text)
  } catch {
    return `${name} is not valid JSON`
  }
  return null
}
