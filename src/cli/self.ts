// How to tell the user to call Pantau again. Started through `npx pantau` (npm sets npm_command=exec)
// inside the checkout, `npx pantau …` resolves to this package's own bin; anywhere else an
// unscoped `npx pantau` would fetch whatever the registry serves under that name, so hints name the
// installed command `pantau` (README: "Installing").
export function selfCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.npm_command === 'exec' ? 'npx pantau' : 'pantau';
}
