/* The physical floor for qingdan's benchmarks: libyaml's bare event parse of every file named on the command
 * line, on one thread, doing nothing with the events. `make bench` compares qingdan's times with this. */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

static int parse(const char *path) {
  FILE *file = fopen(path, "rb");
  if (!file) { perror(path); return 1; }
  fseek(file, 0, SEEK_END);
  long size = ftell(file);
  fseek(file, 0, SEEK_SET);
  unsigned char *bytes = malloc(size > 0 ? size : 1);
  if (size > 0 && fread(bytes, 1, size, file) != (size_t)size) { perror(path); fclose(file); free(bytes); return 1; }
  fclose(file);
  yaml_parser_t parser;
  yaml_event_t event;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, bytes, size);
  int done = 0, status = 0;
  while (!done) {
    if (!yaml_parser_parse(&parser, &event)) { fprintf(stderr, "%s: %s\n", path, parser.problem); status = 1; break; }
    done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  free(bytes);
  return status;
}

int main(int argc, char **argv) {
  int status = 0;
  for (int i = 1; i < argc; i++) status |= parse(argv[i]);
  return status;
}
